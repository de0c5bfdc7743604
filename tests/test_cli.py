"""`rathaus` commands as an operator runs them."""

import json

import pytest
from click.testing import CliRunner

from rathaus.cli import main


@pytest.fixture
def cli(settings):
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ausweis.md").write_text("# Personalausweis\n\nDen Personalausweis beantragen Sie im Bürgerbüro. Er kostet 46 Euro.\n", encoding="utf-8")
    (docs / "muell.md").write_text("# Müllabfuhr\n\nDie Restmülltonne wird alle zwei Wochen geleert.\n", encoding="utf-8")
    return docs


def test_ingest_creates_tenant_and_reports(cli, folder):
    result = cli("ingest", "--tenant", "musterstadt", str(folder))
    assert result.exit_code == 0, result.output
    assert "2 neu" in result.output
    assert "musterstadt" in cli("tenants").output
    again = cli("ingest", "--tenant", "musterstadt", str(folder))
    assert "2 unverändert" in again.output


def test_ingest_failure_exit_code_and_one_line_per_item(cli, folder):
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4 garbage")
    result = cli("ingest", "--tenant", "musterstadt", str(folder))
    assert result.exit_code == 1
    assert "FEHLER kaputt:" in result.output
    assert "2 neu" in result.output  # the good files are stored anyway


def test_ingest_bad_slug_is_a_clear_error(cli, folder):
    result = cli("ingest", "--tenant", "Muster Stadt!", str(folder))
    assert result.exit_code == 2 and "invalid tenant slug" in result.output


def test_ingest_url_that_is_blocked(cli):
    result = cli("ingest", "--tenant", "musterstadt", "http://127.0.0.1:9/seite.html")
    assert result.exit_code == 1 and "blockiert" in result.output


def test_search_and_eval(cli, folder, tmp_path):
    cli("ingest", "--tenant", "musterstadt", str(folder))
    assert "Personalausweis" in cli("search", "--tenant", "musterstadt", "Personalausweis Kosten").output
    expanded = cli("search", "--tenant", "musterstadt", "Perso verloren").output
    assert expanded.startswith("Gesucht: Perso verloren (Personalausweis")
    questions = tmp_path / "q.tsv"
    questions.write_text("# lang\tquestion\tids\tnote\nde\tPersonalausweis beantragen\tausweis\t\nde\tRestmülltonne\tmuell\t\n", encoding="utf-8")
    result = cli("eval", "retrieval", "--tenant", "musterstadt", "--questions", str(questions), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["k"] == 5 and report["overall"] == {"hit_rate": 1.0, "mrr": 1.0, "n": 2}
    assert set(report["by_lang"]) == {"de"} and len(report["questions"]) == 2
    text = cli("eval", "retrieval", "--tenant", "musterstadt", "--questions", str(questions), "--k", "1").output
    assert "hit@1 1.000" in text


def test_eval_unknown_tenant_and_bad_file(cli, tmp_path):
    questions = tmp_path / "q.tsv"
    questions.write_text("de\tFrage\tid\n", encoding="utf-8")
    result = cli("eval", "retrieval", "--tenant", "nirgendwo", "--questions", str(questions))
    assert result.exit_code == 2 and "unknown tenant" in result.output
    result = cli("eval", "retrieval", "--tenant", "x", "--questions", str(tmp_path / "fehlt.tsv"))
    assert result.exit_code == 2 and "not found" in result.output


def test_unknown_or_misconfigured_embedder_is_a_clear_error(cli, folder, monkeypatch):
    monkeypatch.setenv("RATHAUS_EMBEDDER", "gibtsnicht")
    result = cli("ingest", "--tenant", "neu", str(folder))
    assert result.exit_code == 2 and "unknown embedder 'gibtsnicht'" in result.output
    monkeypatch.setenv("RATHAUS_EMBEDDER", "openai")
    result = cli("ingest", "--tenant", "neu2", str(folder))
    assert result.exit_code == 2 and "RATHAUS_EMBEDDER_URL" in result.output


def test_several_workers_without_a_shared_broker_are_refused(cli, monkeypatch):
    """A staff reply must reach the citizen's live chat in whichever process
    it is connected to: without Redis nothing starts."""
    monkeypatch.delenv("RATHAUS_REDIS_URL", raising=False)
    monkeypatch.delenv("RATHAUS_BROKER", raising=False)
    result = CliRunner().invoke(main, ["serve", "--workers", "2"])
    assert result.exit_code == 2 and "--workers 2 needs RATHAUS_REDIS_URL" in result.output
    assert CliRunner().invoke(main, ["serve", "--workers", "0"]).exit_code == 2
