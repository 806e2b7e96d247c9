#!/usr/bin/env python3
"""A local stand-in for the Tweede Kamer's OData API, serving ../shared/corpus/opendata, for the fetch tests.

Usage: opendata_server.py OPENDATA_DIR PORT_FILE LOG_FILE [--page-size N] [--faults] [--stall PUBLICATION_ID]

Binds 127.0.0.1 on a free port (written to PORT_FILE) and serves, under /OData/v4/2.0/:
  Zaak?$filter=Nummer eq '…'                           the zaak/ record, with its vote Besluit and Stemmingen
  Document?$filter=Verwijderd eq false and Kamerstukdossier/any(k:k/Nummer eq N[ and k/Toevoeging eq 'T'])
          [ and Volgnummer eq V]   or   …DocumentNummer eq '…'
                                                       the documents of the zaak/ records, each with its Zaak,
                                                       PAGE-SIZE per page with @odata.nextLink ($skip)
  DocumentPublicatie(<id>)/resource                    publications/<id>.xml
  Document(<id>)/resource                              404 (the slice holds no PDFs)
With --faults, once each: the first Zaak query answers 429 (Retry-After: 1), the first Document query is slow
(1.5 s), the first publication requested answers 500, the second is cut after half its bytes. With --stall, the
first request for that publication sends half its bytes and then hangs (the test kills the client meanwhile).
Every request is logged to LOG_FILE as "status path".
"""
import copy
import http.server
import json
import os
import re
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from opendata_slice import Slice, kst  # noqa: E402

BASE = "/OData/v4/2.0/"


def main():
    folder, port_file, log_file = sys.argv[1], sys.argv[2], sys.argv[3]
    args = sys.argv[4:]
    page_size = int(args[args.index("--page-size") + 1]) if "--page-size" in args else 3
    faults = "--faults" in args
    stall = args[args.index("--stall") + 1] if "--stall" in args else None
    data = Slice(folder)
    lock = threading.Lock()
    state = {"zaak429": faults, "slow": faults, "pub500": faults, "cut": faults, "stall": stall, "pubs": 0}
    log = open(log_file, "a", buffering=1)

    def zaak_record(z, with_documents):
        r = copy.deepcopy(z)
        if not with_documents:
            r.pop("Document", None)
        b = data.vote_of.get(z["Id"])
        r["Besluit"] = []
        if b:
            besluit = {k: v for k, v in b.items() if k != "Agendapunt"}
            besluit["Stemming"] = data.votes(b["Id"])
            r["Besluit"].append(besluit)
        return r

    def documents():
        out = []
        for z in data.zaken.values():
            for d in z.get("Document", []):
                doc = copy.deepcopy(d)
                doc["Zaak"] = [zaak_record(z, False)]
                out.append(doc)
        return sorted(out, key=lambda d: (d["HuidigeDocumentVersie"]["ExterneIdentifier"] or "", d["Id"]))

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def send(self, status, body, ctype="application/json", extra=None):
            log.write(f"{status} {urllib.parse.unquote(self.path)}\n")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def page(self, entity, records, query):
            skip = int(query.get("$skip", ["0"])[0])
            value = records[skip:skip + page_size]
            body = {"@odata.context": f"http://127.0.0.1:{self.server.server_port}{BASE}$metadata#{entity}",
                    "value": value}
            if skip + page_size < len(records):
                q = {k: v[0] for k, v in query.items()}
                q["$skip"] = str(skip + page_size)
                body["@odata.nextLink"] = (f"http://127.0.0.1:{self.server.server_port}{BASE}{entity}?"
                                           + urllib.parse.urlencode(q, quote_via=urllib.parse.quote, safe="$(),/:='"))
            self.send(200, json.dumps(body).encode())

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.startswith(BASE):
                return self.send(404, b"{}")
            path = url.path[len(BASE):]
            query = urllib.parse.parse_qs(url.query)
            flt = query.get("$filter", [""])[0]
            if path == "Zaak":
                with lock:
                    fail, state["zaak429"] = state["zaak429"], False
                if fail:
                    return self.send(429, b'{"error": "too many requests"}', extra={"Retry-After": "1"})
                m = re.search(r"Nummer eq '([^']+)'", flt)
                zs = [zaak_record(z, True) for z in data.zaken.values() if m and z["Nummer"] == m.group(1)]
                return self.page("Zaak", zs, query)
            if path == "Document":
                with lock:
                    slow, state["slow"] = state["slow"], False
                if slow:
                    time.sleep(1.5)
                docs = documents()
                m = re.search(r"DocumentNummer eq '([^']+)'", flt)
                if m:
                    docs = [d for d in docs if d["DocumentNummer"] == m.group(1)]
                m = re.search(r"Kamerstukdossier/any\(k:k/Nummer eq (\d+)(?: and k/Toevoeging eq '([^']*)')?\)", flt)
                if m:
                    dossier = m.group(1) + ("-" + m.group(2) if m.group(2) else "")
                    docs = [d for d in docs
                            if re.match(r"kst-(.+)-\d+$", d["HuidigeDocumentVersie"]["ExterneIdentifier"]).group(1)
                            == dossier]
                m = re.search(r"Volgnummer eq (\d+)", flt)
                if m:
                    docs = [d for d in docs if str(d["Volgnummer"]) == m.group(1)]
                return self.page("Document", docs, query)
            m = re.fullmatch(r"DocumentPublicatie\(([0-9a-f-]+)\)/resource", path)
            if m:
                file = os.path.join(folder, "publications", m.group(1) + ".xml")
                if not os.path.isfile(file):
                    return self.send(404, b"{}")
                with open(file, "rb") as f:
                    body = f.read()
                with lock:
                    state["pubs"] += 1
                    n = state["pubs"]
                    fail = state["pub500"] and n == 1
                    cut = state["cut"] and n == 2
                    hang = state["stall"] == m.group(1)
                    if hang:
                        state["stall"] = None
                if fail:
                    return self.send(500, b'{"error": "internal"}')
                if cut or hang:
                    log.write(("stall" if hang else "cut") + f" {urllib.parse.unquote(self.path)}\n")
                    self.send_response(200)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[:len(body) // 2])
                    self.wfile.flush()
                    if hang:
                        time.sleep(60)
                    self.close_connection = True
                    return
                return self.send(200, body, "application/xml")
            if re.fullmatch(r"Document\(([0-9a-f-]+)\)/resource", path):
                return self.send(404, b"{}")
            return self.send(404, b"{}")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    tmp = port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_port))
    os.rename(tmp, port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
