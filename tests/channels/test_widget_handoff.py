"""The handoff in the widget, against the live server: leave a message when
nobody is on duty, and a live conversation with staff (staff side via the API)."""

from __future__ import annotations

import httpx

from tests.channels.conftest import assert_accessible
from tests.channels.test_widget_browser import W, ask, last_answer, start

STAFF = {"Authorization": "Bearer geheim"}
ALWAYS_OPEN = [{"id": "buergerservice", "name": "Bürgerbüro", "response_time": "2 Werktage",
                "hours": {d: "00:00-23:59" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}]


def conversation_id(page) -> str:
    return page.evaluate("() => JSON.parse(sessionStorage.getItem('rathaus:musterstadt')).conversation_id")


def staff(live_server, method: str, path: str, **kwargs) -> httpx.Response:
    return httpx.request(method, f"{live_server.url}/api/v1/staff/musterstadt{path}", headers=STAFF, timeout=10, **kwargs)


CLOSED = [{"id": "buergerservice", "name": "Bürgerbüro", "response_time": "2 Werktage", "hours": {}}]


def test_nobody_on_duty_the_citizen_leaves_a_message_and_gets_the_reply_live(context, live_server, axe_source):
    # Nobody on duty whatever the time of day and whoever signed in to the inbox in an earlier test.
    live_server.set_tenant_setting("queues", CLOSED)
    try:
        _leave_a_message_and_get_the_reply(context, live_server, axe_source)
    finally:
        live_server.set_tenant_setting("queues", None)


def _leave_a_message_and_get_the_reply(context, live_server, axe_source):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page, "Wie hoch ist eigentlich der Eiffelturm in Paris?")
    not_found = last_answer(page)
    not_found.locator(".handoff button").click()  # "Mit einem Menschen sprechen"
    page.locator(f"{W} .handoff button", has_text="Nachricht hinterlassen").wait_for()
    assert "niemand" in page.locator(f"{W} .msg.bot").last.inner_text()
    page.locator(f"{W} .handoff button", has_text="Nachricht hinterlassen").click()
    email = page.locator(f"{W} #rh-t-email")
    assert email.evaluate("el => el === el.getRootNode().activeElement")
    email.fill("kaputt")
    page.locator(f"{W} #rh-t-msg").fill("Bitte rufen Sie mich zurück wegen meines Antrags.")
    page.locator(f"{W} .ticket .send").click()
    error = page.locator(f"{W} #rh-t-err")
    error.wait_for()
    assert "gültige E-Mail-Adresse" in error.inner_text() and email.get_attribute("aria-invalid") == "true"
    assert_accessible(page, axe_source, "ticket form with an error")
    email.fill("buerger@example.org")
    page.locator(f"{W} .ticket .send").click()
    page.locator(f"{W} .msg.system", has_text="MUSTERSTADT-").wait_for()
    assert page.locator(f"{W} .ticket").count() == 0
    cid = conversation_id(page)
    reply = staff(live_server, "POST", f"/conversations/{cid}/messages",
                  json={"author": "Frau Meier", "text": "Wir haben Ihren Antrag gefunden."})
    assert reply.status_code == 200
    staff_message = page.locator(f"{W} .msg.staff")
    staff_message.wait_for()
    assert "Frau Meier" in staff_message.inner_text() and "Antrag gefunden" in staff_message.inner_text()
    assert_accessible(page, axe_source, "staff reply")
    page.reload()  # the reply is still there on the next page
    page.locator(f"{W} .msg.staff").wait_for()
    assert page.locator(f"{W} .msg.staff").count() == 1


def test_a_message_left_in_another_language_is_confirmed_in_that_language(context, live_server):
    """The widget speaks German (the page's language), the citizen English: the
    ticket is filed in English, so its confirmation (and mail) is English."""
    live_server.set_tenant_setting("queues", CLOSED)
    try:
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page, "How tall is the Eiffel Tower in Paris?")
        last_answer(page).locator(".handoff button").click()
        page.locator(f"{W} .handoff button", has_text="Nachricht hinterlassen").click()
        page.locator(f"{W} #rh-t-email").fill("citizen@example.org")
        page.locator(f"{W} #rh-t-msg").fill("Please call me about my application.")
        page.locator(f"{W} .ticket .send").click()
        confirmation = page.locator(f"{W} .msg.system", has_text="MUSTERSTADT-")
        confirmation.wait_for()
        assert "Thank you" in confirmation.inner_text()
    finally:
        live_server.set_tenant_setting("queues", None)


def test_live_conversation_with_staff(context, live_server, axe_source):
    live_server.set_tenant_setting("queues", ALWAYS_OPEN)
    try:
        assert staff(live_server, "POST", "/presence", json={"staff": "Frau Meier"}).status_code == 200
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page, "Wie beantrage ich einen Personalausweis?")
        last_answer(page)
        page.locator(f"{W} [aria-controls=rh-tools]").click()
        page.locator(f"{W} #rh-tools .btn", has_text="Mit einem Menschen sprechen").click()
        page.locator(f"{W} .msg.bot", has_text="weitergegeben").wait_for()
        cid = conversation_id(page)
        assert staff(live_server, "POST", f"/conversations/{cid}/state",
                     json={"author": "Frau Meier", "to": "with_staff"}).status_code == 200
        staff(live_server, "POST", f"/conversations/{cid}/messages", json={"author": "Frau Meier", "text": "Guten Tag!"})
        page.locator(f"{W} .msg.staff", has_text="Guten Tag!").wait_for()
        ask(page, "Mein Ausweis ist abgelaufen.")  # goes to staff; the bot stays silent
        page.wait_for_timeout(500)
        detail = staff(live_server, "GET", f"/conversations/{cid}").json()
        assert detail["messages"][-1]["text"] == "Mein Ausweis ist abgelaufen."
        assert page.locator(f"{W} .msg.bot:not(.staff):not(.system)").count() == 3  # greeting, answer, handed over
        assert_accessible(page, axe_source, "live with staff")
        staff(live_server, "POST", f"/conversations/{cid}/state", json={"author": "Frau Meier", "to": "resolved"})
        page.locator(f"{W} .msg.system", has_text="beendet").wait_for()
    finally:
        live_server.set_tenant_setting("queues", None)


def test_two_unhelpful_answers_bring_the_offer_of_a_person(context, live_server, axe_source):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page, "Wie beantrage ich einen Personalausweis?")
    last_answer(page)
    ask(page, "Wann ist das Bürgerbüro geöffnet?")
    rateable = page.locator(f"{W} .msg.bot").filter(has=page.get_by_role("button", name="Nicht hilfreich"))
    rateable.nth(1).wait_for()
    rateable.nth(0).get_by_role("button", name="Nicht hilfreich").click()
    page.wait_for_timeout(300)
    assert page.locator(f"{W} .msg.bot .handoff").count() == 0  # one unhelpful answer: no offer yet
    rateable.nth(1).get_by_role("button", name="Nicht hilfreich").click()
    offer = page.locator(f"{W} .msg.bot").last
    offer.locator(".handoff button", has_text="Mit einem Menschen sprechen").wait_for()
    assert "Mitarbeiter" in offer.inner_text()
    assert_accessible(page, axe_source, "offer of a person after unhelpful answers")
