"""Done-when of the admin issue: a new municipality is set up entirely in the
browser — from the first administrator (setup link printed at the first
start) to a working widget on the town's own website."""

from __future__ import annotations

import re

import pytest

from tests.channels.conftest import LiveServer, assert_accessible, host_page, new_context, open_host
from tests.channels.test_widget_browser import W, ask, last_answer

PASSWORD = "Amt-Suederbrarup-Verwaltung-2026"
SATZUNG = """# Hundesteuer im Amt Süderbrarup

Die Hundesteuer beträgt im Amt Süderbrarup 60 Euro im Jahr für den ersten Hund
und 90 Euro für jeden weiteren Hund. Hunde melden Sie innerhalb von zwei Wochen
im Bürgerbüro an, Marktstraße 16.
"""


@pytest.fixture
def fresh_server(tmp_path, fake_llm, capfd):
    """A new installation: no account, no town, no demo."""
    with LiveServer(tmp_path / "neu", fake_llm.url, demo=False, staff_token=None) as server:
        printed = capfd.readouterr().out
        server.setup_path = re.search(r"/setup/[\w-]+", printed).group(0)
        yield server


def test_a_new_town_from_the_first_admin_to_a_working_widget(browser, town_website, fresh_server, axe_source, tmp_path):
    server = fresh_server
    context = new_context(browser, town_website)
    try:
        page = context.new_page()
        page.goto(server.url + server.setup_path)  # the link `rathaus serve` printed
        assert_accessible(page, axe_source, "first-run setup")
        page.fill("#name", "Jens Petersen")
        page.fill("#email", "petersen@amt-suederbrarup.example")
        page.fill("#password", PASSWORD)
        page.fill("#password2", PASSWORD)
        page.click("button[type=submit]")
        page.get_by_role("heading", name="Übersicht").wait_for()

        page.fill("#new-name", "Amt Süderbrarup")
        page.fill("#new-slug", "suederbrarup")
        page.click("form[action='/admin/tenants'] button[type=submit]")
        page.get_by_role("heading", name="Einstellungen – Amt Süderbrarup").wait_for()
        page.fill("#greeting", "Moin! Wie können wir helfen?")
        page.fill("#primary_color", "#1d5a3a")
        page.fill("#contact", '{"phone": "04641 7800", "email": "info@amt-suederbrarup.example"}')
        page.click("form[action$='/settings'] button[type=submit]")
        page.locator(".notice", has_text="Gespeichert.").wait_for()

        page.goto(server.url + "/admin/suederbrarup/sources")
        satzung = tmp_path / "hundesteuer.md"
        satzung.write_text(SATZUNG, encoding="utf-8")
        page.set_input_files("#upload-files", str(satzung))
        page.fill("#upload-name", "Satzungen")
        page.click("form[action$='/upload'] button[type=submit]")
        for _ in range(100):  # the sync runs in the background; staff reload to follow it
            if "in Ordnung" in page.locator("main").inner_text():
                break
            page.wait_for_timeout(300)
            page.reload()
        assert "1 Dokument" in page.locator("main").inner_text()

        page.goto(server.url + "/admin/suederbrarup/console?q=Was+kostet+die+Hundesteuer%3F")
        assert "Gute Antwort gefunden: ja" in " ".join(page.locator("main").inner_text().split())

        town = open_host(context, host_page(server.url, tenant="suederbrarup"))
        town.locator(f"{W} .launcher").click()
        town.locator(f"{W} .msg.bot", has_text="Moin! Wie können wir helfen?").wait_for()
        ask(town, "Was kostet die Hundesteuer für einen Hund?")
        answer = last_answer(town)
        assert "60 Euro" in answer.inner_text() and "Hundesteuer" in answer.inner_text()
        assert_accessible(town, axe_source, "the new town's widget")
    finally:
        context.close()
