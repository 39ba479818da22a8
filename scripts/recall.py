#!/usr/bin/env python3
"""Candidate recall per kind of question, on the TRAINING sets only (seeds-train, piaf-train).

usage: scripts/recall.py CANDIDATES.jsonl POOL.jsonl GOLD=CORPUS [GOLD=CORPUS ...] [--misses KIND N]

CANDIDATES.jsonl is written by `citebot fit --dump` and POOL.jsonl by `citebot fit-ranker --dump`,
both run on the same --data sets in the same order (scripts/recall runs the three). For every
answerable question, by how it asks (its first question word: quel+noun, que / qu'est-ce que /
quoi, comment, qui, où, quand, combien, pourquoi, other), it counts:

  right      some candidate is right (score.py's is_correct against a gold answer)
  pool       some sentence of the ranker's pool states a gold answer (fit-ranker's label)
  read       a gold answer is a span of a sentence that gave candidates, and none is right
  first      a gold answer is a span of the ranker's first sentence, and no candidate is right
  top3       a gold answer is a span of one of the ranker's first three sentences (the shipped
             ranker's weights, src/main/resources/org/citebot/rank/sentence-ranker.properties)
  miss3      top3, and no candidate is right
  noword     candidates exist, none right, none shares a word with a gold answer

« read » and « first » are what phrase generation can still win: the sentence is there, the phrase
is not proposed. The held-out sets (dev-questions, piaf-dev) must not be given here.
"""
import collections, json, os, re, sys, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
EVAL = os.environ.get("EVAL_DIR")
if EVAL:
    sys.path.insert(0, EVAL)
from score import is_correct, norm_tokens  # noqa: E402

KINDS = ["quel", "que", "comment", "qui", "ou", "quand", "combien", "pourquoi", "other"]
QUESTION_WORD = re.compile(r"(?<![a-z])(qu'est[ -]ce qu[ei]|qu'est[ -]ce|c'est quoi|qui|quand|ou|combien"
                           r"|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|que|qu'|quoi"
                           r"|comment|pourquoi)(?![a-z])")


def fold(s):
    s = re.sub(r"[\u2019\u2018]", "'", s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def kind(question):
    """How a question asks: its first question word, grouped."""
    m = QUESTION_WORD.search(fold(question))
    if not m:
        return "other"
    w = m.group(1)
    if w.startswith("qu'est") and w.endswith("qui"):
        return "qui"
    if w.startswith("qu'est") or w in ("que", "qu'", "quoi", "c'est quoi"):
        return "que"
    if w.startswith("quel") or w.startswith("lequel") or w.startswith("laquelle") or w.startswith("lesquel"):
        return "quel"
    return w if w in KINDS else "other"


def holds(sentence, answers):
    """Whether a gold answer is a span of the sentence (score.py's tokens)."""
    s = " " + " ".join(norm_tokens(sentence)) + " "
    return any(norm_tokens(a) and (" " + " ".join(norm_tokens(a)) + " ") in s for a in answers)


RANKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "org",
                      "citebot", "rank", "sentence-ranker.properties")


def ranker_weights():
    w = {}
    with open(RANKER, encoding="utf-8") as f:
        for line in f:
            if line.startswith("w."):
                k, v = line.strip().split("=")
                w[k[2:]] = float(v)
    return w


def ranked(pool, weights):
    """The pool's sentences (doc, start, end), best first by the ranker's linear score."""
    if not pool:
        return []
    names = pool["names"]
    scored = [(-sum(weights.get(n, 0) * v for n, v in zip(names, r["f"])), i, (r["doc"], r["start"], r["end"]))
              for i, r in enumerate(pool["pool"])]
    return [x[2] for x in sorted(scored)]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Corpus:
    def __init__(self, folder):
        self.folder = folder
        self.names = sorted(os.listdir(folder))
        self.cache = {}

    def text(self, doc):
        if doc not in self.cache:
            name = doc if doc in self.names else next(n for n in self.names if n.startswith(doc))
            with open(os.path.join(self.folder, name), encoding="utf-8") as f:
                self.cache[doc] = f.read()
        return self.cache[doc]


def main(argv):
    misses = None
    if "--misses" in argv:
        i = argv.index("--misses")
        misses = (argv[i + 1], int(argv[i + 2]))
        argv = argv[:i] + argv[i + 3:]
    cands_path, pool_path, specs = argv[0], argv[1], argv[2:]
    for spec in specs:
        if "dev" in os.path.basename(spec.split("=")[0]) or "piaf-dev" in spec:
            sys.exit("recall.py: held-out sets (dev, piaf-dev) are not studied here: " + spec)
    golds, corpora = [], []
    for spec in specs:
        gold, corpus = spec.split("=")[:2]
        c = Corpus(corpus)
        for g in read_jsonl(gold):
            golds.append(g)
            corpora.append(c)
    cands = [c for c in read_jsonl(cands_path) if not c.get("negative")]  # fit appends its negative examples
    if len(cands) != len(golds):
        sys.exit(f"recall.py: {len(cands)} dumped questions for {len(golds)} gold ones: same --data, same order?")
    pools = {(p["group"].split(":")[0], p["id"]): p for p in read_jsonl(pool_path)}
    table = collections.OrderedDict((k, collections.Counter()) for k in KINDS + ["all"])
    shown = 0
    weights = ranker_weights()
    for g, c, corpus in zip(golds, cands, corpora):
        if g["type"] == "NONE" or not g["answers"]:
            continue
        k = kind(g["question"])
        answers = g["answers"]
        right = any(is_correct(x["text"], answers) for x in c["candidates"])
        pool = pools.get((c["group"].split(":")[0], g["id"]))
        in_pool = bool(pool) and any(r["label"] for r in pool["pool"])
        sentences = {}
        first = None
        for x in c["candidates"]:
            sid = sentence_of(pool, x)
            if sid is not None:
                sentences[sid] = True
                if x["features"].get("sentence.rank", 0) >= 0.999:
                    first = sid
        read = not right and any(holds(corpus.text(d)[s:e], answers) for (d, s, e) in sentences)
        at_first = not right and first is not None and holds(corpus.text(first[0])[first[1]:first[2]], answers)
        top3 = any(holds(corpus.text(d)[s:e], answers) for (d, s, e) in ranked(pool, weights)[:3])
        gold_words = {t for a in answers for t in norm_tokens(a)}
        noword = bool(c["candidates"]) and not right and not any(
            gold_words & set(norm_tokens(x["text"])) for x in c["candidates"])
        for row in (table[k], table["all"]):
            row["questions"] += 1
            row["right"] += right
            row["pool"] += in_pool
            row["read"] += read
            row["first"] += at_first
            row["noword"] += noword
            row["top3"] += top3
            row["miss3"] += top3 and not right
            row["none"] += not c["candidates"]
        if misses and (misses[0] in (k, "all")) and (read or top3 and not right) and shown < misses[1]:
            shown += 1
            d, s, e = next(x for x in list(sentences) + ranked(pool, weights)[:3]
                           if holds(corpus.text(x[0])[x[1]:x[2]], answers))
            print(f"[{k}] {g['id']} {g['question']}\n  gold: {' | '.join(answers)}\n  sentence: "
                  f"{corpus.text(d)[s:e]}\n  candidates: {' | '.join(x['text'] for x in c['candidates'][:12])}")
    print(f"{'kind':10}{'questions':>10}{'right':>8}{'pool':>8}{'read':>8}{'first':>8}{'noword':>8}{'none':>7}{'top3':>7}{'miss3':>7}")
    for k, row in table.items():
        print(f"{k:10}{row['questions']:>10}{row['right']:>8}{row['pool']:>8}{row['read']:>8}{row['first']:>8}"
              f"{row['noword']:>8}{row['none']:>7}{row['top3']:>7}{row['miss3']:>7}")


def sentence_of(pool, cand):
    """The pool sentence (doc, start, end) that holds a candidate, or None."""
    if not pool:
        return None
    for r in pool["pool"]:
        if r["doc"] == cand["doc"] and r["start"] <= cand["start"] and cand["end"] <= r["end"]:
            return (r["doc"], r["start"], r["end"])
    return None


if __name__ == "__main__":
    main(sys.argv[1:])
