"""OParl objects as Markdown pages: what the bot reads and cites.

Pure functions of the OParl object plus what the connector resolved for it
(organisation names, the linked paper, attachment texts), so the same object
always renders to the same bytes and an unchanged object costs nothing in the
pipeline (content hash). German throughout: citizens read these pages.

Privacy: a person's page carries the name and the memberships only — never
e-mail, phone, address, gender, life or picture, even where the council
system publishes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import yaml

FRONT_MATTER = yaml.safe_dump({"language": "de"}).strip()


@dataclass(frozen=True)
class FileText:
    """One attachment as a page shows it: its name, link and extracted text
    (or the reason there is none)."""

    name: str
    url: str
    text: str = ""
    note: str = ""


@dataclass(frozen=True)
class PaperSummary:
    """What an agenda item page says about the paper it deals with."""

    id: str
    heading: str  # "Beschlussvorlage 2025/0312: Betrauung der …"
    facts: tuple[tuple[str, str], ...]
    excerpt: str  # the start of the paper's main text


def clean(value) -> str:
    return " ".join(str(value or "").split()) if not isinstance(value, (dict, list)) else ""


def german_date(value) -> str:
    """'2025-02-18T15:30:00+01:00' -> '18.02.2025' (the council's own local date, not converted)."""
    text = clean(value)
    try:
        parsed = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return ""
    return parsed.strftime("%d.%m.%Y")


def german_time(value) -> str:
    text = clean(value)
    try:
        parsed = datetime.fromisoformat(text) if "T" in text else None
    except ValueError:
        return ""
    return parsed.strftime("%H:%M Uhr") if parsed and (parsed.hour or parsed.minute) else ""


def link(obj: dict) -> str:
    """Where a citizen can look the object up: its `web` page, else its OParl address."""
    web = obj.get("web")
    return web if isinstance(web, str) and web.startswith(("http://", "https://")) else str(obj.get("id", ""))


def _page(title: str, facts: list[tuple[str, str]], *blocks: list[str]) -> str:
    lines = ["---", FRONT_MATTER, "---", f"# {title}", ""]
    lines += [f"- {label}: {value}" for label, value in facts if value]
    for block in blocks:
        if block:
            lines += [""] + block
    return "\n".join(lines).rstrip() + "\n"


def _keywords(obj: dict) -> str:
    return ", ".join(clean(k) for k in obj.get("keyword") or [] if clean(k))


def _files_block(files: list[FileText], heading: str = "Anlagen") -> list[str]:
    if not files:
        return []
    lines = [f"## {heading}", ""]
    lines += [f"- {f.name}: {f.url}" + (f" ({f.note})" if f.note else "") for f in files]
    for f in files:
        if f.text:
            lines += ["", f"### {f.name}", "", f.text]
    return lines


def meeting_label(meeting: dict, organizations: list[str]) -> str:
    """'Gemeinderat, Sitzung vom 18.02.2025' — the start of every citation."""
    who = " / ".join(organizations) or clean(meeting.get("name")) or "Gremium"
    when = german_date(meeting.get("start"))
    return f"{who}, Sitzung vom {when}" if when else f"{who}, Sitzung"


def agenda_number(item: dict) -> str:
    number = clean(item.get("number"))
    if not number and isinstance(item.get("order"), int):
        number = str(item["order"])
    return number.rstrip(".")


def agenda_item_page(item: dict, meeting: dict, organizations: list[str], paper: PaperSummary | None,
                     resolution: FileText | None, files: list[FileText]) -> tuple[str, str]:
    label = meeting_label(meeting, organizations)
    number = agenda_number(item)
    name = clean(item.get("name")) or "(ohne Titel)"
    title = f"{label}, TOP {number}: {name}" if number else f"{label}: {name}"
    result = clean(item.get("result"))
    when = german_date(meeting.get("start"))
    who = " / ".join(organizations) or clean(meeting.get("name")) or "Gremium"
    sentence = f"Beratung im Gremium „{who}“" + (f" am {when}" if when else "") + (f", TOP {number}" if number else "")
    sentence += f": {name}." + (f" Ergebnis: {result}." if result else "")
    facts = [
        ("Gremium", who),
        ("Sitzung", " ".join(p for p in (clean(meeting.get("name")), f"am {when}" if when else "",
                                         german_time(meeting.get("start"))) if p)),
        ("Tagesordnungspunkt", " ".join(p for p in (number, {True: "(öffentlich)", False: "(nicht öffentlich)"}
                                                    .get(item.get("public"), "")) if p)),
        ("Ergebnis", result),
        ("Schlagwörter", _keywords(item)),
        ("Sitzung im Ratsinformationssystem", link(meeting)),
    ]
    decision = []
    if clean(item.get("resolutionText")) or (resolution and (resolution.text or resolution.note)):
        decision = ["## Beschluss", ""]
        if clean(item.get("resolutionText")):
            decision += [str(item["resolutionText"]).strip(), ""]
        if resolution:
            decision += [f"Beschlussdatei: {resolution.name}: {resolution.url}"
                         + (f" ({resolution.note})" if resolution.note else ""), ""]
            if resolution.text:
                decision += [resolution.text]
    paper_block = []
    if paper:
        paper_block = [f"## {paper.heading}", ""] + [f"- {k}: {v}" for k, v in paper.facts if v]
        if paper.excerpt:
            paper_block += ["", paper.excerpt]
    return title, _page(title, facts, [sentence], decision, paper_block, _files_block(files))


def paper_heading(paper: dict) -> str:
    kind = clean(paper.get("paperType")) or "Vorlage"
    reference = clean(paper.get("reference"))
    name = clean(paper.get("name")) or "(ohne Titel)"
    return f"{kind} {reference}: {name}" if reference else f"{kind}: {name}"


def paper_facts(paper: dict, directed_by: list[str], originators: list[str]) -> list[tuple[str, str]]:
    return [
        ("Art", clean(paper.get("paperType"))),
        ("Drucksache", clean(paper.get("reference"))),
        ("Datum", german_date(paper.get("date"))),
        ("Federführend", ", ".join(directed_by)),
        ("Eingebracht von", ", ".join(originators)),
        ("Schlagwörter", _keywords(paper)),
        ("Im Ratsinformationssystem", link(paper)),
    ]


def paper_page(paper: dict, directed_by: list[str], originators: list[str],
               consultations: list[tuple[str, str]], main: FileText | None,
               files: list[FileText]) -> tuple[str, str]:
    """`consultations`: (organisation names, role) of each step of the Beratungsfolge."""
    title = paper_heading(paper)
    steps = []
    if consultations:
        steps = ["## Beratungsfolge", ""] + [f"- {who}" + (f": {role}" if role else "") for who, role in consultations]
    text = []
    if main:
        text = ["## Text der Vorlage", "", f"Datei: {main.name}: {main.url}" + (f" ({main.note})" if main.note else "")]
        if main.text:
            text += ["", main.text]
    return title, _page(title, paper_facts(paper, directed_by, originators), steps, text, _files_block(files))


def meeting_page(meeting: dict, organizations: list[str], items: list[dict], files: list[FileText]) -> tuple[str, str]:
    title = meeting_label(meeting, organizations)
    place = meeting.get("location") if isinstance(meeting.get("location"), dict) else {}
    where = ", ".join(p for p in (clean(place.get(k)) for k in ("description", "room", "streetAddress",
                                                               "postalCode", "locality")) if p)
    start, end = meeting.get("start"), meeting.get("end")
    facts = [
        ("Sitzung", clean(meeting.get("name"))),
        ("Gremium", " / ".join(organizations)),
        ("Datum", german_date(start)),
        ("Beginn", german_time(start)),
        ("Ende", german_time(end) if german_date(end) in ("", german_date(start)) else
         f"{german_date(end)} {german_time(end)}".strip()),
        ("Ort", where),
        ("Status", "abgesagt" if meeting.get("cancelled") is True else clean(meeting.get("meetingState"))),
        ("Schlagwörter", _keywords(meeting)),
        ("Im Ratsinformationssystem", link(meeting)),
    ]
    agenda = []
    if items:
        agenda = ["## Tagesordnung", ""]
        for item in items:
            number, result = agenda_number(item), clean(item.get("result"))
            agenda.append(f"- {'TOP ' + number + ': ' if number else ''}{clean(item.get('name')) or '(ohne Titel)'}"
                          + (f" – {result}" if result else ""))
    documents = [f"- {f.name}: {f.url}" for f in files]
    return title, _page(title, facts, agenda, (["## Dokumente", ""] + documents) if documents else [])


def organization_page(org: dict, parent: str) -> tuple[str, str]:
    title = clean(org.get("name")) or clean(org.get("shortName")) or "Gremium"
    facts = [
        ("Kurzname", clean(org.get("shortName"))),
        ("Art", ", ".join(dict.fromkeys(p for p in (clean(org.get("organizationType")),
                                                   clean(org.get("classification"))) if p))),
        ("Teil von", parent),
        ("Seit", german_date(org.get("startDate"))),
        ("Bis", german_date(org.get("endDate"))),
        ("Funktionen", ", ".join(clean(p) for p in org.get("post") or [] if clean(p))),
        ("Mitglieder", clean(org.get("memberCount"))),
        ("Website", clean(org.get("website"))),
        ("Schlagwörter", _keywords(org)),
        ("Im Ratsinformationssystem", link(org)),
    ]
    return title, _page(title, facts)


def person_page(person: dict, memberships: list[tuple[str, dict]]) -> tuple[str, str]:
    """`memberships`: (organisation name, membership object). Deliberately no contact data."""
    title = clean(person.get("name")) or " ".join(
        p for p in (clean(person.get("givenName")), clean(person.get("familyName"))) if p) or "Person"
    lines = []
    if memberships:
        lines = ["## Mitgliedschaften", ""]
        for org, membership in memberships:
            since, until = german_date(membership.get("startDate")), german_date(membership.get("endDate"))
            details = [p for p in (clean(membership.get("role")), f"seit {since}" if since else "",
                                   f"bis {until}" if until else "",
                                   "stimmberechtigt" if membership.get("votingRight") is True else "") if p]
            lines.append(f"- {org}" + (f": {', '.join(details)}" if details else ""))
    return title, _page(title, [("Im Ratsinformationssystem", link(person))], lines)
