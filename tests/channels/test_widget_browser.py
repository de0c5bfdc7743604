"""The widget in a real browser, embedded in a town's page on another origin.

axe-core must report no violation in any state; keyboard-only use, hostile
host CSS, phones, dark mode, right-to-left and failures are driven for real.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from tests.channels.conftest import assert_accessible, host_page, new_context, open_host

W = "rathaus-chat"  # Playwright's CSS engine pierces the open shadow root
QUESTION = "Wie beantrage ich einen Personalausweis?"


def start(context, live_server, **kwargs):
    page = open_host(context, host_page(live_server.url, **kwargs))
    page.locator(f"{W} .launcher").wait_for()
    return page


def ask(page, question: str = QUESTION) -> None:
    page.locator(f"{W} textarea").fill(question)
    page.keyboard.press("Enter")


def last_answer(page):
    answer = page.locator(f"{W} .msg.bot:not(.streaming)").last
    answer.locator(".actions:not(.handoff)").wait_for()
    return answer


@contextmanager
def answered_with(context, live_server, answer: str, language: str = "de", citations: list | None = None):
    """The widget, opened, whose chat answers every question with `answer` as
    plain JSON (as behind a proxy that ignored Accept), and the answer shown."""
    done = {"conversation_id": "c-fixed", "answer": answer, "language": language, "grounded": True,
            "citations": citations or [], "handoff_offered": False, "message_id": None}
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    context.route(f"{live_server.url}/api/v1/chat",
                  lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(done)))
    try:
        ask(page)
        yield page, last_answer(page)
    finally:
        context.unroute(f"{live_server.url}/api/v1/chat")


def test_every_state_has_no_axe_violation(context, live_server, axe_source):
    page = start(context, live_server)
    assert_accessible(page, axe_source, "closed")
    page.locator(f"{W} .launcher").click()
    assert page.locator(f"{W} textarea").evaluate("el => el === el.getRootNode().activeElement")
    assert_accessible(page, axe_source, "open, empty")
    page.locator(f"{W} #rh-tools").evaluate("el => el.hidden = false")
    assert_accessible(page, axe_source, "settings shown")
    ask(page)
    answer = last_answer(page)
    assert answer.locator(".srcs a").first.get_attribute("href").startswith("https://www.musterstadt.example/")
    assert_accessible(page, axe_source, "answered with citations")
    ask(page, "Wie hoch ist eigentlich der Eiffelturm in Paris?")
    page.locator(f"{W} .contact").wait_for()
    assert "01234 567-0" in page.locator(f"{W} .contact").inner_text()
    assert_accessible(page, axe_source, "not found, contact offered")


def test_streaming_is_announced_once_and_accessible(context, live_server, fake_llm, axe_source):
    live_server.set_tenant_setting("answer_mode", "generative")
    try:
        fake_llm.script("Den Personalausweis beantragen Sie persönlich im Bürgerbüro. " * 3 + "[1]", chunk_size=6, delay=0.15)
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page)
        streaming = page.locator(f"{W} .msg.streaming")
        page.wait_for_function(
            "() => (document.querySelector('rathaus-chat').shadowRoot.querySelector('.streaming .txt')||{}).textContent?.length > 10"
        )
        # while tokens arrive, screen readers hear nothing from the log …
        assert streaming.get_attribute("aria-hidden") == "true"
        assert page.locator(f"{W} [role=log]").get_attribute("aria-busy") == "true"
        assert_accessible(page, axe_source, "streaming")
        # … and the finished answer arrives as one new node
        answer = last_answer(page)
        assert streaming.count() == 0
        assert page.locator(f"{W} [role=log]").get_attribute("aria-busy") is None
        assert answer.get_attribute("aria-hidden") is None
        assert "Bürgerbüro" in answer.inner_text() and answer.locator("a.cite").count() == 1
    finally:
        live_server.set_tenant_setting("answer_mode", "extractive")


def test_a_label_and_its_list_render_as_a_paragraph_and_a_list(context, live_server, fake_llm, axe_source):
    """"Öffnungszeiten:" then the days (as extractive quotes bring them): a
    paragraph and a real list, not lines with visible dashes."""
    live_server.set_tenant_setting("answer_mode", "generative")
    try:
        fake_llm.script("Für den Antrag brauchen Sie [1]:\n- einen alten Ausweis\n- ein biometrisches Foto\nMehr im Bürgerbüro.")
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page)
        answer = last_answer(page)
        items = answer.locator(":scope > ul > li")
        assert items.count() == 2 and items.first.inner_text() == "einen alten Ausweis"
        paragraphs = answer.locator(":scope > p")
        assert paragraphs.count() == 2 and paragraphs.first.inner_text().startswith("Für den Antrag brauchen Sie")
        assert paragraphs.last.inner_text() == "Mehr im Bürgerbüro." and "- ein" not in answer.inner_text()
        assert_accessible(page, axe_source, "paragraph and list")
    finally:
        live_server.set_tenant_setting("answer_mode", "extractive")


def test_a_numbered_list_keeps_the_numbers_it_was_given(context, live_server, axe_source):
    """Steps quoted from the middle of a page ("3. …", "4. …") keep their
    numbers: a list shown from 1 would tell the citizen the wrong step."""
    answer_text = ("Dazu habe ich gefunden:\n\n3. Formular ausfüllen\n4. Termin buchen\n6. Gebühr bezahlen\n\n"
                   "> Was ist zu tun:\n> 1. Ausweis sperren\n> 2. Verlust melden [1]\n\n"
                   "Bitte beachten Sie:\n15. März: Die Frist endet.")
    with answered_with(context, live_server, answer_text) as (page, answer):
        items = answer.locator(":scope > ol > li")
        assert [items.nth(i).evaluate("li => li.value") for i in range(items.count())] == [3, 4, 6]
        assert items.first.inner_text() == "Formular ausfüllen"
        # inside a quote, after its label: the label a paragraph, the steps a list
        quoted = answer.locator(":scope > blockquote")
        assert quoted.locator(":scope > p").inner_text() == "Was ist zu tun:"
        assert quoted.locator(":scope > ol > li").all_inner_texts() == ["Ausweis sperren", "Verlust melden [1]"]
        # a lone numbered line inside a text stays text
        assert "15. März: Die Frist endet." in answer.locator(":scope > p").last.inner_text()
        assert_accessible(page, axe_source, "numbered list from step 3")


def test_a_quoted_table_is_a_table_with_its_header_named(context, live_server, axe_source):
    """A fee table quoted from a page ("Leistung | Gebühr" over the fees) is a
    table whose header cells name each column for a screen reader; a model's
    Markdown table ("| a | b |" over "|---|---|") too; a lone line with "|" stays text."""
    answer_text = ("Dazu habe ich gefunden:\n\n> Leistung | Gebühr\n> Personalausweis ab 24 Jahren | 46,00 Euro\n"
                   "> vorläufiger Personalausweis | 10,00 Euro\n> Die Gebühren gelten bundesweit. [1]\n\n"
                   "| Fahrkarte | Preis |\n|---|---|\n| Einzelfahrschein | 2,40 Euro |\n\nA | B")
    with answered_with(context, live_server, answer_text) as (page, answer):
        quoted = answer.locator(":scope > blockquote > table")
        assert quoted.locator("th").all_inner_texts() == ["Leistung", "Gebühr"]
        assert quoted.locator("th").first.get_attribute("scope") == "col"
        assert quoted.locator("tbody tr").count() == 2 and quoted.locator("td").nth(1).inner_text() == "46,00 Euro"
        assert answer.locator(":scope > blockquote > p").inner_text() == "Die Gebühren gelten bundesweit. [1]"
        model = answer.locator(":scope > table")
        assert model.locator("th").all_inner_texts() == ["Fahrkarte", "Preis"]
        assert model.locator("td").all_inner_texts() == ["Einzelfahrschein", "2,40 Euro"]
        assert answer.locator(":scope > p").last.inner_text() == "A | B"
        assert_accessible(page, axe_source, "quoted table")


def test_german_quotes_in_an_answer_in_another_language_are_marked_german(context, live_server, axe_source):
    """WCAG 3.1.2 (language of parts): an English answer quotes the town's
    German pages; the quote and the German titles of the sources carry
    lang="de", so a screen reader reads them with a German voice."""
    answer_text = ("Here is what I found on the town's pages (quoted in German):\n\n"
                   "> Der Personalausweis kostet 37,00 Euro. [1]\n\n"
                   "More pages that may fit (in German):\n\n- Reisepass beantragen [2]")
    citation = {"url": "https://www.musterstadt.example/x", "snippet": "…", "language": "de"}
    citations = [dict(citation, n=1, title="Personalausweis beantragen", external_id="personalausweis"),
                 dict(citation, n=2, title="Reisepass beantragen", external_id="reisepass", linked=True)]
    with answered_with(context, live_server, answer_text, "en", citations) as (page, answer):
        assert answer.get_attribute("lang") == "en"
        assert answer.locator(":scope > blockquote").get_attribute("lang") == "de"
        assert answer.locator(":scope > ul > li").get_attribute("lang") == "de"  # a further page's German title
        assert answer.locator(":scope > p").first.get_attribute("lang") is None  # the English intro stays English
        assert answer.locator(".srcs li").evaluate_all("items => items.map(li => li.lang)") == ["de", "de"]
        assert_accessible(page, axe_source, "English answer with German quotes")


def test_error_state_offers_a_retry_that_works(context, live_server, axe_source):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    context.route(f"{live_server.url}/api/v1/chat", lambda route: route.abort())
    ask(page)
    error = page.locator(f"{W} .msg.error")
    error.wait_for()
    assert "nicht erreichbar" in error.inner_text()
    assert_accessible(page, axe_source, "error")
    context.unroute(f"{live_server.url}/api/v1/chat")
    error.locator("button").click()
    last_answer(page)
    assert page.locator(f"{W} .msg.user").count() == 1  # the retry did not repeat the question


def test_slow_server_ends_in_a_message_not_an_endless_spinner(context, live_server):
    page = start(context, live_server, script_attrs='data-timeout="1"')
    page.locator(f"{W} .launcher").click()
    context.route(f"{live_server.url}/api/v1/chat", lambda route: None)  # never answers
    ask(page)
    page.locator(f"{W} .msg.error").wait_for(timeout=5000)
    assert page.locator(f"{W} .streaming").count() == 0


def test_right_to_left_for_arabic_pages(context, live_server, axe_source):
    page = start(context, live_server, lang="ar")
    assert page.locator(f"{W} .root").get_attribute("dir") == "rtl"
    launcher = page.locator(f"{W} .launcher")
    box = launcher.bounding_box()
    assert box["x"] < 200  # bottom-left in a right-to-left layout
    launcher.click()
    assert page.locator(f"{W} .send").inner_text() != "Senden"
    ask(page, "كيف أسجل مكان إقامتي؟")
    answer = last_answer(page)
    assert answer.get_attribute("dir") == "rtl" and answer.get_attribute("lang") == "ar"
    assert_accessible(page, axe_source, "right to left")


@pytest.mark.parametrize("width, height", [(360, 640), (768, 1024), (1280, 800)])  # phone, tablet, desktop
def test_screenshots_and_layout_on_phone_and_desktop(browser, town_website, live_server, axe_source, tmp_path, width, height):
    context = new_context(browser, town_website, viewport={"width": width, "height": height}, is_mobile=width < 500, has_touch=width < 500)
    try:
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        ask(page)
        last_answer(page)
        panel = page.locator(f"{W} .panel").bounding_box()
        assert panel["x"] >= 0 and panel["x"] + panel["width"] <= width + 0.5
        assert panel["y"] >= 0 and panel["y"] + panel["height"] <= height + 0.5
        if width < 500:
            assert panel["width"] == pytest.approx(width, abs=1)  # fills the phone's screen
        form = page.locator(f"{W} form").bounding_box()
        assert form["y"] + form["height"] <= height + 0.5  # the input stays on screen
        page.screenshot(path=str(tmp_path / f"widget-{width}.png"))
        assert (tmp_path / f"widget-{width}.png").stat().st_size > 5000
        assert_accessible(page, axe_source, f"viewport {width}x{height}")
    finally:
        context.close()


def test_reflow_at_320_px_and_larger_text(browser, town_website, live_server):
    # 320 CSS px wide is what 1280 px at 400 % zoom leaves (WCAG 1.4.10)
    context = new_context(browser, town_website, viewport={"width": 320, "height": 256})
    try:
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        page.locator(f"{W} [aria-controls=rh-tools]").click()
        before = page.locator(f"{W} .send").evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        page.locator(f"{W} #rh-tools .btn").nth(1).click()  # A+
        page.locator(f"{W} #rh-tools .btn").nth(1).click()
        after = page.locator(f"{W} .send").evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert after >= before * 1.4
        ask(page)
        last_answer(page)
        overflow = page.locator(f"{W} .panel").evaluate(
            "p => [...p.querySelectorAll('*:not(.sr)')].filter(e => e.scrollWidth > e.clientWidth + 1"
            " && getComputedStyle(e).overflowX !== 'visible').map(e => e.tagName + '.' + e.className)"
        )
        assert overflow == []
        assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
    finally:
        context.close()


def test_dark_mode_and_reduced_motion(browser, town_website, live_server, axe_source):
    context = new_context(browser, town_website, color_scheme="dark", reduced_motion="reduce", viewport={"width": 1280, "height": 800})
    try:
        page = start(context, live_server)
        page.locator(f"{W} .launcher").click()
        background = page.locator(f"{W} .panel").evaluate("el => getComputedStyle(el).backgroundColor")
        assert background == "rgb(22, 24, 27)"
        ask(page)
        last_answer(page)
        assert_accessible(page, axe_source, "dark mode, answered")
        ask(page, "Welche Partei soll ich bei der nächsten Wahl wählen?")
        page.locator(f"{W} .contact").wait_for()
        assert_accessible(page, axe_source, "dark mode, not found")
        animation = page.locator(f"{W} .log").evaluate(
            "log => { const d = document.createElement('span'); d.className = 'dots'; log.append(d);"
            " const a = getComputedStyle(d, '::after').animationName; d.remove(); return a; }"
        )
        assert animation == "none"
    finally:
        context.close()


def test_keyboard_only_conversation(context, live_server):
    page = start(context, live_server)
    active = "() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e && (e.className || e.tagName); }"
    for _ in range(10):  # Tab from the top of the page reaches the launcher
        page.keyboard.press("Tab")
        if page.evaluate(active) == "launcher":
            break
    assert page.evaluate(active) == "launcher"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.querySelector('rathaus-chat').shadowRoot.activeElement.id") == "rh-input"
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    last_answer(page)
    page.locator(f"{W} textarea").focus()
    seen = []
    for _ in range(12):  # Shift+Tab walks back through the answer: its buttons, then its citations
        page.keyboard.press("Shift+Tab")
        seen.append(page.evaluate(active))
        if seen[-1] == "cite":  # still inside the panel (further back, focus leaves the widget)
            break
    assert "cite" in seen and "launcher" not in seen
    page.keyboard.press("Escape")
    assert page.locator(f"{W} .panel").is_hidden()
    assert page.evaluate(active) == "launcher"  # focus returns to the launcher


def test_survives_hostile_host_css(context, live_server):
    hostile = "<style>*{all:unset!important} html{font-size:40px!important} body{font-size:3em!important}</style>"
    page = start(context, live_server, extra_head=hostile)
    launcher = page.locator(f"{W} .launcher")
    box = launcher.bounding_box()
    assert box["height"] < 80 and box["x"] + box["width"] <= 1280 and box["y"] + box["height"] <= 800
    launcher.click()
    ask(page)
    answer = last_answer(page)
    assert answer.locator(".srcs a").count() >= 1
    assert page.locator(f"{W} .send").evaluate("el => parseFloat(getComputedStyle(el).fontSize)") < 20


def test_conversation_survives_a_page_change_and_restart_clears_it(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page)
    last_answer(page)
    page.reload()
    page.locator(f"{W} .msg.user").wait_for()
    assert page.locator(f"{W} .panel").is_visible()  # it stays open on the next page
    assert page.locator(f"{W} .srcs a").count() >= 1
    page.locator(f"{W} [aria-controls=rh-tools]").click()
    page.locator(f"{W} #rh-tools .btn").last.click()  # Neues Gespräch
    assert page.locator(f"{W} .msg.user").count() == 0
    state = page.evaluate("() => JSON.parse(sessionStorage.getItem('rathaus:musterstadt'))")
    assert state["messages"] == [] and state["conversation_id"] is None
    assert page.evaluate("() => document.cookie") == ""


def test_feedback_plain_language_and_language_choice(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} [aria-controls=rh-tools]").click()
    plain = page.locator(f"{W} #rh-tools .btn[aria-pressed]")
    plain.click()
    assert plain.get_attribute("aria-pressed") == "true"
    with page.expect_request(f"{live_server.url}/api/v1/chat") as request:
        ask(page)
    assert json.loads(request.value.post_data)["plain_language"] is True
    answer = last_answer(page)
    with page.expect_response(f"{live_server.url}/api/v1/feedback") as response:
        answer.locator(".actions .icon").first.click()  # thumbs up
    assert response.value.status == 200
    from rathaus.db.tables import Message

    with live_server.runtime.db.session() as session:
        rated = session.query(Message).filter(Message.feedback == 1).count()
    assert rated >= 1
    page.locator(f"{W} #rh-lang").select_option("en")
    page.locator(f"{W} .send", has_text="Send").wait_for()
    assert page.locator(f"{W} .msg.user").count() == 1  # the conversation is kept


def test_small_talk_is_answered_without_asking_for_a_rating(context, live_server):
    page = start(context, live_server)
    page.locator(f"{W} .launcher").click()
    ask(page, "Hallo!")
    answer = last_answer(page)
    assert "digitale Bürgerservice" in answer.inner_text()
    rating = ".actions .icon[aria-label$=ilfreich]"  # "Hilfreich" / "Nicht hilfreich"
    assert answer.locator(".actions .icon").count() >= 1, "copy (and read aloud) stay"
    assert answer.locator(rating).count() == 0, "no thumbs under a greeting"
    answers = page.locator(f"{W} .msg.bot:not(.streaming) .actions:not(.handoff)")
    before = answers.count()
    ask(page)
    answers.nth(before).wait_for()
    assert last_answer(page).locator(rating).count() == 2


def test_invalid_tenant_shows_no_launcher_and_says_why(context, live_server):
    page = open_host(context, host_page(live_server.url, tenant="nirgendwo"))
    page.wait_for_function("() => !document.querySelector('rathaus-chat')")
    assert any("unknown tenant" in m and "nirgendwo" in m for m in page.messages)


def test_script_included_twice_gives_one_widget(context, live_server):
    page = start(context, live_server, scripts=2)
    page.wait_for_timeout(300)
    assert page.evaluate("() => document.querySelectorAll('rathaus-chat').length") == 1


def test_server_down_shows_a_message_and_a_retry(context, live_server, axe_source):
    page = start(context, live_server, script_attrs='data-server="http://127.0.0.1:9"')
    page.locator(f"{W} .launcher").click()
    error = page.locator(f"{W} .msg.error")
    assert "nicht erreichbar" in error.inner_text() and error.locator("button").is_visible()
    assert_accessible(page, axe_source, "server down")


def test_inline_mode_on_a_dedicated_chat_page(context, live_server, axe_source):
    page = context.new_page()
    page.goto(f"{live_server.url}/chat")
    page.locator(f"{W} textarea").wait_for()
    assert page.locator(f"{W} .launcher").count() == 0
    ask(page)
    last_answer(page)
    assert_accessible(page, axe_source, "inline mode")


def test_demo_homepage_embeds_the_widget_under_a_strict_csp(context, live_server, axe_source):
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/")
    page.locator(f"{W} .launcher").click()
    ask(page)
    last_answer(page)
    assert errors == []  # nothing blocked by the Content-Security-Policy
    assert_accessible(page, axe_source, "demo homepage")
