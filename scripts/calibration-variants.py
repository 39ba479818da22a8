#!/usr/bin/env python3
"""Calibration inputs compared over one `fit --dump`, each by fit's nested cross-validation by article
(scripts/candidate-boost.py, linear model), with the threshold chosen both ways: « most right at 80% »
(what `fit` ships) and by cost (right - 4 x wrong, scripts/threshold-by-cost.py). The listwise scores do
not depend on the calibration, so they are fitted once and kept in CACHE.

  scripts/calibration-variants.py FIT_DUMP CACHE VARIANT [VARIANT …]

A VARIANT is a name, then candidate-boost.py's --inputs and --by-family: « base », « margin=margin »,
« both=margin,rare », « fam=by-family », « famrare=by-family,rare » (by-family selects the per-family
calibration, the rest are inputs).
"""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location(
    "candidate_boost", os.path.join(os.path.dirname(os.path.abspath(__file__)), "candidate-boost.py"))
cb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cb)
by_precision = cb.choose_threshold


def choose_by_cost(data, preds, target, cost=4.0):
    ps = sorted([p for p in preds if cb.has(data, p[0])], key=lambda p: -p[1])
    best, best_value, value = 1.0, 0.0, 0.0
    for i, p in enumerate(ps):
        value += 1 if p[2] else -cost
        last = i + 1 == len(ps) or ps[i + 1][1] < p[1]
        if last and value > best_value:
            best_value, best = value, p[1]
    return best


def main():
    dump, cache = sys.argv[1], sys.argv[2]
    import argparse
    args = argparse.Namespace(folds=5, precision=0.80, penalty=3.0, cal_penalty=10.0, cache=cache, oof_out=None,
                              min_conjunctions=cb.MIN_CONJUNCTION_COUNT)
    data = cb.Data(dump, min_conjunctions=args.min_conjunctions)
    cb.FEATURE_INDEX[0] = {k: i for i, k in enumerate(data.features)}
    for variant in sys.argv_variants:
        name, _, spec_ = variant.partition("=")
        parts = [x for x in spec_.split(",") if x]
        cb.EXTRA["by_family"] = "by-family" in parts
        cb.EXTRA["inputs"] = [x for x in parts if x != "by-family"]
        for rule, chooser in (("at 80%", by_precision), ("by cost", choose_by_cost)):
            cb.choose_threshold = chooser
            oof, nested, pf = cb.cross_validate(data, args, "linear")
            cb.report(data, f"{name} [{rule}]", oof, nested, pf, args.precision)
            sys.stdout.flush()


if __name__ == "__main__":
    sys.argv_variants = sys.argv[3:]
    main()
