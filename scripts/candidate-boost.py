#!/usr/bin/env python3
"""Compares the shipped linear listwise candidate model with gradient-boosted trees on its listwise
gradient, cross-validated by article exactly as `citebot fit` does (eval.ConfidenceFit).

Reads the labelled candidates of `citebot fit --dump FILE` (training sets only: seeds-train and
piaf-train; never the held-out dev questions or piaf-dev) and reports, per outer fold and pooled:

  best   questions whose best-scored candidate is right
  at80   the most right answers at precision >= 0.80 on the pooled held-out answers (threshold
         chosen on them: optimistic, for comparing orders of confidence)
  nested answered / right with the threshold chosen inside each training part (as `fit` prints)
  cost   right - 4 x wrong of the nested answers (4: the break-even of 80% precision)
  sets   each training set's nested answers and out-of-fold curve at 0.50 / 0.60 / 0.70, its precision
         and its cost (seeds-train right - 19 x wrong, piaf-train right - 4 x wrong: the break-even of
         each hidden bar, 95% and 80%), per fold

--set-weight « seeds=5 » weighs each training set's examples (still one model, one threshold, for
every corpus) in the listwise loss, the calibration and / or the threshold's precision
(--weight-in); docs/EXPERIMENTS.md, « Training-set weights in the confidence fit (session 11) ».

Calibration inputs beyond the shipped ones (--inputs, --by-family) are measured with
scripts/calibration-variants.py; situation signals (SITUATION below) are read from the dump when
it holds them and never enter the listwise score.

Models:
  linear   the shipped model: listwise softmax over the signals and conjunctions (L2 3), the
           score of a held-out part the mean of the inner folds' weights (the committee), the
           logistic calibration (L2 10) on the inner folds' held-out scores, as ConfidenceFit.
  boosted  the linear score (held-out within the training part) as base margin, then depth-D
           regression trees fitted by Newton steps on the same listwise softmax loss, over the
           signals, the linear score and the question type; calibrated the same way.

  scripts/candidate-boost.py target/fit-dump.jsonl [--trees 200 --depth 3 --shrink 0.1 ...]

Signals of meaning (docs/EXPERIMENTS.md, « Signals of meaning (session 12) »): --family-min gives a
conjunction family a least count of its own, --without leaves families out, --assoc adds a smoothed
association table learned per outer fold from the other folds only.

Needs numpy and scipy only.
"""
import argparse
import json
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

MIN_CONJUNCTION_COUNT = 20
MARGIN_CAP = 5.0


# ---- data --------------------------------------------------------------------------------------

class Data:
    """Every question's candidates, flattened: candidate rows are contiguous per question."""

    def __init__(self, path, negatives=True, min_conjunctions=MIN_CONJUNCTION_COUNT, family_min=None, drop=()):
        qs = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    q = json.loads(line)
                    if negatives or not q.get("negative"):
                        qs.append(q)
        self.questions = qs
        feats = sorted({k for q in qs for c in q["candidates"] for k in c["features"]} - set(SITUATION))
        self.features = feats
        fi = {k: i for i, k in enumerate(feats)}
        counts = {}
        for q in qs:
            if q.get("negative"):
                continue
            for c in q["candidates"]:
                for x in c["conjunctions"]:
                    counts[x] = counts.get(x, 0) + 1
        family_min = family_min or {}

        def least(x):
            for fam, m in family_min.items():
                if "|" + fam + "=" in x:
                    return m
            return min_conjunctions

        vocab = sorted(k for k, v in counts.items() if v >= least(k) and not any("|" + d + "=" in k for d in drop))
        vi = {k: i for i, k in enumerate(vocab)}
        self.vocab = vocab
        n = sum(len(q["candidates"]) for q in qs)
        X = np.zeros((n, len(feats)))
        # situation signals (per question, or per candidate but only for the calibration): kept apart
        Xs = np.zeros((n, len(SITUATION)))
        si = {k: i for i, k in enumerate(SITUATION)}
        rows, cols = [], []
        right = np.zeros(n, bool)
        f1 = np.zeros(n)
        starts = np.zeros(len(qs) + 1, int)
        docs, spans, keys = [], [], []
        self_assoc = []
        r = 0
        for qi, q in enumerate(qs):
            starts[qi] = r
            for c in q["candidates"]:
                for k, v in c["features"].items():
                    if k in si:
                        Xs[r, si[k]] = v
                    else:
                        X[r, fi[k]] = v
                for x in c["conjunctions"]:
                    j = vi.get(x)
                    if j is not None:
                        rows.append(r)
                        cols.append(j)
                an = qk = None
                for x in c["conjunctions"]:
                    if "|anhd=" in x:
                        an = x
                    elif "|qwhd=" in x:
                        qk = x
                self_assoc.append((qk, an))
                right[r] = c["correct"]
                f1[r] = c["f1"]
                docs.append(c.get("doc", ""))
                spans.append((c.get("start", 0), c.get("end", 0)))
                keys.append(c.get("key", c["text"]))
                r += 1
        starts[len(qs)] = r
        self.assoc = self_assoc
        if ASSOC["on"]:
            X = np.hstack([X, np.zeros((n, 2))])
            self.features = feats = feats + ["assoc.qw", "assoc.an"]
        self.X = X
        self.Xs = Xs
        self.S = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocab)))
        self.right = right
        self.f1 = f1
        self.starts = starts
        self.docs = docs
        self.spans = spans
        self.keys = keys
        self.group = [q["group"] for q in qs]
        self.type = [q["type"] for q in qs]
        self.negative = np.array([bool(q.get("negative")) for q in qs])
        self.answerable = np.array([bool(q.get("answerable", True)) for q in qs])
        self.qid = np.repeat(np.arange(len(qs)), np.diff(starts))
        self.reachable = np.array([right[starts[i]:starts[i + 1]].any() for i in range(len(qs))])
        types = sorted(set(self.type))
        self.types = types
        self.type_index = np.array([types.index(t) for t in self.type])
        self.set = [g.split(":")[0] for g in self.group]
        # each question's training weight (--set-weight; 1 by default): how much it counts in the
        # listwise fit and / or the calibration, never an input of the model
        self.weight = np.ones(len(qs))
        self.family = np.array([family_of(X[starts[i]], fi) if starts[i + 1] > starts[i] else 0
                                for i in range(len(qs))])

    def rows(self, qids):
        """Candidate row indices of questions qids (in order), and the new starts."""
        qids = np.asarray(qids, int)
        lens = self.starts[qids + 1] - self.starts[qids]
        idx = np.concatenate([np.arange(self.starts[q], self.starts[q + 1]) for q in qids]) if len(qids) else \
            np.zeros(0, int)
        st = np.concatenate([[0], np.cumsum(lens)])
        return idx, st


def folds_of(groups, k=5):
    """Articles dealt round-robin in name order (ConfidenceFit.folds)."""
    return {g: i % k for i, g in enumerate(sorted(set(groups)))}


def each_fold(data, qids, k=5):
    fold = folds_of([data.group[q] for q in qids], k)
    qids = np.asarray(qids)
    f = np.array([fold[data.group[q]] for q in qids])
    for h in range(k):
        train, test = qids[f != h], qids[f == h]
        if len(train) and len(test):
            yield h, train, test


# ---- listwise softmax ----------------------------------------------------------------------------

def seg_softmax(s, st):
    """Per-segment softmax of s (segments st), and per-row segment index."""
    lens = np.diff(st)
    seg = np.repeat(np.arange(len(lens)), lens)
    top = np.maximum.reduceat(s, st[:-1]) if len(s) else np.zeros(0)
    e = np.exp(s - top[seg])
    tot = np.add.reduceat(e, st[:-1])
    return e / tot[seg], e, tot, seg


def listwise_grad(s, right, st, qw=None):
    """Loss, gradient and diagonal Newton weight of the listwise softmax loss in each score (qw: each
    question's weight, 1 if None)."""
    p, e, tot, seg = seg_softmax(s, st)
    pe = np.add.reduceat(np.where(right, e, 0), st[:-1])
    q = np.where(right, e / pe[seg], 0)
    if qw is None:
        qw = np.ones(len(st) - 1)
    loss = -(qw * (np.log(pe) - np.log(tot))).sum()
    g = (p - q) * qw[seg]
    h = np.maximum(p * (1 - p) - q * (1 - q), 1e-6)
    return loss, g, h


def fit_linear(data, qids, penalty=3.0):
    qids = [q for q in qids if data.reachable[q]]
    idx, st = data.rows(qids)
    X, S, r = data.X[idx], data.S[idx], data.right[idx]
    d, v = X.shape[1], S.shape[1]
    qw = normalised(data.weight[qids]) if WEIGHT_IN["listwise"] else None

    def fg(w):
        s = X @ w[:d] + S @ w[d:]
        loss, g, _ = listwise_grad(s, r, st, qw)
        grad = np.concatenate([X.T @ g, S.T @ g])
        return loss + 0.5 * penalty * w @ w, grad + penalty * w

    res = minimize(fg, np.zeros(d + v), jac=True, method="L-BFGS-B", options={"maxiter": 1000, "gtol": 1e-6})
    return res.x


def normalised(w):
    """Weights scaled to a mean of 1 over the examples fitted: the penalty keeps its strength."""
    return w * (len(w) / w.sum())


WEIGHT_IN = {"listwise": False, "calibration": False, "threshold": False}


def linear_scores(data, w, qids):
    idx, st = data.rows(qids)
    d = data.X.shape[1]
    return data.X[idx] @ w[:d] + data.S[idx] @ w[d:], idx, st


# ---- boosted trees --------------------------------------------------------------------------------

class Binner:
    def __init__(self, X, bins):
        self.edges = []
        for j in range(X.shape[1]):
            u = np.unique(X[:, j])
            if len(u) <= bins:
                e = (u[:-1] + u[1:]) / 2
            else:
                e = np.unique(np.quantile(X[:, j], np.linspace(0, 1, bins + 1)[1:-1]))
            self.edges.append(e)

    def transform(self, X):
        B = np.zeros(X.shape, np.int32)
        for j, e in enumerate(self.edges):
            B[:, j] = np.searchsorted(e, X[:, j], side="right")
        return B


def one_hot(B, nb):
    """The bins of B as a sparse (features x bins) by rows matrix, transposed: histograms are products."""
    n, F = B.shape
    cols = (np.arange(F) * nb)[None, :] + B
    O = sp.csr_matrix((np.ones(n * F), cols.ravel(), np.arange(0, n * F + 1, F)), shape=(n, F * nb))
    return O.T.tocsr()


def fit_tree(B, OT, g, h, depth, lam, nb, min_h, feat_ok):
    """One Newton regression tree on binned B; nodes: arrays (feature, bin threshold, left, right, value)."""
    n, F = B.shape
    node = np.zeros(n, np.int64)
    feat, thr, left, rightc, value = [-1], [0], [-1], [-1], [0.0]
    frontier = [0]
    for level in range(depth):
        if not frontier:
            break
        m = len(frontier)
        M = np.zeros((n, 2 * m))
        for i, nid in enumerate(frontier):
            sel = node == nid
            M[sel, i] = g[sel]
            M[sel, m + i] = h[sel]
        hist = np.asarray(OT @ M)  # (F*nb) x 2m
        GH = hist[:, :m].T.reshape(m, F, nb)
        HH = hist[:, m:].T.reshape(m, F, nb)
        GL, HL = np.cumsum(GH, 2), np.cumsum(HH, 2)
        Gt, Ht = GL[:, :, -1:], HL[:, :, -1:]
        GR, HR = Gt - GL, Ht - HL
        gain = GL ** 2 / (HL + lam) + GR ** 2 / (HR + lam) - Gt ** 2 / (Ht + lam)
        gain[(HL < min_h) | (HR < min_h)] = -np.inf
        gain[:, ~feat_ok, :] = -np.inf
        new_frontier = []
        for i, nid in enumerate(frontier):
            flat = np.argmax(gain[i])
            f, b = divmod(flat, nb)
            if not np.isfinite(gain[i, f, b]) or gain[i, f, b] <= 1e-9:
                continue
            l_id, r_id = len(feat), len(feat) + 1
            for _ in range(2):
                feat.append(-1); thr.append(0); left.append(-1); rightc.append(-1); value.append(0.0)
            feat[nid], thr[nid], left[nid], rightc[nid] = f, b, l_id, r_id
            sel = node == nid
            go_left = B[:, f] <= b
            node[sel & go_left] = l_id
            node[sel & ~go_left] = r_id
            new_frontier += [l_id, r_id]
        frontier = new_frontier
    G = np.bincount(node, weights=g, minlength=len(feat))
    H = np.bincount(node, weights=h, minlength=len(feat))
    for i in range(len(feat)):
        if feat[i] < 0:
            value[i] = -G[i] / (H[i] + lam)
    return np.array(feat), np.array(thr), np.array(left), np.array(rightc), np.array(value)


def tree_predict(tree, B):
    feat, thr, left, rightc, value = tree
    node = np.zeros(B.shape[0], np.int64)
    while True:
        f = feat[node]
        inner = f >= 0
        if not inner.any():
            break
        ni = node[inner]
        go_left = B[np.nonzero(inner)[0], f[inner]] <= thr[ni]
        node[inner] = np.where(go_left, left[ni], rightc[ni])
    return value[node]


def tree_features(data, idx, st, base, qids, use_type):
    cols = [data.X[idx], base[:, None]]
    if use_type:
        t = data.type_index[np.repeat(np.asarray(qids), np.diff(st))]
        cols.append(np.eye(len(data.types))[t])
    return np.hstack(cols)


class Boosted:
    def __init__(self, args):
        self.a = args

    def fit(self, data, qids, base):
        """base: linear scores of qids' candidate rows (held-out within the training part)."""
        a = self.a
        qids = np.asarray(qids)
        keep = data.reachable[qids]
        qids_r = qids[keep]
        idx_all, st_all = data.rows(qids)
        mask = np.repeat(keep, np.diff(st_all))
        base_r = base[mask]
        idx, st = data.rows(qids_r)
        if a.top:
            # each question's top candidates by the base score only: the trees reorder the head
            keep_rows = np.zeros(len(idx), bool)
            for i in range(len(qids_r)):
                seg = base_r[st[i]:st[i + 1]]
                order = np.argsort(-seg, kind="stable")[:a.top]
                keep_rows[st[i] + order] = True
            lens = np.add.reduceat(keep_rows, st[:-1])
            idx, base_r = idx[keep_rows], base_r[keep_rows]
            st = np.concatenate([[0], np.cumsum(lens)])
            ok = data.right[idx]
            has_right = np.add.reduceat(ok, st[:-1]) > 0
            rows_ok = np.repeat(has_right, lens)
            idx, base_r = idx[rows_ok], base_r[rows_ok]
            qids_r = qids_r[has_right]
            st = np.concatenate([[0], np.cumsum(lens[has_right])])
        Z = tree_features(data, idx, st, base_r, qids_r, a.type)
        self.binner = Binner(Z, a.bins)
        B = self.binner.transform(Z)
        OT = one_hot(B, a.bins + 1)
        r = data.right[idx]
        s = base_r.copy()
        self.trees = []
        rng = np.random.default_rng(a.seed)
        for t in range(a.trees):
            _, g, h = listwise_grad(s, r, st)
            feat_ok = rng.random(B.shape[1]) < a.colsample
            tree = fit_tree(B, OT, g, h, a.depth, a.lam, a.bins + 1, a.min_h, feat_ok)
            tree = tree[:4] + (tree[4] * a.shrink,)
            self.trees.append(tree)
            s += tree_predict(tree, B)
        return self

    def score(self, data, qids, base):
        idx, st = data.rows(qids)
        Z = tree_features(data, idx, st, base, qids, self.a.type)
        B = self.binner.transform(Z)
        s = base.copy()
        for tree in self.trees:
            s += tree_predict(tree, B)
        return s


# ---- calibration and figures -------------------------------------------------------------------------

# Signals of the dump that describe the question's situation (or serve the calibration only): never
# in the listwise score; a calibration reads them only when named by --inputs.
SITUATION = ["sentence.margin", "sentence.top.probability", "rare.word.sentences", "rare.pair.sentences",
             "only.of.its.family"]

# The question type families (the analyser's type, one-hot in the dump): typed extractors, phrase
# questions (« quel / que »), and reasons and yes/no.
FAMILIES = ["typed", "phrase", "reason"]
TYPED = ["type.quantity", "type.date", "type.person", "type.place", "type.organization"]
PHRASE = ["type.other", "type.definition"]


def family_of(x, fi):
    """0 typed, 1 phrase, 2 reason / yes-no, from a candidate's type one-hot."""
    if any(k in fi and x[fi[k]] > 0 for k in TYPED):
        return 0
    if any(k in fi and x[fi[k]] > 0 for k in PHRASE):
        return 1
    return 2


def candidate_family(data, row):
    """The candidate's extractor family: 0 typed, 1 a name of the lists or titles, 2 a phrase or chunk."""
    fi = FEATURE_INDEX[0]
    x = data.X[row]
    if any(k in fi and x[fi[k]] > 0 for k in ("origin.phrase", "origin.chunk")):
        return 2
    if any(k in fi and x[fi[k]] > 0 for k in ("origin.listed", "origin.title", "origin.full.name", "origin.corpus",
                                                "origin.unclassified")):
        return 1
    return 0


FEATURE_INDEX = [None]
# each set's cost of a wrong answer (set = the dump's group before the colon); others: 4
SET_COST = {"seeds-train.jsonl": 19.0, "questions.jsonl": 4.0}


def set_weights(data, spec):
    """--set-weight « seeds=5,questions=1 »: each question of a set whose name starts with NAME weighs W."""
    data.weight = np.ones(len(data.questions))
    for part in [x for x in (spec or "").split(",") if x]:
        name, _, w = part.partition("=")
        sel = np.array([s.startswith(name) for s in data.set])
        if not sel.any():
            raise SystemExit(f"--set-weight: no training set starts with « {name} » (sets: {sorted(set(data.set))})")
        data.weight[sel] = float(w)


def extra_inputs(data, q, s, best, shares, summary):
    """The calibration inputs named by --inputs, after the shipped ones."""
    out = []
    a = data.starts[q]
    row = a + best
    fam = np.eye(3)[data.family[q]]
    for name in EXTRA["inputs"]:
        if name == "family-slope":  # one slope of score, share and margin per type family
            out += list(np.outer(fam, [summary[0], summary[1], summary[3]]).ravel())
        elif name == "family-score":
            out += list(fam * summary[0])
        elif name == "origin-slope":  # one slope of score per extractor family of the candidate
            out += list(np.eye(3)[candidate_family(data, row)] * summary[0])
        elif name == "top3-share":  # its share of the three best candidates' mass
            e = np.sort(np.exp(s - s.max()))[::-1][:3]
            out.append(1.0 / e.sum())
        elif name in ("margin", "top-probability", "rare", "rare-pair", "only-family"):
            k = {"margin": "sentence.margin", "top-probability": "sentence.top.probability",
                 "rare": "rare.word.sentences", "rare-pair": "rare.pair.sentences",
                 "only-family": "only.of.its.family"}[name]
            out.append(data.Xs[row, SITUATION.index(k)])
        elif name == "rare-by-family":
            out += list(fam * data.Xs[row, SITUATION.index("rare.word.sentences")])
        elif name == "margin-by-family":
            out += list(fam * data.Xs[row, SITUATION.index("sentence.margin")])
        elif name in ("agreement-by-family", "repeated-by-family"):  # a shipped signal's slope per type family
            out += list(fam * data.X[row, FEATURE_INDEX[0][name.split("-")[0]]])
        else:
            raise SystemExit(f"unknown calibration input {name}")
    return out


EXTRA = {"inputs": [], "by_family": False}

def calibration_inputs(data, q, s):
    a, b = data.starts[q], data.starts[q + 1]
    best = int(np.argmax(s))
    top = s.max()
    e = np.exp(s - top)
    shares = e / e.sum()
    doc, (bs, be), key = data.docs[a + best], data.spans[a + best], data.keys[a + best]
    value, rival = 0.0, -np.inf
    for i in range(len(s)):
        d, (cs, ce) = data.docs[a + i], data.spans[a + i]
        variant = d == doc and bs < ce and cs < be
        if variant or data.keys[a + i] == key:
            value += shares[i]
        else:
            rival = max(rival, s[i])
    summary = [s[best], shares[best], value, min(MARGIN_CAP, s[best] - rival), np.log(1 + len(s)) / 5]
    extra = extra_inputs(data, q, s, best, shares, summary)
    return np.concatenate([summary, data.X[a + best], extra]), best


def logistic_fit(X, y, penalty, sw=None):
    """IRLS with L2 on the weights, not the bias (eval.LogisticRegression); sw: each example's weight."""
    n, d = X.shape
    sw = np.ones(n) if sw is None else sw
    A = np.hstack([np.ones((n, 1)), X])
    beta = np.zeros(d + 1)
    pen = np.full(d + 1, penalty)
    pen[0] = 1e-6
    for _ in range(30):
        z = A @ beta
        p = 1 / (1 + np.exp(-z))
        w = np.maximum(p * (1 - p), 1e-9) * sw
        grad = A.T @ (sw * (y - p)) - np.where(np.arange(d + 1) == 0, 0, penalty * beta)
        H = (A * w[:, None]).T @ A + np.diag(pen)
        step = np.linalg.lstsq(H, grad, rcond=None)[0]
        beta += step
        if np.abs(step).max() < 1e-7:
            break
    return beta


class Calibrated:
    """Per question: calibration inputs, best candidate correct/f1."""

    def __init__(self, data, scores):  # scores: dict q -> array
        self.data = data
        self.rows = {}
        for q, s in scores.items():
            if len(s) == 0:
                continue
            x, best = calibration_inputs(data, q, s)
            a = data.starts[q]
            self.rows[q] = (x, bool(data.right[a + best]), data.f1[a + best])


class Logit:
    """The shipped calibration: a logistic regression (eval.LogisticRegression)."""

    def __init__(self, X, y, penalty, sw=None):
        self.beta = logistic_fit(X, y, penalty, sw)

    def logit(self, X):
        return self.beta[0] + X @ self.beta[1:]


class BoostedLogit:
    """A logistic regression, then trees on the logistic loss over the same inputs (nonlinear calibration)."""

    def __init__(self, X, y, penalty, args):
        self.base = Logit(X, y, penalty)
        self.binner = Binner(X, args.bins)
        B = self.binner.transform(X)
        OT = one_hot(B, args.bins + 1)
        z = self.base.logit(X)
        self.trees = []
        ok = np.ones(X.shape[1], bool)
        for _ in range(args.cal_trees):
            p = 1 / (1 + np.exp(-z))
            tree = fit_tree(B, OT, p - y, np.maximum(p * (1 - p), 1e-9), args.cal_depth, args.lam, args.bins + 1,
                            args.cal_min_h, ok)
            tree = tree[:4] + (tree[4] * args.cal_shrink,)
            self.trees.append(tree)
            z = z + tree_predict(tree, B)

    def logit(self, X):
        B = self.binner.transform(X)
        z = self.base.logit(X)
        for tree in self.trees:
            z = z + tree_predict(tree, B)
        return z


CALIBRATION = {"kind": "logit", "args": None}


def calibrate(cal, qids, penalty=10.0):
    qs = [q for q in qids if q in cal.rows]
    if not qs:
        return None
    X = np.array([cal.rows[q][0] for q in qs])
    y = np.array([cal.rows[q][1] for q in qs], float)
    if CALIBRATION["kind"] == "boosted":
        return BoostedLogit(X, y, penalty, CALIBRATION["args"])
    if EXTRA["by_family"]:
        return ByFamily(cal, qs, X, y, penalty)
    sw = normalised(cal.data.weight[qs]) if WEIGHT_IN["calibration"] else None
    return Logit(X, y, penalty, sw)


class ByFamily:
    """One logistic calibration per question type family (typed, phrase, reason / yes-no)."""

    def __init__(self, cal, qs, X, y, penalty):
        self.data = cal.data
        fam = np.array([cal.data.family[q] for q in qs])
        self.models = {f: Logit(X[fam == f], y[fam == f], penalty) for f in range(3) if (fam == f).sum() >= 5}
        self.pooled = Logit(X, y, penalty)

    def logit_of(self, qs, X):
        fam = np.array([self.data.family[q] for q in qs])
        z = self.pooled.logit(X)
        for f, m in self.models.items():
            sel = fam == f
            if sel.any():
                z[sel] = m.logit(X[sel])
        return z


def predict(cal, model, qids):
    """(q, confidence, correct, f1) for qids."""
    out = []
    qs = [q for q in qids if q in cal.rows]
    if qs and isinstance(model, ByFamily):
        z = dict(zip(qs, model.logit_of(qs, np.array([cal.rows[q][0] for q in qs]))))
    else:
        z = dict(zip(qs, model.logit(np.array([cal.rows[q][0] for q in qs])))) if qs and model is not None else {}
    for q in qids:
        if q not in cal.rows:
            out.append((q, 0.0, False, 0.0))
            continue
        x, c, f = cal.rows[q]
        out.append((q, 1 / (1 + np.exp(-z.get(q, -10))), c, f))
    return out


def choose_threshold(data, preds, target):
    """The most right answers at precision >= target (answers weighed by their set when --weight-in
    threshold)."""
    ps = sorted([p for p in preds if data.starts[p[0] + 1] > data.starts[p[0]]], key=lambda p: -p[1])
    best, best_c, c, n = 1.0, 0, 0, 0
    for i, p in enumerate(ps):
        w = data.weight[p[0]] if WEIGHT_IN["threshold"] else 1.0
        c += w * p[2]
        n += w
        last = i + 1 == len(ps) or ps[i + 1][1] < p[1]
        if last and c >= target * n and c > best_c:
            best_c, best = c, p[1]
    return best


def best_at_precision(data, preds, target):
    ps = sorted([p for p in preds if data.starts[p[0] + 1] > data.starts[p[0]]], key=lambda p: -p[1])
    best, c = (0, 0), 0
    for i, p in enumerate(ps):
        c += p[2]
        last = i + 1 == len(ps) or ps[i + 1][1] < p[1]
        if last and c >= target * (i + 1) and c > best[1]:
            best = (i + 1, c)
    return best


# ---- the nested cross-validation --------------------------------------------------------------------

ASSOC = {"on": False, "a": 20.0}


def assoc_fill(data, k, fold_of):
    """The association columns for outer fold k: a held-out question's from the folds other than k,
    a training question's from the folds other than its own and k (never the held-out labels)."""
    nf = max(fold_of) + 1
    if "counts" not in ASSOC:
        per = [dict() for _ in range(nf)]
        for q in range(len(data.questions)):
            if data.negative[q]:
                continue
            d = per[fold_of[q]]
            for r in range(data.starts[q], data.starts[q + 1]):
                for key in data.assoc[r]:
                    if key is not None:
                        c = d.setdefault(key, [0, 0])
                        c[0] += data.right[r]
                        c[1] += 1
        tot = [[sum(data.right[data.starts[q]:data.starts[q + 1]]) for q in range(len(data.questions))
                if fold_of[q] == j and not data.negative[q]] for j in range(nf)]
        ns = [sum(data.starts[q + 1] - data.starts[q] for q in range(len(data.questions))
                  if fold_of[q] == j and not data.negative[q]) for j in range(nf)]
        ASSOC["counts"] = (per, [sum(t) for t in tot], ns)
    per, rs, ns = ASSOC["counts"]
    a = ASSOC["a"]
    ci = data.X.shape[1] - 2
    tables = {}
    for q in range(len(data.questions)):
        j = fold_of[q]
        excl = frozenset({k}) if j == k else frozenset({j, k})
        if excl not in tables:
            use = [i for i in range(nf) if i not in excl]
            R = sum(rs[i] for i in use)
            N = sum(ns[i] for i in use)
            tables[excl] = (use, R / N, {})
        use, pg, memo = tables[excl]

        def count(key):
            v = memo.get(key)
            if v is None:
                r = n = 0
                for i in use:
                    c = per[i].get(key)
                    if c:
                        r += c[0]
                        n += c[1]
                v = memo[key] = (r, n)
            return v
        for row in range(data.starts[q], data.starts[q + 1]):
            qk, an = data.assoc[row]
            pq = pg
            if qk is not None:
                r, n = count(qk)
                pq = (r + a * pg) / (n + a)
            data.X[row, ci] = max(-3.0, min(3.0, np.log(pq / pg))) / 3
            if an is not None:
                r, n = count(an)
                pa = (r + a * pq) / (n + a)
                data.X[row, ci + 1] = max(-3.0, min(3.0, np.log(pa / pq))) / 3
            else:
                data.X[row, ci + 1] = 0.0


def cross_validate(data, args, model):
    """model 'linear' or 'boosted'. Returns oof and nested predictions, per-fold figures."""
    allq = np.arange(len(data.questions))
    oof, nested, per_fold = [], [], []
    cache = load_cache(args)
    fmap = folds_of(data.group, args.folds)
    fold_of = [fmap[g] for g in data.group]
    for k, train, test in each_fold(data, allq, args.folds):
        t0 = time.time()
        if ASSOC["on"]:
            assoc_fill(data, k, fold_of)
        inner_parts = list(each_fold(data, train, args.folds))
        if k in cache:
            inner_lin, test_lin, tst = cache[k]
        else:
            inner_lin, ws = {}, []
            for j, itrain, itest in inner_parts:
                w = fit_linear(data, itrain, args.penalty)
                ws.append(w)
                s, idx, st = linear_scores(data, w, itest)
                for i, q in enumerate(itest):
                    inner_lin[q] = s[st[i]:st[i + 1]]
            committee = np.mean(ws, axis=0)
            test_lin, _, tst = linear_scores(data, committee, test)
            cache[k] = (inner_lin, test_lin, tst)
            save_cache(args, cache)
        if model == "linear":
            inner = inner_lin
            test_scores = {q: test_lin[tst[i]:tst[i + 1]] for i, q in enumerate(test)}
        else:
            # boosted held-out scores within the training part: trees on the inner training part over
            # its held-out linear scores, applied to the inner test part over its own
            inner = {}
            for j, itrain, itest in inner_parts:
                base = np.concatenate([inner_lin[q] for q in itrain])
                b = Boosted(args).fit(data, itrain, base)
                bt = np.concatenate([inner_lin[q] for q in itest])
                s = b.score(data, itest, bt)
                _, st = data.rows(itest)
                for i, q in enumerate(itest):
                    inner[q] = s[st[i]:st[i + 1]]
            base = np.concatenate([inner_lin[q] for q in train])
            b = Boosted(args).fit(data, train, base)
            s = b.score(data, test, test_lin)
            test_scores = {q: s[tst[i]:tst[i + 1]] for i, q in enumerate(test)}
        cal_in = Calibrated(data, inner)
        beta = calibrate(cal_in, train, args.cal_penalty)
        # threshold: the calibration refitted per inner fold, predicting its held-out part
        held = []
        for j, itrain, itest in inner_parts:
            held += predict(cal_in, calibrate(cal_in, itrain, args.cal_penalty), itest)
        thr = choose_threshold(data, held, args.precision)
        cal_test = Calibrated(data, test_scores)
        preds = predict(cal_test, beta, test)
        oof += preds
        fold_nested = [p if p[1] >= thr else (p[0], -p[1], p[2], p[3]) for p in preds]
        nested += fold_nested
        real = [p for p in fold_nested if not data.negative[p[0]]]
        per_fold.append(dict(fold=k, questions=len(test), best=sum(p[2] for p in preds),
                             answered=sum(1 for p in real if p[1] >= 0 and has(data, p[0])),
                             right=sum(1 for p in real if p[1] >= 0 and p[2] and has(data, p[0])),
                             neg_answered=sum(1 for p in fold_nested if data.negative[p[0]] and p[1] >= 0
                                              and has(data, p[0])),
                             threshold=thr, seconds=time.time() - t0))
        print(f"  {model} fold {k}: {fmt_fold(per_fold[-1])}", file=sys.stderr, flush=True)
    return oof, nested, per_fold


def load_cache(args):
    """The listwise scores of each outer fold (--cache FILE): they do not depend on the calibration's
    inputs, so calibration variants over one dump need the listwise fits once."""
    import os
    import pickle
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            cache = pickle.load(f)
        if cache.get("listwise", "") != listwise_key(args):
            raise SystemExit(f"{args.cache} holds listwise fits of « {cache.get('listwise', '')} », not of"
                             f" « {listwise_key(args)} »: give another --cache")
        return cache
    return {"listwise": listwise_key(args)}


def listwise_key(args):
    """What the cached listwise fits depend on beyond the dump: the set weights when they enter them."""
    return getattr(args, "set_weight", "") if WEIGHT_IN["listwise"] else ""


def save_cache(args, cache):
    import pickle
    if args.cache:
        with open(args.cache, "wb") as f:
            pickle.dump(cache, f)


def has(data, q):
    return data.starts[q + 1] > data.starts[q]


def fmt_fold(f):
    return (f"questions {f['questions']}, best right {f['best']}, nested answered {f['answered']} right {f['right']}"
            f" (negatives answered {f['neg_answered']}), threshold {f['threshold']:.4f}, {f['seconds']:.0f} s")


def figures(data, preds, thr=0.0, subset=None):
    ans = cor = 0
    for q, c, ok, f in preds:
        if subset is not None and not subset(q):
            continue
        if c >= thr and has(data, q):
            ans += 1
            cor += ok
    return ans, cor


def report(data, name, oof, nested, per_fold, precision):
    n = len(oof)
    best = sum(p[2] for p in oof)
    a80 = best_at_precision(data, oof, precision)
    ans, cor = figures(data, nested)
    aa, ac = figures(data, nested, subset=lambda q: data.answerable[q] and not data.negative[q])
    negs = [p for p in nested if data.negative[p[0]]]
    nd = len(negs) - figures(data, negs)[0]
    un = [p for p in nested if not data.answerable[p[0]] and not data.negative[p[0]]]
    ud = len(un) - figures(data, un)[0]
    print(f"{name}: questions {n}, best candidate right {best}; most right at precision >= {precision:.2f}"
          f" (pooled): {a80[1]} of {a80[0]}; nested: answered {ans}, right {cor}; answerable answered {aa},"
          f" right {ac} ({100 * ac / max(aa, 1):.1f}%); negatives declined {nd} of {len(negs)};"
          f" unanswerable gold declined {ud} of {len(un)}")
    print("  per fold best right: " + " / ".join(str(f["best"]) for f in per_fold)
          + "; nested right: " + " / ".join(f"{f['right']} of {f['answered']}" for f in per_fold))
    # the cost measure of session 10: right - 4 x (answerable answered wrong + negatives answered)
    neg_answered = len(negs) - nd
    cost = ac - 4 * (aa - ac + neg_answered)
    fold_cost = [f["right"] - 4 * (f["answered"] - f["right"] + f["neg_answered"]) for f in per_fold]
    print(f"  cost (right - 4 x wrong, wrong = answerable wrong + negatives answered): {cost:.0f};"
          f" per fold (every wrong answer, unanswerable gold too) " + " / ".join(f"{c:.0f}" for c in fold_cost))
    fold = folds_of(data.group)
    for name in sorted(set(data.set)):
        real = lambda q, name=name: data.set[q] == name and not data.negative[q]
        na, nc = figures(data, nested, subset=real)
        curve = "; ".join("at %.2f: %d / %d" % ((t,) + figures(data, oof, t, subset=real))
                          for t in (0.5, 0.6, 0.7))
        print(f"  {name}: nested answered {na}, right {nc}; out of fold {curve}")
        # the set's cost: right - C x wrong, C the break-even of its precision bar (seeds 95%: 19, PIAF 80%: 4);
        # wrong = answered wrong, unanswerable answered, and the set's negatives answered
        c = SET_COST.get(name, 4.0)
        per = []
        for k in range(len(per_fold)):
            of = lambda q, k=k: data.set[q] == name and fold[data.group[q]] == k
            a, r = figures(data, nested, subset=of)
            per.append(r - c * (a - r))
        a, r = figures(data, nested, subset=lambda q, name=name: data.set[q] == name)
        nr = figures(data, nested, subset=lambda q, name=name: data.set[q] == name and data.negative[q])[0]
        print(f"    {name}: precision {100 * nc / max(na, 1):.1f}%; negatives answered {nr}; cost (right - {c:.0f} x"
              f" wrong) {r - c * (a - r):.0f}; per fold " + " / ".join(f"{x:.0f}" for x in per))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("--models", default="linear,boosted")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--precision", type=float, default=0.80)
    ap.add_argument("--penalty", type=float, default=3.0)
    ap.add_argument("--min-conjunctions", type=int, default=MIN_CONJUNCTION_COUNT,
                    help="conjunctions seen on fewer candidates get no weight (ConfidenceFit)")
    ap.add_argument("--family-min", default="", help="least candidates of a conjunction family's names, per family"
                    " (« anhd=5,qwhd=5 »; others --min-conjunctions)")
    ap.add_argument("--assoc", type=float, default=0, help="add the smoothed association of the candidate's head"
                    " with the question word and the asked noun (this prior weight, in candidates), learned per outer"
                    " fold from the other folds only (needs a dump with the « |anhd= » and « |qwhd= » conjunctions, written by a"
                    " build of commit b5df246; docs/EXPERIMENTS.md, « Signals of meaning (session 12) »)")
    ap.add_argument("--without", default="", help="conjunction families left out, comma-separated (« anhd,qwhd »)")
    ap.add_argument("--cal-penalty", type=float, default=10.0)
    ap.add_argument("--trees", type=int, default=200)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--shrink", type=float, default=0.1)
    ap.add_argument("--lam", type=float, default=1.0, help="L2 on leaf values")
    ap.add_argument("--min-h", type=float, default=1.0, help="least Newton weight in a leaf")
    ap.add_argument("--bins", type=int, default=32)
    ap.add_argument("--top", type=int, default=0, help="train the trees on each question's top K by the base")
    ap.add_argument("--colsample", type=float, default=1.0)
    ap.add_argument("--type", action="store_true", help="the question type as tree features")
    ap.add_argument("--calibration", default="logit", choices=["logit", "boosted"])
    ap.add_argument("--cal-trees", type=int, default=50)
    ap.add_argument("--cal-depth", type=int, default=2)
    ap.add_argument("--cal-shrink", type=float, default=0.05)
    ap.add_argument("--cal-min-h", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--inputs", default="",
                    help="extra calibration inputs, comma-separated: family-slope, family-score, origin-slope,"
                         " top3-share, margin, top-probability, rare, rare-pair, only-family, rare-by-family,"
                         " margin-by-family, agreement-by-family, repeated-by-family (situation signals need a dump of session 11"
                         " or later)")
    ap.add_argument("--cache", help="keep the listwise scores of each fold in this file and read them back"
                                     " (only for runs of one dump with the same listwise options)")
    ap.add_argument("--oof-out", help="write each question's out-of-fold confidence here (JSON Lines)")
    ap.add_argument("--by-family", action="store_true", help="one calibration per question type family")
    ap.add_argument("--set-weight", default="", help="per training set example weight, « seeds=5 » (set names"
                    " by prefix; others 1), normalised to a mean of 1 over each fit's examples")
    ap.add_argument("--weight-in", default="listwise,calibration",
                    help="where --set-weight counts: listwise, calibration, threshold (the precision of the"
                         " threshold's choice), comma-separated")
    args = ap.parse_args()
    for part in [x for x in args.weight_in.split(",") if x]:
        if part not in WEIGHT_IN:
            raise SystemExit(f"--weight-in: unknown part {part}")
        WEIGHT_IN[part] = bool(args.set_weight)
    CALIBRATION["kind"], CALIBRATION["args"] = args.calibration, args
    EXTRA["inputs"] = [x for x in args.inputs.split(",") if x]
    EXTRA["by_family"] = args.by_family
    t0 = time.time()
    ASSOC["on"], ASSOC["a"] = args.assoc > 0, args.assoc
    family_min = {kv.split("=")[0]: int(kv.split("=")[1]) for kv in args.family_min.split(",") if kv}
    data = Data(args.dump, min_conjunctions=args.min_conjunctions, family_min=family_min,
                drop=[x for x in args.without.split(",") if x])
    set_weights(data, args.set_weight)
    FEATURE_INDEX[0] = {k: i for i, k in enumerate(data.features)}
    print(f"set weights {args.set_weight or 'none'} in {args.weight_in if args.set_weight else '-'}")
    print(f"questions {len(data.questions)}, with a right candidate {int(data.reachable.sum())}, candidates"
          f" {data.X.shape[0]}; signals {data.X.shape[1]}, conjunctions {len(data.vocab)}; negatives"
          f" {int(data.negative.sum())} ({time.time() - t0:.0f} s to read)")
    print(f"boosted: {args.trees} trees, depth {args.depth}, shrinkage {args.shrink}, lambda {args.lam},"
          f" min hessian {args.min_h}, bins {args.bins}, colsample {args.colsample}, type {args.type}, top {args.top};"
          f" calibration {args.calibration} ({args.cal_trees} trees, depth {args.cal_depth}, shrinkage"
          f" {args.cal_shrink}, min hessian {args.cal_min_h})")
    for m in args.models.split(","):
        oof, nested, pf = cross_validate(data, args, m)
        report(data, m, oof, nested, pf, args.precision)
        if args.oof_out:
            with open(args.oof_out, "w", encoding="utf-8") as f:
                for (q, c, ok, f1), n in zip(oof, nested):
                    f.write(json.dumps(dict(question=data.questions[q]["question"], set=data.set[q],
                                            type=data.types[data.type_index[q]], family=FAMILIES[data.family[q]],
                                            negative=bool(data.negative[q]), answerable=bool(data.answerable[q]),
                                            confidence=float(c), answered=bool(n[1] >= 0 and has(data, q)),
                                            correct=bool(ok)),
                                       ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
