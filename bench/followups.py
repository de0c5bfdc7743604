#!/usr/bin/env python3
"""Follow-up questions on the demo municipality: does a short second question
keep the topic when it refers to it, and leave it when it changes the subject?

    python bench/followups.py [--embedder e5-use] [--data-dir DIR]

- Follow-ups (the demo's followups.tsv, 27 two-turn conversations in 12
  languages): the follow-up must be grounded and cite the expected page.
- Topic switches (below): after a town question, an out-of-scope question
  must get grounded=false, and a new town question must cite its own page.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "src" / "rathaus" / "demo" / "musterstadt"
FIRST = "Wie beantrage ich einen Personalausweis?"
OFF_TOPIC = [
    "Wie hoch ist der Eiffelturm?",
    "Wer wird Fußballweltmeister?",
    "Welche Partei soll ich wählen?",
    "Erzähl mir einen Witz.",
    "Was ist die Hauptstadt von Peru?",
    "How tall is the Eiffel Tower?",
    "Хто виграє чемпіонат світу?",
    "Kim dünya kupasını kazanır?",
    # longer, but referring back or opening with "and" (2026-12-06, night)
    "Kannst du mir sagen, wie das Wetter morgen wird?",
    "Und wer hat eigentlich das Fußballspiel gestern gewonnen?",
    "And who won the football match yesterday?",
]
NEW_TOPIC = [("Wann holt die Müllabfuhr den Sperrmüll?", "sperrmuell"), ("Wie melde ich meinen Hund an?", "hund-anmelden")]


def read_followups() -> list[tuple[str, str, str, str]]:
    rows = []
    with open(DEMO / "followups.tsv", encoding="utf-8") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if len(row) >= 4:
                rows.append((row[0], row[1], row[2], row[3]))
    return rows


async def two_turns(service, first: str, second: str):
    opening = await service.answer("musterstadt", first)
    return await service.answer("musterstadt", second, opening.conversation_id)


def evaluate(service) -> dict:
    cited = lambda result: {c["external_id"] for c in result.citations}  # noqa: E731
    followups = read_followups()
    kept, misses = 0, []
    for language, first, second, expected in followups:
        result = asyncio.run(two_turns(service, first, second))
        if result.grounded and expected in cited(result):
            kept += 1
        else:
            misses.append(f"  {language} {second!r} -> {sorted(cited(result)) or 'not grounded'} (want {expected})")
    refused = 0
    for question in OFF_TOPIC:
        result = asyncio.run(two_turns(service, FIRST, question))
        refused += not result.grounded
        if result.grounded:
            misses.append(f"  off-topic {question!r} answered from {sorted(cited(result))}")
    switched = 0
    for question, expected in NEW_TOPIC:
        result = asyncio.run(two_turns(service, FIRST, question))
        switched += expected in cited(result)
        if expected not in cited(result):
            misses.append(f"  new topic {question!r} -> {sorted(cited(result))}")
    return {
        "followups": (kept, len(followups)),
        "off_topic_refused": (refused, len(OFF_TOPIC)),
        "new_topic": (switched, len(NEW_TOPIC)),
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", default=os.environ.get("RATHAUS_EMBEDDER", "e5-use"))
    parser.add_argument("--data-dir", help="reuse a data dir (unchanged pages are not re-embedded)")
    args = parser.parse_args()

    from rathaus.answer.service import AnswerService
    from rathaus.demo import ensure_demo
    from rathaus.runtime import Runtime
    from rathaus.settings import Settings

    data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="rathaus-followups-"))
    runtime = Runtime(Settings(data_dir=data, embedder=args.embedder, demo=True))
    ensure_demo(runtime)
    report = evaluate(AnswerService(runtime))
    for name in ("followups", "off_topic_refused", "new_topic"):
        ok, total = report[name]
        print(f"{name:20s} {ok:3d}/{total:<3d} {ok / total:.3f}")
    print("\n".join(report["misses"]))
    runtime.close()


if __name__ == "__main__":
    main()
