"""The learned part of reading a client: emotions, anger intensity, complaint and its severity.

A set of linear models over word features, trained by `scripts/train_model.py` on GoEmotions
(Apache-2.0) and X-CI (MIT) and shipped as `model.npz`. Inference is a sum of weight rows, one
row per feature found in the message, so a long email costs a fraction of a millisecond.

>>> from calmdesk.text import normalise
>>> output = load_model().predict(normalise("Thanks so much, that fixed it!").tokens)
>>> output.emotion_present["gratitude"], output.severity
(True, 0)
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from calmdesk.reading.values import EMOTIONS
from calmdesk.text import Token

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

# The heads of the first model, all trained on GoEmotions. Our 8 emotions come first; the rest
# feed the anger estimate and the complaint and severity models.
EMOTION_HEADS = (*EMOTIONS, "disgust", "disapproval", "positive")
# Soft anger-intensity target used in training: how much each GoEmotions label says about anger.
ANGER_HEAD = "anger_intensity"
HEADS = (*EMOTION_HEADS, ANGER_HEAD)
SEVERITY_LEVELS = 5
WEIGHTS_FILE = "model.npz"

_ELONGATED = re.compile(r"(\w)\1{2,}")
_DIGITS = re.compile(r"\d")


def term_of(token: Token) -> str:
    """The normalised form a feature is built from: lower case, `@user`, hashtags without `#`,
    digits as 0 and letters repeated three times or more cut to two.

    >>> from calmdesk.text import Token
    >>> term_of(Token(0, 10, "#Soooo", "#soooo")), term_of(Token(0, 4, "@Bob", "@bob"))
    ('soo', '@user')
    """
    return _term(token.lower)


@lru_cache(maxsize=1 << 16)
def _term(lower: str) -> str:
    # Cached: the same few thousand words make up most messages.
    lower = lower.replace("’", "'")
    first = lower[0]
    if first == "@" and len(lower) > 1:
        return "@user"
    if first == "#" and len(lower) > 1:
        lower = lower[1:]
    if len(lower) > 2:
        lower = _ELONGATED.sub(r"\1\1", lower)
    if first.isdigit() or "0" <= lower[-1] <= "9":
        lower = _DIGITS.sub("0", lower)
    return lower


def features(tokens: Sequence[Token]) -> tuple[list[str], list[int], list[int]]:
    """Feature names of a token list, and for each the first and last token it came from.

    Unigrams `w`, bigrams `w1 w2`, a 5-letter prefix `~pref` for longer words (a cheap stem), and
    `^` for a word in capitals (shouting).

    >>> from calmdesk.text import tokenize
    >>> features(tokenize("WHY late"))[0]
    ['why', '^', 'late', 'why late']
    """
    names: list[str] = []
    firsts: list[int] = []
    lasts: list[int] = []
    previous = ""
    for index, token in enumerate(tokens):
        term = term_of(token)
        names.append(term)
        firsts.append(index)
        lasts.append(index)
        if len(term) > 5 and term[0].isalpha():
            names.append("~" + term[:5])
            firsts.append(index)
            lasts.append(index)
        text = token.text
        if len(text) > 1 and text.isupper() and text.isalpha():
            names.append("^")
            firsts.append(index)
            lasts.append(index)
        if index:
            names.append(previous + " " + term)
            firsts.append(index - 1)
            lasts.append(index)
        previous = term
    return names, firsts, lasts


# --- the trained model ----------------------------------------------------------------------

# Blend of the anger estimate, in logit space: the soft anger-intensity head, pulled down by the
# positive head (praise and thanks are not anger). Chosen with the heat blend; see docs/model.md.
POSITIVE_PULL = 0.3
TOP_TOKENS = 3


@dataclass(frozen=True, slots=True)
class ModelOutput:
    """What the learned model says about one message.

    `emotion_tokens` holds, per emotion, the indices (into the token list given to `predict`) of
    at most three tokens that pushed that emotion up most.
    """

    emotions: dict[str, float]
    emotion_present: dict[str, bool]
    emotion_tokens: dict[str, tuple[int, ...]]
    complaint: float
    severity: int
    anger: float


def _decode(array: npt.NDArray[np.uint8]) -> list[str]:
    return bytes(array).decode("utf-8").split("\n")


def _sigmoid(z: float) -> float:
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


class Model:
    """The linear models of `model.npz`; build it with `load_model()`."""

    def __init__(self, arrays: dict[str, npt.NDArray[Any]]) -> None:
        vocabulary = _decode(arrays["vocabulary"])
        self.index: dict[str, int] = {name: i for i, name in enumerate(vocabulary)}
        self.heads = tuple(_decode(arrays["heads"]))
        if self.heads != HEADS or tuple(_decode(arrays["emotions"])) != EMOTIONS:
            raise ValueError("model.npz was trained for other heads; run scripts/train_model.py")
        self.weights: FloatArray = arrays["weights"].astype(np.float32)
        self.biases: FloatArray = arrays["biases"].astype(np.float32)
        self.stacked: FloatArray = arrays["stacked"].astype(np.float32)
        self.thresholds = [float(t) for t in arrays["thresholds"]]
        self.stage1 = len(HEADS)
        self.emotion_columns = [HEADS.index(e) for e in EMOTIONS]
        self.anger_column = HEADS.index(ANGER_HEAD)
        self.positive_column = HEADS.index("positive")

    def predict(self, tokens: Sequence[Token]) -> ModelOutput:
        """Emotions, complaint, severity and anger estimate of a message's tokens."""
        names, firsts, lasts = features(tokens)
        index = self.index
        found: list[int] = []
        owners_first: list[int] = []
        owners_last: list[int] = []
        for name, first, last in zip(names, firsts, lasts, strict=True):
            column = index.get(name)
            if column is not None:
                found.append(column)
                owners_first.append(first)
                owners_last.append(last)
        stage1 = self.stage1
        if found:
            rows = self.weights[np.array(found)]
            # Rows are unit-length count vectors in training: scale by the count vector's norm.
            _, counts = np.unique(found, return_counts=True)
            rows *= np.float32(1.0 / math.sqrt(float(np.dot(counts, counts))))
            z = rows.sum(axis=0) + self.biases
        else:
            rows = np.zeros((0, self.weights.shape[1]), dtype=np.float32)
            z = self.biases.copy()
        logits = z[:stage1]
        second = z[stage1:] + logits @ self.stacked
        emotions: dict[str, float] = {}
        present: dict[str, bool] = {}
        for name, column, threshold in zip(
            EMOTIONS, self.emotion_columns, self.thresholds, strict=True
        ):
            probability = _sigmoid(float(logits[column]))
            emotions[name] = probability
            present[name] = probability >= threshold
        anger_logit = float(logits[self.anger_column])
        anger_logit -= POSITIVE_PULL * float(logits[self.positive_column])
        return ModelOutput(
            emotions=emotions,
            emotion_present=present,
            emotion_tokens=self._top_tokens(rows, owners_first, owners_last, len(tokens)),
            complaint=_sigmoid(float(second[0])),
            # The complaint head decides whether there is a complaint; severity says how bad.
            severity=0 if second[0] < 0 else 1 + int(np.argmax(second[2:])),
            anger=_sigmoid(anger_logit),
        )

    def _top_tokens(
        self, rows: FloatArray, firsts: list[int], lasts: list[int], size: int
    ) -> dict[str, tuple[int, ...]]:
        """Per emotion, the tokens with the largest positive share of its logit."""
        if not firsts:
            return {name: () for name in EMOTIONS}
        share = rows[:, self.emotion_columns] * np.float32(0.5)
        per_token = np.zeros((size, len(EMOTIONS)), dtype=np.float32)
        # A bigram's weight is split between its two tokens; a unigram's goes to its one token.
        np.add.at(per_token, np.array(firsts), share)
        np.add.at(per_token, np.array(lasts), share)
        top: dict[str, tuple[int, ...]] = {}
        for j, name in enumerate(EMOTIONS):
            column = per_token[:, j]
            best = np.argsort(-column, kind="stable")[:TOP_TOKENS]
            top[name] = tuple(int(i) for i in best if column[i] > 0)
        return top


@cache
def load_model() -> Model:
    """The shipped model, loaded once (about 0.1 s) and shared."""
    data = resources.files("calmdesk.reading").joinpath(WEIGHTS_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    return Model(arrays)
