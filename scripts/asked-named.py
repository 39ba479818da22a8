#!/usr/bin/env python3
"""Prototype of a « named as what is asked » signal, measured and not kept (docs/EXPERIMENTS.md,
« Signals of meaning (session 12) »). Needs a dump written by a build of commit b5df246, whose
candidates carry the « |anhd= » conjunctions.

Adds `asked.named` (1) to a candidate of a `citebot fit --dump` file when its head word (the key of
its « |anhd= » conjunction; for a name, its first capitalised word) and the question's asked noun are
joined somewhere in the candidate's article by « de », a determiner, a colon or a comma, within three
such words (« le titre de champion », « la ville de Morlaix »). Reads the training corpora only
(seeds and piaf-train); writes a new dump for scripts/candidate-boost.py.

  scripts/asked-named.py DUMP OUT [CORPUS_DIR...]    (default corpora: seeds/ ../shared/eval/piaf-train/corpus)
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

GLUE = {"de", "d", "du", "des", "la", "le", "l", "les", "un", "une", ":", ","}


def fold(w):
    w = unicodedata.normalize("NFD", w.lower())
    return "".join(c for c in w if unicodedata.category(c) != "Mn").replace("œ", "oe").strip()


def base(w):
    """NounMatch.base: folded, without the endings of number and gender."""
    w = fold(w)
    if len(w) > 3 and (w.endswith("s") or w.endswith("x")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def main():
    dump, out_path = sys.argv[1], sys.argv[2]
    dirs = sys.argv[3:] or ["seeds", "../shared/eval/piaf-train/corpus"]
    texts = {}
    for d in dirs:
        for f in glob.glob(os.path.join(d, "*.txt")):
            texts[os.path.basename(f)] = open(f, encoding="utf-8").read()
    pairs = {}

    def pairs_of(doc):
        if doc not in pairs:
            toks = [base(t) for t in re.findall(r"[^\W\d_]+|[:,.;]", texts.get(doc, ""))]
            found = set()
            for i, t in enumerate(toks):
                if t in GLUE or len(t) < 3:
                    continue
                j, glue = i + 1, 0
                while j < len(toks) and toks[j] in GLUE and glue < 3:
                    j, glue = j + 1, glue + 1
                if glue and j < len(toks):
                    found.add((t, toks[j]))
                    found.add((toks[j], t))
            pairs[doc] = found
        return pairs[doc]

    stats = collections.Counter()
    with open(out_path, "w", encoding="utf-8") as out:
        for line in open(dump, encoding="utf-8"):
            q = json.loads(line)
            for c in q["candidates"]:
                a = h = None
                for x in c["conjunctions"]:
                    if "|anhd=" in x:
                        a, h = x.split("|")[0][3:], x.split("|anhd=")[1]
                if a is None or h in ("NUM", "-"):
                    continue
                if h == "PROPN":
                    caps = [w for w in re.findall(r"[^\W\d_]+", c["text"]) if w[0].isupper()]
                    if not caps:
                        continue
                    h = base(caps[0])
                if h != a and (a, h) in pairs_of(c["doc"]):
                    c["features"]["asked.named"] = 1.0
                    if not q.get("negative"):
                        stats[c["correct"]] += 1
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"asked.named on {stats[True]} right and {stats[False]} wrong candidates of real questions")


if __name__ == "__main__":
    main()
