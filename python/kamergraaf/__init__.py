"""kamergraaf: references, citation graphs and open referrals in Dutch parliamentary documents.

The Python face of the kamergraaf C++ library (the same parser, graph and analyses as the ``kamergraaf``
command line, in-process)::

    import kamergraaf
    corpus = kamergraaf.load(["samples/corpus"])
    corpus.citations().to_pandas()          # one row per citation, the columns of `kamergraaf scan -f json`
    corpus.referrals().to_pandas()          # the five kinds of open referral
    graph = corpus.graph()
    graph.rank()[:10]                       # the most central documents, as `kamergraaf rank`
    G = graph.to_networkx()                 # a networkx.MultiDiGraph with every attribute

Results are lists of dicts (:class:`Table`); ``.to_pandas()`` turns one into a DataFrame when pandas is
installed (pandas and networkx are optional: the module imports without them). See docs/python.md.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import os
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Optional, Sequence, Union

# The PDF reader is a module of its own (kamergraaf-pdf.so), installed beside the extension; the library
# finds it through $KAMERGRAAF_PDF_MODULE when the program (here: python) is not beside it.
_PDF_MODULE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kamergraaf-pdf.so")
if not os.environ.get("KAMERGRAAF_PDF_MODULE") and os.path.exists(_PDF_MODULE):
    os.environ["KAMERGRAAF_PDF_MODULE"] = _PDF_MODULE

from . import _kamergraaf  # noqa: E402  (after the environment is set)
from ._kamergraaf import Document  # noqa: E402

__all__ = [
    "load", "parse_document", "Corpus", "Graph", "Document", "Table", "DocumentList", "Diagnostic",
    "CITATION_COLUMNS", "MOTION_COLUMNS", "REFERRAL_COLUMNS", "NODE_COLUMNS", "EDGE_COLUMNS",
    "DOCUMENT_COLUMNS", "REFERRAL_KINDS",
]
__version__: str = _kamergraaf.__version__

PathLike = Union[str, "os.PathLike[str]"]  # a path as str or os.PathLike

# The columns of each table, in order. They are the keys of the CLI's JSON records (shared/docs/contract.md)
# plus a few the JSON does not carry; unknown values are None.
CITATION_COLUMNS = ("doc", "doc_id", "line", "column", "start", "end", "kind", "target", "text", "footnote",
                    "resolved", "context_line", "chamber", "vergaderjaar", "page", "mention")
MOTION_COLUMNS = ("id", "doc", "line", "dossier", "number", "title", "date", "submitters", "verdict",
                  "verdict_line", "outcome", "outcome_line", "outcome_date", "considerations", "requests",
                  "replaces", "zaak", "votes", "amendment", "cited_by", "followed_up_by")
REFERRAL_COLUMNS = ("category", "doc", "line", "question", "fractie", "speaker", "target", "deadline",
                    "date", "deadline_date", "deadline_rule", "age_days", "overdue_days", "overdue", "verdict",
                    "text", "citations", "cited_by", "score", "submitters")
NODE_COLUMNS = ("id", "kind", "in_corpus", "label", "doc_kind", "dossier", "url", "doc", "aliases", "pagerank",
                "in_degree", "out_degree", "betweenness", "hub", "authority", "weak_component",
                "strong_component")
EDGE_COLUMNS = ("source", "target", "kind", "count", "via_footnote", "lines")
DOSSIER_COLUMNS = ("dossier", "nodes", "in_corpus", "citations_in", "pagerank")
DOCUMENT_COLUMNS = ("path", "id", "official_id", "kind", "title", "date", "signer", "addressee", "format",
                    "bytes", "lines", "citations", "footnotes", "questions", "answers", "motions", "speeches",
                    "commitments", "diagnostics")
# The kinds of referral, in the order referrals() lists them.
REFERRAL_KINDS = ("unanswered-question", "deferred-answer", "motion-without-follow-up", "open-commitment",
                  "missing-document")


class Diagnostic(NamedTuple):
    """A problem with an input, as the command line prints it on stderr."""

    path: str
    line: int  # 1-based; 0 when it concerns the whole file
    severity: str  # "error" (the input or part of it could not be read), "warning" or "note"
    message: str
    text: str = ""  # the line the CLI prints: "path:line: error: message" ("path: …" when line is 0)

    def __str__(self) -> str:
        """The line the CLI prints on stderr for this problem."""
        if self.text:
            return self.text
        return f"{self.path}:{self.line}: {self.message}" if self.line > 0 else f"{self.path}: {self.message}"


class Table(list):
    """A list of dicts, one per row, that all have the keys in ``columns``."""

    def __init__(self, rows: Iterable[dict] = (), columns: Sequence[str] = ()) -> None:
        super().__init__(rows)
        self.columns: tuple[str, ...] = tuple(columns)

    def to_pandas(self) -> Any:
        """The rows as a ``pandas.DataFrame`` with ``columns`` in order (needs pandas)."""
        try:
            import pandas
        except ImportError as e:  # pragma: no cover - depends on the machine
            raise ImportError("to_pandas() needs pandas (pip install pandas, or apt-get install python3-pandas)") from e
        return pandas.DataFrame.from_records(list(self), columns=list(self.columns))


class DocumentList(list):
    """The corpus's documents (sorted by path), with a one-row-per-document table."""

    def to_pandas(self) -> Any:
        """One row per document: its scalar fields and, for each list, how many items it has."""
        return Table((_document_row(d) for d in self), DOCUMENT_COLUMNS).to_pandas()


def _document_row(d: Document) -> dict:
    row = {k: getattr(d, k) for k in DOCUMENT_COLUMNS[:11]}
    for k in DOCUMENT_COLUMNS[11:]:
        row[k] = len(getattr(d, k))
    return row


def _paths(paths: Union[PathLike, Iterable[PathLike]], what: str) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    try:
        return [os.fspath(p) for p in paths]
    except TypeError as e:
        raise TypeError(f"{what}: expected a path or a list of paths") from e


def _date(value: Union[None, str, _dt.date]) -> Optional[_dt.date]:
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"--as-of '{value}': not a date (YYYY-MM-DD)") from None


def _last_day(iso: str) -> Optional[_dt.date]:
    """The last day an ISO date of any precision covers ("2026-07" -> 2026-07-31); None when unreadable."""
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 3:
            return _dt.date(*parts)
        if len(parts) == 2:
            return _dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        if len(parts) == 1:
            return _dt.date(parts[0], 12, 31)
    except ValueError:
        pass
    return None


def load(paths: Union[PathLike, Iterable[PathLike]], *, jobs: int = 0, include: Union[str, Iterable[str]] = (),
         exclude: Union[str, Iterable[str]] = (), db: Optional[PathLike] = None,
         as_of: Union[None, str, _dt.date] = None, progress: Optional[Callable[[int, int, int], Any]] = None,
         max_file_size: int = 256 << 20) -> Corpus:
    """Reads and parses files and folders (recursively), as every ``kamergraaf`` command does.

    Args:
        paths: files and folders (a single path is accepted too); ``"-"`` reads standard input.
        jobs: parsing threads; 0 = all cores (``-j``).
        include, exclude: glob patterns on the path relative to a walked folder (``--include``/``--exclude``).
        db: an SQLite file that caches each file's parse between runs (``--db``).
        as_of: the day open referrals are judged on (ISO string or ``datetime.date``; default today): an open
            commitment whose deadline has passed by then is ``overdue`` in :meth:`Corpus.referrals`.
        progress: called as ``progress(done, total, bytes)`` after each document, on a worker thread holding
            the GIL; an exception it raises stops the calls and is raised when the load is done.
        max_file_size: larger files are skipped with a diagnostic (``--max-file-size``, in bytes here).

    The GIL is released while files are read and parsed, so other Python threads run meanwhile.

    Returns:
        The corpus. Inputs that could not be read are in ``Corpus.diagnostics`` (``corpus.partial`` is True),
        exactly the lines the CLI prints on stderr.

    Raises:
        FileNotFoundError: no input could be read at all (the CLI's exit status 2).
        ValueError: an option is invalid (a negative ``jobs``, an ``as_of`` that is not a date, no paths).
    """
    inputs = _paths(paths, "paths")
    if not inputs:
        raise ValueError("inputs is required")
    if not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"--jobs: Value {jobs!r} not in range 0 or more (0 = all cores)")
    if max_file_size <= 0:
        raise ValueError(f"--max-file-size: {max_file_size!r} is not a size in bytes")
    include = [include] if isinstance(include, str) else list(include)
    exclude = [exclude] if isinstance(exclude, str) else list(exclude)
    day = _date(as_of)
    core = _kamergraaf.load(inputs, jobs, include, exclude, "" if db is None else os.fspath(db), max_file_size,
                            progress)
    corpus = Corpus(core, day)
    if core.status == "invalid-argument":
        detail = "; ".join(str(d) for d in corpus.diagnostics)
        raise FileNotFoundError(core.message + (f" ({detail})" if detail else ""))
    return corpus


def parse_document(text: Union[str, bytes], path: str = "-") -> Document:
    """Parses one document's text (str, or UTF-8 bytes) without a corpus, with the GIL released.

    ``path`` becomes the document's path and decides its identity when the text names none (a file name
    such as ``kst-36999-5.txt``). Never fails: problems are in ``Document.diagnostics``. Citations are those
    of the document alone (no corpus-wide resolution of motions and named references). ``Document.to_dict()``
    gives plain values to send between processes (Spark, Dask, multiprocessing).
    """
    return _kamergraaf.parse_document(text, os.fspath(path))


class Corpus:
    """The parsed documents of one :func:`load`, and what only the whole corpus can tell."""

    def __init__(self, core: _kamergraaf.CorpusCore, as_of: Optional[_dt.date] = None) -> None:
        self._core = core
        self.as_of: Optional[_dt.date] = as_of  # None = today, when it is needed
        self._documents: Optional[DocumentList] = None
        self._by_id: Optional[dict[str, Document]] = None
        self._graph: Optional[Graph] = None

    @property
    def documents(self) -> DocumentList:
        """Every document, sorted by path."""
        if self._documents is None:
            self._documents = DocumentList(self._core.documents())
        return self._documents

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """File-level problems and every document's diagnostics, in path order (the CLI's stderr lines)."""
        return [Diagnostic(*d) for d in self._core.diagnostics()]

    @property
    def partial(self) -> bool:
        """True when some input could not be read (the CLI's exit status 1)."""
        return self._core.status == "partial"

    @property
    def files_failed(self) -> int:
        """Inputs that could not be read at all."""
        return self._core.files_failed

    @property
    def bytes(self) -> int:
        """Bytes read."""
        return self._core.bytes

    def __len__(self) -> int:
        return len(self._core)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __repr__(self) -> str:
        state = ", partial" if self.partial else ""
        return f"<kamergraaf.Corpus {len(self)} documents, {self.bytes / 1e6:.1f} MB{state}>"

    def document(self, key: str) -> Optional[Document]:
        """The document with this id or path, or None."""
        if self._by_id is None:
            self._by_id = {}
            for d in self.documents:
                self._by_id.setdefault(d.path, d)
            for d in self.documents:
                self._by_id.setdefault(d.id, d)
        return self._by_id.get(key)

    def citations(self) -> Table:
        """Every citation: documents in path order, citations by position (``kamergraaf scan``)."""
        return Table(self._core.citations(), CITATION_COLUMNS)

    def motions(self) -> Table:
        """Every motion the corpus knows (submitted in it, or cited as a motion), by id (``kamergraaf motions``)."""
        return Table(self._core.motions(), MOTION_COLUMNS)

    def referrals(self, kinds: Union[None, str, Iterable[str]] = None) -> Table:
        """What is still open (``kamergraaf unanswered``), optionally only some ``kinds`` (:data:`REFERRAL_KINDS`).

        Sorted by kind, then most important first (overdue ones first within a kind). The CLI's columns,
        with ``date``, ``deadline_date``, ``deadline_rule``, ``age_days`` and ``overdue_days`` counted to
        ``as_of``, and ``overdue`` (``overdue_days > 0``).
        """
        wanted: Optional[list[str]] = None
        if kinds is not None:
            wanted = [kinds] if isinstance(kinds, str) else list(kinds)
            for k in wanted:
                if k not in REFERRAL_KINDS:
                    raise ValueError(f"unknown --kind '{k}' (choose from {', '.join(REFERRAL_KINDS)})")
        rows = self.graph()._core.referrals(self.as_of.isoformat() if self.as_of else "")
        if wanted is not None:
            rows = [r for r in rows if r["category"] in wanted]
        for r in rows:
            # The library dates every referral (ReferralOptions.as_of); overdue is the yes/no of overdue_days.
            days = r.get("overdue_days")
            r["overdue"] = None if days is None else days > 0
        return Table(rows, REFERRAL_COLUMNS)

    def graph(self, *, damping: float = 0.85, tolerance: float = 1e-10, samples: int = 256, seed: int = 42,
              threads: int = 0) -> Graph:
        """The citation graph with every centrality measure, as ``kamergraaf rank`` and ``graph`` compute it.

        The options are those of the CLI (``--damping``, ``--tolerance``, ``--samples``, ``--seed``); the graph
        with the defaults is built once and kept.
        """
        if not 0.0 <= damping <= 1.0:
            raise ValueError(f"--damping: Value {damping:g} not in range 0.000000 to 1.000000")
        default = (damping, tolerance, samples, seed, threads) == (0.85, 1e-10, 256, 42, 0)
        if default and self._graph is not None:
            return self._graph
        g = Graph(self._core.graph(damping=damping, tolerance=tolerance, samples=samples, seed=seed,
                                   threads=threads))
        if default:
            self._graph = g
        return g


class Graph:
    """The citation graph of a corpus: documents, motions and cited sources, with their centrality.

    Edges point from the document that acts to what it acts on; their ``kind`` is ``cites``, ``about``,
    ``answers``, ``submits``, ``defers-to`` or ``follows-up`` (one edge per kind and pair, with a ``count``).
    """

    def __init__(self, core: _kamergraaf.GraphCore) -> None:
        self._core = core

    @property
    def num_nodes(self) -> int:
        return self._core.num_nodes

    @property
    def num_edges(self) -> int:
        return self._core.num_edges

    def __len__(self) -> int:
        return self._core.num_nodes

    def __repr__(self) -> str:
        return f"<kamergraaf.Graph {self.num_nodes} nodes, {self.num_edges} edges>"

    def nodes(self) -> Table:
        """Every node with its centrality, in graph order."""
        return Table(self._core.nodes(), NODE_COLUMNS)

    def edges(self) -> Table:
        """Every edge, ordered by (source, target, kind)."""
        return Table(self._core.edges(), EDGE_COLUMNS)

    def rank(self, top: Optional[int] = None) -> Table:
        """Nodes by descending PageRank, ties by id: the order and figures of ``kamergraaf rank -f json``."""
        rows = self._core.rank()
        return Table(rows if top is None else rows[:top], NODE_COLUMNS)

    def dossiers(self) -> Table:
        """What each dossier weighs: its nodes, citations from outside and summed PageRank, heaviest first."""
        return Table(self._core.dossiers(), DOSSIER_COLUMNS)

    def to_networkx(self) -> Any:
        """A ``networkx.MultiDiGraph``: nodes keyed by id with the node columns as attributes, one edge per
        (source, target, kind) keyed by kind with the edge columns as attributes (needs networkx)."""
        try:
            import networkx
        except ImportError as e:  # pragma: no cover - depends on the machine
            raise ImportError("to_networkx() needs networkx (pip install networkx, or apt-get install "
                              "python3-networkx)") from e
        g = networkx.MultiDiGraph()
        g.add_nodes_from((n["id"], {k: v for k, v in n.items() if k != "id"}) for n in self._core.nodes())
        g.add_edges_from((e["source"], e["target"], e["kind"], e) for e in self._core.edges())
        return g

    def to_dot(self, *, focus: Optional[str] = None, depth: int = 1, top: int = 0, min_degree: int = 0,
               layout: Optional[str] = None, title: Optional[str] = None) -> str:
        """The reference map as DOT, as ``kamergraaf graph`` writes it.

        ``focus`` keeps the neighbourhood of one node (``depth`` steps, either direction), ``top`` the N nodes
        of highest PageRank, ``min_degree`` drops nodes with fewer citations in and out.

        Raises:
            ValueError: ``focus`` names no node, or ``layout`` no installed Graphviz engine.
        """
        return self._core.map(svg=False, focus=focus or "", depth=depth, top=top, min_degree=min_degree,
                              layout=layout or "", title=title)

    def to_svg(self, *, focus: Optional[str] = None, depth: int = 1, top: int = 0, min_degree: int = 0,
               layout: Optional[str] = None, title: Optional[str] = None) -> str:
        """The reference map drawn by Graphviz, as SVG text (options as :meth:`to_dot`)."""
        return self._core.map(svg=True, focus=focus or "", depth=depth, top=top, min_degree=min_degree,
                              layout=layout or "", title=title)
