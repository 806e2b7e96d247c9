"""The Python module against the command line: same citations, motions, referrals and PageRank on the seeds.

Run by ctest (tests/CMakeLists.txt: python.pytest) with PYTHONPATH at the build's package and
$KAMERGRAAF_BINARY at the CLI built beside it; ../shared is the shared corpus next to the checkout.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import threading
import time
from pathlib import Path

import pytest

import kamergraaf

ROOT = Path(os.environ.get("KAMERGRAAF_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SHARED = Path(os.environ.get("KAMERGRAAF_SHARED_DIR", ROOT / ".." / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
SGD = SHARED / "corpus" / "sgd"
SAMPLES = ROOT / "samples" / "corpus"
BINARY = os.environ.get("KAMERGRAAF_BINARY", str(ROOT / "build" / "kamergraaf"))

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not found")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=600)


def cli_json(*args: str):
    run = cli(*args)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


# The keys the CLI's JSON had when the module was written; keys the CLI gains later are not compared, so that
# a new JSON field does not fail this test before the module has it too.
CITATION_KEYS = ("doc", "line", "column", "start", "end", "kind", "target", "text", "footnote", "resolved",
                 "context_line", "chamber", "vergaderjaar", "page", "mention")
MOTION_KEYS = ("id", "doc", "line", "dossier", "number", "submitters", "verdict", "verdict_line", "considerations",
               "requests", "cited_by", "followed_up_by")
REFERRAL_KEYS = ("category", "doc", "line", "question", "fractie", "speaker", "target", "deadline", "verdict", "text",
                 "citations", "cited_by", "score", "submitters")
NODE_KEYS = ("id", "kind", "in_corpus", "label", "doc_kind", "dossier", "url", "pagerank", "in_degree", "out_degree",
             "betweenness", "hub", "authority", "weak_component", "strong_component")
EDGE_KEYS = ("source", "target", "kind", "count", "via_footnote", "lines")


def same_keys(cli_record: dict, py_record: dict, keys) -> None:
    """Each of `keys` that the CLI writes has the same value in the Python record."""
    for k in (k for k in keys if k in cli_record):
        assert k in py_record, f"missing key {k!r} in {py_record}"
        expected, got = cli_record[k], py_record[k]
        if isinstance(expected, float):
            assert got == pytest.approx(expected, rel=1e-12, abs=1e-15), k
        else:
            assert got == expected, f"{k}: CLI {expected!r}, Python {got!r}"


@pytest.fixture(scope="module")
def seeds() -> kamergraaf.Corpus:
    return kamergraaf.load([str(SEEDS)])


@needs_seeds
def test_citations_match_scan(seeds):
    expected = cli_json("scan", str(SEEDS), "--format", "json", "-q")
    got = seeds.citations()
    assert len(got) == len(expected) > 0
    for e, g in zip(expected, got):
        same_keys(e, g, CITATION_KEYS)
    lines = cli("scan", str(SEEDS), "--format", "jsonl", "-q").stdout.splitlines()
    assert len(got) == len(lines)


@needs_seeds
def test_motions_match_cli(seeds):
    expected = cli_json("motions", str(SEEDS), "--format", "json", "-q")
    got = seeds.motions()
    assert [m["id"] for m in got] == [m["id"] for m in expected]
    for e, g in zip(expected, got):
        same_keys(e, g, MOTION_KEYS)


@needs_seeds
def test_referrals_match_unanswered(seeds):
    expected = cli_json("unanswered", str(SEEDS), "--format", "json", "-q")["referrals"]
    got = seeds.referrals()
    assert len(got) == len(expected) > 0
    for e, g in zip(expected, got):
        same_keys(e, g, REFERRAL_KEYS)
    only = seeds.referrals(kinds="missing-document")
    assert only and all(r["category"] == "missing-document" for r in only)
    assert only == [r for r in got if r["category"] == "missing-document"]


@needs_seeds
def test_rank_matches_cli(seeds):
    expected = cli_json("rank", str(SEEDS), "--format", "json", "-q")
    got = seeds.graph().rank()
    assert [n["id"] for n in got] == [n["id"] for n in expected]
    for e, g in zip(expected, got):
        same_keys(e, g, NODE_KEYS)
    assert sum(n["pagerank"] for n in got) == pytest.approx(1.0)
    assert seeds.graph().rank(top=5) == got[:5]


@needs_seeds
def test_graph_and_dot_match_cli(seeds):
    expected = cli_json("graph", str(SEEDS), "--format", "json", "-q")
    graph = seeds.graph()
    assert [n["id"] for n in graph.nodes()] == [n["id"] for n in expected["nodes"]]
    assert len(graph.edges()) == len(expected["edges"])
    for e, g in zip(expected["edges"], graph.edges()):
        same_keys(e, g, EDGE_KEYS)
    assert graph.to_dot() == cli("graph", str(SEEDS), "--format", "dot", "-q").stdout
    focus = graph.rank()[0]["id"]
    assert graph.to_dot(focus=focus) == cli("graph", str(SEEDS), "--format", "dot", "--focus", focus, "-q").stdout
    svg = graph.to_svg(top=20)
    assert "<svg" in svg and "</svg>" in svg


@needs_seeds
def test_documents_match_show(seeds):
    assert len(seeds.documents) == len(list(SEEDS.iterdir()))
    doc = max(seeds.documents, key=lambda d: len(d.citations))
    # Paths are relative to the folder given (as in every output); show takes the file itself.
    shown = cli_json("show", str(SEEDS / doc.path), "--format", "json", "-q")
    assert (doc.path, doc.id, doc.kind, doc.title, doc.date) == (
        shown["doc"], shown["id"], shown["kind"], shown["title"], shown["date"])
    assert [f["number"] for f in doc.footnotes] == [f["number"] for f in shown["footnotes"]]
    assert len(doc.speeches) == shown["speeches"]
    assert [c["line"] for c in doc.commitments] == [c["line"] for c in shown["commitments"]]
    assert seeds.document(doc.id) is not None and seeds.document(doc.path).path == doc.path
    d = doc.to_dict()
    assert pickle.loads(pickle.dumps(d)) == d
    for k in ("id", "kind", "title", "date", "path", "footnotes", "questions", "answers", "motions", "speeches",
              "commitments", "signer", "addressee", "date_evidence"):
        getattr(doc, k)


@needs_seeds
def test_networkx_round_trip(seeds):
    nx = pytest.importorskip("networkx")
    graph = seeds.graph()
    G = graph.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    nodes = graph.nodes()
    assert list(G.nodes) == [n["id"] for n in nodes]
    for n in nodes:
        assert G.nodes[n["id"]] == {k: v for k, v in n.items() if k != "id"}
    edges = graph.edges()
    assert G.number_of_edges() == len(edges) == graph.num_edges
    for e in edges:
        assert G.edges[e["source"], e["target"], e["kind"]] == e
    # And back: the same nodes and edges from the networkx graph alone.
    back_nodes = [{"id": i, **a} for i, a in G.nodes(data=True)]
    back_edges = sorted((d for _, _, d in G.edges(data=True)), key=lambda e: (e["source"], e["target"], e["kind"]))
    assert back_nodes == nodes
    assert back_edges == sorted(edges, key=lambda e: (e["source"], e["target"], e["kind"]))
    # networkx's own PageRank (the pure-Python one: Debian's networkx 2.8 wants scipy for nx.pagerank).
    from networkx.algorithms.link_analysis import pagerank_alg
    pagerank = getattr(pagerank_alg, "_pagerank_python", None) or nx.pagerank
    simple = nx.DiGraph(G)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    pr = pagerank(simple, alpha=0.85, tol=1e-12, max_iter=500)
    for n in nodes[:20]:
        assert pr[n["id"]] == pytest.approx(n["pagerank"], abs=1e-6)


def test_dataframe_columns():
    pd = pytest.importorskip("pandas")
    corpus = kamergraaf.load([str(SAMPLES)])
    graph = corpus.graph()
    tables = {
        kamergraaf.CITATION_COLUMNS: corpus.citations(),
        kamergraaf.MOTION_COLUMNS: corpus.motions(),
        kamergraaf.REFERRAL_COLUMNS: corpus.referrals(),
        kamergraaf.NODE_COLUMNS: graph.rank(),
        kamergraaf.EDGE_COLUMNS: graph.edges(),
    }
    for columns, table in tables.items():
        assert len(table) > 0
        assert all(set(row) == set(columns) for row in table), columns
        df = table.to_pandas()
        assert isinstance(df, pd.DataFrame)
        assert tuple(df.columns) == columns and len(df) == len(table)
    docs = corpus.documents.to_pandas()
    assert tuple(docs.columns) == kamergraaf.DOCUMENT_COLUMNS and len(docs) == len(corpus)
    assert tuple(kamergraaf.Table([], kamergraaf.CITATION_COLUMNS).to_pandas().columns) == kamergraaf.CITATION_COLUMNS
    kinds = set(corpus.referrals().to_pandas()["category"])
    assert kinds <= set(kamergraaf.REFERRAL_KINDS)


def test_errors_are_the_cli_s(tmp_path):
    missing = str(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="no input could be read"):
        kamergraaf.load([missing])
    assert "no input could be read" in cli("scan", missing).stderr
    with pytest.raises(ValueError, match="inputs is required"):
        kamergraaf.load([])
    with pytest.raises(ValueError, match="--jobs: Value -1 not in range"):
        kamergraaf.load(str(SAMPLES), jobs=-1)
    assert "--jobs: Value -1 not in range" in cli("scan", str(SAMPLES), "-j", "-1").stderr
    with pytest.raises(ValueError, match="--damping: Value 2 not in range 0.000000 to 1.000000"):
        kamergraaf.load(str(SAMPLES)).graph(damping=2)
    assert "--damping: Value 2 not in range 0.000000 to 1.000000" in cli("rank", str(SAMPLES), "--damping", "2").stderr
    with pytest.raises(ValueError, match="not a date"):
        kamergraaf.load(str(SAMPLES), as_of="next week")
    with pytest.raises(TypeError):
        kamergraaf.load(42)

    # A missing path beside real ones, and a file that is not text: diagnostics, as the CLI prints them.
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "ok.txt").write_text("Zie Kamerstuk 36999, nr. 5.\n", encoding="utf-8")
    inputs = [str(tmp_path / "binary.txt"), str(tmp_path / "ok.txt"), missing]
    corpus = kamergraaf.load(inputs)
    run = cli("scan", *inputs, "--format", "jsonl")
    assert run.returncode == 1 and corpus.partial and corpus.files_failed >= 1
    stderr = [line for line in run.stderr.splitlines() if not line.startswith("kamergraaf:")]
    assert [str(d) for d in corpus.diagnostics] == stderr
    assert [c["target"] for c in corpus.citations()] == ["kst-36999-5"]

    with pytest.raises(ValueError, match="unknown --kind 'later'"):
        corpus.referrals(kinds=["later"])
    with pytest.raises(ValueError, match="--focus kst-1-1: no such node in the graph"):
        corpus.graph().to_dot(focus="kst-1-1")
    with pytest.raises(ValueError):
        corpus.graph().to_svg(layout="no-such-engine")


def test_progress_callback_and_its_exceptions():
    calls = []
    corpus = kamergraaf.load(str(SAMPLES), progress=lambda done, total, nbytes: calls.append((done, total, nbytes)))
    assert calls and calls[-1][0] == calls[-1][1] == len(corpus)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)

    def fail(done, total, nbytes):
        raise KeyError("stop")

    with pytest.raises(KeyError, match="stop"):
        kamergraaf.load(str(SAMPLES), progress=fail)


def test_parse_document():
    text = ("Den Haag, 3 april 2026\n\nIk verwijs naar Kamerstuk 36999, nr. 5 en naar de brief van 2 maart "
            "(Kamerstukken II 2025/26, 21501-33, nr. 1195).\n")
    doc = kamergraaf.parse_document(text, path="brief.txt")
    assert doc.path == "brief.txt"
    targets = [c["target"] for c in doc.citations]
    assert "kst-36999-5" in targets and "kst-21501-33-1195" in targets
    assert [c["target"] for c in kamergraaf.parse_document(text.encode()).citations] == targets
    assert kamergraaf.parse_document(b"\xff\xfe garbage \x00").path == "-"
    d = doc.to_dict()
    assert d["citations"] == doc.citations and pickle.loads(pickle.dumps(d)) == d
    with pytest.raises(TypeError):
        kamergraaf.parse_document(12)


def test_as_of_marks_overdue_commitments():
    corpus = kamergraaf.load(str(SAMPLES), as_of="2100-01-01")
    for r in corpus.referrals("open-commitment"):
        assert r["overdue"] is (None if r["deadline_date"] is None else True)
        assert r["overdue_days"] is None or r["overdue_days"] > 0
    # The same ages and overdue days as the command line on the same day.
    cli = cli_json("unanswered", str(SAMPLES), "--format", "json", "-q", "--as-of", "2100-01-01")["referrals"]
    py = corpus.referrals()
    assert [(r["doc"], r["line"], r["overdue_days"], r["age_days"]) for r in py] == \
        [(r["doc"], r["line"], r["overdue_days"], r["age_days"]) for r in cli]
    assert kamergraaf.load(str(SAMPLES), as_of="1900-01-01").as_of.year == 1900


@pytest.mark.skipif(not SGD.is_dir(), reason=f"{SGD} not found")
def test_load_releases_the_gil():
    ticks = 0
    stop = False

    def tick():
        nonlocal ticks
        while not stop:
            ticks += 1
            time.sleep(0)

    t = threading.Thread(target=tick)
    t.start()
    try:
        time.sleep(0.05)
        before = ticks
        start = time.perf_counter()
        corpus = kamergraaf.load([str(SGD)], jobs=2)
        elapsed = time.perf_counter() - start
        during = ticks - before
    finally:
        stop = True
        t.join()
    assert len(corpus) > 1000
    # With the GIL held for the whole load, the other thread would not run at all meanwhile.
    assert during > 1000, f"{during} ticks in {elapsed:.2f} s of load"


def test_pdf_through_the_module():
    pdfs = sorted((SHARED / "corpus" / "field").rglob("*.pdf"))[:1] if (SHARED / "corpus" / "field").is_dir() else []
    if not pdfs:
        pytest.skip("no PDF in ../shared/corpus/field")
    corpus = kamergraaf.load([str(pdfs[0])], jobs=1)
    assert not corpus.diagnostics and corpus.documents[0].format == "pdf"
    lines = cli("scan", str(pdfs[0]), "--format", "jsonl", "-q").stdout.splitlines()
    assert len(corpus.citations()) == len(lines)


@needs_seeds
@pytest.mark.skipif(not os.environ.get("KAMERGRAAF_BUILD_DIR"), reason="KAMERGRAAF_BUILD_DIR not set (ctest sets it)")
def test_installed_package(tmp_path):
    """cmake --install into a prefix gives a package that imports from that prefix's site-packages."""
    import sys
    cmake = os.environ.get("CMAKE_COMMAND", "cmake")
    run = subprocess.run([cmake, "--install", os.environ["KAMERGRAAF_BUILD_DIR"], "--prefix", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    site = next(tmp_path.glob("lib/**/kamergraaf/__init__.py")).parent.parent
    code = 'import kamergraaf, sys; c = kamergraaf.load(sys.argv[1:]); print(kamergraaf.__file__, len(c.citations()))'
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("KAMERGRAAF_PDF_MODULE", None)
    out = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, env=env,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    path, count = out.stdout.split()
    assert path.startswith(str(tmp_path))
    scanned = subprocess.run([str(tmp_path / "bin" / "kamergraaf"), "scan", str(SEEDS), "--format", "jsonl", "-q"],
                             capture_output=True, text=True).stdout.splitlines()
    assert int(count) == len(scanned) > 0
