#!/usr/bin/env python3
"""Writes data/kompas-eksempel.csv: a clearly fictitious Forandringskompas
file for demos and tests. No real citizen, unit or score is in it; the
numbers come from a fixed pseudo-random sequence, so the file is the same
every run. One unit has only three citizens, to show that figures for fewer
than five are withheld."""
import random

rng = random.Random(2014)
COMPASSES = {
    "Borgere med handicap": ["Sundhed", "Kommunikation", "Sociale relationer", "Selvstændighed", "Aktiviteter",
                             "Trivsel", "Bolig og hjem", "Netværk", "Fysisk funktion", "Hverdagsliv"],
    "Borgere på herberger": ["Bolig", "Økonomi", "Sundhed", "Misbrug", "Netværk", "Beskæftigelse",
                             "Praktiske færdigheder", "Psykisk trivsel", "Relationer", "Mestring"],
}
UNITS = {
    "Borgere med handicap": [("CSB (fiktivt)", 14), ("Center Nord (fiktivt)", 9), ("Bostedet Lille (fiktivt)", 3)],
    "Borgere på herberger": [("Herberg Øst (fiktivt)", 11)],
}
rows = ["#fiktive data;Genereret eksempel til demonstration: ingen rigtige borgere, tilbud eller scores."]
for compass, names in COMPASSES.items():
    rows.append(";".join(["#dimensioner", compass] + names))
rows.append("borger;kompas;tilbud;dato;udfyldt af;" + ";".join(f"dimension {i}" for i in range(1, 11)))
n = 0
for compass, units in UNITS.items():
    for unit, citizens in units:
        for _ in range(citizens):
            n += 1
            key = f"FIKTIV-{n:04d}"
            base = [rng.randint(2, 7) for _ in range(10)]
            visits = rng.choice([1, 2, 3, 3, 4])
            for v in range(visits):
                month = 1 + v * 3
                scores = [max(1, min(10, b + (rng.choice([0, 0, 1, 1, 2, -1]) if v else 0) * v)) for b in base]
                rows.append(f"{key};{compass};{unit};2014-{month:02d}-{rng.randint(1, 28):02d};medarbejder;" + ";".join(map(str, scores)))
            if rng.random() < 0.5:
                own = [max(1, min(10, s + rng.choice([-1, 0, 1, 2]))) for s in scores]
                rows.append(f"{key};{compass};{unit};2014-{month:02d}-28;borger;" + ";".join(map(str, own)))
open("data/kompas-eksempel.csv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(f"{n} fiktive borgere, {len(rows)} rækker")
