import json

import pytest

from rathaus.eval.retrieval import QuestionFileError, evaluate, format_report, read_questions
from rathaus.models import SearchHit


def _hit(external_id):
    return SearchHit(0, 0, external_id, external_id, None, "", "", None, 1.0)


def _write(tmp_path, text):
    path = tmp_path / "q.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_tsv_and_ignores_comments(tmp_path):
    path = _write(tmp_path, "# lang\tquestion\tids\tnote\nde\tPerso weg\ta,b\tcolloquial\n\nuk\tПаспорт\tc\n")
    qs = read_questions(path)
    assert [(q.lang, q.question, q.expected, q.note) for q in qs] == [
        ("de", "Perso weg", ("a", "b"), "colloquial"),
        ("uk", "Паспорт", ("c",), ""),
    ]


@pytest.mark.parametrize(
    "content, message",
    [("de\tonly two\n", "line 1|:1:"), ("de\t\tx\n", "must not be empty"), ("# nothing\n", "no questions")],
)
def test_bad_question_files_have_clear_errors(tmp_path, content, message):
    with pytest.raises(QuestionFileError, match=message):
        read_questions(_write(tmp_path, content))


def test_missing_file(tmp_path):
    with pytest.raises(QuestionFileError, match="not found"):
        read_questions(tmp_path / "nope.tsv")


def test_metrics_overall_and_by_language(tmp_path):
    qs = read_questions(_write(tmp_path, "de\tq1\ta\nde\tq2\tb\nen\tq3\tz\n"))
    answers = {"q1": ["a", "x"], "q2": ["x", "b"], "q3": ["x", "y"]}
    report = evaluate(qs, lambda q, k: [_hit(i) for i in answers[q]], k=5)
    assert report["k"] == 5
    assert report["overall"] == {"hit_rate": round(2 / 3, 4), "mrr": round(1.5 / 3, 4), "n": 3}
    assert report["by_lang"]["de"] == {"hit_rate": 1.0, "mrr": 0.75, "n": 2}
    assert report["by_lang"]["en"]["hit_rate"] == 0.0
    assert report["questions"][1]["rank"] == 2 and report["questions"][2]["rank"] is None
    json.dumps(report)  # serialisable
    text = format_report(report)
    assert "Misses (1)" in text and "q3" in text


def test_k_cuts_the_ranking(tmp_path):
    qs = read_questions(_write(tmp_path, "de\tq\tc\n"))
    report = evaluate(qs, lambda q, k: [_hit("a"), _hit("b"), _hit("c")], k=2)
    assert report["overall"]["hit_rate"] == 0.0
