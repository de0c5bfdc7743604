"""Live values: the current number of free parking spaces (and the like) from
an open-data resource staff marked as live, for a question whose answer cites
that dataset.

"Wie viele Plätze sind im Parkhaus X frei?" → the dataset document of the car
parks is found as usual; its document notes the live resource (written by
connectors/ckan.py, checked here against the source's current configuration);
the resource is fetched through the guarded client (2 s, at most 2.5 s in all,
cached 60 s per URL and process) and the record whose name the question
mentions becomes one sentence with the value and its time:

    Aktuell (Stand 03.12.2026, 10:42 Uhr): Parkhaus X – 123 von 450 Plätzen frei. [1]

Formats: FIWARE NGSI-v2 (keyValues and normalized), NGSI-LD, GeoJSON and plain
JSON lists of objects; field names default to the FIWARE parking model and can
be configured per source. Whatever goes wrong (source down, slow, garbage, no
matching record), the answer is the normal one and says nothing about current
values — this module never raises into the question flow.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select

from rathaus.answer.extractive import Citation, choose_sources
from rathaus.answer.phrases import phrase_language
from rathaus.connectors.ckan import CkanConfig, live_links
from rathaus.connectors.ckan_resources import plain, records_of
from rathaus.db import repository as repo
from rathaus.db.tables import Chunk, Document, Source
from rathaus.index.analysis import tokenize
from rathaus.models import SearchHit
from rathaus.security.http import GuardedClient

log = logging.getLogger(__name__)

TIMEOUT = 2.0  # per network step of one fetch
DEADLINE = 2.5  # for all live values of one answer
CACHE_SECONDS = 60.0
FAILURE_SECONDS = 15.0  # a source that is down is not asked again on every question
LIVE_CHECK_SECONDS = 30.0
STALE_AFTER = timedelta(hours=2)
MAX_BYTES = 2 * 1024 * 1024
MAX_DOCUMENTS = 2  # the documents an answer quotes first
MAX_LISTED = 5  # records listed when the question names none of them
TOWN_TIME = ZoneInfo("Europe/Berlin")
DEFAULT_FIELDS = {"name": "name", "free": "availableSpotNumber", "total": "totalSpotNumber"}
NAME_KEYS = ("name", "title", "bezeichnung", "Name", "Bezeichnung")
# The time of the occupancy itself first: in FIWARE's own examples the entity's
# dateModified and observationDateTime differ from it (NGSI-LD keyValues have
# no dateModified at all), while normalized payloads carry the value's own time.
TIME_KEYS = ("occupancyModified", "dateObserved", "observationDateTime", "dateModified", "timestamp")
# Words of the kind of place, not of one place: "im Parkhaus Trindade" must not
# pick "Parkhaus Am Markt" because that name happens to say "Parkhaus".
GENERIC_WORDS = ("Parkhaus Parkhäuser Parkplatz Parkplätze Parkgarage Tiefgarage Garage Parkdeck Stellplatz "
                 "Stellplätze Platz Plätze frei freie car park parking garage lot space spaces free")

# (with time, without time, free of total, free only) in the asker's language.
PHRASES = {
    "de": ("Aktuell (Stand {when} Uhr)", "Laut den Live-Daten (ohne Zeitangabe)",
           "{name} – {free} von {total} Plätzen frei", "{name} – freie Plätze: {free}"),
    "en": ("Currently (as of {when})", "According to the live data (no time given)",
           "{name} – {free} of {total} spaces free", "{name} – free spaces: {free}"),
    "uk": ("Зараз (станом на {when})", "За поточними даними (без зазначення часу)",
           "{name} – вільно {free} з {total} місць", "{name} – вільних місць: {free}"),
    "ru": ("Сейчас (по состоянию на {when})", "По текущим данным (без указания времени)",
           "{name} – свободно {free} из {total} мест", "{name} – свободных мест: {free}"),
    "ar": ("حاليًا (حتى {when})", "وفقًا للبيانات المباشرة (بدون توقيت)",
           "{name} – {free} من {total} مكانًا شاغرًا", "{name} – أماكن شاغرة: {free}"),
    "tr": ("Şu anda ({when} itibarıyla)", "Canlı verilere göre (zaman bilgisi yok)",
           "{name} – {total} yerden {free} yer boş", "{name} – boş yer: {free}"),
    "fa": ("در حال حاضر (تا {when})", "طبق داده‌های زنده (بدون زمان)",
           "{name} – {free} از {total} جای خالی", "{name} – جای خالی: {free}"),
    "pl": ("Obecnie (stan na {when})", "Według danych na żywo (bez podanego czasu)",
           "{name} – wolne miejsca: {free} z {total}", "{name} – wolne miejsca: {free}"),
    "ro": ("În prezent (la {when})", "Conform datelor în timp real (fără oră indicată)",
           "{name} – {free} din {total} locuri libere", "{name} – locuri libere: {free}"),
    "fr": ("Actuellement (au {when})", "Selon les données en direct (sans horodatage)",
           "{name} – {free} places libres sur {total}", "{name} – places libres : {free}"),
    "es": ("Ahora mismo (a {when})", "Según los datos en directo (sin hora indicada)",
           "{name} – {free} de {total} plazas libres", "{name} – plazas libres: {free}"),
    "it": ("Attualmente (aggiornato al {when})", "Secondo i dati in tempo reale (senza orario)",
           "{name} – {free} posti liberi su {total}", "{name} – posti liberi: {free}"),
    "hr": ("Trenutno (stanje: {when})", "Prema podacima uživo (bez navedenog vremena)",
           "{name} – slobodno {free} od {total} mjesta", "{name} – slobodnih mjesta: {free}"),
    "el": ("Αυτή τη στιγμή (στις {when})", "Σύμφωνα με τα δεδομένα σε πραγματικό χρόνο (χωρίς ένδειξη ώρας)",
           "{name} – {free} ελεύθερες θέσεις από {total}", "{name} – ελεύθερες θέσεις: {free}"),
    "bg": ("В момента (към {when})", "Според данните в реално време (без посочено време)",
           "{name} – свободни {free} от {total} места", "{name} – свободни места: {free}"),
    "cs": ("Aktuálně (stav k {when})", "Podle živých dat (bez uvedení času)",
           "{name} – volno {free} z {total} míst", "{name} – volná místa: {free}"),
    "nl": ("Op dit moment (stand van {when})", "Volgens de live-gegevens (zonder tijdstip)",
           "{name} – {free} van {total} plaatsen vrij", "{name} – vrije plaatsen: {free}"),
    "hu": ("Jelenleg (állapot: {when})", "Az élő adatok szerint (időpont nélkül)",
           "{name} – {total} helyből {free} szabad", "{name} – szabad helyek: {free}"),
    "zh": ("当前（截至 {when}）", "根据实时数据（未注明时间）",
           "{name} – 共 {total} 个位置，其中 {free} 个空闲", "{name} – 空位：{free}"),
    "pt": ("Neste momento (dados de {when})", "Segundo os dados em tempo real (sem indicação de hora)",
           "{name} – {free} de {total} vagas livres", "{name} – vagas livres: {free}"),
    "sq": ("Aktualisht (gjendja më {when})", "Sipas të dhënave në kohë reale (pa orë të treguar)",
           "{name} – {free} nga {total} vende të lira", "{name} – vende të lira: {free}"),
    "vi": ("Hiện tại (tính đến {when})", "Theo dữ liệu trực tiếp (không ghi thời gian)",
           "{name} – còn trống {free} trên {total} chỗ", "{name} – chỗ trống: {free}"),
    "ku": ("Niha (rewşa {when})", "Li gorî daneyên zindî (bê dem)",
           "{name} – ji {total} cihan {free} vala ne", "{name} – cihên vala: {free}"),
    "ps": ("اوس مهال (تر {when} پورې)", "د ژوندیو معلوماتو له مخې (وخت نه دی ښودل شوی)",
           "{name} – له {total} ځایونو څخه {free} خالي دي", "{name} – خالي ځایونه: {free}"),
    "ckb": ("ئێستا (دۆخی {when})", "بەپێی زانیارییە ڕاستەوخۆکان (بێ کات)",
            "{name} – {free} لە {total} شوێن بەتاڵن", "{name} – شوێنی بەتاڵ: {free}"),
    "ti": ("ሕጂ (ኩነታት ናይ {when})", "ብመሰረት ቀጥታዊ ሓበሬታ (ግዜ ኣይተገልጸን)",
           "{name} – ካብ {total} ቦታታት {free} ነጻ እዮም", "{name} – ነጻ ቦታታት: {free}"),
    "so": ("Hadda (xaaladda {when})", "Sida ay muujinayso xogta tooska ah (waqti lama sheegin)",
           "{name} – {free} ka mid ah {total} meelood ayaa bannaan", "{name} – meelaha bannaan: {free}"),
    "am": ("አሁን (እስከ {when} ያለው ሁኔታ)", "በቀጥታ መረጃው መሰረት (ጊዜው አልተገለጸም)",
           "{name} – ከ{total} ቦታዎች {free} ክፍት ናቸው", "{name} – ክፍት ቦታዎች: {free}"),
}

# Said instead of "Aktuell" when a value's time is older than STALE_AFTER: a
# feed that stopped updating must not be passed off as the current state.
STALE = {
    "de": "Letzter gemeldeter Stand vom {when} Uhr (nicht aktuell)",
    "en": "Last reported on {when} (not current)",
    "uk": "Останні дані від {when} (не актуальні)",
    "ru": "Последние данные от {when} (не актуальны)",
    "ar": "آخر بيانات مسجلة بتاريخ {when} (غير محدثة)",
    "tr": "Son bildirilen durum {when} (güncel değil)",
    "fa": "آخرین وضعیت گزارش‌شده در {when} (به‌روز نیست)",
    "pl": "Ostatni zgłoszony stan z {when} (nieaktualny)",
    "ro": "Ultima situație raportată la {when} (neactualizată)",
    "fr": "Dernier état signalé le {when} (pas à jour)",
    "es": "Último dato comunicado el {when} (no actualizado)",
    "it": "Ultimo dato comunicato il {when} (non aggiornato)",
    "hr": "Posljednje prijavljeno stanje: {when} (nije ažurno)",
    "el": "Τελευταία καταγεγραμμένη κατάσταση στις {when} (όχι τρέχουσα)",
    "bg": "Последно подадени данни към {when} (не са актуални)",
    "cs": "Poslední hlášený stav k {when} (neaktuální)",
    "nl": "Laatst gemelde stand van {when} (niet actueel)",
    "hu": "Utolsó jelentett állapot: {when} (nem friss)",
    "zh": "最后报告的状态：{when}（非最新）",
    "pt": "Último dado informado em {when} (não atualizado)",
    "sq": "Gjendja e fundit e raportuar më {when} (jo e përditësuar)",
    "vi": "Số liệu được báo cáo gần nhất lúc {when} (không phải hiện tại)",
    "ku": "Rewşa dawî ya hatî ragihandin: {when} (ne nûkirî ye)",
    "ps": "وروستی راپور شوی حالت: {when} (تازه نه دی)",
    "ckb": "دوایین دۆخی ڕاپۆرتکراو: {when} (نوێ نییە)",
    "ti": "ናይ መወዳእታ ዝተሓበረ ኩነታት: {when} (ናይ ሕጂ ኣይኮነን)",
    "so": "Xaaladdii ugu dambeysay ee la soo sheegay: {when} (ma aha xaaladda hadda)",
    "am": "መጨረሻ የተዘገበው ሁኔታ: {when} (የአሁኑ አይደለም)",
}


def clock() -> datetime:
    """Now, for telling current values from stale ones (tests set the time)."""
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class LiveSource:
    """A live resource of a dataset document that an answer may quote."""

    document_id: int
    external_id: str
    title: str
    url: str | None  # the dataset's page, what the citation links to
    name: str  # the resource's name
    live_url: str
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    name: str
    free: int | None  # None: the record's numbers are unusable (see _reading)
    total: int | None
    at: datetime | None


@dataclass(frozen=True)
class LiveFact:
    source: LiveSource
    readings: tuple[Reading, ...]

    def sentence(self, language: str | None, now: datetime | None = None) -> str:
        language = phrase_language(language) or "de"
        with_time, without_time, of_total, free_only = PHRASES.get(language, PHRASES["de"])
        stale = STALE.get(language, STALE["de"])
        now = now or clock()
        groups: dict[str, list[str]] = {}
        for r in self.readings:  # one sentence per time stamp
            name = r.name or self.source.name
            body = (of_total if r.total is not None else free_only).format(name=name, free=r.free, total=r.total)
            when = r.at.astimezone(TOWN_TIME).strftime("%d.%m.%Y, %H:%M") if r.at else None
            prefix = (stale if now - r.at > STALE_AFTER else with_time).format(when=when) if when else without_time
            groups.setdefault(prefix, []).append(body)
        return " ".join(f"{prefix}: {'; '.join(bodies)}." for prefix, bodies in groups.items())


class Cache:
    """Fetched payloads per URL for this process; failures are kept shorter."""

    def __init__(self, clock=time.monotonic, size: int = 256):
        self.clock, self.size = clock, size
        self._items: OrderedDict[str, tuple[float, object]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, url: str) -> tuple[bool, object]:
        with self._lock:
            found = self._items.get(url)
            if found is None:
                return False, None
            stored_at, payload = found
            ttl = CACHE_SECONDS if payload is not None else FAILURE_SECONDS
            if self.clock() - stored_at >= ttl:
                del self._items[url]
                return False, None
            return True, payload

    def put(self, url: str, payload) -> None:
        with self._lock:
            self._items[url] = (self.clock(), payload)
            self._items.move_to_end(url)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


CACHE = Cache()


class LiveTenants:
    """Whether a tenant (with the tenants it shares knowledge with) has any
    open-data source with live resources, rechecked every LIVE_CHECK_SECONDS:
    every grounded answer asks, and most towns have none — for them the
    question flow then costs no database query and no thread hop. A resource
    newly marked live shows after its source's next sync anyway."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self._known: dict[tuple[str, int], tuple[float, bool]] = {}
        self._lock = threading.Lock()

    def known(self, db, tenant_id: int) -> bool | None:
        with self._lock:
            found = self._known.get((db.url, tenant_id))
        if found is None or self.clock() - found[0] >= LIVE_CHECK_SECONDS:
            return None
        return found[1]

    def check(self, db, tenant_id: int) -> bool:
        with db.reading() as session:
            tenants = [t for t, _ in repo.knowledge_group(session, tenant_id)] or [tenant_id]
            configs = session.scalars(select(Source.config).where(Source.tenant_id.in_(tenants),
                                                                  Source.kind == "ckan")).all()
        live = any(isinstance(c, dict) and c.get("live_resources") for c in configs)
        with self._lock:
            self._known[(db.url, tenant_id)] = (self.clock(), live)
        return live

    def clear(self) -> None:
        with self._lock:
            self._known.clear()


LIVE_TENANTS = LiveTenants()


async def facts_for(runtime, tenant_id: int, question: str, hits: list[SearchHit]) -> list[LiveFact]:
    """Live facts for the documents an answer quotes first; [] whenever there is
    nothing (reliable) to say."""
    try:
        document_ids = [group[0].document_id for group in choose_sources(hits)[:MAX_DOCUMENTS]]
        if not document_ids:
            return []
        if LIVE_TENANTS.known(runtime.db, tenant_id) is False:
            return []
        loop = asyncio.get_running_loop()
        # A quick read: on the chat's own threads. The fetches below may take up
        # to DEADLINE and stay in the shared pool.
        sources = await loop.run_in_executor(runtime.chat_threads, _sources_if_any, runtime.db, tenant_id, document_ids)
        if not sources:
            return []
        allow = set(runtime.settings.outbound_allow_hosts)
        fetches = [loop.run_in_executor(None, fetch_payload, s.live_url, allow) for s in sources]
        try:
            payloads = await asyncio.wait_for(asyncio.gather(*fetches), DEADLINE)
        except asyncio.TimeoutError:
            log.warning("live values took longer than %.1f s; answering without them", DEADLINE)
            return []
        facts = []
        for source, payload in zip(sources, payloads):
            readings = choose(question, readings_of(payload, source.fields)) if payload is not None else []
            if readings:
                facts.append(LiveFact(source, tuple(readings)))
        return facts
    except Exception:  # never let live values break an answer
        log.exception("live values failed; answering without them")
        return []


def _sources_if_any(db, tenant_id: int, document_ids: list[int]) -> list[LiveSource]:
    live = LIVE_TENANTS.known(db, tenant_id)
    if live is None:
        live = LIVE_TENANTS.check(db, tenant_id)
    return find_sources(db, tenant_id, document_ids) if live else []


def find_sources(db, tenant_id: int, document_ids: list[int]) -> list[LiveSource]:
    """The live resources noted in these documents, only from open-data sources
    of this tenant (or a tenant it shares knowledge with) that still mark them live."""
    with db.reading() as session:
        tenants = [t for t, _ in repo.knowledge_group(session, tenant_id)] or [tenant_id]
        rows = session.execute(
            select(Document.id, Document.tenant_id, Document.external_id, Document.title, Document.url, Source.config)
            .join(Source, (Source.id == Document.source_id) & (Source.tenant_id == Document.tenant_id))
            .where(Document.tenant_id.in_(tenants), Document.id.in_(document_ids), Source.kind == "ckan")
        ).all()
        found = []
        for row in sorted(rows, key=lambda r: document_ids.index(r.id)):
            try:
                config = CkanConfig.model_validate(row.config or {})
            except ValueError:
                continue
            if not config.live_resources:
                continue
            texts = session.scalars(select(Chunk.text).where(Chunk.tenant_id == row.tenant_id,
                                                             Chunk.document_id == row.id).order_by(Chunk.ordinal))
            for name, url in live_links("\n".join(texts), config.live_resources):
                found.append(LiveSource(row.id, row.external_id, row.title, row.url, name, url,
                                        dict(config.live_fields)))
        return found


def fetch_payload(url: str, allow_hosts: set[str]):
    """The parsed JSON of a live resource (cached), or None when it cannot be had."""
    hit, payload = CACHE.get(url)
    if hit:
        return payload
    payload = None
    try:
        with GuardedClient(allow_hosts=allow_hosts, timeout=TIMEOUT, max_bytes=MAX_BYTES) as client:
            response = client.get(url, headers={"Accept": "application/json, application/ld+json;q=0.9"})
        if response.status_code == 200:
            payload = json.loads(response.content)
        else:
            log.info("live resource %s: HTTP %s", url, response.status_code)
    except Exception as exc:  # down, slow, blocked, not JSON: no live value
        log.info("live resource %s unavailable: %s", url, exc)
    CACHE.put(url, payload)
    return payload


def readings_of(payload, fields: dict | None = None) -> list[Reading]:
    fields = {**DEFAULT_FIELDS, **(fields or {})}
    readings = []
    for record in records_of(payload):
        reading = _reading(record, fields)
        if reading is not None:
            readings.append(reading)
    return readings


def _reading(record: dict, fields: dict) -> Reading | None:
    free_attr = _at(record, fields["free"])
    if free_attr is None:
        return None  # another kind of record (a list may mix entity types)
    free, total = _count(plain(free_attr)), _count(plain(_at(record, fields["total"])))
    if free is None or (total is not None and total < free):
        # Not a count, or contradicting itself: kept without a value, so that a
        # question naming this car park is not answered with the others.
        free = None
    if "time" in fields:
        at = _moment(plain(_at(record, fields["time"])))
    else:  # the value's own time (NGSI-LD observedAt, NGSI-v2 metadata), else the entity's
        stamp = free_attr.get("observedAt") if isinstance(free_attr, dict) else None
        if stamp is None and isinstance(free_attr, dict):
            stamp = plain((free_attr.get("metadata") or {}).get("timestamp"))
        at = _moment(stamp) or next((m for k in TIME_KEYS if (m := _moment(plain(record.get(k))))), None)
    name = next((str(v) for k in dict.fromkeys([fields["name"], *NAME_KEYS])
                 if isinstance(v := plain(_at(record, k)), (str, int)) and str(v).strip()), "")
    return Reading(" ".join(name.split())[:120], free, total, at)


def _at(record, path: str):
    """A field by name or dotted path, looking through NGSI value wrappers."""
    value = record
    for part in path.split("."):
        if isinstance(value, dict) and part not in value:
            value = plain(value)
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _count(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and value >= 0 else None


def _moment(value) -> datetime | None:
    """ISO time or epoch (s or ms). A time without zone is taken as the town's
    local time: German portals publish it that way (NGSI always says UTC)."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, timezone.utc)
        if isinstance(value, str) and value.strip():
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=TOWN_TIME)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def choose(question: str, readings: list[Reading]) -> list[Reading]:
    """The readings the question is about: the record whose distinctive name
    words it uses; all of them when it names none and they are few. A record
    the source lists twice with different numbers is left out: which is right?"""
    if len(readings) <= 1:
        return [r for r in readings if r.free is not None]
    generic = _generic_words()
    names = [set(tokenize(r.name)) - generic for r in readings]
    df = Counter(word for words in names for word in words)
    asked = set(tokenize(question))
    # Words every record's name has tell nothing apart.
    scores = [sum(math.log(len(readings) / df[w]) for w in words & asked) for words in names]
    best = max(scores)
    chosen = [r for r, s in zip(readings, scores) if s == best] if best > 0 else readings
    values: dict[str, set] = {}
    for r in readings:
        values.setdefault(r.name.casefold(), set()).add((r.free, r.total))
    chosen = [r for r in dict.fromkeys(chosen) if r.free is not None and len(values[r.name.casefold()]) == 1]
    if best > 0:
        return chosen[:MAX_LISTED]
    return chosen if len(chosen) <= MAX_LISTED else []  # too many to list unasked


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(tokenize(GENERIC_WORDS))


def with_facts(text: str, citations: list[Citation], facts: list[LiveFact],
               language: str | None) -> tuple[str, list[Citation]]:
    """An extractive answer with the live sentences first, each citing its dataset."""
    if not facts:
        return text, citations
    citations = list(citations)
    lines = []
    for fact in facts:
        s = fact.source
        n = next((c.n for c in citations if (c.external_id, c.url) == (s.external_id, s.url)), None)
        if n is None:
            n = len(citations) + 1
            citations.append(Citation(n, s.title, s.url, s.external_id, fact.sentence("de")))
        lines.append(f"{fact.sentence(language)} [{n}]")
    return "\n\n".join([*lines, text]), citations


def as_sources(facts: list[LiveFact]) -> list[list[SearchHit]]:
    """Live facts as extra numbered sources for a generated answer (German, like
    every source; the model answers in the asker's language)."""
    return [[SearchHit(chunk_id=-1, document_id=f.source.document_id, external_id=f.source.external_id,
                       title=f"Aktuelle Werte: {f.source.title}", url=f.source.url, text=f.sentence("de"),
                       heading="", page=None, score=0.0, language="de")] for f in facts]
