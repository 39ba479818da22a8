#!/usr/bin/env python3
"""How many sentences an unsure reply should show: the share of replies that serve the user
(score.py's `useful`) against the sentences shown, when a reply that gives no fact quotes the
ranker's first sentence and the next ones whose weight against the first, exp(score - first score),
is at least RATIO (up to MAX sentences).

usage: scripts/passages-to-read.py GOLD.jsonl ANSWERS.jsonl [GOLD ANSWERS ...]

ANSWERS are `ask --json --batch` outputs (scripts/evaluate keeps them in target/eval/); their
`passages` are in the ranker's order with its scores. Run it on the training sets to choose
answer.read.ratio and answer.read.max; a held-out set's summary line checks the choice.
"""
import json, math, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from score import norm_tokens, is_correct  # noqa: E402


def holds(text, answers):
    t = " " + " ".join(norm_tokens(text)) + " "
    return any((" " + " ".join(norm_tokens(a)) + " ") in t for a in answers if norm_tokens(a))


def curve(pairs, ratio, most):
    useful = shown = unsure = 0
    for g, a in pairs:
        did = bool(a.get("answered")) and bool(a.get("answer"))
        if not g["answers"]:
            useful += not did
            continue
        if did:
            useful += is_correct(a["answer"], g["answers"])
            continue
        ps = a.get("passages") or []
        if not ps:
            continue
        unsure += 1
        top = ps[0]["score"]
        chosen = [ps[0]] + [p for p in ps[1:most] if math.exp(p["score"] - top) >= ratio]
        shown += len(chosen)
        useful += any(holds(p["text"], g["answers"]) for p in chosen)
    return 100 * useful / len(pairs), shown / max(unsure, 1)


def main(argv):
    pairs = []
    for gold_path, ans_path in zip(argv[0::2], argv[1::2]):
        gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
        ans = [json.loads(l) for l in open(ans_path, encoding="utf-8") if l.strip()]
        pairs += list(zip(gold, ans))
    print(f"{len(pairs)} questions")
    for most in (1, 2, 3):
        for ratio in ((1.0,) if most == 1 else (0.0, 0.1, 0.2, 0.3, 0.5, 0.7)):
            u, s = curve(pairs, ratio, most)
            print(f"max {most} ratio {ratio:.1f}: useful {u:.1f}%  sentences per unsure reply {s:.2f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
