"""A small OParl server on localhost for the connector's tests.

It serves objects stored with ids under PLACEHOLDER (rewritten to its own
address in every response), external lists paged along `links.next` (small
pages on purpose), the `modified_since` filter with deleted objects, either
OParl version (1.0: 1.0 type URIs, none of the lists and fields 1.1 added),
attachments as PDF or plain text — and faults on request: malformed JSON, an
HTML page, a slow answer, HTTP 500, a `links.next` loop, endless pages.

Two data sets load into it: the OParl specification's examples (CC BY-SA 4.0,
../shared/eval-data/oparl_spec) and Karlsruhe's real council records
(../shared/eval-data/karlsruhe_oparl; eval-only — read from there at test
time, never copied into this repository).
"""

from __future__ import annotations

import copy
import json
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from fpdf import FPDF

from tests.local_http import LocalServer, QuietHandler
from tests.ci import require

PLACEHOLDER = "http://oparl.invalid"
EVAL_DATA = Path(__file__).resolve().parents[3] / "shared" / "eval-data"
SPEC = EVAL_DATA / "oparl_spec"
KARLSRUHE = EVAL_DATA / "karlsruhe_oparl"
ONLY_11 = ("agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership")


def require_eval_data(folder: Path) -> Path:
    """Skip when the shared eval data is missing locally; in CI (CI=true) that is a failure."""
    require(folder.is_dir(), f"eval data missing: {folder} (see ../shared/eval-data/README.md)")
    return folder


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    # The core fonts know Latin-1 only: enough for German; other signs become '?'.
    pdf.multi_cell(0, 5, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def path_of(url: str) -> str:
    return url.removeprefix(PLACEHOLDER) or "/"


class OParlServer:
    def __init__(self, version: str = "1.1", page_size: int = 5):
        self.version, self.page_size = version, page_size
        self.objects: dict[str, dict] = {}  # path -> object (agenda items of a meeting: by path, embedded on output)
        self.lists: dict[str, list[str]] = {}  # list path -> object paths
        self.files: dict[str, tuple[str, object]] = {}  # path -> (mime, bytes or a function making them)
        self.faults: dict[str, str] = {}  # path (or path?query) -> json | html | slow | 500 | loop | endless
        self.urls_only: set[str] = set()  # lists (and "agendaItem") that name objects by URL only
        self.honour_filter = True
        self.requests: list[str] = []
        server = self

        class Handler(QuietHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                server.requests.append(self.path)
                try:
                    status, mime, body = server.answer(self.path)
                except TimeoutError:
                    return
                self.reply(status, mime, body)

        self._local = LocalServer(Handler)
        self.httpd, self.url = self._local.httpd, self._local.url

    def close(self) -> None:
        self._local.close()

    def id(self, path: str) -> str:
        """An object's id as the connector sees it."""
        return self.url + path

    # -- changing the data between syncs ----------------------------------------------------------

    def touch(self, path: str, **changes) -> None:
        self.objects[path].update(changes, modified=now_iso())

    def delete(self, path: str) -> None:
        obj = self.objects[path]
        self.objects[path] = {"id": obj["id"], "type": obj["type"], "created": obj.get("created", now_iso()),
                              "modified": now_iso(), "deleted": True}

    def count(self, fragment: str) -> int:
        return sum(fragment in r for r in self.requests)

    # -- answers ------------------------------------------------------------------------------------------

    def answer(self, raw: str) -> tuple[int, str, bytes]:
        parts = urlsplit(raw)
        fault = self.faults.get(raw) or self.faults.get(parts.path)
        if fault == "slow":
            time.sleep(2)
        if fault == "500":
            return 500, "text/plain", b"Interner Fehler"
        if fault == "html":
            return 200, "text/html", b"<html><body>Wartungsarbeiten</body></html>"
        if fault == "json":
            return 200, "application/json", b'{"data": [{"id": "http://x", "na'
        if parts.path in self.files:
            mime, content = self.files[parts.path]
            return 200, mime, content() if callable(content) else content
        if parts.path in self.lists:
            body = self.list_page(parts.path, dict(parse_qsl(parts.query)), fault)
        elif parts.path in self.objects:
            body = self.render(parts.path)
        else:
            return 404, "application/json", b'{"error": "not found"}'
        return 200, "application/json; charset=utf-8", json.dumps(body).replace(PLACEHOLDER, self.url).encode()

    def render(self, path: str) -> dict:
        obj = copy.deepcopy(self.objects[path])
        if isinstance(obj.get("agendaItem"), list) and "agendaItem" not in self.urls_only:
            obj["agendaItem"] = [self.render(path_of(a)) if isinstance(a, str) and path_of(a) in self.objects else a
                                 for a in obj["agendaItem"]]
        return self.versioned(obj)

    def versioned(self, obj):
        if self.version == "1.1":
            return obj
        text = json.dumps(obj).replace("https://schema.oparl.org/1.1/", "https://schema.oparl.org/1.0/")
        obj = json.loads(text)

        def strip(value):
            if isinstance(value, dict):
                kind = str(value.get("type", "")).rsplit("/", 1)[-1]
                drop = ONLY_11 if kind == "Body" else ("order",) if kind == "AgendaItem" else ()
                return {k: strip(v) for k, v in value.items() if k not in drop}
            return [strip(v) for v in value] if isinstance(value, list) else value

        return strip(obj)

    def list_page(self, path: str, query: dict, fault: str | None) -> dict:
        page = max(1, int(query.get("page", 1) or 1))
        since = query.get("modified_since")
        if fault == "endless":  # always one more page of new organisations
            data = [{"id": f"{self.url}/endless/{page}-{i}", "type": "https://schema.oparl.org/1.1/Organization",
                     "name": f"Endlos {page}-{i}"} for i in range(self.page_size)]
            return {"data": data, "links": {"next": self.link(path, query, page + 1)}}
        paths = self.lists[path]
        objects = [self.objects[p] for p in paths if p in self.objects]
        if since and self.honour_filter:
            cutoff = datetime.fromisoformat(since)
            objects = [o for o in objects if datetime.fromisoformat(o.get("modified", since)) >= cutoff]
        else:
            objects = [o for o in objects if not o.get("deleted")]
        pages = max(1, -(-len(objects) // self.page_size))
        chunk = objects[(page - 1) * self.page_size: page * self.page_size]
        data = [o["id"] if path in self.urls_only else self.render(path_of(o["id"])) for o in chunk]
        links = {"first": self.link(path, query, 1), "self": self.link(path, query, page),
                 "last": self.link(path, query, pages)}
        if page < pages:
            links["next"] = self.link(path, query, 1 if fault == "loop" and page > 1 else page + 1)
        return {"data": data, "links": links,
                "pagination": {"totalElements": len(objects), "elementsPerPage": self.page_size,
                               "currentPage": page, "totalPages": pages}}

    def link(self, path: str, query: dict, page: int) -> str:
        return f"{self.url}{path}?{urlencode({**query, 'page': page})}"


# -- data sets ----------------------------------------------------------------------------------------------


def _local(obj, prefix: str):
    """The object with every address under `prefix` moved to PLACEHOLDER."""
    return json.loads(json.dumps(obj).replace(prefix, PLACEHOLDER))


def load_spec_examples(server: OParlServer) -> dict[str, dict]:
    """The specification's eight example objects as one small system; returns them by type."""
    examples = {p.stem.split("-")[0]: _local(json.loads(p.read_text(encoding="utf-8")), "https://oparl.example.org")
                for p in sorted((require_eval_data(SPEC) / "examples").glob("*.json"))}
    meeting = examples["Meeting"]
    for item in meeting["agendaItem"]:
        server.objects[path_of(item["id"])] = item
    meeting = {**meeting, "agendaItem": [item["id"] for item in meeting["agendaItem"]]}
    for obj in (examples["System"], examples["Body"], examples["Organization"], examples["Person"], meeting,
                examples["Paper"], examples["File"], examples["Location"]):
        server.objects[path_of(obj["id"])] = obj
    body = examples["Body"]
    server.lists[path_of(examples["System"]["body"])] = [path_of(body["id"])]
    for key, obj in (("organization", examples["Organization"]), ("person", examples["Person"]),
                     ("meeting", meeting), ("paper", examples["Paper"]), ("file", examples["File"]),
                     ("locationList", examples["Location"])):
        server.lists[path_of(body[key])] = [path_of(obj["id"])]
    server.lists[path_of(body["agendaItem"])] = [path_of(i) for i in meeting["agendaItem"]]
    for key in ("consultation", "membership"):
        server.lists[path_of(body[key])] = []
    main = examples["Paper"]["mainFile"]
    server.files[path_of(main["accessUrl"])] = ("application/pdf", pdf_bytes(
        "Antwort der Verwaltung auf die Anfrage 1200/2014: Der Radweg an der Honschaftsstraße wird 2015 erneuert."))
    return examples


KARLSRUHE_PREFIX = "https://web1.karlsruhe.de/oparl"


def load_karlsruhe(server: OParlServer, meetings: int = 3, pdfs: int = 4) -> dict:
    """The first `meetings` council meetings of 2025 with their agenda items, the
    papers they dealt with and all organisations. Attachments come as text
    downloads, the first `pdfs` short ones as generated PDFs; those without an
    extracted text are missing (404). Returns what tests need to look up."""
    root = require_eval_data(KARLSRUHE)
    chosen = [_local(json.loads(p.read_text(encoding="utf-8")), KARLSRUHE_PREFIX)
              for p in sorted((root / "meetings").glob("*.json"))[:meetings]]
    items = {item["id"]: item for meeting in chosen for item in meeting["agendaItem"]}
    papers = []
    for path in sorted((root / "papers").glob("*.json")):
        paper = _local(json.loads(path.read_text(encoding="utf-8")), KARLSRUHE_PREFIX)
        if any(c.get("agendaItem") in items for c in paper.get("consultation", [])):
            papers.append(paper)
    texts = root / "file-contents"
    made_pdf = 0

    def localise(file: dict) -> None:
        nonlocal made_pdf
        number = file["id"].rsplit("/", 1)[-1]
        source = texts / f"{number}.txt"
        file.pop("downloadUrl", None)
        if not source.exists():
            file["accessUrl"] = f"{PLACEHOLDER}/files/{number}.pdf"
            return
        text = source.read_text(encoding="utf-8")
        if made_pdf < pdfs and 500 < len(text) < 4000:
            made_pdf += 1
            path = f"/files/{number}.pdf"
            server.files[path] = ("application/pdf", lambda text=text: pdf_bytes(text))
        else:
            path = f"/files/{number}.txt"
            file.update(mimeType="text/plain", fileName=f"{number}.txt")
            server.files[path] = ("text/plain; charset=utf-8", text.encode("utf-8"))
        file["accessUrl"] = PLACEHOLDER + path

    body_path = "/bodies/0001"
    lists = {"organization": "/organizations", "person": "/people", "meeting": "/meetings", "paper": "/papers",
             "agendaItem": "/agendaitems", "consultation": "/consultations", "file": "/files",
             "membership": "/memberships", "locationList": "/locations", "legislativeTermList": "/terms"}
    for key, suffix in lists.items():
        server.lists[body_path + suffix] = []
    for org in json.loads((root / "organizations.json").read_text(encoding="utf-8")):
        org = _local(org, KARLSRUHE_PREFIX)
        server.objects[path_of(org["id"])] = org
        server.lists[body_path + "/organizations"].append(path_of(org["id"]))
    for paper in papers:
        for file in paper.get("auxiliaryFile", []) + ([paper["mainFile"]] if paper.get("mainFile") else []):
            localise(file)
        server.objects[path_of(paper["id"])] = paper
        server.lists[body_path + "/papers"].append(path_of(paper["id"]))
        for consultation in paper["consultation"]:
            server.objects[path_of(consultation["id"])] = consultation
    for meeting in chosen:
        for item in meeting["agendaItem"]:
            for file in item.get("auxiliaryFile", []):
                localise(file)
            server.objects[path_of(item["id"])] = item
            server.lists[body_path + "/agendaitems"].append(path_of(item["id"]))
        server.objects[path_of(meeting["id"])] = {**meeting, "agendaItem": [i["id"] for i in meeting["agendaItem"]]}
        server.lists[body_path + "/meetings"].append(path_of(meeting["id"]))
    server.objects[body_path] = {
        "id": PLACEHOLDER + body_path, "type": "https://schema.oparl.org/1.1/Body", "system": PLACEHOLDER + "/system",
        "name": "Stadt Karlsruhe", "shortName": "Karlsruhe", "legislativeTerm": [],
        **{key: PLACEHOLDER + body_path + suffix for key, suffix in lists.items()},
        "created": "2016-10-12T09:08:38+02:00", "modified": "2025-01-01T00:00:00+01:00"}
    server.objects["/system"] = {
        "id": PLACEHOLDER + "/system", "type": "https://schema.oparl.org/1.1/System",
        "oparlVersion": "https://schema.oparl.org/1.1/", "body": PLACEHOLDER + "/bodies", "name": "Karlsruhe (Test)",
        "created": "2016-10-12T09:08:38+02:00", "modified": "2025-01-01T00:00:00+01:00"}
    server.lists["/bodies"] = [body_path]
    links = json.loads((root / "agendaitem_paper_links_by_name.json").read_text(encoding="utf-8"))
    return {"meetings": chosen, "items": items, "papers": {p["id"]: p for p in papers},
            "links": [_local(link, KARLSRUHE_PREFIX) for link in links
                      if _local(link, KARLSRUHE_PREFIX)["agendaItem"] in items]}
