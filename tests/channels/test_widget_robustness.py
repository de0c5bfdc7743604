"""The widget under the situations a review found: a citizen who restarts mid-
answer, stale sessionStorage, language changes, focus after re-renders, phones
(focus leaving a full-screen panel) and host pages that transform the widget."""

from __future__ import annotations

import json

from tests.channels.conftest import host_page, new_context, open_host
from tests.channels.test_widget_browser import W, ask, last_answer, start

ACTIVE = (
    "() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement)"
    " e = e.shadowRoot.activeElement; return e ? (e.id || e.className || e.tagName) : null; }"
)


def test_a_new_conversation_mid_answer_drops_the_old_answer(context, live_server, fake_llm):
    live_server.set_tenant_setting("answer_mode", "generative")
    try:
        fake_llm.script("Den Personalausweis beantragen Sie im Bürgerbüro. " * 4 + "[1]", chunk_size=4, delay=0.1)
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page)
        page.locator(f"{W} .msg.streaming").wait_for()
        page.locator(f"{W} [aria-controls=rh-tools]").click()
        page.locator(f"{W} #rh-tools .btn").last.click()  # Neues Gespräch
        page.wait_for_timeout(1500)
        assert page.locator(f"{W} .msg.user").count() == 0
        assert page.locator(f"{W} .msg.bot .actions").count() == 0
        state = page.evaluate("() => JSON.parse(sessionStorage.getItem('rathaus:musterstadt'))")
        assert state["messages"] == [] and state["conversation_id"] is None
        assert page.locator(f"{W} .send").get_attribute("aria-disabled") == "false"
    finally:
        live_server.set_tenant_setting("answer_mode", "extractive")


def test_stale_or_corrupt_session_state_never_stops_the_widget(context, live_server):
    for stored in ['{"messages": null, "size": 40}', '{"messages": [{"role": "assistant", "citations": {}}]}',
                   '{"messages": [{"role": "assistant", "text": "Alt", "citations": "x"}], "open": true}', "not json"]:
        page = open_host(context, host_page(live_server.url))
        page.evaluate("value => sessionStorage.setItem('rathaus:musterstadt', value)", stored)
        page.reload()
        page.locator(f"{W} .launcher").wait_for()
        size = page.locator(f"{W} .root").evaluate("el => el.style.getPropertyValue('--rh-scale')")
        assert size == "1", stored
        page.close()


def test_language_change_keeps_settings_open_focus_and_the_draft(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} textarea").fill("Mein Entwurf")
    page.locator(f"{W} [aria-controls=rh-tools]").click()
    page.locator(f"{W} #rh-lang").select_option("uk")
    page.locator(f"{W} .send", has_text="Надіслати").wait_for()
    assert page.evaluate(ACTIVE) == "rh-lang"
    assert page.locator(f"{W} #rh-tools").is_visible()
    assert page.locator(f"{W} textarea").input_value() == "Mein Entwurf"


def test_focus_stays_in_the_widget_after_suggestion_and_retry(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} .suggest button").first.click()
    last_answer(page)
    assert page.evaluate(ACTIVE) == "rh-input"
    context.route(f"{live_server.url}/api/v1/chat", lambda route: route.abort())
    ask(page, "Wann ist das Bürgerbüro geöffnet?")
    page.locator(f"{W} .msg.error button").wait_for()
    context.unroute(f"{live_server.url}/api/v1/chat")
    page.keyboard.press("Enter")  # the retry button has the focus
    page.locator(f"{W} .msg.bot .actions").nth(1).wait_for()
    assert page.evaluate(ACTIVE) == "rh-input"


def test_feedback_names_the_answers_own_conversation(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page)
    answer = last_answer(page)
    conversation = page.evaluate("() => JSON.parse(sessionStorage.getItem('rathaus:musterstadt')).conversation_id")
    with page.expect_request(f"{live_server.url}/api/v1/feedback") as request:
        answer.locator(".actions .icon").nth(1).click()  # thumbs down
    body = json.loads(request.value.post_data)
    assert body["conversation_id"] == conversation and body["rating"] == "down"
    page.wait_for_function(
        "() => document.querySelector('rathaus-chat').shadowRoot.querySelector('.actions .icon:nth-child(2)')"
        ".getAttribute('aria-pressed') === 'true'"
    )


def test_tabbing_out_of_the_full_screen_phone_panel_closes_it(browser, town_website, live_server):
    context = new_context(browser, town_website, viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = start(context, live_server, body='<p><a href="#kontakt">Kontakt</a></p>')
        page.locator(f"{W} .launcher").click()
        assert page.locator(f"{W} .launcher").is_hidden()  # covered by the panel: not focusable either
        page.locator(f"{W} .foot").wait_for()
        for _ in range(12):
            page.keyboard.press("Tab")
            if page.locator(f"{W} .panel").is_hidden():
                break
        assert page.locator(f"{W} .panel").is_hidden()
        assert page.evaluate("() => document.activeElement.textContent") == "Kontakt"
    finally:
        context.close()


def test_a_host_page_that_transforms_the_widget_does_not_move_it(context, live_server):
    hostile = "<style>rathaus-chat{transform:translateZ(0)!important;contain:paint!important;filter:blur(0)!important}</style>"
    page = start(context, live_server, extra_head=hostile, body="<div style='height:3000px'></div>")
    box = page.locator(f"{W} .launcher").bounding_box()
    assert box["y"] > 600  # still at the bottom of the viewport
    page.locator(f"{W} .launcher").click()
    panel = page.locator(f"{W} .panel").bounding_box()
    assert panel["height"] > 300 and panel["y"] >= 0


def test_answers_render_safely_whatever_the_server_sends(context, live_server):
    hostile = {
        "conversation_id": "c1", "answer": "<img src=x onerror=\"window.pwned=1\"> **fett** [klick](javascript:alert(1)) [1]",
        "language": "de", "grounded": True, "handoff_offered": False, "direction": "ltr", "answer_mode": "extractive",
        "message_id": 7,
        "citations": [{"n": 1, "title": "<b>Titel</b>", "url": "javascript:alert(1)", "external_id": "x", "snippet": ""}],
    }
    body = (
        'event: token\ndata: {"text": "<script>window.pwned=2</script>"}\n\n'
        f"event: done\ndata: {json.dumps(hostile)}\n\n"
    )
    page = start(context, live_server)
    context.route(f"{live_server.url}/api/v1/chat",
                  lambda route: route.fulfill(status=200, content_type="text/event-stream", body=body))
    page.locator(f"{W} .launcher").click()
    ask(page)
    answer = last_answer(page)
    assert page.evaluate("() => window.pwned") is None
    assert answer.locator("img, script, b").count() == 0
    assert "<img src=x" in answer.inner_text() and answer.locator("strong").inner_text() == "fett"
    hrefs = answer.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert not any(h and h.lower().startswith("javascript") for h in hrefs)
    assert "<b>Titel</b>" in answer.locator(".srcs").inner_text()


def test_copy_and_read_aloud(context, live_server):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.add_init_script(
        "window.__spoken = []; speechSynthesis.speak = u => { window.__spoken.push([u.text, u.lang]); };"
    )
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page, "How do I register my address in Musterstadt?")
    answer = last_answer(page)
    answer.locator(".actions .icon").nth(2).click()  # copy
    page.wait_for_timeout(200)
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "Quellen:" in copied and "https://www.musterstadt.example/" in copied
    speak = answer.locator(".actions .icon").nth(3)
    speak.click()
    spoken = page.evaluate("() => window.__spoken")
    # the English intro with an English voice, the German quotes with a German one (their source's language)
    assert spoken[0][1] == "en" and spoken[0][0].startswith("Here is what I found")
    assert spoken[1][1] == "de" and not any("[1]" in text or text.startswith(">") for text, _ in spoken)
    assert speak.get_attribute("aria-pressed") == "true"
    speak.click()  # pressing again stops
    assert speak.get_attribute("aria-pressed") == "false"


def test_language_follows_the_browser_when_the_page_says_nothing(browser, town_website, live_server):
    context = new_context(browser, town_website, locale="fr-FR")
    try:
        page = start(context, live_server, lang="")
        assert page.locator(f"{W} .root").get_attribute("lang") == "fr"
        assert page.locator(f"{W} .launcher").inner_text().strip() == "Posez-nous une question"
    finally:
        context.close()


def test_on_screen_keyboard_does_not_cover_the_input(browser, town_website, live_server):
    context = new_context(browser, town_website, viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        page.locator(f"{W} textarea").focus()
        page.set_viewport_size({"width": 360, "height": 330})  # the keyboard takes the lower half
        page.wait_for_timeout(200)
        form = page.locator(f"{W} form").bounding_box()
        assert form["y"] + form["height"] <= 330 + 0.5
        assert page.locator(f"{W} textarea").is_visible()
    finally:
        context.close()
