import pytest
import numpy as np

from rathaus.index.analysis import Analyzer, tokenize
from rathaus.index.expansion import expand_query
from rathaus.index.fusion import FusionWeights, fuse, minmax
from rathaus.index.hybrid import HybridIndex
from rathaus.testing.index import IndexConformance


class TestHybridIndex(IndexConformance):
    def make_index(self, db, embedder_for_tenant):
        return HybridIndex(db, embedder_for_tenant)


def test_tokenize_stems_and_folds_umlauts():
    assert tokenize("Bürgerbüro") == tokenize("Burgerburo")
    assert tokenize("Anmeldungen") == tokenize("Anmeldung")
    assert "und" not in " ".join(tokenize("Pass und Ausweis"))


def test_colloquial_words_are_expanded():
    assert "Personalausweis" in expand_query("Perso verloren")
    assert "Kennzeichen" in expand_query("Nummernschild geklaut")
    assert expand_query("Wohnsitz") == "Wohnsitz"
    assert "Einbürgerung" in expand_query("Wie werde ich deutsche Staatsbürgerin?")  # "staatsbürger*"
    assert "Gewerbe" in expand_query("Ich höre mit meiner Selbständigkeit auf")  # "selbständig*"


def test_fusion_keeps_zero_lexical_at_zero_and_is_convex():
    dense = np.array([0.9, 0.5, 0.1], dtype=np.float32)
    lexical = np.array([0.0, 4.0, 2.0], dtype=np.float32)
    fused = fuse(dense, lexical, 0.3)
    assert np.isclose(fused[0], 0.7) and np.isclose(fused[1], 0.7 * 0.5 + 0.3)
    assert minmax(np.array([2.0, 2.0])).tolist() == [1.0, 1.0]


def test_lexical_weight_depends_on_language_and_query_length():
    weights = FusionWeights(same_language=0.15, short_query=0.3, other_language=0.05)
    assert weights.lexical_weight("Як отримати паспорт?", "uk", "de") == 0.05
    # the glossary gave the question German terms, which BM25 can match
    assert weights.lexical_weight("Як отримати паспорт?", "uk", "de", translated=True) == 0.15
    assert weights.lexical_weight("Wie beantrage ich einen Reisepass?", "de", "de") == 0.15
    assert weights.lexical_weight("Reisepass", "de", "de") == 0.3
    assert weights.lexical_weight("Reisepass beantragen", None, "de") == 0.3


def test_compounds_are_split_with_the_corpus_vocabulary():
    analyzer = Analyzer.from_corpus(["Die Bescheinigung über das Gewerbe", "Verlust des Passes", "Pass"])
    assert analyzer.split("gewerbebescheinigung") == ("gewerbe", "bescheinigung")
    assert analyzer.split("passverlust") == ("pass", "verlust")
    assert analyzer.split("gewerbeamt") is None  # "amt" is too short to be a part
    assert analyzer.split("bescheinigung") is None
    tokens = analyzer.tokenize("Gewerbebescheinigung")
    assert set(tokenize("Gewerbe Bescheinigung")) <= set(tokens)


def test_per_document_returns_several_chunks_of_the_best_documents(runtime, tmp_path):
    from rathaus.connectors.files import FilesConnector
    from rathaus.db import repository as repo
    from rathaus.ingest.pipeline import ingest

    folder = tmp_path / "docs"
    folder.mkdir()
    body = "\n\n".join(f"## Abschnitt {i}\n\nDer Personalausweis Abschnitt {i} erklärt Gebühren und Fristen im Bürgerbüro ausführlich." * 1 + " Mehr Text." * 10 for i in range(4))
    (folder / "ausweis.md").write_text(f"# Personalausweis\n\n{body}\n", encoding="utf-8")
    (folder / "muell.md").write_text("# Müll\n\nDie Restmülltonne wird alle zwei Wochen geleert.\n", encoding="utf-8")
    with runtime.db.session() as s:
        tenant = repo.ensure_tenant(s, "stadt").id
    ingest(runtime.db, tenant, FilesConnector(folder), runtime.embedder_for_tenant(tenant))
    hits = runtime.index.search(tenant, "Personalausweis Gebühren", k=2, per_document=3)
    ids = [h.external_id for h in hits]
    assert ids.count("ausweis") == 3 and len(set(ids)) <= 2
    assert len({h.chunk_id for h in hits}) == len(hits)


def test_candidate_union_is_numpys_union():
    from rathaus.index.hybrid import _union

    rng = np.random.default_rng(7)
    for size in (0, 1, 5, 200):
        a, b = rng.integers(0, 300, size), rng.integers(0, 300, size)
        assert np.array_equal(_union(a, b), np.union1d(a, b))


def test_the_quantized_first_pass_of_large_tenants_gives_the_exact_results(runtime, monkeypatch):
    from rathaus.connectors.files import FilesConnector
    from rathaus.db import repository as repo
    from rathaus.demo import demo_pages
    from rathaus.index import hybrid
    from rathaus.ingest.pipeline import ingest

    with runtime.db.session() as s:
        tenant = repo.ensure_tenant(s, "stadt").id
    ingest(runtime.db, tenant, FilesConnector(demo_pages()), runtime.embedder_for_tenant(tenant))
    questions = ["Wie melde ich meinen Wohnsitz an?", "Perso verloren", "Wann kommt die Biotonne?",
                 "How do I register my dog?", "Kita-Platz"]

    def results():
        runtime.index.invalidate(tenant)
        return [[(h.chunk_id, round(h.score, 5), round(h.dense, 5), round(h.lexical, 5))
                 for h in runtime.index.search(tenant, q, k=5, per_document=2)] for q in questions]

    exact = results()
    assert runtime.index._get(tenant).scan_blocks == []  # a small tenant: the float scan only
    monkeypatch.setattr(hybrid, "QUANTIZED_SCAN_FROM", 1)
    assert results() == exact
    assert len(runtime.index._get(tenant).scan_blocks) == 1  # the int8 first pass, one block
    # split into blocks scanned by several threads: still the same results
    monkeypatch.setattr(hybrid, "PARALLEL_SCAN_FROM", 1)
    monkeypatch.setattr(hybrid, "SCAN_THREADS", 3)
    assert results() == exact
    assert len(runtime.index._get(tenant).scan_blocks) == 3


def test_top_finds_the_highest_scores_on_large_arrays_too():
    from rathaus.index.hybrid import _top

    rng = np.random.default_rng(7)
    for scores in (rng.standard_normal(50_000), np.where(rng.random(40_000) < 0.01, rng.exponential(2, 40_000), 0.0),
                   np.zeros(40_000), np.arange(40_000.0), rng.standard_normal(150)):
        for n in (1, 200):
            found = _top(scores.astype(np.float32), n)
            assert len(found) == min(n, len(scores)) and len(set(found.tolist())) == len(found)
            assert np.array_equal(np.sort(scores[found]), np.sort(scores)[len(scores) - len(found):])


def test_a_page_titled_with_the_service_named_gains_the_title_weight(runtime, tmp_path, monkeypatch):
    """"nacionalidad alemana" names naturalisation: the page titled "Einbürgerung"
    gains FusionWeights.title_names, a page that only mentions it gains nothing."""
    from rathaus.connectors.files import FilesConnector
    from rathaus.db import repository as repo
    from rathaus.ingest.pipeline import ingest

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "einbuergerung.md").write_text("# Einbürgerung\n\nDas Gesetz wurde 2024 geändert.\n", encoding="utf-8")
    (folder / "aufenthalt.md").write_text(
        "# Aufenthaltserlaubnis\n\nNach der Einbürgerung brauchen Sie keine Aufenthaltserlaubnis mehr.\n", encoding="utf-8")
    with runtime.db.session() as s:
        tenant = repo.ensure_tenant(s, "stadt").id
    ingest(runtime.db, tenant, FilesConnector(folder), runtime.embedder_for_tenant(tenant))
    plain = HybridIndex(runtime.db, runtime.embedder_for_tenant, FusionWeights(title_names=0.0))

    def scores(index):
        return {h.external_id: h.score for h in index.search(tenant, "nacionalidad alemana, requisitos", 5, language="es")}

    with_titles, without = scores(runtime.index), scores(plain)
    assert with_titles["einbuergerung"] - without["einbuergerung"] == pytest.approx(runtime.index.weights.title_names)
    assert with_titles["aufenthalt"] == pytest.approx(without["aufenthalt"])
    # a name that more titles carry than TITLED_PAGES_MAX points to none of them
    from rathaus.index import hybrid

    monkeypatch.setattr(hybrid, "TITLED_PAGES_MAX", 0)
    assert scores(runtime.index)["einbuergerung"] == pytest.approx(without["einbuergerung"])
