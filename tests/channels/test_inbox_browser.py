"""End to end in two browsers: a citizen in the widget on the town's website,
a member of staff in the inbox. axe-core must find nothing in the inbox."""

from __future__ import annotations

from tests.channels.conftest import assert_accessible, new_context
from tests.channels.test_widget_browser import W, ask, last_answer, start
from tests.channels.test_widget_handoff import ALWAYS_OPEN


PASSWORD = "Bürgerbüro-Musterstadt-2026"


def sign_in(page, password: str = PASSWORD) -> None:
    page.fill("#email", "meier@musterstadt.example")
    page.fill("#password", password)
    page.click("form[action='/login'] button[type=submit]")


def test_citizen_and_staff_talk_through_widget_and_inbox(browser, town_website, live_server, axe_source):
    live_server.set_tenant_setting("queues", ALWAYS_OPEN)
    live_server.add_staff("meier@musterstadt.example", "Frau Meier", PASSWORD)
    staff_context = new_context(browser, town_website)
    citizen_context = new_context(browser, town_website)
    try:
        inbox = staff_context.new_page()
        inbox.goto(f"{live_server.url}/inbox")  # not signed in: to the sign-in page and back
        inbox.locator("#email").wait_for()
        assert_accessible(inbox, axe_source, "sign-in page")
        sign_in(inbox, password="falsch-falsch-falsch")
        inbox.locator("#login-error", has_text="falsch").wait_for()
        assert_accessible(inbox, axe_source, "sign-in page with an error")
        sign_in(inbox)  # the open inbox makes Frau Meier present
        inbox.locator("#queue-title").wait_for()
        widget = start(citizen_context, live_server)
        widget.locator(f"{W} .launcher").click()
        ask(widget, "Wie beantrage ich einen Personalausweis?")
        last_answer(widget)
        widget.locator(f"{W} [aria-controls=rh-tools]").click()
        widget.locator(f"{W} #rh-tools .btn", has_text="Mit einem Menschen sprechen").click()
        widget.locator(f"{W} .msg.bot", has_text="weitergegeben").wait_for()
        waiting = inbox.locator("#queue li button", has_text="wartet")
        waiting.wait_for()  # arrived live, no reload
        waiting.click()
        inbox.locator("#transcript .msg.assistant a", has_text="Personalausweis").first.wait_for()  # the bot's sources
        inbox.locator("#suggestions li").first.wait_for()
        assert_accessible(inbox, axe_source, "inbox conversation")
        inbox.click("#actions [data-to=with_staff]")
        inbox.locator("#detail-state", has_text="in Bearbeitung").wait_for()
        inbox.locator("#reply-text").press_sequentially("Guten Tag, ich helfe Ihnen gern.")
        widget.locator(f"{W} .typing", has_text="Bürgerbüro schreibt").wait_for()  # live from the inbox
        inbox.click("#reply button[type=submit]")
        widget.locator(f"{W} .msg.staff", has_text="ich helfe Ihnen gern").wait_for()
        assert "Frau Meier" in widget.locator(f"{W} .msg.staff").inner_text()
        ask(widget, "Danke! Welche Unterlagen brauche ich?")
        inbox.locator("#transcript .msg.user", has_text="Welche Unterlagen").wait_for()  # live in the inbox
        ask(widget, "Do I have to bring my old ID card?")
        english = inbox.locator("#transcript .msg.user", has_text="old ID card")
        english.wait_for()
        assert english.locator("p:not(.meta)").get_attribute("lang") == "en"  # read with an English voice
        inbox.fill("#reply-text", "Nur notiert")
        inbox.check("#internal")
        inbox.click("#reply button[type=submit]")
        inbox.locator("#transcript .msg.note", has_text="Nur notiert").wait_for()
        inbox.click("#actions [data-to=resolved]")
        widget.locator(f"{W} .msg.system", has_text="beendet").wait_for()
        assert widget.locator(f"{W} .msg.staff", has_text="Nur notiert").count() == 0  # notes stay internal
        assert_accessible(inbox, axe_source, "inbox after resolving")
    finally:
        staff_context.close()
        citizen_context.close()
        live_server.set_tenant_setting("queues", None)
