#!/usr/bin/env python3
"""Session 12's lexical signals for the sentence ranker, prototyped over a `fit-ranker --dump`
(which writes each pooled sentence's text): a learned table of words that stand in answering
sentences more than in the others, with or without the question's interrogative words as keys,
an IBM-model-1-like table from the question's content words to the sentence's other words, and
hand-made cues (what the question's type asks for near its matched words). Each variant is the
shipped signals plus the named one, fitted listwise as rank.SentenceRankerTrainer (L2 0.1,
vectorised) and cross-validated by article as SentenceRankerCrossValidator (articles dealt
round-robin in name order into 5 folds). Every learned table is learned inside the fold, from
the training articles only; the training questions' own values come from tables learned without
their articles (4 inner folds), as a new article's will. `baseline` reproduces fit-ranker's figures.

  java -jar target/citebot.jar fit-ranker --data ... --dump target/ranker-dump.jsonl
  scripts/ranker-lexical.py target/ranker-dump.jsonl baseline cue-any words-sum words-mean ...

Variants: baseline; cue-any, cue-wh, cue-wh-any (tokens: the sentence's words not in the
question, numbers as #num / #year, capitalised words as #cap; keys: none, the interrogative
words and the noun after « quel », both); words-sum, words-mean (every word's first five letters,
no key; the sum or the mean of the lifts); ibm (keys: the question's content words' first five
letters; tokens: the sentence's other content words); type-near, type-share (the distance from
what the question's type asks for to its matched words; the share of its matched words within
three words of it); keep-rate (the question's words weighed by how often such a word of a
training question stands in its answering sentence, times their idf over the pool);
thes5, thes6, thes5-idf, thes5-30, thes5-union, thes5-union-idf (session 14: a French thesaurus, the
MyThes file named by THESAURUS, as paraphrase: docs/EXPERIMENTS.md); fit:KEY=VALUE,... (the shipped
signals under another fit: penalty, l1, std=True); rerank:K (a
second fit over the first K sentences of the shipped fit).
"""
import collections
import json
import math
import os
import re
import sys

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

FOLDS = 5
WORD = re.compile(r"\w+(?:[-’']\w+)*", re.U)
ELISION = re.compile(r"^(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’]", re.I)
STOP = set("""le la les l un une des du de d et à a au aux en dans par pour sur avec sans sous ce cet cette ces
son sa ses leur leurs se s qui que qu quoi quel quelle quels quelles est sont été être a ont avait avaient
était étaient il elle ils elles on y ne pas plus ou où comment pourquoi quand combien lequel laquelle
lesquels lesquelles dont ni mais donc or car si the of""".split())
WH = {"combien", "quand", "pourquoi", "comment", "où", "qui", "quoi", "que", "quel", "quelle", "quels",
      "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "qu"}
MONTHS = set("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())
NUMBER_WORDS = set("""deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt
trente quarante cinquante soixante cent cents mille million millions milliard milliards dizaine dizaines centaine
centaines""".split())


def words(s):
    return [ELISION.sub("", m.group(0)) for m in WORD.finditer(s)]


def pre(w, n=5):
    return w.lower()[:n]


def wh_keys(q):
    t = [w.lower() for w in words(q.replace("qu'", "que ").replace("qu’", "que "))]
    keys = set()
    for i, w in enumerate(t):
        if w in WH:
            keys.add("wh:" + w)
            if w.startswith("quel") or w.startswith("lequel") or w == "combien":
                j = i + 1
                while j < len(t) and t[j] in ("de", "d", "des", "du", "est", "sont", "était", "étaient"):
                    j += 1
                if j < len(t):
                    keys.add("focus:" + pre(t[j], 6))
    return keys or {"wh:none"}


def cue_tokens(text, qpre):
    out = set()
    for i, w in enumerate(words(text)):
        if pre(w) in qpre:
            continue
        if re.fullmatch(r"\d+", w):
            out.add("#num")
            if re.fullmatch(r"1\d{3}|20\d{2}", w):
                out.add("#year")
        elif w[0].isupper() and i > 0:
            out.add("#cap")
        else:
            out.add(w.lower())
    return out


def type_asked(q):
    q = q.lower()
    if "combien" in q:
        return "NUM"
    if "quand" in q or re.search(r"quelle (année|date|époque|période)|quel (siècle|jour|mois)", q):
        return "DATE"
    if re.search(r"\bqui\b", q) and not re.search(r"qu'est-ce qui|qu'est ce qui|\bce qui\b", q):
        return "CAP"
    if re.search(r"\boù\b|quel(le)? (pays|ville|région|lieu|endroit)", q):
        return "CAP"
    return None


def is_asked(w, i, kind):
    if kind == "NUM":
        return bool(re.fullmatch(r"\d+", w)) or w.lower() in NUMBER_WORDS
    if kind == "DATE":
        return bool(re.fullmatch(r"1\d{3}|20\d{2}", w)) or w.lower() in MONTHS
    return i > 0 and w[0].isupper()


rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
if rows and rows[0]["pool"] and "text" not in rows[0]["pool"][0]:
    sys.exit("the dump has no sentence text: write it with this version's fit-ranker --dump")
groups = sorted({r["group"] for r in rows})
fold = {g: i % FOLDS for i, g in enumerate(groups)}
Q = []
for r in rows:
    pool = r["pool"]
    qpre = {pre(w) for w in words(r["question"]) if w.lower() not in STOP}
    Q.append(dict(g=r["group"], q=r["question"], qpre=qpre, pool=pool,
                  X=np.array([p["f"] for p in pool]) if pool else np.zeros((0, len(r["names"]))),
                  y=np.array([p["label"] for p in pool], bool)))


def fit(pools, penalty=0.1, l1=0.0, std=False):
    """The listwise fit; `std` scales each signal to unit variance before the L2 penalty, `l1` adds
    an L1 penalty (weights split into positive and negative parts, kept >= 0)."""
    pools = [p for p in pools if p[1].any()]
    X = np.vstack([p[0] for p in pools])
    Y = np.concatenate([p[1] for p in pools])
    sd = X.std(0)
    sd[sd == 0] = 1
    if std:
        X = (X - X.mean(0)) / sd
    sizes = [len(p[1]) for p in pools]
    idx = np.cumsum([0] + sizes)[:-1]
    seg = np.repeat(np.arange(len(pools)), sizes)
    d = X.shape[1]

    def f(v):
        w = v[:d] - v[d:] if l1 else v
        z = X @ w
        e = np.exp(z - np.maximum.reduceat(z, idx)[seg])
        a = np.add.reduceat(e, idx)
        pos = np.add.reduceat(np.where(Y, e, 0), idx)
        coef = e / a[seg] - np.where(Y, e / pos[seg], 0)
        loss = -(np.log(pos) - np.log(a)).sum() + 0.5 * penalty * w @ w
        grad = coef @ X + penalty * w
        if l1:
            return loss + l1 * v.sum(), np.concatenate([grad + l1, -grad + l1])
        return loss, grad
    if l1:
        v = minimize(f, np.zeros(2 * d), jac=True, method="L-BFGS-B", bounds=[(0, None)] * (2 * d)).x
        w = v[:d] - v[d:]
    else:
        w = minimize(f, np.zeros(d), jac=True, method="L-BFGS-B").x
    return w / sd if std else w  # a pool's shift does not change its order


def cv(label, extra=None, **fitting):
    """extra(train indices, test indices) -> (column per train question, column per test question)."""
    total = [0, 0, 0]
    per = []
    for k in range(FOLDS):
        train = [i for i, d in enumerate(Q) if fold[d["g"]] != k]
        test = [i for i, d in enumerate(Q) if fold[d["g"]] == k]
        tr, te = extra(train, test) if extra else ({}, {})
        mat = lambda i, ex: np.hstack([Q[i]["X"], ex[i]]) if ex else Q[i]["X"]
        w = fit([(mat(i, tr), Q[i]["y"]) for i in train], **fitting)
        r = [0, 0, len(test)]
        for i in test:
            if len(Q[i]["y"]):
                o = np.argsort(-(mat(i, te) @ w), kind="stable")
                r[0] += Q[i]["y"][o[0]]
                r[1] += Q[i]["y"][o[:3]].any()
        per.append("%.1f/%.1f" % (100 * r[0] / r[2], 100 * r[1] / r[2]))
        total = [a + b for a, b in zip(total, r)]
    print("%-12s top1 / top3 %.1f / %.1f   folds %s" % (label, 100 * total[0] / total[2], 100 * total[1] / total[2],
                                                      " ".join(per)), flush=True)


def cross_fitted(table, measure):
    """A learned signal's values for one outer fold: the held-out questions get the table learned on
    the whole training part; the training questions get tables learned without their own articles
    (FOLDS - 1 inner folds by article), so the weights never lean on a table that saw the question."""
    def extra(train, test):
        inner = {g: j % (FOLDS - 1) for j, g in enumerate(sorted({Q[i]["g"] for i in train}))}
        tr = {}
        for j in range(FOLDS - 1):
            tr.update(measure(table([i for i in train if inner[Q[i]["g"]] != j]),
                              [i for i in train if inner[Q[i]["g"]] == j]))
        return tr, measure(table(train), test)
    return extra


def learned(keys_of, tokens_of, norm=False, alpha=20.0, min_count=3, scale=0.2):
    """A lift table per (key, token), learned in each fold (training values cross-fitted), as a signal."""
    kv, tv = {}, {}
    si, sj, ki, kj, y, span = [], [], [], [], [], []
    n = 0
    for d in Q:
        keys = keys_of(d)
        span.append((n, n + len(d["pool"])))
        for p, label in zip(d["pool"], d["y"]):
            for t in tokens_of(d, p):
                si.append(n); sj.append(tv.setdefault(t, len(tv)))
            for key in keys:
                ki.append(n); kj.append(kv.setdefault(key, len(kv)))
            y.append(label); n += 1
    S = sp.csr_matrix((np.ones(len(si)), (si, sj)), shape=(n, len(tv))); S.data[:] = 1
    K = sp.csr_matrix((np.ones(len(ki)), (ki, kj)), shape=(n, len(kv))); K.data[:] = 1
    y = np.array(y, float)

    def table(questions):
        mask = np.zeros(n)
        for i in questions:
            if Q[i]["y"].any():
                mask[span[i][0]:span[i][1]] = 1
        Kt = (sp.diags(mask) @ K).T.tocsr()
        T = (Kt @ S).tocsr(); P = (Kt @ sp.diags(y) @ S).tocsr()
        base = (y * mask).sum() / mask.sum()
        E = T.copy(); E.data = (E.data >= min_count).astype(float); E.eliminate_zeros()
        L = ((P.multiply(E) + E * (alpha * base)).multiply((T.multiply(E) + E * alpha).power(-1))).tocsr()
        L.data = np.log(L.data / base)
        return L

    def measure(L, questions):
        out = {}
        for i in questions:
            a, b = span[i]
            if a == b:
                out[i] = np.zeros((0, 1)); continue
            v = np.asarray(L[np.unique(K[a:b].indices)].sum(0)).ravel()
            f = S[a:b] @ v
            if norm:
                f = f / np.maximum(1, np.asarray(S[a:b].sum(1)).ravel())
            out[i] = scale * f[:, None]
        return out

    return cross_fitted(table, measure)


def cues(column):
    """Hand-made cues: how near what the question's type asks for stands to its matched words."""
    values = []
    for d in Q:
        kind = type_asked(d["q"])
        f = np.zeros((len(d["pool"]), 1))
        for j, p in enumerate(d["pool"]):
            ws = words(p["text"])
            matched = [i for i, w in enumerate(ws) if pre(w) in d["qpre"] and w.lower() not in STOP]
            asked = [i for i, w in enumerate(ws) if kind and i not in matched and is_asked(w, i, kind)]
            if matched and asked:
                f[j, 0] = 1 / (1 + min(abs(a - m) for a in asked for m in matched)) if column == 0 else \
                    sum(1 for m in matched if any(abs(a - m) <= 3 for a in asked)) / len(matched)
        values.append(f)
    return lambda train, test: ({i: values[i] for i in train}, {i: values[i] for i in test})


def keep_rate(strength=5.0):
    """The question's content words weighed by how often such a word (its first five letters) of a
    training question stands in the answering sentence (smoothed towards all words' rate by
    `strength` questions), times its idf over the pool: the share of that weight the sentence holds."""
    for d in Q:
        qw = list(dict.fromkeys(pre(w) for w in words(d["q"]) if w.lower() not in STOP))
        held = [{pre(w) for w in words(p["text"])} for p in d["pool"]]
        n = len(held)
        d["qw"] = qw
        d["held"] = np.array([[u in h for u in qw] for h in held], float).reshape(n, len(qw))
        d["idf"] = np.array([math.log((n + 1) / (1 + sum(u in h for h in held))) + 0.1 for u in qw])
        answers = [i for i in range(n) if d["y"][i]]
        d["answer_has"] = [any(u in held[i] for i in answers) for u in qw] if answers else None

    def table(questions):
        counts = collections.defaultdict(lambda: [0, 0])
        for i in questions:
            if Q[i]["answer_has"] is not None:
                for u, h in zip(Q[i]["qw"], Q[i]["answer_has"]):
                    counts[u][0] += 1
                    counts[u][1] += h
        rate = sum(c[1] for c in counts.values()) / max(1, sum(c[0] for c in counts.values()))
        return {u: (c[1] + strength * rate) / (c[0] + strength) for u, c in counts.items()}, rate

    def measure(tab, questions):
        out = {}
        for i in questions:
            d = Q[i]
            w = np.array([tab[0].get(u, tab[1]) for u in d["qw"]]) * d["idf"]
            out[i] = (d["held"] @ w / w.sum())[:, None] if len(d["qw"]) and len(d["pool"]) else \
                np.zeros((len(d["pool"]), 1))
        return out

    return cross_fitted(table, measure)



def rerank(k, penalty=1.0):
    """A second listwise fit over each pool's first `k` sentences by the shipped fit (its score a
    signal too), learned on the training questions' first `k` under weights fitted without their
    articles (4 inner folds); the held-out pools' first `k` re-ordered by it."""
    total = [0, 0, 0]
    per = []
    for f in range(FOLDS):
        train = [i for i, d in enumerate(Q) if fold[d["g"]] != f]
        test = [i for i, d in enumerate(Q) if fold[d["g"]] == f]
        w1 = fit([(Q[i]["X"], Q[i]["y"]) for i in train])
        inner = {g: j % (FOLDS - 1) for j, g in enumerate(sorted({Q[i]["g"] for i in train}))}
        sub = []
        for j in range(FOLDS - 1):
            wj = fit([(Q[i]["X"], Q[i]["y"]) for i in train if inner[Q[i]["g"]] != j])
            for i in train:
                if inner[Q[i]["g"]] == j and len(Q[i]["y"]):
                    s = Q[i]["X"] @ wj
                    o = np.argsort(-s, kind="stable")[:k]
                    sub.append((np.hstack([Q[i]["X"][o], s[o][:, None] / 10]), Q[i]["y"][o]))
        w2 = fit(sub, penalty)
        r = [0, 0, len(test)]
        for i in test:
            if len(Q[i]["y"]):
                s = Q[i]["X"] @ w1
                o = np.argsort(-s, kind="stable")
                top = o[:k]
                order = list(top[np.argsort(-(np.hstack([Q[i]["X"][top], s[top][:, None] / 10]) @ w2),
                                            kind="stable")]) + list(o[k:])
                r[0] += Q[i]["y"][order[0]]
                r[1] += Q[i]["y"][order[:3]].any()
        per.append("%.1f/%.1f" % (100 * r[0] / r[2], 100 * r[1] / r[2]))
        total = [a + b for a, b in zip(total, r)]
    print("%-12s top1 / top3 %.1f / %.1f   folds %s" % ("rerank:%d" % k, 100 * total[0] / total[2],
                                                      100 * total[1] / total[2], " ".join(per)), flush=True)


def thesaurus(path, n=5, max_syn=1000, idf=False, union=False):
    """Paraphrase through a thesaurus (LibreOffice's French MyThes file, `THESAURUS` in the
    environment): the share of the question's content words that the sentence does not hold (first
    `n` letters) but holds a synonym of. Single-word synonyms only; entries with more than
    `max_syn` synonyms left out (too vague to tell sentences apart)."""
    import unicodedata
    fold = lambda w: unicodedata.normalize("NFKD", w.lower()).encode("ascii", "ignore").decode()
    key = lambda w: fold(w)[:n]
    syn = collections.defaultdict(set)
    lines = open(path, encoding="utf-8").read().split("\n")[1:]
    i = 0
    while i < len(lines):
        head = lines[i].split("|")
        i += 1
        if len(head) != 2 or not head[1].isdigit():
            continue
        group = set()
        for _ in range(int(head[1])):
            if i < len(lines):
                group |= {x.strip() for x in lines[i].split("|")[1:] if x.strip() and " " not in x.strip()}
                i += 1
        if " " in head[0] or len(group) > max_syn:
            continue
        k = key(head[0])
        syn[k] |= {key(x) for x in group if key(x) != k}
    values = []
    for d in Q:
        qw = list(dict.fromkeys(key(w) for w in words(d["q"]) if w.lower() not in STOP and w.lower() not in WH
                                and len(w) > 2 and not w.isdigit()))
        f = np.zeros((len(d["pool"]), 1))
        held = [{key(w) for w in words(p["text"])} for p in d["pool"]]
        nn = len(held)
        wts = np.array([math.log((nn + 1) / (1 + sum(u in h for h in held))) + 0.1 for u in qw]) if idf \
            else np.ones(len(qw))
        for j, h in enumerate(held):
            if qw:
                got = [(union and u in h) or (u not in h and bool(syn.get(u, set()) & h)) for u in qw]
                f[j, 0] = float(np.dot(got, wts) / wts.sum())
        values.append(f)
    return lambda train, test: ({i: values[i] for i in train}, {i: values[i] for i in test})


VARIANTS = {
    "baseline": lambda: None,
    "cue-any": lambda: learned(lambda d: ["*"], lambda d, p: cue_tokens(p["text"], d["qpre"])),
    "cue-wh": lambda: learned(wh_keys_of, lambda d, p: cue_tokens(p["text"], d["qpre"])),
    "cue-wh-any": lambda: learned(lambda d: list(wh_keys(d["q"])) + ["*"],
                                  lambda d, p: cue_tokens(p["text"], d["qpre"])),
    "words-sum": lambda: learned(lambda d: ["*"], lambda d, p: {pre(w) for w in words(p["text"])}),
    "words-mean": lambda: learned(lambda d: ["*"], lambda d, p: {pre(w) for w in words(p["text"])}, norm=True,
                                  scale=2),
    "ibm": lambda: learned(lambda d: ["q:" + w for w in d["qpre"]],
                           lambda d, p: {pre(w) for w in words(p["text"])
                                         if pre(w) not in d["qpre"] and w.lower() not in STOP}),
    "type-near": lambda: cues(0),
    "type-share": lambda: cues(1),
    "keep-rate": lambda: keep_rate(),
    "thes5": lambda: thesaurus(os.environ["THESAURUS"], 5),
    "thes6": lambda: thesaurus(os.environ["THESAURUS"], 6),
    "thes5-idf": lambda: thesaurus(os.environ["THESAURUS"], 5, idf=True),
    "thes5-30": lambda: thesaurus(os.environ["THESAURUS"], 5, max_syn=30),
    "thes5-union": lambda: thesaurus(os.environ["THESAURUS"], 5, union=True),
    "thes5-union-idf": lambda: thesaurus(os.environ["THESAURUS"], 5, idf=True, union=True),
}


def wh_keys_of(d):
    return list(wh_keys(d["q"]))


for name in sys.argv[2:]:
    if name.startswith("rerank:"):  # a second fit over the first K: rerank:5
        rerank(int(name[7:]))
        continue
    if name.startswith("fit:"):  # the shipped signals, another fit: fit:std=True,penalty=10
        cv(name, None, **eval("dict(" + name[4:] + ")"))
        continue
    if name not in VARIANTS:
        sys.exit("unknown variant " + name + "; known: " + " ".join(VARIANTS))
    cv(name, VARIANTS[name]())
