#!/usr/bin/env python3
"""Writes data/pejlemaerker-fiktiv-2015-2017.json: the 2014 status data with an
INVENTED continuation, statuses for 2015, 2016 and 2017, for testing the
year-over-year features (history, change since an earlier year, first
measurements). None of the 2015-2017 numbers are the municipality's. The
file's title and source say so. Deterministic: the same file every run.

Sub-goals first measured in 2015: 1.D, 1.E, 2.C1 (a child of group 2.C),
2.E, 3.B; in 2016: 2.C2, 2.D1, 2.D2, 4.A, 7.A, 7.B, 9.C."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
data = json.loads((root / "data/pejlemaerker-2014.json").read_text(encoding="utf-8"))
data["title"] = "FIKTIVE DATA: status 2014 med opfundet fortsættelse 2015–2017"
data["source"] = ("Status 2014 fra Socialforvaltningens pejlemærkestatus; tallene for 2015, 2016 og 2017 er OPFUNDET "
                  "af Barometer-projektet til test af år-over-år-visningerne. De er ikke Københavns Kommunes tal.")

FIRST = {"1.D": 2015, "1.E": 2015, "2.C1": 2015, "2.E": 2015, "3.B": 2015,
         "2.C2": 2016, "2.D1": 2016, "2.D2": 2016, "4.A": 2016, "7.A": 2016, "7.B": 2016, "9.C": 2016}
# The share of the way from baseline to target reached each year (1.A also regresses in 2015).
PROGRESS = {2015: 0.3, 2016: 0.55, 2017: 0.85}
SET = {("1.A", 2015): 739, ("1.A", 2016): 880, ("1.A", 2017): 990}


def value(leaf, year, address):
    if (address, year) in SET:
        return SET[(address, year)]
    b, t = leaf["baseline"]["value"], leaf["target"]["value"]
    wobble = (sum(map(ord, address)) % 7 - 3) / 20  # −0,15 … +0,15, fixed per sub-goal
    p = PROGRESS[year] + wobble
    if t == b:  # "stay below" targets: a little under the baseline
        v = b * (1 - 0.02 * p)
    else:
        v = b + p * (t - b)
    whole = all(float(x).is_integer() for x in (b, t)) and abs(b) >= 20
    return int(round(v)) if whole else round(v, 1)


for g in data["guideposts"]:
    # The published figures are 2014's; beside a 2017 reading they would read as a mismatch.
    g.pop("published", None)
    for s in g["subgoals"]:
        for leaf in s.get("children") or [s]:
            address = f"{g['id']}.{leaf['id']}"
            if "baseline" not in leaf or "target" not in leaf:
                continue
            measured = {m["year"] for m in leaf.get("measurements", [])}
            start = FIRST.get(address, 2015 if measured else None)
            if start is None:
                continue
            leaf.setdefault("measurements", [])
            for year in (2015, 2016, 2017):
                if year >= start and year > leaf["baseline"]["year"]:
                    leaf["measurements"].append({"year": year, "value": value(leaf, year, address)})

(root / "data/pejlemaerker-fiktiv-2015-2017.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
