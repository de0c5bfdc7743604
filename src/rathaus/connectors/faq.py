"""FAQ lists that editors already keep — CSV, Excel (XLSX) or YAML with a
question and an answer per row — become one document per entry, so the bot
cites "FAQ: Wie beantrage ich …?" directly. Used by the folder connector (and
so by uploads in the admin UI) for files ending in .csv, .xlsx, .yaml, .yml.

Columns are found by name (German or English, any case): Frage/Question,
Antwort/Answer, optional ID/Kennung. An entry's id is its ID column or, without
one, a slug of its question, so ids stay stable when rows are reordered.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import datetime

import yaml

from rathaus.connectors.base import FetchedItem

FAQ_SUFFIXES = (".csv", ".xlsx", ".yaml", ".yml")
QUESTION = ("frage", "question", "fragen", "questions")
ANSWER = ("antwort", "answer", "antworten", "answers")
IDS = ("id", "kennung", "nr", "nummer")
MAX_ENTRIES = 5000


class FaqError(ValueError):
    """The list cannot be read; the message says why (German, shown to staff)."""


class NotAFaq(FaqError):
    """The file has no question/answer columns: it is some other table, read as a plain document."""


def _rows_from_csv(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]


def _rows_from_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FaqError(f"Excel-Datei nicht lesbar: {type(exc).__name__}") from None
    return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
            if any(c not in (None, "") for c in row)]


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    return next((i for i, h in enumerate(lowered) if h in names), None)


def _from_rows(rows: list[list[str]]) -> list[tuple[str | None, str, str]]:
    if not rows:
        raise FaqError("die Liste ist leer")
    header, body = rows[0], rows[1:]
    q, a, i = _column(header, QUESTION), _column(header, ANSWER), _column(header, IDS)
    if q is None or a is None:
        raise NotAFaq("Spalten „Frage“ und „Antwort“ nicht gefunden (erste Zeile: Spaltennamen)")
    cell = lambda row, n: row[n].strip() if n is not None and n < len(row) and row[n] else ""  # noqa: E731
    return [(cell(row, i) or None, cell(row, q), cell(row, a)) for row in body]


def _from_yaml(data: bytes) -> list[tuple[str | None, str, str]]:
    try:
        loaded = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise FaqError(f"YAML nicht lesbar: {str(exc).splitlines()[0]}") from None
    if isinstance(loaded, dict):
        loaded = loaded.get("faq") or loaded.get("fragen") or loaded.get("entries")
    if not isinstance(loaded, list):
        raise NotAFaq("YAML: eine Liste von Einträgen mit frage/antwort erwartet")
    entries = []
    for entry in loaded:
        if not isinstance(entry, dict):
            raise FaqError("YAML: jeder Eintrag braucht frage und antwort")
        get = lambda names: next((str(entry[k]).strip() for k in entry if str(k).lower() in names and entry[k]), "")  # noqa: E731
        entries.append((get(IDS) or None, get(QUESTION), get(ANSWER)))
    return entries


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return re.sub(r"[^a-z0-9]+", "-", plain.encode("ascii", "ignore").decode()).strip("-")[:80] or "eintrag"


def read_faq(data: bytes, filename: str) -> list[tuple[str, str, str]]:
    """(entry id, question, answer) for every complete entry; FaqError when unusable."""
    suffix = filename.lower().rsplit(".", 1)[-1]
    raw = (_from_yaml(data) if suffix in ("yaml", "yml") else
           _from_rows(_rows_from_xlsx(data) if suffix == "xlsx" else _rows_from_csv(data)))
    entries, seen = [], set()
    for given, question, answer in raw[:MAX_ENTRIES]:
        if not question or not answer:
            continue  # an empty line or a question still without answer
        entry_id = given or _slug(question)
        while entry_id in seen:
            entry_id += "-2"
        seen.add(entry_id)
        entries.append((entry_id, question, answer))
    if not entries:
        raise FaqError("keine Einträge mit Frage und Antwort gefunden")
    return entries


def faq_items(data: bytes, filename: str, base_id: str,
              modified_at: datetime | None = None) -> list[FetchedItem] | None:
    """The entries as documents; None when the file is not a FAQ list at all."""
    try:
        entries = read_faq(data, filename)
    except NotAFaq:
        return None
    except FaqError as exc:
        return [FetchedItem(base_id, filename, error=f"FAQ-Liste: {exc}")]
    return [FetchedItem(f"{base_id}#{entry_id}", f"{entry_id}.md", data=f"# {question}\n\n{answer}\n".encode("utf-8"),
                        mime="text/markdown", modified_at=modified_at)
            for entry_id, question, answer in entries]
