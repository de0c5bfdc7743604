"""The embedded hybrid index: BM25 (bm25s, German stemming) + exact dense
scan (numpy), per tenant, in memory.

The chunks and their vectors are stored in the database; this index is a cache
rebuilt when the tenant's `index_version` changes, so several server processes
stay consistent without talking to each other. At 50k chunks a rebuild takes
seconds and a query a few milliseconds (bench/retrieval.py).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

import bm25s
import numkong
import numpy as np

from rathaus.cores import usable_cores
from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.index.analysis import MIN_PART, Analyzer, words
from rathaus.index.crosslingual import FUZZY_FROM, fold, glossary
from rathaus.index.expansion import Expansion, Synonyms, expand, shipped_synonyms
from rathaus.index.fusion import DEFAULT_WEIGHTS, FusionWeights, fuse
from rathaus.index.spelling import Spelling
from rathaus.language import detect_language
from rathaus.llm.embedders import Embedder
from rathaus.models import SearchHit

CANDIDATES = 200  # chunks that enter fusion, from each side
EXPANSIONS_KEPT = 256  # questions as searched, remembered per tenant index
# A service name that more page titles carry points to none of them ("Aufenthaltserlaubnis":
# 30 of Munich's 225 titles); see FusionWeights.title_names
TITLED_PAGES_MAX = 10
# From this many chunks on, the dense side is first scanned in 8-bit integers
# (numkong's SIMD kernel reads a quarter of the bytes: 50k chunks 3 ms instead
# of 7) and only the candidates are scored exactly; below, the float scan is faster.
QUANTIZED_SCAN_FROM = 5_000
# From this many chunks on, that scan is split into row blocks scanned on
# several cores at once (numkong releases the GIL): a single question waits
# for its share only (50k chunks: 1.2 instead of 2.2 ms on 2 cores). Results
# are the same; below, starting threads costs more than it saves.
PARALLEL_SCAN_FROM = 20_000
SCAN_THREADS = max(1, min(4, usable_cores()))


@dataclass
class _TenantIndex:
    version: tuple  # repo.knowledge_group: ((tenant id, index version), …)
    chunks: list[repo.StoredChunk]
    # (n chunks, dim) float32: each chunk's unit vector plus its page title's,
    # weighted (FusionWeights.title), so one product scores both:
    # (v + w·t)·q = v·q + w·t·q, half the memory read of two products.
    vectors: np.ndarray
    # A large tenant's int8 copy of `vectors` for the first pass, in row blocks
    # (one per scanning thread); empty for a small tenant (float scan only).
    scan_blocks: list[np.ndarray]
    analyzer: Analyzer
    spelling: Spelling  # the documents' words, for questions with typing errors
    # the documents' longer words, folded: in a question in another language
    # they are the town's words (its name, German terms), never typing errors
    document_words: frozenset[str]
    bm25: bm25s.BM25 | None
    vocab: set[str]
    doc_language: str
    town: Synonyms  # the tenant's own words (setting "synonyms"; a change bumps the index version)
    chunk_documents: np.ndarray  # (n chunks,) int64: each chunk's document id
    titles: dict[int, str]  # document id -> its title, folded (crosslingual.fold)
    # a service's German name -> the ids of the documents whose title carries it (filled as asked)
    titled: dict[str, np.ndarray] = field(default_factory=dict)
    # (question, language) -> the question as searched: a chat turn asks for it
    # twice (search, then expanded() for picking sentences), and a typo lookup
    # plus the word lists cost up to a few tenths of a millisecond.
    expansions: dict[tuple[str, str], Expansion] = field(default_factory=dict)


# Question words say nothing about the topic ("Wann …?"), though pages rarely use them.
QUESTION_WORDS = frozenset(
    "wann warum wieso weshalb wohin woher wer wem wen womit wofür wozu wieviel wieviele".split()
)


class HybridIndex:
    def __init__(
        self,
        db: Database,
        embedder_for_tenant: Callable[[int], Embedder],
        weights: FusionWeights = DEFAULT_WEIGHTS,
    ):
        self._db = db
        self.weights = weights
        self._embedder_for = embedder_for_tenant
        self._tenants: dict[int, _TenantIndex] = {}
        self._lock = threading.Lock()
        self._scan_pool: ThreadPoolExecutor | None = None  # started by the first large tenant's search
        self._scan_pool_lock = threading.Lock()  # not self._lock: that one is held while an index builds

    # --- cache -------------------------------------------------------------

    def invalidate(self, tenant_id: int) -> None:
        with self._lock:
            self._tenants.pop(tenant_id, None)

    def _get(self, tenant_id: int) -> _TenantIndex:
        # The version is the (tenant, index version) of the tenant and of every
        # tenant sharing documents with it: a change to any of them rebuilds.
        # Read on every search, outside any transaction (no writer's turn):
        # changes by any process are visible to the next search.
        version = repo.search_version(self._db, tenant_id)
        cached = self._tenants.get(tenant_id)
        if cached is not None and cached.version == version:
            return cached
        with self._lock:
            cached = self._tenants.get(tenant_id)
            if cached is None or cached.version != version:
                cached = self._build(tenant_id, version)
                self._tenants[tenant_id] = cached
            return cached

    def _build(self, tenant_id: int, version: tuple) -> _TenantIndex:
        shared = tuple(tid for tid, _ in version[1:])
        with self._db.session() as session:
            chunks = repo.load_chunks(session, tenant_id, shared)
            titles = repo.load_title_vectors(session, tenant_id, shared)
            town = Synonyms(repo.tenant_settings(session, tenant_id).get("synonyms") or {})
        embedder = self._embedder_for(tenant_id)
        # Only vectors of the tenant's current vector space are used; chunks
        # stored by another embedder (mid re-embedding) count lexically only.
        vectors = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
        for i, chunk in enumerate(chunks):
            if chunk.embedder == embedder.name:
                vectors[i] = np.frombuffer(chunk.embedding, dtype="<f4")
        chunk_documents = np.fromiter((c.document_id for c in chunks), dtype=np.int64, count=len(chunks))
        if self.weights.title:
            document_ids, chunk_document = np.unique(chunk_documents, return_inverse=True)  # document row per chunk
            title_vectors = np.zeros((len(document_ids), embedder.dim), dtype=np.float32)
            for row, document_id in enumerate(document_ids.tolist()):
                name, blob = titles.get(document_id, ("", b""))
                if name == embedder.name:
                    title_vectors[row] = np.frombuffer(blob, dtype="<f4")
            title_vectors *= np.float32(self.weights.title)
            for start in range(0, len(chunks), 4096):  # in blocks: no second full-size copy
                vectors[start:start + 4096] += title_vectors[chunk_document[start:start + 4096]]
        corpus_words = [words(c.search_text) for c in chunks]  # split once, used twice
        analyzer = Analyzer.from_words(corpus_words)
        spelling = Spelling.from_words(corpus_words)
        document_words = frozenset(fold(w) for w in spelling.words() if len(w) >= FUZZY_FROM)
        bm25 = None
        vocab: set[str] = set()
        if chunks:
            bm25 = bm25s.BM25(k1=1.2, b=0.75)
            bm25.index([analyzer.tokenize_words(found) for found in corpus_words], show_progress=False)
            vocab = set(bm25.vocab_dict)
        languages = [c.language for c in chunks if c.language]
        doc_language = max(set(languages), key=languages.count) if languages else "de"
        quantized = _quantize(vectors) if len(chunks) >= QUANTIZED_SCAN_FROM else None
        blocks = [quantized] if quantized is not None else []
        if quantized is not None and len(chunks) >= PARALLEL_SCAN_FROM and SCAN_THREADS > 1:
            blocks = np.array_split(quantized, SCAN_THREADS)
        folded_titles: dict[int, str] = {}
        for chunk in chunks:
            if chunk.document_id not in folded_titles:
                folded_titles[chunk.document_id] = fold(chunk.title or "")
        return _TenantIndex(version, chunks, vectors, blocks, analyzer, spelling, document_words, bm25, vocab,
                            doc_language, town, chunk_documents, folded_titles)

    # --- search ------------------------------------------------------------

    def expanded(self, tenant_id: int, query: str, language: str | None = None) -> str:
        # The index the tenant's last search used (built only when there is
        # none): callers ask right after searching, and one version read per
        # question is enough.
        index = self._tenants.get(tenant_id) or self._get(tenant_id)
        return self._as_searched(index, query.strip(), language or detect_language(query)).text

    def unknown_words(self, tenant_id: int, text: str) -> list[str]:
        return _unknown_words(self._get(tenant_id), text)

    @staticmethod
    def _as_searched(index: _TenantIndex, query: str, language: str) -> Expansion:
        """The question with the official terms for its words and, when it is
        in the documents' language, the documents' words for its mistyped ones
        ("Persnalausweis" -> "… personalausweis (…)"): those come first, so
        that the glossary and synonyms see them too."""
        key = (query, language)
        known = index.expansions.get(key)
        if known is not None:
            return known
        searched = query
        if language == index.doc_language:
            corrections = [c for w in _unknown_words(index, query)
                           if not glossary().knows(w, language) and (c := index.spelling.correct(w))]
            if corrections:
                searched = f"{query} {' '.join(dict.fromkeys(corrections))}"
        expansion = expand(searched, language, index.doc_language, index.town, index.document_words)
        if len(index.expansions) >= EXPANSIONS_KEPT:  # a crude bound: most questions are asked once
            index.expansions.clear()
        index.expansions[key] = expansion
        return expansion

    def search(
        self, tenant_id: int, query: str, k: int = 5, per_document: int = 1, language: str | None = None
    ) -> list[SearchHit]:
        """`language`: the question's language when the caller knows it already
        (detected from the query otherwise)."""
        query = query.strip()
        if not query or k <= 0:
            return []
        index = self._get(tenant_id)
        if not index.chunks:
            return []
        language = language or detect_language(query)
        expansion = self._as_searched(index, query, language)
        embedder = self._embedder_for(tenant_id)
        qvec = embedder.embed([expansion.text], kind="query")[0]
        if index.scan_blocks:  # pool threads scan while this thread scores BM25
            finish_scan = self._start_scan(index.scan_blocks, _quantize(qvec[None, :]))
        lexical = np.zeros(len(index.chunks), dtype=np.float32)
        tokens = [t for t in index.analyzer.tokenize(expansion.text) if t in index.vocab]
        if tokens and index.bm25 is not None:
            lexical = index.bm25.get_scores(tokens).astype(np.float32)
        lexical_top = _top(lexical, CANDIDATES)
        if not index.scan_blocks:
            dense_all = index.vectors @ qvec  # chunk and title similarity at once (see _TenantIndex)
            candidates = _union(_top(dense_all, CANDIDATES), lexical_top)
            dense = dense_all[candidates]
        else:
            candidates = _union(_top(finish_scan(), CANDIDATES), lexical_top)
            dense = index.vectors[candidates] @ qvec  # exact scores: grounding compares them to thresholds
        weight = self.weights.lexical_weight(query, language, index.doc_language, expansion.translated)
        fused = fuse(dense, lexical[candidates], weight)
        if expansion.service_names and self.weights.title_names:
            fused += np.float32(self.weights.title_names) * _names_in_titles(index, candidates, expansion.service_names)
        return self._best_per_document(index, candidates, fused, dense, lexical[candidates], k, per_document)

    def _start_scan(self, blocks: list[np.ndarray], query: np.ndarray) -> Callable[[], np.ndarray]:
        """Starts the int8 scan of `query` (1, dim) against every row of the
        blocks: blocks after the first go to pool threads at once. The returned
        function scans the first block in the calling thread, waits for the
        others and returns all dot products in row order."""

        def scan(block: np.ndarray) -> np.ndarray:
            return np.asarray(numkong.cdist(query, block, metric="dot", out_dtype="float32"))[0]

        if len(blocks) == 1:
            return lambda: scan(blocks[0])
        if self._scan_pool is None:
            with self._scan_pool_lock:
                if self._scan_pool is None:
                    self._scan_pool = ThreadPoolExecutor(SCAN_THREADS - 1, thread_name_prefix="rathaus-scan")
        pending = [self._scan_pool.submit(scan, block) for block in blocks[1:]]
        return lambda: np.concatenate([scan(blocks[0])] + [future.result() for future in pending])

    @staticmethod
    def _best_per_document(
        index: _TenantIndex,
        candidates: np.ndarray,
        scores: np.ndarray,
        dense: np.ndarray,
        lexical: np.ndarray,
        k: int,
        per_document: int,
    ) -> list[SearchHit]:
        """The best `per_document` chunks of each of the `k` best documents, in
        score order (documents ranked by their best chunk). `scores`, `dense`
        and `lexical` are aligned with `candidates` (chunk rows)."""
        hits: list[SearchHit] = []
        taken: dict[int, int] = {}
        full = 0  # documents with all their `per_document` chunks taken
        order = np.argsort(-scores).tolist()
        # plain lists: numpy's scalars cost more per item than the few items are worth
        rows, scores, dense, lexical = candidates.tolist(), scores.tolist(), dense.tolist(), lexical.tolist()
        for position in order:
            row = rows[position]
            chunk = index.chunks[row]
            count = taken.get(chunk.document_id, 0)
            if count >= per_document or (count == 0 and len(taken) == k):
                continue
            taken[chunk.document_id] = count + 1
            full += count + 1 == per_document
            hits.append(
                SearchHit(
                    chunk_id=chunk.chunk_id,
                    document_id=chunk.document_id,
                    external_id=chunk.external_id,
                    title=chunk.title,
                    url=chunk.url,
                    text=chunk.text,
                    heading=chunk.heading,
                    page=chunk.page,
                    score=scores[position],
                    language=chunk.language,
                    dense=dense[position],
                    lexical=lexical[position],
                )
            )
            if full == k:
                break
        return hits


def _names_in_titles(index: _TenantIndex, rows: np.ndarray, names: tuple[tuple[str, ...], ...]) -> np.ndarray:
    """For each chunk row, the share of the services named (each by its German
    names) that its page's title carries: "Einbürgerung" is the page for
    naturalisation, however briefly it says so."""
    documents = index.chunk_documents[rows]
    share = np.zeros(len(rows), dtype=np.float32)
    for service in names:
        titled = np.concatenate([_titled(index, name) for name in service])
        if len(titled) <= TITLED_PAGES_MAX:
            share += np.isin(documents, titled)
    return share / np.float32(len(names))


def _titled(index: _TenantIndex, name: str) -> np.ndarray:
    found = index.titled.get(name)
    if found is None:  # once per name and index build; a lost race computes it twice, harmlessly
        found = np.fromiter((d for d, title in index.titles.items() if name in title), dtype=np.int64)
        index.titled[name] = found
    return found


def _unknown_words(index: _TenantIndex, text: str) -> list[str]:
    """The content words of `text` that the tenant's documents never use, in
    any inflection or compound, and that no word list knows."""
    unknown = []
    for word in words(text):
        if len(word) < MIN_PART or word.isdigit() or word in QUESTION_WORDS:
            continue
        if shipped_synonyms().knows(word) or index.town.knows(word):
            continue
        if all(token not in index.vocab for token in index.analyzer.tokenize_words([word])):
            unknown.append(word)
    return unknown


def _union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sorted distinct values of both: np.union1d's result, a tenth of its time
    on a few hundred indices (numpy 2's hash-based unique costs more here)."""
    both = np.concatenate((a, b))
    both.sort()
    keep = np.empty(len(both), dtype=bool)
    keep[:1] = True
    np.not_equal(both[1:], both[:-1], out=keep[1:])
    return both[keep]


def _quantize(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to the int8 range as one block (one scale keeps the rows'
    dot products comparable with each other)."""
    largest = float(np.abs(vectors).max()) if vectors.size else 0.0
    scale = 127.0 / largest if largest > 0 else 1.0
    return np.rint(vectors * np.float32(scale)).astype(np.int8)


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n highest scores, unordered. On large arrays a threshold
    from an evenly spaced sample first keeps the likely candidates, and only
    those are partitioned (50k scores: 0.06 instead of 0.5 ms). Exact: when at
    least n scores reach the threshold, the n highest are all among them;
    otherwise every score is partitioned."""
    size = len(scores)
    if size <= n:
        return np.arange(size)
    if size >= 8 * TOP_SAMPLE:
        sample = scores[:: size // TOP_SAMPLE]
        keep = max(1, 2 * n * len(sample) // size)  # aims at about 2n survivors
        threshold = np.partition(sample, len(sample) - keep)[len(sample) - keep]
        rows = np.flatnonzero(scores >= threshold)
        if len(rows) >= n:
            return rows[np.argpartition(scores[rows], len(rows) - n)[len(rows) - n:]]
    return np.argpartition(scores, size - n)[size - n:]  # no negated copy


TOP_SAMPLE = 4096
