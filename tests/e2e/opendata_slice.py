"""The open-data slice of ../shared/corpus/opendata read for the tests: zaken, vote decisions and votes.

Shared by opendata-motions.py (expected values) and opendata_server.py (the local API). The vote Besluiten of
stemming_enriched/ are placed on their Agendapunt's motions as the folder's README states: position k is the
k-th motion ordered by dossier and number, a gewijzigde motie "(t.v.v. D-N)" in the place of N.
"""
import glob
import json
import os
import re


def kst(zaak):
    for d in zaak.get("Document", []):
        e = (d.get("HuidigeDocumentVersie") or {}).get("ExterneIdentifier")
        if e:
            return e
    return None


class Slice:
    def __init__(self, folder):
        self.folder = folder
        self.zaken = {}
        for path in sorted(glob.glob(os.path.join(folder, "zaak", "*.json"))):
            with open(path, encoding="utf-8") as f:
                z = json.load(f)
            self.zaken[z["Id"]] = z
        self.besluiten, self.agendapunten, self.stemmingen = {}, {}, {}
        for path in sorted(glob.glob(os.path.join(folder, "stemming_enriched", "*.json"))):
            with open(path, encoding="utf-8") as f:
                page = json.load(f)
            for r in page["value"]:
                b = r["Besluit"]
                self.besluiten[b["Id"]] = b
                self.agendapunten[b["Agendapunt"]["Id"]] = b["Agendapunt"]
                self.stemmingen[r["Id"]] = r
        self.vote_of = {}  # Zaak Id -> Besluit
        for ap in self.agendapunten.values():
            motions = []
            for z in ap["Zaak"]:
                full = self.zaken.get(z["Id"])
                if z["Soort"] != "Motie" or full is None or kst(full) is None:
                    motions = None
                    break
                m = re.match(r"kst-(.+)-(\d+)$", kst(full))
                dossier, number = m.group(1), int(m.group(2))
                t = re.search(r"t\.v\.v\. [^)]*-(\d+)\)", full["Onderwerp"] or "")
                key = (int(re.match(r"\d+", dossier).group(0)), dossier, int(t.group(1)) if t else number,
                       1 if t else 0)
                motions.append((key, z["Id"]))
            if not motions:
                continue
            motions.sort()
            for b in self.besluiten.values():
                if b["Agendapunt_Id"] == ap["Id"] and b["BesluitSoort"].startswith("Stemmen - "):
                    self.vote_of[motions[b["AgendapuntZaakBesluitVolgorde"] - 1][1]] = b

    def votes(self, besluit_id):
        """The Stemming records of a Besluit, without their expansions."""
        out = []
        for s in self.stemmingen.values():
            if s["Besluit_Id"] == besluit_id:
                out.append({k: v for k, v in s.items() if k not in ("Besluit", "Fractie", "Persoon")})
        return sorted(out, key=lambda s: s["Id"])
