"""Tenant settings: checked before they are saved; a refused value changes nothing."""

import json

import pytest
from click.testing import CliRunner

from rathaus.cli import main
from rathaus.db import repository as repo
from rathaus.tenants.branding import InvalidSetting, contrast_ratio, validate_branding, widget_branding
from rathaus.tenants.settings import set_setting


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("colour", ["#ffcc00", "#8ab4f8", "#999999"])
def test_light_brand_colours_are_refused_with_the_reason(colour):
    with pytest.raises(InvalidSetting, match=r"Kontrast \(contrast\) von \d\.\d\d:1.*4.5:1"):
        validate_branding("primary_color", colour)


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("primary_color", "blue", "Farbe wie"),
        ("logo_url", "javascript:alert(1)", "muss mit https://"),
        ("logo_url", "//evil.example/x.png", "muss mit https://"),
        ("greeting", "", "bitte einen Text"),
        ("greeting", {"deutsch": "Hallo"}, "Sprachkürzel"),
        ("suggested_questions", ["a"] * 7, "höchstens 6"),
        ("suggested_questions", "Wie?", "Liste"),
        ("contact", {"fax": "1"}, "unbekannte Angabe"),
        ("contact", {"email": "nope"}, "E-Mail-Adresse"),
    ],
)
def test_bad_branding_values_say_what_is_wrong(key, value, message):
    with pytest.raises(InvalidSetting, match=message):
        validate_branding(key, value)


def test_good_values_are_normalised():
    assert validate_branding("primary_color", "#0B5394") == "#0b5394"
    assert validate_branding("logo_url", "/static/logo.svg") == "/static/logo.svg"
    assert validate_branding("suggested_questions", {"de": [" Wie? "]}) == {"de": ["Wie?"]}


def test_branding_by_language_falls_back_sensibly():
    settings = {"greeting": "Moin!", "suggested_questions": {"en": ["How?"]}}
    assert widget_branding(settings, "de")["greeting"] == "Moin!"
    assert widget_branding(settings, "en")["greeting"] is None  # the catalogue greeting is used
    assert widget_branding(settings, "en")["suggestions"] == ["How?"]
    assert widget_branding({}, "de")["primary_color"] == "#0b5394"


def test_a_refused_value_leaves_the_stored_settings_untouched(runtime):
    with runtime.db.session() as session:
        repo.ensure_tenant(session, "jena")
        set_setting(session, "jena", "primary_color", "#0b5394")
        set_setting(session, "jena", "answer_mode", "generative")
    for key, value in [("primary_color", "#ffff00"), ("answer_mode", "poetry"), ("nonsense", 1),
                       ("grounding_threshold", True)]:
        with pytest.raises(InvalidSetting):
            with runtime.db.session() as session:
                set_setting(session, "jena", key, value)
    with runtime.db.session() as session:
        assert repo.get_tenant(session, "jena").settings == {"primary_color": "#0b5394", "answer_mode": "generative"}
        set_setting(session, "jena", "answer_mode", None)  # removing a setting
    with runtime.db.session() as session:
        assert repo.get_tenant(session, "jena").settings == {"primary_color": "#0b5394"}


def test_tenant_b_settings_are_separate(runtime):
    with runtime.db.session() as session:
        repo.ensure_tenant(session, "jena")
        repo.ensure_tenant(session, "suederbrarup")
        set_setting(session, "jena", "primary_color", "#7a1f1f")
    with runtime.db.session() as session:
        assert repo.get_tenant(session, "suederbrarup").settings == {}


def test_cli_sets_shows_and_refuses(settings):
    runner = CliRunner()
    with_runtime = {"RATHAUS_DATA_DIR": str(settings.data_dir), "RATHAUS_EMBEDDER": "hashing"}
    from rathaus.runtime import Runtime

    runtime = Runtime(settings)
    with runtime.db.session() as session:
        repo.ensure_tenant(session, "jena", "Stadt Jena")
    runtime.close()
    ok = runner.invoke(main, ["tenants", "set", "jena", "suggested_questions", '["Wie melde ich mich um?"]'], env=with_runtime)
    assert ok.exit_code == 0, ok.output
    plain = runner.invoke(main, ["tenants", "set", "jena", "greeting", "Guten Tag in Jena!"], env=with_runtime)
    assert plain.exit_code == 0, plain.output
    bad = runner.invoke(main, ["tenants", "set", "jena", "primary_color", "#ffff00"], env=with_runtime)
    assert bad.exit_code == 2 and "contrast" in bad.output and "Traceback" not in bad.output
    unknown = runner.invoke(main, ["tenants", "set", "nirgendwo", "greeting", "x"], env=with_runtime)
    assert unknown.exit_code == 2 and "nirgendwo" in unknown.output
    shown = runner.invoke(main, ["tenants", "show", "jena"], env=with_runtime)
    assert json.loads(shown.output)["settings"] == {
        "suggested_questions": ["Wie melde ich mich um?"], "greeting": "Guten Tag in Jena!"}
    listing = runner.invoke(main, ["tenants"], env=with_runtime)
    assert "jena\tStadt Jena" in listing.output


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("queues", [], "nicht leere Liste"),
        ("queues", [{"id": "a"}], "'id' und 'name'"),
        ("queues", [{"id": "a", "name": "A", "hours": {"mon": "8-12"}}], "HH:MM-HH:MM"),
        ("queues", [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], "zweimal"),
        ("timezone", "Mars/Olympus", "unbekannte Zeitzone"),
        ("handoff_timeout_s", 5, "zwischen 30 und 3600"),
    ],
)
def test_handoff_settings_are_checked(runtime, key, value, message):
    with runtime.db.session() as session:
        repo.ensure_tenant(session, "jena")
    with pytest.raises(InvalidSetting, match=message):
        with runtime.db.session() as session:
            set_setting(session, "jena", key, value)


def test_home_places_are_a_list_of_place_names(runtime):
    from rathaus.tenants.settings import validate

    assert validate("home_places", [" Kappeln ", "Schleswig-Flensburg", "Kappeln"]) == ["Kappeln", "Schleswig-Flensburg"]
    for bad in ("Kappeln", [""], ["x"], [42], ["a" * 81], ["Ort"] * 101):
        with pytest.raises(InvalidSetting, match="Liste von Ortsnamen"):
            validate("home_places", bad)
