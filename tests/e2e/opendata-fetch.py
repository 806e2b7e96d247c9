#!/usr/bin/env python3
"""`kamergraaf fetch` against a local stand-in of the open-data API (issue 19). Never reaches another address.

Usage: opendata-fetch.py KAMERGRAAF OPENDATA_DIR WORK_DIR

1. --zaak and --dossier sets into an empty folder, through a 429, a slow page, a 500 and a connection cut
   mid-file, with @odata.nextLink paging: every expected file is there, byte for byte the publication.
2. A second run downloads nothing (no file request reaches the server, no file changes).
3. A run killed mid-file (the server hangs after half a file) and restarted ends with the same folder as the
   uninterrupted run of step 1.
4. --dry-run lists the same files and writes nothing.
5. `kamergraaf motions` on the fetched folder shows the advice, the vote and the date from the metadata.
Skips (exit 0, message) when OPENDATA_DIR is absent.
"""
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from opendata_slice import Slice, kst  # noqa: E402

ZAKEN = ["2024Z00422", "2024Z00630"]  # kst-36196-9, kst-21501-02-2798
DOSSIER = "36196"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def env():
    e = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    e["no_proxy"] = "127.0.0.1"
    return e


class Server:
    def __init__(self, folder, work, name, *extra):
        self.port_file = os.path.join(work, name + ".port")
        self.log = os.path.join(work, name + ".log")
        for f in (self.port_file, self.log):
            if os.path.exists(f):
                os.remove(f)
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "opendata_server.py"), folder,
                                      self.port_file, self.log, *extra])
        for _ in range(100):
            if os.path.exists(self.port_file):
                break
            time.sleep(0.05)
        with open(self.port_file) as f:
            self.api = f"http://127.0.0.1:{f.read().strip()}/OData/v4/2.0/"

    def lines(self):
        with open(self.log) as f:
            return f.read().splitlines()

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def fetch(binary, api, out, *extra, background=False):
    cmd = [binary, "fetch", "--api", api, "-o", out, "--rate", "50", "--retries", "4"]
    for z in ZAKEN:
        cmd += ["--zaak", z]
    cmd += ["--dossier", DOSSIER, *extra]
    if background:
        return subprocess.Popen(cmd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=env(), capture_output=True, text=True, timeout=120)


def tree(folder):
    out = {}
    for root, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def normalise_port(t, folder):
    """Pages and manifest name the server's port: compare them with the port masked."""
    out = {}
    for rel, digest in t.items():
        if rel.endswith(".json") or rel == ".kamergraaf-manifest.tsv":
            with open(os.path.join(folder, rel), encoding="utf-8") as f:
                text = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", f.read())
            digest = hashlib.sha256(text.encode()).hexdigest()
        out[rel] = digest
    return out


def main():
    binary, folder, work = sys.argv[1], sys.argv[2], sys.argv[3]
    if not os.path.isdir(os.path.join(folder, "publications")):
        print(f"SKIP: {folder} not found (the shared corpus is not beside the checkout)")
        return 0
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    data = Slice(folder)

    # Expected: the documents of the two zaken and of the dossier, as their XML publications.
    expected = {}
    for z in data.zaken.values():
        k = kst(z)
        if z["Nummer"] in ZAKEN or re.match(rf"kst-{DOSSIER}-\d+$", k or ""):
            for d in z["Document"]:
                for p in d["HuidigeDocumentVersie"]["DocumentPublicatie"]:
                    if p["DocumentType"] == "Xml":
                        expected[k + ".xml"] = p["Id"]

    # 1. Through the faults, into an empty folder.
    server = Server(folder, work, "faults", "--faults", "--page-size", "3")
    a = os.path.join(work, "a")
    t0 = time.time()
    r = fetch(binary, server.api, a)
    log = server.lines()
    server.stop()
    check(r.returncode == 0, f"fetch through 429, slow page, 500 and a cut file exits 0 (got {r.returncode}: "
                             f"{r.stderr.strip().splitlines()[-1:]})")
    for status in ("429", "500", "cut"):
        check(any(line.startswith(status + " ") for line in log), f"the server answered {status} once")
    check(any("$skip=3" in line for line in log), "the second page was followed through @odata.nextLink")
    files = sorted(f for f in os.listdir(a) if f.endswith(".xml"))
    check(files == sorted(expected), f"{len(expected)} expected files fetched (got {files})")
    same = all(open(os.path.join(a, f), "rb").read() ==
               open(os.path.join(folder, "publications", expected[f] + ".xml"), "rb").read() for f in files)
    check(same, "every file equals its publication byte for byte")
    check(os.path.exists(os.path.join(a, ".kamergraaf-manifest.tsv")), "a manifest is written")
    check(not any(".tmp" in f for f in os.listdir(a)), "no temporary file is left")
    print(f"     first run: {len(files)} files, {time.time() - t0:.1f} s")

    # 2. A second run downloads nothing.
    server = Server(folder, work, "again")
    before = {f: os.stat(os.path.join(a, f)).st_mtime_ns for f in files}
    r = fetch(binary, server.api, a)
    log = server.lines()
    server.stop()
    check(r.returncode == 0 and "0 file(s) downloaded" in r.stderr, "the second run reports 0 files downloaded")
    check(not any("/resource" in line for line in log), "the second run requests no file")
    check(before == {f: os.stat(os.path.join(a, f)).st_mtime_ns for f in files}, "no file changed")

    # 3. Killed mid-file, restarted.
    stall_file = sorted(expected)[2]
    server = Server(folder, work, "stall", "--stall", expected[stall_file], "--page-size", "3")
    b = os.path.join(work, "b")
    proc = fetch(binary, server.api, b, background=True)
    for _ in range(400):
        if any(line.startswith("stall ") for line in server.lines()):
            break
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    check(any(line.startswith("stall ") for line in server.lines()), "the run was killed in the middle of a file")
    check(not os.path.exists(os.path.join(b, stall_file)), "the file being fetched is not in the folder")
    r = fetch(binary, server.api, b)
    server.stop()
    check(r.returncode == 0, "the restarted run exits 0")
    check(normalise_port(tree(b), b) == normalise_port(tree(a), a),
          "the restarted run ends with the same files as the uninterrupted one")

    # 4. --dry-run.
    server = Server(folder, work, "dry")
    c = os.path.join(work, "c")
    r = fetch(binary, server.api, c, "--dry-run")
    server.stop()
    listed = sorted(line.split("\t")[0] + ".xml" for line in r.stdout.splitlines() if line)
    check(r.returncode == 0 and listed == sorted(expected), "--dry-run lists the files")
    check(not os.path.exists(c), "--dry-run writes nothing")

    # 4b. --missing: the missing documents of a report (an `unanswered --format json` of the fetched folder,
    # plus two ids of our own: one the slice has, one nobody has).
    report = json.loads(subprocess.run([binary, "unanswered", a, "--kind", "missing-document", "--format", "json",
                                        "-q"], capture_output=True, text=True).stdout)
    report["referrals"] += [{"category": "missing-document", "target": "kst-36410-VIII-64"},
                            {"category": "missing-document", "target": "kst-99999-1"}]
    report_path = os.path.join(work, "report.json")
    with open(report_path, "w") as f:
        json.dump(report, f)
    server = Server(folder, work, "missing")
    d = os.path.join(work, "d")
    r = subprocess.run([binary, "fetch", "--api", server.api, "-o", d, "--rate", "50", "--missing", report_path],
                       env=env(), capture_output=True, text=True, timeout=120)
    server.stop()
    check(os.path.exists(os.path.join(d, "kst-36410-VIII-64.xml")), "--missing fetches a missing document the API has")
    check("kst-99999-1: the API has no such document" in r.stderr, "--missing names an id the API does not have")

    # 5. The fetched folder through the pipeline: advice, vote and dates from the metadata.
    out = subprocess.run([binary, "motions", a, "--format", "json", "-q"], capture_output=True, text=True)
    motions = {m["id"]: m for m in json.loads(out.stdout)}
    m = motions.get("kst-36196-9", {})
    check(m.get("zaak") == "2024Z00422" and m.get("verdict") == "ontraden" and m.get("outcome") == "verworpen"
          and m.get("date") == "2024-01-17" and sum(v["seats"] for v in m.get("votes", []) if v["side"] == "voor") == 47,
          "kst-36196-9 from the fetched folder: zaak, advice 'ontraden', outcome 'verworpen', 47 seats for")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
