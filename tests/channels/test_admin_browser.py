"""The staff pages (sign-in, overview, accounts, audit log, password link) in
Debian's chromium: axe-core finds nothing, and an invitation works end to end.
(Here rather than in tests/admin/ to share the live server and browser.)"""

from __future__ import annotations

import re

from tests.channels.conftest import assert_accessible, new_context

PASSWORD = "Verwaltung-Musterstadt-2026"


def sign_in(page, url: str, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{url}/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("form[action='/login'] button[type=submit]")


def test_an_admin_invites_a_colleague_in_the_browser(browser, town_website, live_server, axe_source):
    live_server.add_staff("schulz@musterstadt.example", "Frau Schulz", PASSWORD, role="admin")
    admin = new_context(browser, town_website)
    colleague = new_context(browser, town_website)
    try:
        page = admin.new_page()
        sign_in(page, live_server.url, "schulz@musterstadt.example")
        page.get_by_role("heading", name="Übersicht").wait_for()
        assert_accessible(page, axe_source, "overview")
        page.get_by_role("link", name="Benutzer von Stadt Musterstadt").click()
        page.get_by_role("heading", name="Jemanden einladen").wait_for()
        assert_accessible(page, axe_source, "accounts")
        page.fill("#invite-name", "Herr Neu")
        page.fill("#invite-email", "kein-at-zeichen")
        page.click("form[action$='/users'] button[type=submit]")
        page.locator("#invite-error").wait_for()
        assert_accessible(page, axe_source, "accounts with an error")
        page.fill("#invite-email", "neu@musterstadt.example")
        page.select_option("#invite-role", "editor")
        page.click("form[action$='/users'] button[type=submit]")
        link = re.search(r"http://[^\s<]+/password/[\w-]+", page.locator("code").inner_text()).group(0)
        assert_accessible(page, axe_source, "accounts after an invitation")
        page.goto(f"{live_server.url}/admin/musterstadt/settings")
        page.frame_locator("iframe").locator("rathaus-chat").wait_for(state="attached")  # the live preview
        assert_accessible(page, axe_source, "settings")
        page.fill("#primary_color", "#ffff00")
        page.click("form[action$='/settings'] button[type=submit]")
        page.locator("#primary_color-error").wait_for()
        assert_accessible(page, axe_source, "settings with an error")
        page.goto(f"{live_server.url}/admin/musterstadt/sources")
        assert_accessible(page, axe_source, "knowledge sources")
        page.click("form[action$='/sources'] button[type=submit]")  # nothing filled in
        page.locator("#url-error").wait_for()
        assert_accessible(page, axe_source, "knowledge sources with an error")
        page.goto(f"{live_server.url}/admin/musterstadt/console?q=Wie+beantrage+ich+einen+Personalausweis")
        page.get_by_role("heading", name="Gefundene Abschnitte").wait_for()
        assert_accessible(page, axe_source, "test console")
        page.goto(f"{live_server.url}/admin/account")
        assert_accessible(page, axe_source, "own account")
        page.click("form[action$='/totp/start'] button[type=submit]")
        page.locator("figure svg").wait_for()
        assert_accessible(page, axe_source, "second factor set-up with its QR code")
        page.goto(f"{live_server.url}/admin/musterstadt/audit")
        page.locator("td", has_text="user.role_granted").first.wait_for()
        assert_accessible(page, axe_source, "audit log")

        newcomer = colleague.new_page()
        newcomer.goto(link)
        assert_accessible(newcomer, axe_source, "set a password")
        newcomer.fill("#password", "zu kurz")
        newcomer.fill("#password2", "zu kurz")
        newcomer.click("button[type=submit]")
        newcomer.locator("#password-error").wait_for()
        assert newcomer.locator("#password").get_attribute("aria-invalid") == "true"
        assert_accessible(newcomer, axe_source, "set a password with an error")
        newcomer.fill("#password", PASSWORD + "-neu")
        newcomer.fill("#password2", PASSWORD + "-neu")
        newcomer.click("button[type=submit]")
        newcomer.get_by_role("heading", name="Übersicht").wait_for()
        assert "Redaktion" in newcomer.locator("main").inner_text()
    finally:
        admin.close()
        colleague.close()
