#!/usr/bin/env python3
"""Where the answers of a set are lost, in counts only: for the answerable questions of each kind, how
many are answered right, answered wrong, or declined with the right candidate first (a matter of
confidence), in the first three (ranking), lower, or not proposed at all (recall).

usage: scripts/loss-by-stage.py MODEL.properties DUMP.jsonl SET=ANSWERS.jsonl [SET=ANSWERS.jsonl ...]

DUMP.jsonl is written by `citebot fit --dump` over the sets' gold files (scripts/loss-by-stage runs
both steps); ANSWERS.jsonl are the `ask --json --batch` answers scripts/evaluate keeps in target/eval/.
The candidates are ordered by the shipped listwise score (w.* and x.* of MODEL.properties), as the
answerer orders them. Only counts are printed, never a question: safe on held-out sets.
"""
import collections
import json
import sys


def load_model(path):
    model = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        key = key.replace("\\=", "=").replace("\\:", ":")
        try:
            model[key] = float(value)
        except ValueError:
            pass
    return model


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    model = load_model(argv[1])

    def score(c):
        return (sum(model.get("w." + k, 0.0) * v for k, v in c["features"].items())
                + sum(model.get("x." + x, 0.0) for x in c.get("conjunctions", [])))

    answered = {}
    for spec in argv[3:]:
        name, path = spec.split("=", 1)
        for line in open(path, encoding="utf-8"):
            a = json.loads(line)
            answered[(name, a["question"].strip())] = bool(a.get("answered")) and bool(a.get("answer"))
    sets = [spec.split("=", 1)[0] for spec in argv[3:]]
    stages = ["questions", "right", "wrong", "declined: first", "top 3", "lower", "absent", "no candidate"]
    table = collections.defaultdict(collections.Counter)
    for line in open(argv[2], encoding="utf-8"):
        d = json.loads(line)
        if d["negative"] or not d["answerable"]:
            continue
        gold_file = d["group"].split(":")[0]
        name = next((s for s in sets if gold_file.startswith(s + "-questions") or gold_file == s + ".jsonl"
                     or (s == "dev" and gold_file.startswith("dev-questions"))
                     or (s == "blind" and gold_file.startswith("blind-s10-questions"))), None)
        if name is None or (name, d["question"].strip()) not in answered:
            continue
        row = table[d["type"]]
        row["questions"] += 1
        cands = sorted(d["candidates"], key=score, reverse=True)
        rank = next((i for i, c in enumerate(cands) if c["correct"]), None)
        if answered[(name, d["question"].strip())]:
            row["right" if rank == 0 else "wrong"] += 1
        elif not cands:
            row["no candidate"] += 1
        elif rank is None:
            row["absent"] += 1
        else:
            row["declined: first" if rank == 0 else "top 3" if rank < 3 else "lower"] += 1
    total = collections.Counter()
    print("%-14s" % "type" + "".join("%16s" % s for s in stages))
    for kind in sorted(table):
        total.update(table[kind])
        print("%-14s" % kind + "".join("%16d" % table[kind][s] for s in stages))
    print("%-14s" % "all" + "".join("%16d" % total[s] for s in stages))
    print("(« wrong » counts answers whose best-scored candidate is not a right one: the fact given may "
          "still be merged from another candidate)")


if __name__ == "__main__":
    main(sys.argv)
