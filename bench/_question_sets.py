"""The Munich question sets both bench/retrieval.py and bench/answers.py run by
default, in this order, and those whose misses are never listed (blind: they
stay measurements). A new set is added here once. docs/benchmarks.md says how
each was written and which have guided the word lists."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# (label, file in bench/)
MUNICH_SETS = [
    ("our natural questions", "munich_dev_questions.tsv"),
    ("second development set: situations, 2026-12-07", "munich_dev2_questions.tsv"),
    ("third development set: the least-asked pages, 2026-12-07", "munich_dev3_questions.tsv"),
    ("fourth development set: short, colloquial, mixed-language, 2026-12-07", "munich_dev4_questions.tsv"),
    ("fifth development set: pages asked about 2-5 times, 2026-12-07", "munich_dev5_questions.tsv"),
    ("sixth development set: 87 pages drawn at random, one situation each, 2026-12-07", "munich_dev6_questions.tsv"),
    ("seventh development set: 100 random pages, everyday German, 2026-12-07", "munich_dev7_questions.tsv"),
    ("eighth development set: 30 random pages, Vietnamese, 2026-12-07", "munich_dev8_vietnamese.tsv"),
    ("ninth development set: 12 Vietnamese questions of ours, 2026-12-07", "munich_dev9_vietnamese.tsv"),
    ("tenth development set: 50 random pages, Vietnamese, 2026-12-07", "munich_dev10_vietnamese.tsv"),
    ("eleventh development set: 30 random pages, Sorani Kurdish, 2026-12-07", "munich_dev11_sorani.tsv"),
    ("twelfth development set: 40 random pages, Sorani Kurdish, 2026-12-07", "munich_dev12_sorani.tsv"),
    ("thirteenth development set: 40 random pages, Sorani Kurdish, 2026-12-07", "munich_dev13_sorani.tsv"),
    ("fourteenth development set: 100 random pages, Tigrinya, Somali, Amharic, 2026-12-07",
     "munich_dev14_tigrinya_somali.tsv"),
    ("ours, written apart from synonyms and glossary", "munich_val_questions.tsv"),
    ("second validation set, written blind to all word lists", "munich_val2_questions.tsv"),
    ("third validation set, written blind to all word lists", "munich_val3_questions.tsv"),
    ("fourth validation set, 11 other languages, blind to all word lists", "munich_val4_questions.tsv"),
    ("fifth validation set, German and 11 other languages, blind, 2026-12-07", "munich_val5_questions.tsv"),
    ("probe: 11 more languages, 6 questions each, blind, 2026-12-07", "munich_probe_languages.tsv"),
    ("second probe: bg, cs, nl, hu, zh, 20 questions each, blind, 2026-12-07", "munich_probe2_languages.tsv"),
    ("third probe: pt, sq, vi, ku, 20 questions each, blind, 2026-12-07", "munich_probe3_languages.tsv"),
    ("fourth probe: Pashto, 25 questions, blind, 2026-12-07", "munich_probe4_pashto.tsv"),
    ("fifth probe: Sorani Kurdish, 25 questions, blind, 2026-12-07", "munich_probe5_sorani.tsv"),
    ("sixth probe: Tigrinya and Somali, 25 questions each, blind, 2026-12-07", "munich_probe6_tigrinya_somali.tsv"),
    ("seventh probe: Amharic, 30 random pages, blind, 2026-12-07", "munich_probe7_amharic.tsv"),
    ("in scope, worded like requests declined (consulate, should I, a company …), 25 languages, 2026-12-07",
     "inscope_lookalikes_dev.tsv"),
    ("in scope, worded like requests declined, 2 per language, blind, 2026-12-07", "inscope_lookalikes_probe.tsv"),
    ("in scope, worded like requests declined, second probe, blind, 2026-12-07", "inscope_lookalikes_probe2.tsv"),
    ("in scope, worded like requests declined, second development set (pets, companies, other towns), 2026-12-07",
     "inscope_lookalikes_dev2.tsv"),
    ("in scope, worded like requests declined, third probe, blind, 2026-12-07", "inscope_lookalikes_probe3.tsv"),
    ("in scope, worded like requests declined, fourth probe, blind, 2026-12-07", "inscope_lookalikes_probe4.tsv"),
    ("in scope, worded like requests declined, fifth probe, blind, 2026-12-07 (session 26)",
     "inscope_lookalikes_probe5.tsv"),
]
BLIND = {"munich_val4_questions.tsv", "munich_val5_questions.tsv", "munich_probe_languages.tsv",
         "munich_probe2_languages.tsv", "munich_probe3_languages.tsv", "munich_probe4_pashto.tsv",
         "munich_probe5_sorani.tsv", "munich_probe6_tigrinya_somali.tsv", "inscope_lookalikes_probe.tsv",
         "inscope_lookalikes_probe2.tsv", "inscope_lookalikes_probe3.tsv",
         "munich_probe7_amharic.tsv", "inscope_lookalikes_probe4.tsv",
         "inscope_lookalikes_probe5.tsv"}


def munich_paths() -> list[Path]:
    return [HERE / name for _, name in MUNICH_SETS]
