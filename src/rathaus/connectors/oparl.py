"""Council information systems (Ratsinformationssysteme) speaking OParl 1.0 or 1.1.

From the system (or one body) the connector walks each body's organisations,
papers, meetings with their agenda items, and persons, and yields one
Markdown page per agenda item ("Gemeinderat, Sitzung vom 18.02.2025, TOP 3:
…" — what citizens ask about, with result, resolution and the paper it
dealt with), per paper (with the text of its attached files), per meeting,
organisation and person (name and memberships only). Page layout:
oparl_pages.py. Every object's OParl `id` is its external id.

Papers are walked before meetings so an agenda item finds its paper in the
run's cache; otherwise it follows `consultation` -> `paper`. The same object
always renders to the same page, whichever way it was reached, so an
unchanged object costs nothing in the pipeline.

Syncs: the first run and every `full_walk_days` a full walk (then `complete`,
and the pipeline removes what the system no longer lists); in between only
lists filtered with `modified_since` (plus, in 1.1, `Body.agendaItem`, for
items that changed without their meeting), and objects marked
`deleted: true` are removed. Servers that ignore the filter are filtered
here by `modified`.

Failures: an unreadable list page (timeout, HTTP error, malformed JSON, not
JSON, a `links.next` loop, the object limit) is one failed item and the walk
is incomplete: nothing is deleted and the checkpoint keeps the previous time,
so the next run asks for the same changes again. An attachment or linked
paper that cannot be read for a passing reason is a failed item of its own
while its page is still indexed (with a note), and the page is fetched again
by id next time (`retry` in the checkpoint); one that can never be read
(404, scanned PDF, too large, unsupported type) is only a note on the page,
so it does not hold the checkpoint back for ever.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from typing import Callable, Collection, Iterator

from pydantic import BaseModel, Field, field_validator

from rathaus.connectors import oparl_pages as pages
from rathaus.connectors.base import FetchedItem
from rathaus.connectors.oparl_fetch import Failed, Limit, PageFailed, Reader, cap, download_url, kind_of, parse_time
from rathaus.security.http import GuardedClient, is_http_url

SAFETY_MARGIN = timedelta(minutes=10)  # clock skew between us and the council's server
MAX_FILES = 10  # attachments read per page
EXCERPT_CHARS = 1500  # of a paper's main text, on the pages of its agenda items
MAX_MEMBERSHIPS = 50
MAX_RETRY = 500
CACHE_SIZE = 2000
STEMS = {"Organization": "gremium", "Paper": "vorlage", "Meeting": "sitzung", "AgendaItem": "tagesordnungspunkt",
         "Person": "person"}

class OParlConfig(BaseModel):
    url: str = Field(..., title="Adresse der OParl-Schnittstelle", max_length=500,
                     description="Adresse des OParl-Systems oder einer Körperschaft (Body), "
                                 "z. B. https://ris.beispielstadt.de/oparl/v1.1/system")
    body: str | None = Field(None, title="Nur diese Körperschaft", max_length=500,
                             description="Adresse, Kurzname oder Name der Körperschaft; leer: alle")
    max_objects: int = Field(50_000, title="Höchstens so viele Objekte", ge=1, le=1_000_000,
                             description="Schutz vor endloser Seitenfolge")
    files: bool = Field(True, title="Anhänge (PDF) einlesen",
                        description="Text von Vorlagen, Beschlüssen und Anlagen aufnehmen")
    max_file_mb: int = Field(20, title="Anhänge höchstens so groß (MB)", ge=1, le=500)
    full_walk_days: int = Field(7, title="Vollständiger Abgleich alle … Tage", ge=0, le=365,
                                description="dazwischen werden nur Änderungen abgerufen; 0: immer vollständig")

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not is_http_url(value.strip()):
            raise ValueError("muss mit https:// oder http:// beginnen")
        return value.strip()

    @field_validator("body")
    @classmethod
    def _body(cls, value: str | None) -> str | None:
        return " ".join(value.split()) or None if value else None


def _remember(cache: OrderedDict, key, value, size: int = CACHE_SIZE):
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)
    return value


class OParlConnector:
    kind = "oparl"
    label = "Ratsinformationssystem (OParl)"  # shown in the admin UI
    config_model = OParlConfig

    def __init__(self, config: OParlConfig, client: GuardedClient | None = None, source_name: str | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.config = config
        self.client = client or GuardedClient()
        self.source_name = source_name or f"oparl:{config.url}" + (f"#{config.body}" if config.body else "")
        self.complete = False
        self._clock = clock
        self._previous: dict = {}
        self._started: datetime | None = None

    @classmethod
    def from_config(cls, config: OParlConfig, client: GuardedClient, source_name: str) -> OParlConnector:
        return cls(config, client, source_name)

    # -- the walk ------------------------------------------------------------------------------

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = False
        self._previous = dict(since or {})
        self._started = self._clock()
        modified_since = parse_time(self._previous.get("modified_since"))
        full_at = parse_time(self._previous.get("full_walk_at"))
        self._full = (modified_since is None or full_at is None
                      or self._started - full_at >= timedelta(days=self.config.full_walk_days))
        self._since_time = None if self._full else modified_since
        self._cut = False
        self._reader = Reader(self.client, self.config.max_objects, self.config.max_file_mb * 1024 * 1024)
        self._handled: set[str] = set()
        self._objects: set[str] = set()  # ids of OParl objects yielded (docs and errors): retryable by id
        self._owners: dict[str, set[str]] = {}  # failed file/paper/consultation -> pages that show it
        self._late: dict[str, FetchedItem] = {}
        self._count = 0
        self._orgs: dict[str, str] = {}
        self._ai_paper: dict[str, str] = {}
        self._consultations: dict[str, str | None] = {}
        self._papers: OrderedDict = OrderedDict()
        self._meetings: OrderedDict = OrderedDict()
        self._texts: OrderedDict = OrderedDict()
        try:
            bodies = self._bodies()
        except (Failed, PageFailed, Limit) as exc:
            self._cut = True
            yield FetchedItem(self.config.url, "oparl.json", url=self.config.url,
                              error=f"OParl-System nicht lesbar: {str(exc) or 'zu viele Seiten'}")
            return
        emitted: set[str] = set()
        try:
            for item in self._walk(bodies):
                if item.external_id not in emitted:
                    emitted.add(item.external_id)
                    yield item
        except Limit:
            self._cut = True
            yield FetchedItem(f"{self.config.url}#max_objects", "oparl.json",
                              error=f"Höchstzahl von {self.config.max_objects} Objekten erreicht: Abgleich unvollständig")
        for external_id, item in self._late.items():  # failures of things that may still have come another way
            if external_id not in emitted:
                yield item
        self.complete = self._full and not self._cut

    def _bodies(self) -> list[dict]:
        root = self._reader.object(self.config.url)
        if kind_of(root) == "Body":
            bodies = [root]
        elif isinstance(root.get("body"), str):  # System.body: the list of bodies
            bodies = [b for b in self._reader.list(root["body"], None) if isinstance(b, dict)]
        elif isinstance(root.get("body"), list):
            bodies = [b if isinstance(b, dict) else self._reader.object(b, "Body") for b in root["body"]
                      if isinstance(b, dict) or is_http_url(b)]
        else:
            raise Failed(f"weder System noch Body (type {root.get('type')})")
        wanted = (self.config.body or "").casefold()
        if wanted:
            bodies = [b for b in bodies if wanted in {pages.clean(b.get(k)).casefold() for k in ("id", "shortName", "name")}]
            if not bodies:
                raise Failed(f"Körperschaft „{self.config.body}“ nicht gefunden")
        return bodies

    def _walk(self, bodies: list[dict]) -> Iterator[FetchedItem]:
        if not self._full:
            for external_id in self._previous.get("retry") or []:
                if isinstance(external_id, str) and is_http_url(external_id):
                    yield from self._retry(external_id)
        for body in bodies:
            for key, kind in (("organization", "Organization"), ("paper", "Paper"), ("meeting", "Meeting"),
                              ("person", "Person")):
                yield from self._walk_list(body.get(key), kind)
            if self._since_time is not None:  # 1.1: agenda items that changed without their meeting
                yield from self._walk_list(body.get("agendaItem"), "AgendaItem")

    def _walk_list(self, url, kind: str) -> Iterator[FetchedItem]:
        if not is_http_url(url):
            return
        try:
            for entry in self._reader.list(url, self._since_time):
                if isinstance(entry, FetchedItem):
                    self._cut = True  # a meeting we could not read hides its agenda items
                    self._objects.add(entry.external_id)
                    yield entry
                else:
                    yield from self._handle(entry, kind)
        except PageFailed as exc:
            self._cut = True
            yield FetchedItem(exc.url, "liste.json", url=exc.url, error=str(exc))

    def _retry(self, external_id: str) -> Iterator[FetchedItem]:
        try:
            obj = self._reader.object(external_id)
        except Failed as exc:
            if exc.gone:
                yield FetchedItem(external_id, "objekt.md", deleted=True)
            else:
                self._late[external_id] = FetchedItem(external_id, "objekt.md", url=external_id,
                                                      error=f"erneuter Abruf fehlgeschlagen: {exc}")
                self._objects.add(external_id)
            return
        yield from self._handle(obj, kind_of(obj), forced=True)

    def _handle(self, obj: dict, expected: str, forced: bool = False) -> Iterator[FetchedItem]:
        kind, object_id = kind_of(obj) or expected, obj["id"]
        if object_id in self._handled:
            return
        modified = parse_time(obj.get("modified"))
        if not forced and self._since_time and modified and modified < self._since_time:
            return  # the server ignored modified_since
        self._handled.add(object_id)
        self._spend()
        if obj.get("deleted") is True:
            yield FetchedItem(object_id, f"{STEMS.get(kind, 'objekt')}.md", deleted=True)
            return
        handler = {"Organization": self._organization, "Paper": self._paper, "Meeting": self._meeting,
                   "Person": self._person, "AgendaItem": self._agenda_item_alone}.get(kind)
        if handler is None:
            return
        try:
            yield from handler(obj)
        except Failed as exc:  # its id is yielded failed below: kept in the index, fetched again by id
            self._objects.add(object_id)
            self._late[object_id] = FetchedItem(object_id, f"{STEMS[kind]}.md", url=object_id, error=str(exc))

    def _spend(self) -> None:
        self._count += 1
        if self._count > self.config.max_objects:
            raise Limit()

    def _doc(self, obj: dict, kind: str, text: str) -> Iterator[FetchedItem]:
        self._objects.add(obj["id"])
        yield FetchedItem(obj["id"], f"{STEMS[kind]}.md", data=text.encode("utf-8"), url=pages.link(obj),
                          mime="text/markdown", modified_at=parse_time(obj.get("modified")))

    def _soft_failure(self, resource_id: str, owner: str, what: str, reason: str) -> None:
        """Something a page shows could not be read this time: the page is indexed anyway and comes again."""
        self._owners.setdefault(resource_id, set()).add(owner)
        self._late.setdefault(resource_id, FetchedItem(resource_id, "anhang", url=resource_id, error=f"{what}: {reason}"))

    # -- the objects ------------------------------------------------------------------------------

    def _org_label(self, url) -> str:
        if not is_http_url(url):
            return ""
        if url not in self._orgs:
            try:
                org = self._reader.object(url, "Organization")
                self._orgs[url] = pages.clean(org.get("name")) or pages.clean(org.get("shortName"))
            except Failed:
                self._orgs[url] = ""  # the page then simply goes without the name
        return self._orgs[url]

    def _org_labels(self, urls) -> list[str]:
        return [label for label in (self._org_label(u) for u in (urls if isinstance(urls, list) else [])) if label]

    def _organization(self, org: dict) -> Iterator[FetchedItem]:
        self._orgs[org["id"]] = pages.clean(org.get("name")) or pages.clean(org.get("shortName"))
        _, text = pages.organization_page(org, self._org_label(org.get("subOrganizationOf")))
        yield from self._doc(org, "Organization", text)

    def _paper(self, paper: dict) -> Iterator[FetchedItem]:
        for consultation in paper.get("consultation") or []:
            if isinstance(consultation, dict) and isinstance(consultation.get("agendaItem"), str):
                self._ai_paper[consultation["agendaItem"]] = paper["id"]
        main = self._file(paper.get("mainFile"), paper["id"]) if paper.get("mainFile") else None
        attachments = [f for f in (self._file(ref, paper["id"]) for ref in (paper.get("auxiliaryFile") or [])[:MAX_FILES]) if f]
        steps = []
        for c in paper.get("consultation") or []:
            if isinstance(c, dict):
                role = pages.clean(c.get("role")) + (" (beschließend)" if c.get("authoritative") is True else "")
                steps.append((" / ".join(self._org_labels(c.get("organization"))) or "Gremium", role.strip()))
        directed, originators = self._org_labels(paper.get("underDirectionOf")), self._org_labels(paper.get("originatorOrganization"))
        self._summarise(paper, directed, main or (attachments[0] if attachments else None))
        _, text = pages.paper_page(paper, directed, originators, steps, main, attachments)
        yield from self._doc(paper, "Paper", text)

    def _summarise(self, paper: dict, directed: list[str], main: pages.FileText | None) -> pages.PaperSummary:
        facts = tuple((k, v) for k, v in pages.paper_facts(paper, directed, []) if k != "Schlagwörter")
        excerpt = cap(main.text, EXCERPT_CHARS) if main and main.text else ""
        return _remember(self._papers, paper["id"], pages.PaperSummary(paper["id"], pages.paper_heading(paper), facts, excerpt))

    def _paper_for(self, item: dict) -> pages.PaperSummary | None:
        """The paper an agenda item deals with, by the papers read in this run or via its consultation."""
        paper_id = self._ai_paper.get(item["id"])
        consultation = item.get("consultation")
        if paper_id is None and isinstance(consultation, dict):
            paper_id = consultation.get("paper")
        elif paper_id is None and is_http_url(consultation):
            if consultation not in self._consultations:
                try:
                    self._consultations[consultation] = self._reader.object(consultation, "Consultation").get("paper")
                except Failed as exc:
                    self._consultations[consultation] = None
                    if not exc.permanent:
                        self._soft_failure(consultation, item["id"], "Beratung", str(exc))
            paper_id = self._consultations[consultation]
        if not is_http_url(paper_id):
            return None
        if paper_id in self._papers:
            self._papers.move_to_end(paper_id)
            return self._papers[paper_id]
        try:
            paper = self._reader.object(paper_id, "Paper")
        except Failed as exc:
            if not exc.permanent:
                self._soft_failure(paper_id, item["id"], "Vorlage", str(exc))
            return None
        if paper.get("deleted") is True:
            return None
        main_ref = paper.get("mainFile") or next(iter(paper.get("auxiliaryFile") or []), None)
        main = self._file(main_ref, item["id"]) if main_ref else None
        return self._summarise(paper, self._org_labels(paper.get("underDirectionOf")), main)

    def _meeting(self, meeting: dict) -> Iterator[FetchedItem]:
        organizations = self._org_labels(meeting.get("organization"))
        items = []
        for entry in meeting.get("agendaItem") or []:
            if isinstance(entry, str) and is_http_url(entry):
                try:
                    entry = self._reader.object(entry, "AgendaItem")
                except Failed as exc:  # its id fails (kept, retried); the other items go on
                    self._objects.add(entry)
                    self._late[entry] = FetchedItem(entry, "tagesordnungspunkt.md", url=entry,
                                                    error=f"Tagesordnungspunkt: {exc}")
                    continue
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                items.append(entry)
        _remember(self._meetings, meeting["id"], (meeting, organizations))
        documents = [self._file_link(meeting.get(k)) for k in ("invitation", "resultsProtocol", "verbatimProtocol")]
        documents += [self._file_link(f) for f in meeting.get("auxiliaryFile") or []]
        _, text = pages.meeting_page(meeting, organizations, [i for i in items if i.get("deleted") is not True],
                                     [d for d in documents if d])
        yield from self._doc(meeting, "Meeting", text)
        for item in items:
            if item["id"] in self._handled:
                continue
            self._handled.add(item["id"])
            self._spend()
            if item.get("deleted") is True:
                yield FetchedItem(item["id"], "tagesordnungspunkt.md", deleted=True)
            else:
                yield from self._agenda_item(item, meeting, organizations)

    def _agenda_item_alone(self, item: dict) -> Iterator[FetchedItem]:
        """An agenda item reached without its meeting (Body.agendaItem, a retry): fetch the meeting for the title."""
        meeting_id = item.get("meeting")
        if not is_http_url(meeting_id):
            raise Failed("Tagesordnungspunkt ohne Sitzung (meeting fehlt)", permanent=True)
        if meeting_id not in self._meetings:
            meeting = self._reader.object(meeting_id, "Meeting")
            _remember(self._meetings, meeting_id, (meeting, self._org_labels(meeting.get("organization"))))
        meeting, organizations = self._meetings[meeting_id]
        yield from self._agenda_item(item, meeting, organizations)

    def _agenda_item(self, item: dict, meeting: dict, organizations: list[str]) -> Iterator[FetchedItem]:
        paper = self._paper_for(item)
        resolution = self._file(item.get("resolutionFile"), item["id"]) if item.get("resolutionFile") else None
        files = [f for f in (self._file(ref, item["id"]) for ref in (item.get("auxiliaryFile") or [])[:MAX_FILES]) if f]
        _, text = pages.agenda_item_page(item, meeting, organizations, paper, resolution, files)
        yield from self._doc(item, "AgendaItem", text)

    def _person(self, person: dict) -> Iterator[FetchedItem]:
        memberships = []
        for entry in (person.get("membership") or [])[:MAX_MEMBERSHIPS]:
            if isinstance(entry, str) and is_http_url(entry):
                try:
                    entry = self._reader.object(entry, "Membership")
                except Failed as exc:
                    if not exc.permanent:
                        self._soft_failure(entry, person["id"], "Mitgliedschaft", str(exc))
                    continue
            if isinstance(entry, dict) and entry.get("deleted") is not True:
                memberships.append((self._org_label(entry.get("organization")) or "Gremium", entry))
        _, text = pages.person_page(person, memberships)
        yield from self._doc(person, "Person", text)

    # -- files ---------------------------------------------------------------------------------

    def _file_link(self, ref) -> pages.FileText | None:
        if not isinstance(ref, dict):
            return None
        url = download_url(ref) or pages.link(ref)
        return pages.FileText(pages.clean(ref.get("name")) or pages.clean(ref.get("fileName")) or "Datei", url)

    def _file(self, ref, owner: str) -> pages.FileText | None:
        """An attachment with its text; a failure is a note on the page (and, when passing, a failed item)."""
        if is_http_url(ref) and not self.config.files:
            return pages.FileText("Datei", ref)
        if is_http_url(ref):  # named by URL only: fetch the File object
            try:
                ref = self._reader.object(ref, "File")
            except Failed as exc:
                if not exc.permanent:
                    self._soft_failure(ref, owner, "Anhang", str(exc))
                return pages.FileText("Datei", ref, note=f"nicht abrufbar: {exc}")
        shown = self._file_link(ref)
        if shown is None or not self.config.files:
            return shown
        file_id = str(ref.get("id") or shown.url)
        if file_id not in self._texts:
            try:
                result = (self._reader.file_text(ref), "", True)
            except Failed as exc:
                result = ("", f"Text nicht lesbar: {exc}", exc.permanent)
            _remember(self._texts, file_id, result, 256)
        text, note, lasting = self._texts[file_id]
        if not lasting:
            self._soft_failure(file_id, owner, f"Anhang „{shown.name}“", note)
        return pages.FileText(shown.name, shown.url, text, note)

    # -- the checkpoint --------------------------------------------------------------------------

    def checkpoint(self, failed: Collection[str]) -> dict:
        """{"modified_since", "full_walk_at", "retry"}: see the module docstring."""
        if self._started is None:
            return dict(self._previous)
        failed = set(failed)
        retry: set[str] = set()
        for external_id in failed:
            retry |= self._owners.get(external_id, set())
            if external_id in self._objects:
                retry.add(external_id)
        unknown = {f for f in failed if f not in self._owners and f not in self._objects}  # pages, the limit
        previous = self._previous.get("modified_since")
        advanced = (self._started - SAFETY_MARGIN).isoformat()
        if not failed and not self._cut:
            modified_since = advanced
        elif self._cut or unknown or len(retry) > MAX_RETRY or previous:
            modified_since = previous  # a failed run never moves the time past what it did not get
        else:  # a first walk that read every list: the few objects that failed come again by id
            modified_since = advanced
        full_walk_at = self._started.isoformat() if self._full and not self._cut else self._previous.get("full_walk_at")
        checkpoint = {"modified_since": modified_since, "full_walk_at": full_walk_at,
                      "retry": sorted(retry)[:MAX_RETRY]}
        return {k: v for k, v in checkpoint.items() if v}
