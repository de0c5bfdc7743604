"""The conversation state machine: allowed moves only, every move on record."""

import pytest

from rathaus.conversations import store
from rathaus.db import repository as repo
from rathaus.handoff import states


@pytest.fixture
def conversation(runtime):
    with runtime.db.session() as session:
        tenant_id = repo.ensure_tenant(session, "stadt-a").id
        conversation_id = store.create_conversation(session, tenant_id)
    return runtime, tenant_id, conversation_id


def test_a_full_handoff_is_recorded_with_who_and_why(conversation):
    runtime, tenant_id, cid = conversation
    with runtime.db.session() as session:
        assert states.current_state(session, tenant_id, cid) == ("bot", None)
        states.transition(session, tenant_id, cid, states.WAITING, "citizen", "asked_for_person", "buergerservice")
        states.transition(session, tenant_id, cid, states.WITH_STAFF, "staff:Frau Meier", "accepted")
        states.transition(session, tenant_id, cid, states.RESOLVED, "staff:Frau Meier", "done")
        states.transition(session, tenant_id, cid, states.WITH_STAFF, "staff:Frau Meier", "reply")  # reopened
    with runtime.db.session() as session:
        steps = states.history(session, tenant_id, cid)
        assert states.current_state(session, tenant_id, cid) == (states.WITH_STAFF, "buergerservice")
    assert [(s.from_state, s.to_state, s.actor) for s in steps] == [
        ("bot", "waiting_for_staff", "citizen"),
        ("waiting_for_staff", "with_staff", "staff:Frau Meier"),
        ("with_staff", "resolved", "staff:Frau Meier"),
        ("resolved", "with_staff", "staff:Frau Meier"),
    ]
    assert all(s.at is not None for s in steps)


@pytest.mark.parametrize("path", [["resolved"], ["answered"], ["ticket_open", "resolved"], ["nonsense"]])
def test_moves_that_are_not_allowed_are_refused_and_change_nothing(conversation, path):
    runtime, tenant_id, cid = conversation
    with pytest.raises(states.InvalidTransition):
        with runtime.db.session() as session:
            for to_state in path:
                states.transition(session, tenant_id, cid, to_state, "test")
    with runtime.db.session() as session:
        assert states.current_state(session, tenant_id, cid)[0] == "bot"
        assert states.history(session, tenant_id, cid) == []


def test_tenant_b_cannot_see_or_move_tenant_a_conversations(conversation):
    runtime, tenant_a, cid = conversation
    with runtime.db.session() as session:
        tenant_b = repo.ensure_tenant(session, "stadt-b").id
    with pytest.raises(states.UnknownConversation):
        with runtime.db.session() as session:
            states.transition(session, tenant_b, cid, states.WAITING, "citizen")
    with runtime.db.session() as session:
        assert states.current_state(session, tenant_a, cid)[0] == "bot"
        assert states.history(session, tenant_b, cid) == []
