"""FAQ lists (CSV, Excel, YAML) become one document per entry, with stable ids."""

import io

import pytest
from openpyxl import Workbook

from rathaus.connectors.faq import FaqError, read_faq
from rathaus.connectors.files import FilesConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.testing.connectors import ConnectorConformance

CSV = ("Frage;Antwort\nWie lange dauert ein Reisepass?;Etwa vier Wochen.\n"
       "Was kostet ein Führungszeugnis?;13 Euro.\n;\nOhne Antwort?;\n").encode("utf-8")


def xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_csv_excel_and_yaml_lists():
    assert read_faq(CSV, "faq.csv") == [
        ("wie-lange-dauert-ein-reisepass", "Wie lange dauert ein Reisepass?", "Etwa vier Wochen."),
        ("was-kostet-ein-fuhrungszeugnis", "Was kostet ein Führungszeugnis?", "13 Euro."),
    ]
    cp1252 = "Question,Answer,ID\nWo ist das Bürgerbüro?,Marktplatz 1,b1\n".encode("cp1252")
    assert read_faq(cp1252, "faq.csv") == [("b1", "Wo ist das Bürgerbüro?", "Marktplatz 1")]
    sheet = xlsx([["ID", "Frage", "Antwort"], [7, "Wann ist Sperrmüll?", "Zweimal im Jahr."], [None, None, None]])
    assert read_faq(sheet, "faq.xlsx") == [("7", "Wann ist Sperrmüll?", "Zweimal im Jahr.")]
    yaml_text = "faq:\n  - frage: Gibt es WLAN im Rathaus?\n    antwort: Ja, im Foyer.\n".encode()
    assert read_faq(yaml_text, "faq.yaml") == [("gibt-es-wlan-im-rathaus", "Gibt es WLAN im Rathaus?", "Ja, im Foyer.")]


@pytest.mark.parametrize("data, name, message", [
    (b"Frage;Antwort\n", "leer.csv", "keine Einträge"),
    (b"PK\x03\x04kaputt", "kaputt.xlsx", "Excel-Datei nicht lesbar"),
    (b"faq: [unclosed", "kaputt.yaml", "YAML nicht lesbar"),
])
def test_unusable_lists_say_why(data, name, message):
    with pytest.raises(FaqError, match=message):
        read_faq(data, name)


def test_a_folder_with_a_faq_list_gives_one_document_per_entry(runtime, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "faq.csv").write_bytes(CSV)
    (folder / "parkhaeuser.csv").write_bytes(b"Name;Plaetze\nAm Markt;120\n")  # a table, not a FAQ
    (folder / "kaputt.yaml").write_bytes(b"- frage: [")
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "jena", embedder="hashing").id
    report = ingest(runtime.db, tenant, FilesConnector(folder), runtime.embedder_for_tenant(tenant))
    assert sorted(report.added) == ["faq#was-kostet-ein-fuhrungszeugnis", "faq#wie-lange-dauert-ein-reisepass",
                                    "parkhaeuser"]
    assert report.failed == [("kaputt", report.failed[0][1])] and "YAML" in report.failed[0][1]
    hit = runtime.index.search(tenant, "Was kostet ein Führungszeugnis?", k=1)[0]
    assert hit.title == "Was kostet ein Führungszeugnis?" and "13 Euro" in hit.text
    (folder / "faq.csv").write_bytes(CSV.replace(b"Etwa vier Wochen.", b"Drei bis vier Wochen."))
    again = ingest(runtime.db, tenant, FilesConnector(folder), runtime.embedder_for_tenant(tenant))
    assert again.updated == ["faq#wie-lange-dauert-ein-reisepass"], "the id survives a changed answer"


class TestFaqListsConformance(ConnectorConformance):
    """FAQ lists reach rathaus through a folder (or an upload, which is one):
    the folder connector with a CSV, an Excel and a YAML list passes the suite."""

    @pytest.fixture(autouse=True)
    def _folder(self, tmp_path):
        self.folder = tmp_path / "faq"
        self.folder.mkdir()
        (self.folder / "buergerbuero.csv").write_bytes(CSV)
        (self.folder / "abfall.xlsx").write_bytes(xlsx([["ID", "Frage", "Antwort"],
                                                        ["s1", "Wann ist Sperrmüll?", "Zweimal im Jahr."]]))
        (self.folder / "kita.yaml").write_text("- frage: Ab wann gibt es einen Kitaplatz?\n"
                                               "  antwort: Ab dem ersten Geburtstag.\n", encoding="utf-8")

    def make_connector(self):
        return FilesConnector(self.folder)

    def make_broken_connector(self):
        return FilesConnector(self.folder / "fehlt")
