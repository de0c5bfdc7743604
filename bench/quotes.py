#!/usr/bin/env python3
"""Do extractive answers quote what was asked? On the Musterstadt demo.

    python bench/quotes.py [--embedder e5-use] [--data-dir DIR] [-v]

For each question of bench/demo_quote_facts.tsv (German questions of the demo's
questions.tsv with the fact that answers them, e.g. "hundesteuer wie hoch" →
"96"), asks AnswerService in extractive mode and checks that the answer's text
contains the fact. Prints the share, the quoted lines per answer (a longer quote
finds more facts and is harder to read) and, with -v, the misses. The right
page being cited is measured by bench/answers.py; this measures the sentences.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    from grounding import demo_runtime, read  # bench/grounding.py
    from rathaus.answer.service import AnswerService

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", default="e5-use")
    parser.add_argument("--data-dir", type=Path, help="reuse a data dir made by this script (pages are not re-embedded)")
    parser.add_argument("-v", action="store_true", help="list the misses")
    args = parser.parse_args()
    facts = read(HERE / "demo_quote_facts.tsv")
    runtime, _ = demo_runtime(args.embedder, args.data_dir)
    service = AnswerService(runtime)

    async def ask() -> None:
        found, lines = 0, 0
        for question, fact in facts:
            result = await service.answer("musterstadt", question)
            lines += sum(line.startswith(">") for line in result.answer.splitlines())
            found += fact in result.answer
            if fact not in result.answer and args.v:
                print(f"  miss: {question!r} should quote {fact!r}")
        print(f"Musterstadt, extractive, {args.embedder}: the fact asked for is quoted in {found} of {len(facts)} "
              f"answers ({100 * found / len(facts):.0f} %), {lines / len(facts):.1f} quoted lines per answer")

    asyncio.run(ask())
    runtime.close()


if __name__ == "__main__":
    main()
