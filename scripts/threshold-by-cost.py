#!/usr/bin/env python3
"""The candidate model's nested cross-validation (scripts/candidate-boost.py, linear model) with the
threshold chosen per fold by cost instead of by precision: the threshold that maximises
right - COST x wrong on the inner folds' held-out answers, where a wrong answer is an answerable
question answered wrong or a negative example (asked without its articles) answered. COST 4 is the
break-even of the 80% precision the product asks (0.8 / 0.2). Prints the nested figures.
COST may name a cost per training set after the default one, « 4,seeds-train.jsonl=19 »: the
seeds' bar is 95% precision (break-even 19), PIAF's 80% — one threshold weighing each set's bar.

  scripts/threshold-by-cost.py FIT_DUMP [COST[,SET=COST…] [candidate-boost.py options: --inputs …, --by-family]]
"""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location(
    "candidate_boost", os.path.join(os.path.dirname(os.path.abspath(__file__)), "candidate-boost.py"))
cb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cb)
_costs = (sys.argv[2] if len(sys.argv) > 2 else "4").split(",")
COST = float(_costs[0])
COST_BY_SET = {k: float(v) for k, v in (c.split("=", 1) for c in _costs[1:])}


def choose_by_cost(data, preds, target):
    ps = sorted([p for p in preds if cb.has(data, p[0])], key=lambda p: -p[1])
    best, best_value, value = 1.0, 0.0, 0.0
    for i, p in enumerate(ps):
        value += 1 if p[2] else -COST_BY_SET.get(data.set[p[0]], COST)
        last = i + 1 == len(ps) or ps[i + 1][1] < p[1]
        if last and value > best_value:
            best_value, best = value, p[1]
    return best


cb.choose_threshold = choose_by_cost
sys.argv = [sys.argv[0], sys.argv[1], "--models", "linear"] + sys.argv[3:]
cb.main()
