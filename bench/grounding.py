#!/usr/bin/env python3
"""Calibrate the "no good answer" threshold (rathaus.answer.grounding).

    python bench/grounding.py [--embedder e5-use] [--data-dir DIR]

Ingests the Musterstadt demo pages, then looks at the evidence (dense score of
the best hit) for the demo's answerable questions (questions.tsv: the expected
page must be the top hit for the answer to be right) and for unanswerable.tsv
(off-topic, municipal topics the pages do not cover, near misses, injections).
Prints both distributions, the threshold in use and the best one, with the
share of answerable questions answered and of unanswerable ones refused.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "src" / "rathaus" / "demo" / "musterstadt"


def read(path: Path) -> list[list[str]]:
    return [l.split("\t") for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def demo_runtime(embedder: str, data_dir: Path | None = None):
    """A Runtime with the Musterstadt demo pages ingested (into a temp folder
    unless `data_dir`), and the demo tenant's id."""
    from rathaus.connectors.files import FilesConnector
    from rathaus.db import repository as repo
    from rathaus.ingest.pipeline import ingest
    from rathaus.runtime import Runtime
    from rathaus.settings import Settings

    runtime = Runtime(Settings(data_dir=data_dir or Path(tempfile.mkdtemp()), embedder=embedder, demo=False))
    with runtime.db.session() as s:
        tenant = repo.ensure_tenant(s, "musterstadt", embedder=embedder).id
    connector = FilesConnector(DEMO / "pages")
    connector.source_name = "demo:musterstadt"  # as rathaus.demo names it: other bench scripts may share the data dir
    ingest(runtime.db, tenant, connector, runtime.embedder_for_tenant(tenant))
    return runtime, tenant


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", default="e5-use")
    parser.add_argument("--data-dir", type=Path, help="reuse a data dir made by a bench script (pages are not re-embedded)")
    args = parser.parse_args()
    from rathaus.db import repository as repo

    runtime, tenant = demo_runtime(args.embedder, args.data_dir)
    town = repo.tenant_info(runtime.db, "musterstadt").name
    for group in ("de", "other"):
        report(runtime, tenant, town, group)
    runtime.close()


def report(runtime, tenant: int, town: str, group: str) -> None:
    from rathaus.answer.grounding import elsewhere, is_grounded, threshold_for
    from rathaus.answer.scope import outside_scope

    embedder = runtime.embedder_for_tenant(tenant)
    name = embedder.name

    def grounded(question: str, hits) -> bool:  # as the chat decides (answer/service.py)
        outside = outside_scope(embedder, runtime.index.expanded(tenant, question), hits, question)
        return not outside and not elsewhere(question, town) and is_grounded(hits, name, same_language)

    def wanted(lang: str) -> bool:
        return (lang == "de") == (group == "de")

    # per question: the best hit's dense evidence, and is_grounded's decision as
    # the chat makes it (a rule beyond the threshold would show here)
    same_language = group == "de"
    answerable, answerable_grounded, wrong_top = [], [], 0
    for lang, question, expected, *_ in read(DEMO / "questions.tsv"):
        if not wanted(lang):
            continue
        hits = runtime.index.search(tenant, question, 5)
        if hits and hits[0].external_id in expected.split(","):
            answerable.append(hits[0].dense)
            answerable_grounded.append(grounded(question, hits))
        else:
            wrong_top += 1
    unanswerable: dict[str, list[float]] = {}
    unanswerable_grounded: dict[str, list[bool]] = {}
    for lang, question, kind, *_ in read(DEMO / "unanswerable.tsv"):
        if not wanted(lang):
            continue
        hits = runtime.index.search(tenant, question, 5)
        unanswerable.setdefault(kind, []).append(hits[0].dense if hits else 0.0)
        unanswerable_grounded.setdefault(kind, []).append(grounded(question, hits))
    every_unanswerable = np.array([v for vs in unanswerable.values() for v in vs])
    answerable_arr = np.array(answerable)

    def rates(t: float) -> tuple[float, float]:
        return float((answerable_arr >= t).mean()), float((every_unanswerable < t).mean())

    print(f"\nembedder {name}, questions in {'German' if group == 'de' else 'other languages'}; "
          f"answerable with right top hit: {len(answerable)} (wrong top hit: {wrong_top})")
    print(f"  answerable evidence: min {answerable_arr.min():.3f}  p10 {np.percentile(answerable_arr, 10):.3f}  median {np.median(answerable_arr):.3f}")
    for kind, values in sorted(unanswerable.items()):
        v = np.array(values)
        print(f"  unanswerable {kind:<24} n={len(v):<3} median {np.median(v):.3f}  p90 {np.percentile(v, 90):.3f}  max {v.max():.3f}")
    grid = np.arange(0.3, 1.6, 0.01)
    best = max(grid, key=lambda t: sum(rates(t)))
    current = threshold_for(name, same_language=same_language)
    offtopic = np.array(unanswerable.get("offtopic", [0.0]))
    for label, t in (("in use", current), ("best (sum of both rates)", best)):
        answered, refused = rates(t)
        print(f"  threshold {label:<26} {t:.2f}: answers {answered:.1%} of answerable, refuses {refused:.1%} "
              f"of unanswerable ({(offtopic < t).mean():.0%} of off-topic)")
    refused = [not g for gs in unanswerable_grounded.values() for g in gs]
    print(f"  is_grounded as in use      : answers {np.mean(answerable_grounded):.1%} of answerable, refuses "
          f"{np.mean(refused):.1%} of unanswerable ({np.mean([not g for g in unanswerable_grounded.get('offtopic', [])]):.0%} of off-topic)")


if __name__ == "__main__":
    main()
