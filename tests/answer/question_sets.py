"""Our question files (bench/*.tsv, the demo's questions.tsv) as the tests read them:
tab-separated, language first, question second, "#" lines left out."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
DEMO_QUESTIONS = REPO / "src/rathaus/demo/musterstadt/questions.tsv"


def questions(path: Path) -> list[tuple[str, str]]:
    """(language, question) of every row of `path`."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(row[0], row[1]) for row in rows if len(row) > 1]
