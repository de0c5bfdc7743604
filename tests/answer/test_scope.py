"""The scope check (answer/scope.py): a question that is very likely none of
the town's business is refused even when a page comes close enough."""

import asyncio

import numpy as np
import pytest

from rathaus.answer import scope
from rathaus.answer.scope import ScopeModel, model_file, model_for, outside_scope
from rathaus.models import SearchHit
from rathaus.testing.fakes import HashingEmbedder

HIT = SearchHit(1, 1, "page", "Page", None, "text", "", None, 1.0, "de", dense=0.6)


@pytest.fixture
def models_dir(tmp_path, monkeypatch):
    """Model files in a folder of the test's own (the shipped ones stay untouched)."""
    monkeypatch.setattr(scope, "MODELS", tmp_path)
    model_for.cache_clear()
    yield tmp_path
    model_for.cache_clear()


def store_model_that_refuses(text: str, models_dir) -> None:
    """A model over the hashing fake's vectors: a question searched as `text` (or close to it) is
    out of scope."""
    embedder = HashingEmbedder()
    direction = embedder.embed([text], kind="query")[0]
    ScopeModel(direction * 40, dense_weight=0.0, bias=-20.0).save(model_file(embedder.name))


def test_a_question_the_model_is_sure_about_is_outside_the_towns_scope(models_dir):
    store_model_that_refuses("vodafone", models_dir)
    embedder = HashingEmbedder()
    assert outside_scope(embedder, "vodafone", [HIT])
    assert not outside_scope(embedder, "Wann wird die Biotonne geleert?", [HIT])


def test_without_a_model_for_the_embedder_nothing_is_refused(models_dir):
    assert model_for(HashingEmbedder.name) is None
    assert not outside_scope(HashingEmbedder(), "vodafone", [HIT])


def test_no_hits_or_an_empty_question_are_left_to_the_grounding_threshold(models_dir):
    store_model_that_refuses("vodafone", models_dir)
    assert not outside_scope(HashingEmbedder(), "vodafone", [])
    assert not outside_scope(HashingEmbedder(), "  ", [HIT])


def test_a_model_of_another_dimension_is_not_applied(models_dir):
    ScopeModel(np.ones(8, dtype=np.float32), 0.0, 50.0).save(model_file(HashingEmbedder.name))
    assert not outside_scope(HashingEmbedder(), "vodafone", [HIT])


def test_a_stored_model_reads_back_the_same(models_dir):
    model = ScopeModel(np.arange(4, dtype=np.float32), dense_weight=-3.5, bias=1.25)
    model.save(model_file("some embedder*1+other*0.3"))
    loaded = model_for("some embedder*1+other*0.3")
    assert np.array_equal(loaded.weights, model.weights)
    assert (loaded.dense_weight, loaded.bias) == (-3.5, 1.25)
    vector = np.ones(4, dtype=np.float32) / 2
    assert loaded.out_of_scope(vector, 1.0) == pytest.approx(1 / (1 + np.exp(-(3.0 - 3.5 + 1.25))))


def test_the_default_embedder_has_a_shipped_model():
    model_for.cache_clear()
    model = model_for("e5-small-q4*1+use-multilingual-q*0.3")
    assert model is not None and model.weights.shape == (896,)
    assert model.weights.dtype == np.float32 and np.isfinite(model.weights).all()


def test_the_chat_refuses_what_the_scope_check_refuses(models_dir, runtime):
    from rathaus.answer.service import AnswerService
    from rathaus.db import repository as repo
    from rathaus.demo import ensure_demo

    ensure_demo(runtime)
    service = AnswerService(runtime)
    question, other = "Wie beantrage ich einen Personalausweis?", "Wann wird die Biotonne geleert?"
    assert asyncio.run(service.answer("musterstadt", question)).grounded  # before: answered
    tenant_id = repo.tenant_info(runtime.db, "musterstadt").id
    store_model_that_refuses(runtime.index.expanded(tenant_id, question, "de"), models_dir)
    model_for.cache_clear()  # models are read once per process
    refused = asyncio.run(service.answer("musterstadt", question))
    assert refused.grounded is False and refused.answer_mode == "not_found" and refused.citations == []
    assert asyncio.run(service.answer("musterstadt", other)).grounded


def store_model_that_doubts(probability: float, models_dir) -> None:
    """A model that gives every question the same probability of being out of scope."""
    bias = float(np.log(probability / (1 - probability)))
    ScopeModel(np.zeros(HashingEmbedder.dim, dtype=np.float32), 0.0, bias).save(
        model_file(HashingEmbedder.name))


@pytest.mark.parametrize("question, refused", [
    ("Wie kündige ich meinen Vodafone-Vertrag, wenn ich umziehe?", True),  # a company: bar 0.6
    ("Was brauche ich für das Militärbuch beim griechischen Konsulat?", True),  # a consulate: bar 0.7
    ("Lohnt sich ein Lastenrad oder soll ich beim Auto bleiben?", False),  # advice: bar 0.8
    ("Wie melde ich meinen Umzug an?", False),  # no sign: bar 0.95
])
def test_a_sign_lowers_the_bar_the_model_must_reach(models_dir, question, refused):
    store_model_that_doubts(0.75, models_dir)
    assert outside_scope(HashingEmbedder(), question, [HIT], question) is refused
    assert not outside_scope(HashingEmbedder(), question, [HIT])  # the question as asked carries the signs
