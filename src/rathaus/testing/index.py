"""Conformance suite for the SearchIndex seam.

Documents are stored through `rathaus.db.repository` (the single write path);
the index under test must find them, per tenant only."""

from __future__ import annotations

import pytest

from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.index.base import SearchIndex
from rathaus.models import ChunkDraft
from rathaus.testing.fakes import HashingEmbedder

PAGES = {
    "wohnsitz": ("Wohnsitz anmelden", "Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen im Bürgerbüro an."),
    "ausweis": ("Personalausweis", "Den Personalausweis beantragen Sie persönlich im Bürgerbüro, Gebühr 37 Euro."),
    "muell": ("Müllabfuhr", "Die Restmülltonne wird alle zwei Wochen geleert, die Biotonne wöchentlich."),
}


def store_page(db: Database, tenant_id: int, external_id: str, title: str, text: str, embedder) -> None:
    chunk = ChunkDraft(0, text, f"{title}\n{text}", title)
    with db.session() as session:
        source = repo.ensure_source(session, tenant_id, "test", "files")
        meta = repo.DocumentMeta(external_id, title, f"https://example.org/{external_id}", "de", external_id, embedder.name)
        repo.replace_document(session, tenant_id, source.id, meta, [chunk], embedder.embed([chunk.search_text]))


class IndexConformance:
    """Subclass and implement `make_index(db, embedder_for_tenant)`."""

    def make_index(self, db: Database, embedder_for_tenant) -> SearchIndex:  # pragma: no cover
        raise NotImplementedError

    def make_database(self, tmp_path) -> Database:
        db = Database(f"sqlite:///{tmp_path / 'index.db'}")
        db.migrate()
        return db

    @pytest.fixture
    def setup(self, tmp_path):
        db = self.make_database(tmp_path)
        embedder = HashingEmbedder()
        with db.session() as session:
            a = repo.ensure_tenant(session, "stadt-a").id
            b = repo.ensure_tenant(session, "stadt-b").id
        for external_id, (title, text) in PAGES.items():
            store_page(db, a, external_id, title, text, embedder)
        index = self.make_index(db, lambda _tenant_id: embedder)
        yield db, index, a, b, embedder
        db.dispose()

    def test_satisfies_protocol(self, setup):
        assert isinstance(setup[1], SearchIndex)

    def test_finds_the_right_document(self, setup):
        _, index, a, _, _ = setup
        hits = index.search(a, "Wann wird die Restmülltonne geleert?", k=3)
        assert hits and hits[0].external_id == "muell"
        assert hits[0].title == "Müllabfuhr" and hits[0].url == "https://example.org/muell"

    def test_at_most_k_distinct_documents(self, setup):
        _, index, a, _, _ = setup
        hits = index.search(a, "Bürgerbüro", k=2)
        assert len(hits) <= 2
        assert len({h.document_id for h in hits}) == len(hits)
        assert all(hits[i].score >= hits[i + 1].score for i in range(len(hits) - 1))

    def test_empty_query_returns_nothing(self, setup):
        _, index, a, _, _ = setup
        assert index.search(a, "   ", k=5) == []

    def test_unknown_words_are_those_the_documents_never_use(self, setup):
        _, index, a, b, _ = setup
        assert "eiffelturm" in index.unknown_words(a, "Wie hoch ist der Eiffelturm?")
        # inflections and the town's own words are known; stop words never count
        assert index.unknown_words(a, "Und wann wird die Biotonne geleert?") == []
        assert index.unknown_words(a, "") == []
        # tenant B has no documents: every content word is new there
        assert "restmülltonne" in index.unknown_words(b, "Wann wird die Restmülltonne geleert?")

    def test_expanded_is_the_query_itself_or_extends_it(self, setup):
        _, index, a, _, _ = setup
        assert index.expanded(a, "Wann wird die Biotonne geleert?").startswith("Wann wird die Biotonne geleert?")
        assert index.expanded(a, "Perso verloren", "de").startswith("Perso verloren")

    def test_tenant_b_cannot_see_tenant_a(self, setup):
        _, index, a, b, _ = setup
        assert index.search(b, "Personalausweis Bürgerbüro", k=5) == []
        assert index.search(a, "Personalausweis", k=5)

    def test_changes_are_visible_to_next_search(self, setup):
        db, index, a, _, embedder = setup
        assert index.search(a, "Hundesteuer", k=1)[0].external_id != "hund"
        store_page(db, a, "hund", "Hundesteuer", "Die Hundesteuer beträgt 96 Euro im Jahr für den ersten Hund.", embedder)
        assert index.search(a, "Hundesteuer für meinen Hund", k=1)[0].external_id == "hund"
        with db.session() as session:
            doc_id = next(d.id for d in repo.list_documents(session, a) if d.external_id == "hund")
            repo.delete_document(session, a, doc_id)
        assert all(h.external_id != "hund" for h in index.search(a, "Hundesteuer", k=5))
