import numpy as np

from rathaus.index.analysis import Analyzer, expand_query, tokenize
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


def test_fusion_keeps_zero_lexical_at_zero_and_is_convex():
    dense = np.array([0.9, 0.5, 0.1], dtype=np.float32)
    lexical = np.array([0.0, 4.0, 2.0], dtype=np.float32)
    fused = fuse(dense, lexical, 0.3)
    assert np.isclose(fused[0], 0.7) and np.isclose(fused[1], 0.7 * 0.5 + 0.3)
    assert minmax(np.array([2.0, 2.0])).tolist() == [1.0, 1.0]


def test_lexical_weight_depends_on_language_and_query_length():
    weights = FusionWeights(same_language=0.15, short_query=0.3, other_language=0.05)
    assert weights.lexical_weight("Як отримати паспорт?", "uk", "de") == 0.05
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
