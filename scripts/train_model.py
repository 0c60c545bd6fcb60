"""Train the reading model shipped as `src/calmdesk/reading/model.npz`.

Trains only on GoEmotions (Apache-2.0) and X-CI severity (MIT), read by path from the shared data
folder; nothing is copied into the repository. The result is deterministic (sorted vocabulary,
fixed seeds, fixed zip timestamps), so running it twice gives the same file byte for byte.

    .venv/bin/python scripts/train_model.py                 # write model.npz, print its SHA-256
    .venv/bin/python scripts/train_model.py --cv 5          # also print k-fold CV figures
    .venv/bin/python scripts/train_model.py --cv 5 --cv-only xci   # complaint/severity CV only,
                                                                   # model.npz left as it is
    .venv/bin/python scripts/train_model.py --measure       # heat on SemEval anger/valence (dev)

Stage 1: one logistic regression per head on GoEmotions (our 8 emotions, disgust, disapproval,
a pooled positive head, and a soft anger-intensity head). Stage 2: complaint (binary) and
severity (5 classes) on X-CI, over the same word features plus the stage-1 logits. Per-emotion
decision thresholds are chosen on a held-out fifth of the training rows, then the model is refit
on all of them; `--cv` runs exactly that procedure inside each fold.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Pinned before numpy loads. OpenBLAS picks its kernels by CPU and splits sums over threads, and
# either moves the fitted weights in their last bits (measured: one stage-1 head fitted with the
# kernel this machine picks, with two threads, and with the Nehalem kernel gave three different
# coefficient arrays). With a kernel every x86-64 CPU runs and one thread, the same library
# versions give the same file on any machine.
os.environ["OPENBLAS_CORETYPE"] = "Nehalem"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold, train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from calmdesk.reading.complaint import complaint_of  # noqa: E402
from calmdesk.reading.model import (  # noqa: E402
    ANGER_HEAD,
    HEADS,
    SEVERITY_LEVELS,
    ModelOutput,
    features,
)
from calmdesk.reading.triggers import find_triggers  # noqa: E402
from calmdesk.reading.values import EMOTIONS  # noqa: E402
from calmdesk.text import normalise  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "calmdesk" / "reading" / "model.npz"
SEED = 20240611
MIN_DOCUMENT_FREQUENCY = 2
WEIGHT_DTYPE = np.float16

# GoEmotions labels pooled into each stage-1 head.
HEAD_LABELS: dict[str, frozenset[str]] = {
    "anger": frozenset({"anger"}),
    "annoyance": frozenset({"annoyance"}),
    "disappointment": frozenset({"disappointment"}),
    "worry": frozenset({"fear", "nervousness"}),
    "confusion": frozenset({"confusion"}),
    "sadness": frozenset({"sadness"}),
    "gratitude": frozenset({"gratitude"}),
    "neutral": frozenset({"neutral"}),
    "disgust": frozenset({"disgust"}),
    "disapproval": frozenset({"disapproval"}),
    "positive": frozenset(
        {
            "admiration",
            "amusement",
            "approval",
            "gratitude",
            "love",
            "joy",
            "optimism",
            "excitement",
            "relief",
            "caring",
            "pride",
        }
    ),
}
# Soft target of the anger-intensity head: how much each label says about anger (max over labels).
ANGER_TARGET = {
    "anger": 1.0,
    "annoyance": 0.6,
    "disgust": 0.6,
    "disapproval": 0.35,
    "disappointment": 0.3,
    "sadness": 0.15,
}
STAGE1_C = 3.0
ANGER_C = 3.0
STAGE2_C = 10.0
STACK_SCALE = 0.1  # stage-1 logits enter stage 2 scaled down, comparable to word features


# --- data and features ------------------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    path = DATA / name / "dev.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def featurise(texts: Sequence[str]) -> list[list[str]]:
    return [features(normalise(text).tokens)[0] for text in texts]


def build_vocabulary(*corpora: list[list[str]]) -> list[str]:
    counts: Counter[str] = Counter()
    for corpus in corpora:
        for names in corpus:
            counts.update(set(names))
    return sorted(name for name, n in counts.items() if n >= MIN_DOCUMENT_FREQUENCY)


def matrix(corpus: list[list[str]], index: dict[str, int]) -> sp.csr_matrix:
    """Feature counts, each row scaled to unit length (as `Model.predict` does)."""
    rows: list[int] = []
    cols: list[int] = []
    for row, names in enumerate(corpus):
        for name in names:
            col = index.get(name)
            if col is not None:
                rows.append(row)
                cols.append(col)
    data = np.ones(len(rows), dtype=np.float64)
    counts = sp.csr_matrix((data, (rows, cols)), shape=(len(corpus), len(index)))
    counts.sum_duplicates()
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1.0 / np.maximum(norms, 1.0)) @ counts)


def head_targets(rows: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    targets = {
        head: np.array([bool(labels & set(r["labels"])) for r in rows])
        for head, labels in HEAD_LABELS.items()
    }
    soft = [max((ANGER_TARGET.get(label, 0.0) for label in r["labels"]), default=0.0) for r in rows]
    targets[ANGER_HEAD] = np.array(soft)
    return targets


# --- stage 1: GoEmotions heads ----------------------------------------------------------------


def fit_binary(x: sp.csr_matrix, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(x, y.astype(int))
    return model.coef_[0], float(model.intercept_[0])


def fit_soft(x: sp.csr_matrix, target: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Logistic regression on a target in [0, 1]: each row once as positive, once as negative."""
    n = x.shape[0]
    doubled = sp.vstack([x, x]).tocsr()
    labels = np.r_[np.ones(n, dtype=int), np.zeros(n, dtype=int)]
    weights = np.r_[target, 1.0 - target]
    keep = weights > 0
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(doubled[keep], labels[keep], sample_weight=weights[keep])
    return model.coef_[0], float(model.intercept_[0])


def fit_stage1(x: sp.csr_matrix, targets: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x heads) and biases of every head in `HEADS` order."""
    columns = []
    biases = []
    for head in HEADS:
        if head == ANGER_HEAD:
            coef, bias = fit_soft(x, targets[head], ANGER_C)
        else:
            coef, bias = fit_binary(x, targets[head], STAGE1_C)
        columns.append(coef)
        biases.append(bias)
    return np.stack(columns, axis=1), np.array(biases)


def best_threshold(probabilities: np.ndarray, gold: np.ndarray) -> float:
    """The probability cut that maximises F1 on these rows."""
    best, best_f1 = 0.5, -1.0
    for threshold in np.arange(0.05, 0.951, 0.01):
        predicted = probabilities >= threshold
        tp = float(np.sum(predicted & gold))
        f1 = 2 * tp / (predicted.sum() + gold.sum()) if predicted.sum() + gold.sum() else 0.0
        if f1 > best_f1 + 1e-12:
            best, best_f1 = float(round(threshold, 2)), f1
    return best


def fit_stage1_with_thresholds(
    x: sp.csr_matrix, targets: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fit on 80 %, pick per-emotion thresholds on the other 20 %, refit on everything."""
    inner_train, inner_hold = train_test_split(
        np.arange(x.shape[0]), test_size=0.2, random_state=SEED, shuffle=True
    )
    weights, biases = fit_stage1(x[inner_train], {k: v[inner_train] for k, v in targets.items()})
    logits = x[inner_hold] @ weights + biases
    thresholds = np.array(
        [
            best_threshold(sigmoid(logits[:, HEADS.index(e)]), targets[e][inner_hold])
            for e in EMOTIONS
        ]
    )
    weights, biases = fit_stage1(x, targets)
    return weights, biases, thresholds


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


# --- stage 2: X-CI complaint and severity ------------------------------------------------------


def stage2_inputs(x: sp.csr_matrix, stage1_logits: np.ndarray) -> sp.csr_matrix:
    return sp.hstack([x, sp.csr_matrix(stage1_logits * STACK_SCALE)]).tocsr()


def fit_stage2(
    x: sp.csr_matrix, stage1_logits: np.ndarray, complaint: np.ndarray, severity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Weights ((features + heads) x 1+5) and biases: complaint first, then severity 0-4."""
    inputs = stage2_inputs(x, stage1_logits)
    binary = LogisticRegression(C=STAGE2_C, max_iter=5000, tol=1e-6, class_weight="balanced")
    binary.fit(inputs, complaint)
    multi = LogisticRegression(C=STAGE2_C, max_iter=5000, tol=1e-6, class_weight="balanced")
    multi.fit(inputs, severity)
    weights = np.concatenate([binary.coef_.T, multi.coef_.T], axis=1)
    biases = np.concatenate([binary.intercept_, multi.intercept_])
    return weights, biases


# --- cross-validation -------------------------------------------------------------------------


def f1_of(gold: np.ndarray, predicted: np.ndarray) -> float:
    tp = float(np.sum(gold & predicted))
    denominator = float(gold.sum() + predicted.sum())
    return 2 * tp / denominator if denominator else 0.0


def cross_validate_emotions(
    x: sp.csr_matrix, targets: dict[str, np.ndarray], k: int
) -> dict[str, Any]:
    present = np.zeros((x.shape[0], len(EMOTIONS)), dtype=bool)
    for fold, (train, test) in enumerate(KFold(k, shuffle=True, random_state=SEED).split(x)):
        started = time.time()
        weights, biases, thresholds = fit_stage1_with_thresholds(
            x[train], {name: v[train] for name, v in targets.items()}
        )
        logits = x[test] @ weights + biases
        for j, emotion in enumerate(EMOTIONS):
            present[test, j] = sigmoid(logits[:, HEADS.index(emotion)]) >= thresholds[j]
        print(f"  emotions fold {fold + 1}/{k} ({time.time() - started:.0f} s)", file=sys.stderr)
    per_label = {e: round(f1_of(targets[e], present[:, j]), 4) for j, e in enumerate(EMOTIONS)}
    return {
        "task": "emotions",
        "n": int(x.shape[0]),
        "folds": k,
        "macro_f1": round(float(np.mean(list(per_label.values()))), 4),
        "per_label": per_label,
    }


def macro_f1(gold: np.ndarray, predicted: np.ndarray, classes: int) -> float:
    return float(np.mean([f1_of(gold == c, predicted == c) for c in range(classes)]))


def cross_validate_xci(
    x: sp.csr_matrix,
    stage1_logits: np.ndarray,
    complaint: np.ndarray,
    severity: np.ndarray,
    k: int,
    texts: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Complaint and severity figures of stage 2 by k-fold CV; with the rows' `texts` also as
    `read` reports them, the out-of-fold verdict overruled by the rules of `reading.complaint`."""
    complaint_probability = np.zeros(len(complaint))
    severity_predicted = np.zeros(len(severity), dtype=int)
    folds = StratifiedKFold(k, shuffle=True, random_state=SEED)
    for train, test in folds.split(x, severity):
        weights, biases = fit_stage2(
            x[train], stage1_logits[train], complaint[train], severity[train]
        )
        z = stage2_inputs(x[test], stage1_logits[test]) @ weights + biases
        complaint_probability[test] = sigmoid(z[:, 0])
        # As at run time: no complaint means severity 0, else the likeliest of 1-4.
        severity_predicted[test] = np.where(z[:, 0] < 0, 0, 1 + np.argmax(z[:, 2:], axis=1))
    flag = complaint_probability >= 0.5
    gold = complaint.astype(bool)
    report = _xci_report(gold, flag, severity, severity_predicted, k)
    if texts is not None:
        verdicts = [
            _ruled(text, probability, predicted)
            for text, probability, predicted in zip(
                texts, complaint_probability, severity_predicted, strict=True
            )
        ]
        ruled_flag = np.array([is_complaint for is_complaint, _ in verdicts])
        ruled_severity = np.array([level for _, level in verdicts])
        with_rules = _xci_report(gold, ruled_flag, severity, ruled_severity, k)
        report["complaint"]["with_rules"] = with_rules["complaint"]
        report["severity"]["with_rules"] = with_rules["severity"]
    return report


def _xci_report(
    gold: np.ndarray, flag: np.ndarray, severity: np.ndarray, severity_predicted: np.ndarray, k: int
) -> dict[str, Any]:
    return {
        "complaint": {
            "task": "complaint",
            "n": len(gold),
            "folds": k,
            "f1": round(f1_of(gold, flag), 4),
            "accuracy": round(float(np.mean(gold == flag)), 4),
        },
        "severity": {
            "task": "severity",
            "n": len(severity),
            "folds": k,
            "macro_f1": round(macro_f1(severity, severity_predicted, SEVERITY_LEVELS), 4),
            "accuracy": round(float(np.mean(severity == severity_predicted)), 4),
            "within_one": round(float(np.mean(np.abs(severity - severity_predicted) <= 1)), 4),
            "per_label": {
                str(c): round(f1_of(severity == c, severity_predicted == c), 4)
                for c in range(SEVERITY_LEVELS)
            },
        },
    }


# --- writing the weights ----------------------------------------------------------------------


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz numpy can load, written with fixed timestamps so the bytes are reproducible."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            payload = io.BytesIO()
            np.lib.format.write_array(
                payload, np.ascontiguousarray(arrays[name]), allow_pickle=False
            )
            archive.writestr(info, payload.getvalue(), compresslevel=9)
    path.write_bytes(buffer.getvalue())


def encoded(strings: Sequence[str]) -> np.ndarray:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


# --- measuring heat on sets we do not train on ------------------------------------------------


def ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="mergesort")
    result = np.empty(len(values))
    result[order] = np.arange(len(values), dtype=float)
    for value in np.unique(values):
        tied = values == value
        result[tied] = result[tied].mean()
    return result


def measure(path: Path) -> dict[str, Any]:
    """Heat of the model at `path` against SemEval anger intensity and valence (dev, by path)."""
    from calmdesk.reading.heat import find_cues, heat_of
    from calmdesk.reading.model import Model

    with np.load(path, allow_pickle=False) as archive:
        model = Model({name: archive[name] for name in archive.files})

    def heats(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
        scores, levels = [], []
        for row in rows:
            doc = normalise(row["text"])
            heat = heat_of(doc, model.predict(doc.tokens), find_cues(doc))
            scores.append(heat.score)
            levels.append(heat.level)
        return np.array(scores), np.array(levels)

    anger = load("semeval_anger_reg")
    gold = np.array([float(r["label"]) for r in anger])
    scores, _ = heats(anger)
    valence = load("semeval_valence_oc")
    valence_gold = np.array([int(r["label"]) for r in valence])
    valence_scores, valence_levels = heats(valence)
    by_valence = {
        str(v): {
            "n": int(np.sum(valence_gold == v)),
            "mean_heat": round(float(valence_scores[valence_gold == v].mean()), 4),
            "level_0": round(float(np.mean(valence_levels[valence_gold == v] == 0)), 4),
            "level_3_plus": round(float(np.mean(valence_levels[valence_gold == v] >= 3)), 4),
        }
        for v in sorted(set(valence_gold.tolist()))
    }
    return {
        "anger": {
            "task": "anger",
            "n": len(gold),
            "pearson": round(float(np.corrcoef(scores, gold)[0, 1]), 4),
            "spearman": round(float(np.corrcoef(ranks(scores), ranks(gold))[0, 1]), 4),
        },
        "valence": {
            "task": "valence",
            "n": len(valence_gold),
            "pearson": round(float(np.corrcoef(valence_scores, valence_gold)[0, 1]), 4),
            "by_label": by_valence,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=int, default=0, help="also print k-fold CV figures")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    parser.add_argument(
        "--cv-only",
        choices=("emotions", "xci"),
        help="run the CV of one stage only (faster); writes no weights",
    )
    parser.add_argument("--no-write", action="store_true", help="train and report only")
    parser.add_argument(
        "--measure", action="store_true", help="only measure the weights at --out on SemEval"
    )
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.out), indent=2))
        return 0
    np.random.seed(SEED)

    started = time.time()
    goemotions = load("goemotions")
    xci = load("xci_severity")
    go_features = featurise([r["text"] for r in goemotions])
    xci_features = featurise([r["text"] for r in xci])
    vocabulary = build_vocabulary(go_features, xci_features)
    index = {name: i for i, name in enumerate(vocabulary)}
    x_go = matrix(go_features, index)
    x_xci = matrix(xci_features, index)
    targets = head_targets(goemotions)
    complaint = np.array([int(r["complaint"]) for r in xci])
    severity = np.array([int(r["label"]) for r in xci])
    print(f"features: {len(vocabulary)} ({time.time() - started:.0f} s)", file=sys.stderr)

    weights1, biases1, thresholds = fit_stage1_with_thresholds(x_go, targets)
    # Stage-1 logits on X-CI come from a model that never saw X-CI labels, so X-CI CV is clean.
    xci_logits = np.asarray(x_xci @ weights1 + biases1)
    weights2, biases2 = fit_stage2(x_xci, xci_logits, complaint, severity)
    print(f"trained ({time.time() - started:.0f} s)", file=sys.stderr)

    if not args.no_write and not args.cv_only:
        write_weights(args.out, vocabulary, weights1, biases1, thresholds, weights2, biases2)
    if args.cv:
        report: dict[str, Any] = {}
        if args.cv_only != "xci":
            report["emotions"] = cross_validate_emotions(x_go, targets, args.cv)
        if args.cv_only != "emotions":
            texts = [r["text"] for r in xci]
            report.update(
                cross_validate_xci(x_xci, xci_logits, complaint, severity, args.cv, texts)
            )
        print(json.dumps(report, indent=2))
    return 0


def _ruled(text: str, probability: float, severity: int) -> tuple[bool, int]:
    """Complaint flag and severity as `read` decides them from this model verdict (no model is
    loaded here: the rules need only the message's words)."""
    doc = normalise(text)
    verdict = ModelOutput({}, {}, {}, float(probability), int(severity), 0.0)
    complaint = complaint_of(verdict, find_triggers(doc), doc.text)
    return complaint.is_complaint, complaint.severity if complaint.is_complaint else 0


def write_weights(
    out: Path,
    vocabulary: list[str],
    weights1: np.ndarray,
    biases1: np.ndarray,
    thresholds: np.ndarray,
    weights2: np.ndarray,
    biases2: np.ndarray,
) -> None:
    words = len(vocabulary)
    # Stage 2 reads stage-1 logits scaled by STACK_SCALE: fold the scale into its weights.
    arrays = {
        "vocabulary": encoded(vocabulary),
        "heads": encoded(HEADS),
        "emotions": encoded(EMOTIONS),
        "weights": np.concatenate([weights1, weights2[:words]], axis=1).astype(WEIGHT_DTYPE),
        "biases": np.concatenate([biases1, biases2]).astype(np.float32),
        "stacked": (weights2[words:] * STACK_SCALE).astype(np.float32),
        "thresholds": thresholds.astype(np.float32),
    }
    write_npz(out, arrays)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) sha256 {digest}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
