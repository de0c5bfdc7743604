"""An Amt shares its documents with member towns: they search them with their
own, their local pages override shared ones with the same id, and nothing
flows without both sides agreeing or in the other direction."""

import pytest

from rathaus.connectors.files import FilesConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.tenants.branding import InvalidSetting
from rathaus.tenants.settings import set_setting

AMT = {
    "hundesteuer.md": "# Hundesteuer\n\nDie Hundesteuer im Amtsbereich beträgt 60 Euro im Jahr.\n",
    "sperrmuell.md": "# Sperrmüll\n\nSperrmüll wird zweimal im Jahr kostenlos abgeholt, Anmeldung beim Amt.\n",
}
GEMEINDE = {"hundesteuer.md": "# Hundesteuer\n\nIn unserer Gemeinde beträgt die Hundesteuer 48 Euro im Jahr.\n"}


def town(runtime, tmp_path, slug, pages):
    folder = tmp_path / slug
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    with runtime.db.session() as session:
        tenant_id = repo.ensure_tenant(session, slug, embedder="hashing").id
    ingest(runtime.db, tenant_id, FilesConnector(folder), runtime.embedder_for_tenant(tenant_id))
    return tenant_id, folder


def share(runtime, slug, key, value):
    with runtime.db.session() as session:
        set_setting(session, slug, key, value)


def texts(runtime, tenant_id, question):
    return [h.text for h in runtime.index.search(tenant_id, question, k=5)]


def test_member_towns_answer_from_the_amts_documents_with_local_overrides(runtime, tmp_path):
    amt, amt_folder = town(runtime, tmp_path, "amt-suederbrarup", AMT)
    gemeinde, _ = town(runtime, tmp_path, "suederbrarup", GEMEINDE)
    nachbar, _ = town(runtime, tmp_path, "fremdort", {"rathaus.md": "# Rathaus\n\nDas Rathaus ist montags geöffnet.\n"})
    share(runtime, "suederbrarup", "shared_from", ["amt-suederbrarup"])
    share(runtime, "fremdort", "shared_from", ["amt-suederbrarup"])
    assert not any("Sperrmüll" in t for t in texts(runtime, gemeinde, "Sperrmüll abholen")), "not before the Amt shares"

    share(runtime, "amt-suederbrarup", "share_with", ["suederbrarup"])
    found = texts(runtime, gemeinde, "Sperrmüll abholen")
    assert any("zweimal im Jahr" in t for t in found), "the Amt's page"
    dog = texts(runtime, gemeinde, "Wie hoch ist die Hundesteuer?")
    assert any("48 Euro" in t for t in dog) and not any("60 Euro" in t for t in dog), "the local page overrides"
    assert not any("Sperrmüll" in t for t in texts(runtime, nachbar, "Sperrmüll abholen")), "only named towns"
    assert all("48 Euro" not in t for t in texts(runtime, amt, "Hundesteuer")), "nothing flows up to the Amt"

    (amt_folder / "sperrmuell.md").write_text("# Sperrmüll\n\nSperrmüll holen wir viermal im Jahr ab.\n", encoding="utf-8")
    ingest(runtime.db, amt, FilesConnector(amt_folder), runtime.embedder_for_tenant(amt))
    assert any("viermal" in t for t in texts(runtime, gemeinde, "Sperrmüll abholen")), "the Amt's change arrives"

    share(runtime, "amt-suederbrarup", "share_with", None)
    assert not any("Sperrmüll" in t for t in texts(runtime, gemeinde, "Sperrmüll abholen")), "and stops when it stops"


@pytest.mark.parametrize("value", [[], ["Amt Süderbrarup"], "amt", [1]])
def test_sharing_settings_are_checked(runtime, value):
    with runtime.db.session() as session:
        repo.ensure_tenant(session, "jena", embedder="hashing")
        with pytest.raises(InvalidSetting):
            set_setting(session, "jena", "shared_from", value)
