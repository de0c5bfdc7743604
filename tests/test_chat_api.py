"""POST /api/v1/chat on the demo municipality with the real default embedder
(the grounding threshold is calibrated for it; ingesting the demo takes ~15 s)."""

import json

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from rathaus.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), embedder="e5-use", demo=True)
    with TestClient(create_app(settings)) as c:
        yield c


def ask(client, message, conversation_id=None, **headers):
    return client.post(
        "/api/v1/chat",
        json={"tenant": "musterstadt", "message": message, "conversation_id": conversation_id},
        headers=headers,
    )


def test_grounded_answer_with_citations(client):
    body = ask(client, "Wie beantrage ich einen Personalausweis?").json()
    assert body["grounded"] is True and body["handoff_offered"] is False
    assert body["language"] == "de" and body["conversation_id"]
    assert body["answer"].startswith("Dazu habe ich auf den Seiten der Stadt gefunden:")
    first = body["citations"][0]
    assert first["n"] == 1 and first["external_id"] == "personalausweis"
    assert first["url"].startswith("https://www.musterstadt.example/") and first["snippet"]
    assert first["language"] == "de"  # the source's, whatever the asker's: the widget marks its quotes so
    assert "[1]" in body["answer"]


def test_no_good_answer_is_honest_and_offers_a_person(client):
    body = ask(client, "Wer wird morgen Fußballweltmeister?").json()
    assert body["grounded"] is False and body["handoff_offered"] is True
    assert body["citations"] == []
    assert "keine verlässliche Antwort" in body["answer"]


@pytest.mark.parametrize(
    "question",
    ["Wie hoch ist der Eiffelturm?", "Welche Partei soll ich wählen?", "Erzähl mir einen Witz", "What's the weather tomorrow?"],
)
def test_out_of_scope_questions_are_not_grounded(client, question):
    body = ask(client, question).json()
    assert body["grounded"] is False and body["citations"] == [] and body["handoff_offered"] is True


@pytest.mark.parametrize(
    "question, language, direction, expected",
    [
        ("Як зареєструвати місце проживання?", "uk", "ltr", "wohnsitz-anmelden"),
        ("كيف أسجل مكان إقامتي؟", "ar", "rtl", "wohnsitz-anmelden"),
        ("Kimliğimi kaybettim, ne yapmalıyım?", "tr", "ltr", "ausweis-verloren"),
    ],
)
def test_answers_in_the_askers_language_with_german_sources(client, question, language, direction, expected):
    body = ask(client, question).json()
    assert body["language"] == language and body["direction"] == direction
    assert body["grounded"] and expected in [c["external_id"] for c in body["citations"]]


@pytest.mark.parametrize("question", ["Wie hoch ist der Eiffelturm?", "Wer wird Fußballweltmeister?", "How tall is the Eiffel Tower?"])
def test_an_off_topic_question_mid_conversation_is_not_answered_from_the_previous_topic(client, question):
    first = ask(client, "Wie beantrage ich einen Personalausweis?").json()
    second = ask(client, question, first["conversation_id"]).json()
    assert second["grounded"] is False and second["citations"] == []


def test_follow_up_uses_history(client):
    first = ask(client, "Wie beantrage ich einen Personalausweis?").json()
    follow = ask(client, "Und was kostet das?", first["conversation_id"]).json()
    assert follow["conversation_id"] == first["conversation_id"]
    assert follow["grounded"] and "46" in follow["answer"]


def test_greetings_and_thanks_get_a_friendly_reply_and_keep_the_topic(client):
    """"Hallo" and "Danke!" are not searched (searched, they found nothing and
    were offered a person); a follow-up after the thanks still means the question before."""
    hello = ask(client, "Hallo!").json()
    assert hello["answer_mode"] == "small_talk" and hello["grounded"] is False and hello["handoff_offered"] is False
    assert hello["answer"].startswith("Hallo! Hier ist der digitale Bürgerservice") and "Musterstadt" in hello["answer"]
    assert hello["citations"] == []
    cid = hello["conversation_id"]
    assert ask(client, "Wie beantrage ich einen Personalausweis?", cid).json()["grounded"]
    thanks = ask(client, "Danke schön 🙂", cid).json()
    assert thanks["answer"] == "Gern geschehen! Wenn Sie noch etwas wissen möchten, fragen Sie einfach."
    follow = ask(client, "Und was kostet das?", cid).json()
    assert follow["grounded"] and "46" in follow["answer"]
    assert ask(client, "Super, alles klar", cid).json()["answer_mode"] == "small_talk"
    unanswered = ask(client, "Wie hoch ist der Eiffelturm?").json()
    after_offer = ask(client, "ok", unanswered["conversation_id"]).json()  # may mean "yes, a person"
    assert after_offer["answer_mode"] == "not_found" and after_offer["handoff_offered"] is True
    english = ask(client, "Hello").json()  # one word: detection alone would have said German
    assert english["language"] == "en" and english["answer"].startswith("Hello!")
    joke = ask(client, "Розкажи анекдот").json()  # declined, with a person offered like any out-of-scope question
    assert joke["language"] == "uk" and joke["answer"].startswith("На жаль, цього я не вмію")
    assert joke["grounded"] is False and joke["handoff_offered"] is True and joke["citations"] == []


def test_someone_in_a_crisis_gets_the_help_numbers_and_a_person_offered(client):
    reply = ask(client, "Ich kann nicht mehr. Ich will nicht mehr leben.").json()
    assert reply["answer"].startswith("Es tut mir sehr leid") and "116 123" in reply["answer"] and "112" in reply["answer"]
    assert reply["grounded"] is False and reply["handoff_offered"] is True and reply["citations"] == []
    turkish = ask(client, "Kendimi öldürmek istiyorum").json()
    assert turkish["language"] == "tr" and "116 123" in turkish["answer"] and "Es tut" not in turkish["answer"]


def test_someone_in_a_crisis_who_also_asks_what_the_pages_answer_gets_the_numbers_and_the_answer(client):
    reply = ask(client, "Mein Mann schlägt mich. Ich habe eine eigene Wohnung gefunden – wie melde ich dort meinen "
                        "Wohnsitz an?").json()
    numbers, answer = reply["answer"].split("\n\n", 1)
    assert numbers.startswith("Es tut mir sehr leid") and "116 016" in numbers and "112" in numbers
    assert answer.startswith("Dazu habe ich auf den Seiten der Stadt gefunden:")
    assert reply["grounded"] is True and reply["handoff_offered"] is True and reply["answer_mode"] == "extractive"
    assert "wohnsitz-anmelden" in {c["external_id"] for c in reply["citations"]} and "[1]" in answer


def test_someone_who_wants_to_harm_themselves_gets_the_numbers_only_whatever_else_they_ask(client):
    reply = ask(client, "Ich will mich umbringen. Wie lange ist mein Personalausweis gültig?").json()
    assert reply["answer"].startswith("Es tut mir sehr leid") and "\n\n" not in reply["answer"]
    assert reply["grounded"] is False and reply["citations"] == [] and reply["handoff_offered"] is True


def test_streaming_events(client):
    with client.stream(
        "POST", "/api/v1/chat", json={"tenant": "musterstadt", "message": "Wann wird die Biotonne geleert?"},
        headers={"Accept": "text/event-stream"},
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = "".join(response.iter_text())
    events = [(block.split("\n")[0][7:], json.loads(block.split("\n")[1][6:])) for block in raw.strip().split("\n\n")]
    kinds = [kind for kind, _ in events]
    assert kinds[-2:] == ["citations", "done"] and set(kinds[:-2]) == {"token"} and len(kinds) > 5
    done = events[-1][1]
    assert "".join(e[1]["text"] for e in events if e[0] == "token") == done["answer"]
    assert events[-2][1] == done["citations"] and done["grounded"]


@pytest.mark.parametrize(
    "payload, status",
    [
        ({"tenant": "nirgendwo", "message": "Hallo"}, 404),
        ({"tenant": "musterstadt", "message": ""}, 422),
        ({"tenant": "musterstadt", "message": "   "}, 422),
        ({"tenant": "musterstadt", "message": "x" * 4001}, 422),
        ({"tenant": "musterstadt"}, 422),
        ({"tenant": "musterstadt", "message": "Hallo", "conversation_id": "00000000-0000-0000-0000-000000000000"}, 404),
    ],
)
def test_bad_input(client, payload, status):
    assert client.post("/api/v1/chat", json=payload).status_code == status


def test_unknown_tenant_streaming_is_404(client):
    r = client.post("/api/v1/chat", json={"tenant": "nirgendwo", "message": "Hallo"}, headers={"Accept": "text/event-stream"})
    assert r.status_code == 404


def test_conversation_of_another_tenant_is_not_found(client):
    conv = ask(client, "Wie beantrage ich einen Personalausweis?").json()["conversation_id"]
    runtime = client.app.state.runtime
    from rathaus.db import repository as repo

    with runtime.db.session() as s:
        repo.ensure_tenant(s, "andere-stadt")
    r = client.post("/api/v1/chat", json={"tenant": "andere-stadt", "message": "Hallo", "conversation_id": conv})
    assert r.status_code == 404


def test_messages_are_stored(client):
    body = ask(client, "Wann wird die Biotonne geleert?").json()
    from rathaus.conversations import store
    from rathaus.db import repository as repo

    runtime = client.app.state.runtime
    with runtime.db.session() as s:
        tenant = repo.get_tenant(s, "musterstadt").id
        messages = store.history(s, tenant, body["conversation_id"])
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[1].content == body["answer"] and messages[1].citations == body["citations"]


def test_openapi_documents_the_chat_contract(client):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/v1/chat"]["post"]
    assert "text/event-stream" in op["responses"]["200"]["content"]
    schema = spec["components"]["schemas"]["ChatResponse"]["properties"]
    assert set(schema) == {
        "conversation_id", "answer", "language", "grounded", "citations", "handoff_offered", "direction",
        "answer_mode", "message_id", "state", "handoff",
    }
    assert {"/api/v1/feedback", "/api/v1/tenants/{slug}/widget"} <= set(spec["paths"])



def test_a_second_follow_up_keeps_the_topic_of_the_question_before_the_first(client):
    """"Und wie lange dauert es?" after "Was kostet das?" still means the
    Personalausweis (searched with the follow-up before it, it found Wohngeld)."""
    cid = ask(client, "Personalausweis beantragen").json()["conversation_id"]
    assert "46" in ask(client, "Was kostet das?", cid).json()["answer"]
    third = ask(client, "Und wie lange dauert es?", cid).json()
    assert third["grounded"] and third["citations"][0]["external_id"] == "personalausweis"
    switched = ask(client, "Wann kommt die gelbe Tonne?", cid).json()  # a new topic is not a follow-up
    assert switched["citations"][0]["external_id"] == "muellabfuhr"
    after_switch = ask(client, "Und die Biotonne?", cid).json()
    assert after_switch["citations"][0]["external_id"] == "muellabfuhr"
