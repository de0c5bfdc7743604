import pytest

from rathaus.conversations import store
from rathaus.db import repository as repo


def test_history_and_tenant_isolation(runtime):
    with runtime.db.session() as s:
        a = repo.ensure_tenant(s, "stadt-a").id
        b = repo.ensure_tenant(s, "stadt-b").id
        conv = store.create_conversation(s, a)
        store.add_message(s, a, conv, "user", "Frage", "de")
        store.add_message(s, a, conv, "assistant", "Antwort", "de", True, [{"n": 1}])
    with runtime.db.session() as s:
        messages = store.history(s, a, conv)
        assert [(m.role, m.content) for m in messages] == [("user", "Frage"), ("assistant", "Antwort")]
        assert messages[1].grounded is True and messages[1].citations == [{"n": 1}]
        # tenant B knows the id but can neither read nor write
        assert not store.conversation_exists(s, b, conv)
        assert store.history(s, b, conv) == []
        with pytest.raises(LookupError):
            store.add_message(s, b, conv, "user", "eingeschleust")
    with runtime.db.session() as s:
        assert len(store.history(s, a, conv)) == 2
