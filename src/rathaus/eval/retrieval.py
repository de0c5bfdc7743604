"""`rathaus eval retrieval`: hit@k and MRR of the search index on a question file.

Question file (TSV, UTF-8, `#` lines ignored):
    lang <TAB> question <TAB> expected ids (comma-separated) <TAB> note
A question counts as a hit when any expected document id is among the first k
distinct documents returned. The JSON shape printed by `--json` is a stable
contract: {"k", "overall": {"hit_rate", "mrr", "n"}, "by_lang": {lang: {...}},
"questions": [{"lang", "question", "expected", "found", "rank", "note"}]}.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from rathaus.models import SearchHit


class QuestionFileError(ValueError):
    pass


@dataclass(frozen=True)
class Question:
    lang: str
    question: str
    expected: tuple[str, ...]
    note: str = ""


@dataclass
class QuestionResult:
    lang: str
    question: str
    expected: list[str]
    found: list[str]
    rank: int | None  # 1-based rank of the first expected id, None if missed
    note: str


def read_questions(path: Path) -> list[Question]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise QuestionFileError(f"question file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionFileError(f"cannot read question file {path}: {exc}") from None
    questions = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise QuestionFileError(
                f"{path}:{number}: expected 'lang<TAB>question<TAB>expected ids[<TAB>note]', "
                f"got {len(fields)} field(s)"
            )
        lang, question, expected = (f.strip() for f in fields[:3])
        ids = tuple(i.strip() for i in expected.split(",") if i.strip())
        if not lang or not question or not ids:
            raise QuestionFileError(f"{path}:{number}: language, question and expected ids must not be empty")
        questions.append(Question(lang, question, ids, fields[3].strip() if len(fields) > 3 else ""))
    if not questions:
        raise QuestionFileError(f"{path}: no questions found")
    return questions


def evaluate(
    questions: list[Question], search: Callable[[str, int], list[SearchHit]], k: int = 5
) -> dict:
    if k < 1:
        raise ValueError("k must be at least 1")
    results = []
    for q in questions:
        found = [hit.external_id for hit in search(q.question, k)][:k]
        rank = next((i + 1 for i, doc in enumerate(found) if doc in q.expected), None)
        results.append(QuestionResult(q.lang, q.question, list(q.expected), found, rank, q.note))
    by_lang: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in results:
        by_lang[r.lang].append(r)
    return {
        "k": k,
        "overall": _metrics(results),
        "by_lang": {lang: _metrics(rs) for lang, rs in sorted(by_lang.items())},
        "questions": [asdict(r) for r in results],
    }


def _metrics(results: list[QuestionResult]) -> dict:
    n = len(results)
    hits = sum(1 for r in results if r.rank is not None)
    mrr = sum(1.0 / r.rank for r in results if r.rank is not None)
    return {"hit_rate": round(hits / n, 4) if n else 0.0, "mrr": round(mrr / n, 4) if n else 0.0, "n": n}


def format_report(report: dict, show_misses: bool = True) -> str:
    k = report["k"]
    o = report["overall"]
    lines = [f"hit@{k} {o['hit_rate']:.3f}   MRR {o['mrr']:.3f}   n={o['n']}", ""]
    lines.append(f"{'lang':<6}{'hit@' + str(k):>8}{'MRR':>8}{'n':>6}")
    for lang, m in report["by_lang"].items():
        lines.append(f"{lang:<6}{m['hit_rate']:>8.3f}{m['mrr']:>8.3f}{m['n']:>6}")
    misses = [q for q in report["questions"] if q["rank"] is None]
    if show_misses and misses:
        lines += ["", f"Misses ({len(misses)}):"]
        for q in misses:
            lines.append(
                f"  [{q['lang']}] {q['question']}  expected {','.join(q['expected'])}  "
                f"got {','.join(q['found']) or '-'}"
            )
    return "\n".join(lines)
