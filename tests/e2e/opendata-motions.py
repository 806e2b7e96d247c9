#!/usr/bin/env python3
"""`kamergraaf motions` on the open-data slice equals the data (issues 15 and 19).

Usage: opendata-motions.py KAMERGRAAF OPENDATA_DIR

The expected values are computed here from the JSON itself, independently of kamergraaf:
  - every Zaak of zaak/*.json is a motion; its motion in the output is the one with `zaak` = Zaak.Nummer;
  - title = Zaak.Onderwerp (trimmed), date = the Document's Datum (date part);
  - verdict = Kabinetsappreciatie mapped (Ontraden → ontraden, Oordeel Kamer → oordeel Kamer, Overgenomen →
    overgenomen, Verzocht motie aan te houden → aangehouden; other values → none);
  - first submitter = the first name after "van het lid"/"van de leden" in Zaak.Onderwerp (case-insensitive);
  - outcome: the vote Besluiten of stemming_enriched/ are placed on their Agendapunt's motions as the folder's
    README states (position k = k-th motion ordered by dossier and number, a gewijzigde motie "(t.v.v. D-N)" in
    the place of N); "Stemmen - aangenomen"/"Stemmen - verworpen" → aangenomen/verworpen, no Besluit → none;
    outcome_date = the date part of Besluit.GewijzigdOp; votes = the Besluit's Stemming records per fractie.
Exits 0 when everything matches, 1 with the differences otherwise; skips (exit 0, message) when the folder is
absent.
"""
import json
import os
import re
import subprocess
import sys

ADVICE = {"Ontraden": "ontraden", "Oordeel Kamer": "oordeel Kamer", "Overgenomen": "overgenomen",
          "Verzocht motie aan te houden": "aangehouden"}
OUTCOME = {"Stemmen - aangenomen": "aangenomen", "Stemmen - verworpen": "verworpen"}


def first_submitter(onderwerp):
    m = re.search(r"van (?:het lid|de leden) (.+?)(?: over | ter vervanging| \(t\.v\.v\.|$)", onderwerp)
    if not m:
        return None
    first = re.split(r", | en ", m.group(1))[0]
    return re.sub(r" c\.s\.$", "", first).strip()


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    if not os.path.isdir(os.path.join(folder, "zaak")):
        print(f"SKIP: {folder} not found (the shared corpus is not beside the checkout)")
        return 0

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from opendata_slice import Slice, kst
    data = Slice(folder)
    zaken, stemmingen, vote_of = data.zaken, data.stemmingen, data.vote_of

    votes_of = {}
    for s in stemmingen.values():
        key = (s["ActorFractie"], s["Soort"].lower())
        votes_of.setdefault(s["Besluit_Id"], {}).setdefault(key, 0)
        votes_of[s["Besluit_Id"]][key] += s["FractieGrootte"] or 0

    out = subprocess.run([binary, "motions", folder, "--format", "json", "-q"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print(f"kamergraaf failed ({out.returncode}): {out.stderr}")
        return 1
    listed = json.loads(out.stdout)
    by_zaak = {m.get("zaak"): m for m in listed if m.get("zaak")}

    failures = []
    counts = {"motions": 0, "advice_given": 0, "advice_ok": 0, "outcome_given": 0, "outcome_ok": 0,
              "outcome_none_ok": 0, "title_ok": 0, "date_ok": 0, "submitter_ok": 0, "votes_ok": 0, "id_ok": 0}
    for zid, z in sorted(zaken.items(), key=lambda kv: kv[1]["Nummer"]):
        counts["motions"] += 1
        nummer = z["Nummer"]
        m = by_zaak.get(nummer)
        if m is None:
            failures.append(f"{nummer} ({kst(z)}): not listed")
            continue

        def check(field, expected, got, counter=None):
            if expected == got:
                if counter:
                    counts[counter] += 1
            else:
                failures.append(f"{nummer} ({kst(z)}): {field} {got!r}, the data says {expected!r}")

        if m["id"] == kst(z):
            counts["id_ok"] += 1
        check("title", (z["Onderwerp"] or "").strip(), m.get("title"), "title_ok")
        check("date", z["Document"][0]["Datum"][:10], m.get("date"), "date_ok")
        sub = first_submitter(z["Onderwerp"] or "")
        got_sub = m["submitters"][0] if m["submitters"] else None
        check("first submitter", (sub or "").lower(), (got_sub or "").lower(), "submitter_ok")
        advice = ADVICE.get(z.get("Kabinetsappreciatie"))
        if advice:
            counts["advice_given"] += 1
        check("verdict", advice, m.get("verdict"), "advice_ok" if advice else None)
        b = vote_of.get(zid)
        outcome = OUTCOME.get(b["BesluitSoort"]) if b else None
        if outcome:
            counts["outcome_given"] += 1
            check("outcome", outcome, m.get("outcome"), "outcome_ok")
            check("outcome_date", b["GewijzigdOp"][:10], m.get("outcome_date"))
            expected_votes = sorted((p, side, n) for (p, side), n in votes_of.get(b["Id"], {}).items())
            got_votes = sorted((v["party"], v["side"], v["seats"]) for v in m.get("votes", []))
            check("votes", expected_votes, got_votes, "votes_ok")
        else:
            check("outcome", None, m.get("outcome"), "outcome_none_ok")

    print(f"{counts['motions']} motion zaken; listed with the data's title {counts['title_ok']}, date "
          f"{counts['date_ok']}, first submitter {counts['submitter_ok']}; advice {counts['advice_ok']}/"
          f"{counts['advice_given']} where Kabinetsappreciatie gives one; outcome {counts['outcome_ok']}/"
          f"{counts['outcome_given']} decided (votes {counts['votes_ok']}), {counts['outcome_none_ok']}/"
          f"{counts['motions'] - counts['outcome_given']} without a decision reported as none; "
          f"id = ExterneIdentifier {counts['id_ok']}/{counts['motions']} (from the text, not checked)")
    for f in failures:
        print("MISMATCH", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
