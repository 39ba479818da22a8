#!/usr/bin/env python3
"""The sentence ranker's listwise fit (as rank.SentenceRankerTrainer) over a `fit-ranker --dump`,
cross-validated by article as SentenceRankerCrossValidator (articles dealt round-robin in name
order into 5 folds), with two knobs the Java fit lacks, for experiments: a weight on seeds-train's
questions in the loss, and sign constraints (weights kept >= 0) on the coverage signals.
Reproduces fit-ranker's 62.5 / 80.2 with weight 1, penalty 0.1 and no constraint.

  scripts/ranker-cv.py RANKER_DUMP WEIGHT,PENALTY[,nonneg] ...
  e.g. scripts/ranker-cv.py target/ranker-dump.jsonl 1,0.1 5,0.1 1,0.1,nonneg
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize

# the signals whose weight a « nonneg » variant keeps >= 0: coverage of the question in the sentence
NONNEG = {"sentence.coverage", "topical.coverage", "relation.coverage", "phrase.overlap", "rarest.in.sentence",
          "rare.stems.in.sentence", "loose.coverage", "trigram.coverage", "fuzzy.coverage", "fuzzy.strong",
          "beyond.title"}

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
names = rows[0]["names"]
pools = []
for r in rows:
    X = np.array([p["f"] for p in r["pool"]]) if r["pool"] else np.zeros((0, len(names)))
    y = np.array([p["label"] for p in r["pool"]], bool)
    pools.append((r["group"], X, y, r["group"].startswith("seeds")))
groups = sorted({p[0] for p in pools})
fold = {g: i % 5 for i, g in enumerate(groups)}


def fit(ps, seed_weight, penalty, bounds):
    ps = [p for p in ps if p[2].any()]

    def f(w):
        loss, grad = 0.5 * penalty * w @ w, penalty * w.copy()
        for _, X, y, seeds in ps:
            c = seed_weight if seeds else 1.0
            z = X @ w
            e = np.exp(z - z.max())
            a, pos = e.sum(), e[y].sum()
            loss += c * -(np.log(pos) - np.log(a))
            grad += c * ((e / a - np.where(y, e / pos, 0)) @ X)
        return loss, grad
    return minimize(f, np.zeros(len(names)), jac=True, method="L-BFGS-B", bounds=bounds).x


def cv(seed_weight, penalty, nonneg):
    bounds = [(0, None) if nonneg and n in NONNEG else (None, None) for n in names]
    res = {True: [0, 0, 0], False: [0, 0, 0]}
    for k in range(5):
        w = fit([p for p in pools if fold[p[0]] != k], seed_weight, penalty, bounds)
        for g, X, y, seeds in pools:
            if fold[g] != k:
                continue
            res[seeds][2] += 1
            if len(y):
                order = np.argsort(-(X @ w), kind="stable")
                res[seeds][0] += y[order[0]]
                res[seeds][1] += y[order[:3]].any()
    both = [res[True][i] + res[False][i] for i in range(3)]
    pct = lambda r: "%.1f / %.1f" % (100 * r[0] / r[2], 100 * r[1] / r[2])
    print(f"seeds weight {seed_weight}, penalty {penalty}{', coverage >= 0' if nonneg else ''}: top1 / top3 all "
          f"{pct(both)}, seeds-train {pct(res[True])} ({res[True][2]}), piaf-train {pct(res[False])}", flush=True)


for arg in sys.argv[2:]:
    parts = arg.split(",")
    cv(float(parts[0]), float(parts[1]), len(parts) > 2 and parts[2] == "nonneg")
