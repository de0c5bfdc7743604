"""A town's own words (tenant setting "synonyms"): checked when stored, used by
its search at once in every process, and by no other town's."""

import pytest

from rathaus.connectors.files import FilesConnector
from rathaus.db import repository as repo
from rathaus.demo import demo_pages
from rathaus.index.expansion import Synonyms, expand_query
from rathaus.ingest.pipeline import ingest
from rathaus.tenants.branding import InvalidSetting
from rathaus.tenants.settings import set_setting

PAGES = ["bewohnerparkausweis", "personalausweis", "muellabfuhr", "hund-anmelden"]


@pytest.fixture
def towns(runtime, tmp_path):
    return ingest_towns(runtime, tmp_path)


def ingest_towns(runtime, tmp_path) -> dict[str, int]:
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in PAGES:
        (folder / f"{page}.md").write_bytes((demo_pages() / f"{page}.md").read_bytes())
    ids = {}
    for slug in ("muenchen", "jena"):
        with runtime.db.session() as s:
            ids[slug] = repo.ensure_tenant(s, slug).id
        ingest(runtime.db, ids[slug], FilesConnector(folder), runtime.embedder_for_tenant(ids[slug]))
    return ids


def top(runtime, tenant_id, question):
    return runtime.index.search(tenant_id, question, k=1)[0].external_id


def test_a_towns_word_finds_its_page_in_that_town_only(runtime, towns):
    question = "Wo kriege ich ein Wapperl?"
    assert top(runtime, towns["muenchen"], question) != "hund-anmelden"
    assert "wapperl" in runtime.index.unknown_words(towns["muenchen"], question)
    with runtime.db.session() as s:
        set_setting(s, "muenchen", "synonyms", {"Wapperl": "Hundesteuermarke Hund anmelden"})
    # no invalidate(): the stored change bumps the index version, as another process would see it
    assert top(runtime, towns["muenchen"], question) == "hund-anmelden"
    assert "wapperl" not in runtime.index.unknown_words(towns["muenchen"], question)
    assert top(runtime, towns["jena"], question) != "hund-anmelden"


def test_the_question_as_searched_follows_the_towns_words(runtime, towns):
    town, question = towns["muenchen"], "Wo kriege ich ein Wapperl?"
    assert "Hundesteuermarke" not in runtime.index.expanded(town, question, "de")  # builds the index if needed
    with runtime.db.session() as s:
        set_setting(s, "muenchen", "synonyms", {"Wapperl": "Hundesteuermarke"})
    runtime.index.search(town, question, k=1)  # callers ask for it right after searching
    assert "Hundesteuermarke" in runtime.index.expanded(town, question, "de")
    assert "Hundesteuermarke" not in runtime.index.expanded(towns["jena"], question, "de")


def test_word_beginnings_and_phrases():
    town = Synonyms({"kvr*": "Kreisverwaltungsreferat", "blaue karte": "Parkausweis für Behinderte"})
    assert "Kreisverwaltungsreferat" in expand_query("Wo ist das KVRamt?", town=town)
    assert "Parkausweis für Behinderte" in expand_query("Wie bekomme ich die Blaue Karte?", town=town)
    assert expand_query("Wie bekomme ich eine Karte?", town=town) == "Wie bekomme ich eine Karte?"


@pytest.mark.parametrize("value, message", [
    (["Parkwapperl"], "Zuordnung"),
    ({"Parkwapperl": ""}, "Fachbegriffe als Text"),
    ({"Parkwapperl": 3}, "Fachbegriffe als Text"),
    ({"x": "Kreisverwaltungsreferat"}, "kein Wort"),
    ({"k*vr": "Kreisverwaltungsreferat"}, "kein Wort"),
    ({"blaue karte*": "Parkausweis"}, "kein Wort"),
    ({"KVR": "a", "kvr": "b"}, "zweimal"),
    ({f"wort{i}": "Begriff" for i in range(1001)}, "höchstens 1000"),
])
def test_bad_entries_are_refused_and_nothing_is_stored(runtime, value, message):
    with runtime.db.session() as s:
        repo.ensure_tenant(s, "muenchen")
    with runtime.db.session() as s:
        set_setting(s, "muenchen", "synonyms", {"Parkwapperl": "Bewohnerparkausweis"})
    with pytest.raises(InvalidSetting, match=message), runtime.db.session() as s:
        set_setting(s, "muenchen", "synonyms", value)
    with runtime.db.session() as s:
        assert repo.get_tenant(s, "muenchen").settings["synonyms"] == {"parkwapperl": "Bewohnerparkausweis"}


def test_entries_are_stored_tidy(runtime):
    with runtime.db.session() as s:
        repo.ensure_tenant(s, "muenchen")
    with runtime.db.session() as s:
        stored = set_setting(s, "muenchen", "synonyms", {"  Blaue   Karte ": " Parkausweis  für Behinderte "})
    assert stored == {"blaue karte": "Parkausweis für Behinderte"}


def test_the_answer_quotes_the_sentences_that_match_the_towns_words(runtime, towns):
    import asyncio

    from rathaus.answer.service import AnswerService

    with runtime.db.session() as s:
        set_setting(s, "muenchen", "synonyms", {"Wapperl": "Hundesteuermarke Hund anmelden, Steuermarke verloren ersetzen"})
    result = asyncio.run(AnswerService(runtime).answer("muenchen", "Das Wapperl vom Hund ist weg, was nun?"))
    assert result.grounded and result.citations[0]["external_id"] == "hund-anmelden"
    assert "Eine verlorene Steuermarke ersetzen wir für 5 Euro." in result.answer  # picked by the town's words


def test_a_generated_answer_that_fails_falls_back_to_the_same_sentences(settings, tmp_path):
    """Generative towns skip expanding the question for sentence picking; when
    the model fails, the extractive answer still quotes by the town's words."""
    import asyncio

    from rathaus.answer.service import AnswerService
    from rathaus.runtime import Runtime

    down = settings.model_copy(update={  # nothing listens on port 9: the model server is down
        "llm_backend": "openai", "llm_url": "http://127.0.0.1:9/v1", "llm_model": "x", "llm_timeout": 1.0,
    })
    runtime = Runtime(down)
    try:
        ingest_towns(runtime, tmp_path)
        with runtime.db.session() as s:
            set_setting(s, "muenchen", "synonyms", {"Wapperl": "Hundesteuermarke Hund anmelden, Steuermarke verloren ersetzen"})
            set_setting(s, "muenchen", "answer_mode", "generative")
        result = asyncio.run(AnswerService(runtime).answer("muenchen", "Das Wapperl vom Hund ist weg, was nun?"))
    finally:
        runtime.close()
    assert result.answer_mode == "extractive" and result.citations[0]["external_id"] == "hund-anmelden"
    assert "Eine verlorene Steuermarke ersetzen wir für 5 Euro." in result.answer


def test_sentences_are_picked_with_the_question_as_searched():
    from rathaus.answer.extractive import pick_sentences

    text = "Erster Satz. Zweiter Satz. Dritter Satz. Vierter Satz. Die Steuermarke ersetzen wir für 5 Euro."
    assert "Steuermarke" not in " ".join(pick_sentences("Wapperl weg?", text, 2))
    picked = pick_sentences("Wapperl weg?", text, 2, searched="Wapperl weg? (Steuermarke ersetzen)")
    assert picked[-1] == "Die Steuermarke ersetzen wir für 5 Euro."
