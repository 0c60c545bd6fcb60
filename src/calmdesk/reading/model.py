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
from itertools import chain, islice
from operator import itemgetter
from typing import Any, cast

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


# Distinct token strings whose features `Model` remembers; cleared when full (a long tail of
# one-off strings must not grow memory without bound).
TOKEN_CACHE_SIZE = 1 << 16
# A token string's term and the ids of those of its one-token features (term, stem, capitals)
# that are in the vocabulary.
TokenFeatures = tuple[str, tuple[int, ...]]


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
        # Our emotions are the first heads, so their weights are a slice, not a copy.
        if self.emotion_columns != list(range(len(EMOTIONS))):
            raise ValueError("model heads must start with the emotions")
        self.anger_column = HEADS.index(ANGER_HEAD)
        self.positive_column = HEADS.index("positive")
        self._token_features: dict[str, TokenFeatures] = {}

    def _features_of(self, text: str) -> TokenFeatures:
        """A token's term and the ids of its one-token features found in the vocabulary,
        remembered per token string."""
        term = _term(text.lower())
        names = [term]
        if len(term) > 5 and term[0].isalpha():
            names.append("~" + term[:5])
        if len(text) > 1 and text.isupper() and text.isalpha():
            names.append("^")
        found = tuple(i for i in map(self.index.get, names) if i is not None)
        if len(self._token_features) >= TOKEN_CACHE_SIZE:
            self._token_features.clear()
        self._token_features[text] = (term, found)
        return term, found

    def predict(self, tokens: Sequence[Token]) -> ModelOutput:
        """Emotions, complaint, severity and anger estimate of a message's tokens.

        `emotion_tokens` is filled for the emotions found present; the others get `()`.
        """
        # The same features as `features(tokens)`, with few Python steps per feature: the
        # one-token features come from a per-string cache, the pairs from one dict lookup each
        # (map and chain keep those loops in C), and a handful of numpy calls do the sums.
        texts = list(map(_TEXT, tokens))
        cached = list(map(self._token_features.get, texts))
        if None in cached:
            cached = [e or self._features_of(t) for e, t in zip(cached, texts, strict=True)]
        entries = cast(list[TokenFeatures], cached)  # no None left
        terms = list(map(_TERM, entries))
        per_token = list(map(_IDS, entries))
        units = list(chain.from_iterable(per_token))
        following = zip(terms, islice(terms, 1, None), strict=False)
        pairs = list(map(self.index.get, map(" ".join, following)))
        found = units + [i for i in pairs if i is not None]
        if found:
            ids = np.fromiter(found, np.intp, len(found))
            rows = self.weights.take(ids, axis=0)
            # Rows are unit-length count vectors in training: scale by the count vector's norm.
            scale = 1.0 / math.sqrt(_sum_of_squared_counts(ids))
            ones = np.full(len(found), scale, dtype=np.float32)
            z = ones @ rows + self.biases  # a BLAS sum, faster than rows.sum(0)
        else:
            rows = np.zeros((0, self.weights.shape[1]), dtype=np.float32)
            z = self.biases.copy()
        stage1 = self.stage1
        logits = z[:stage1]
        second = z[stage1:] + logits @ self.stacked
        values = logits.tolist()
        emotions: dict[str, float] = {}
        present: dict[str, bool] = {}
        for column, (name, threshold) in enumerate(zip(EMOTIONS, self.thresholds, strict=True)):
            probability = _sigmoid(values[column])
            emotions[name] = probability
            present[name] = probability >= threshold
        anger_logit = values[self.anger_column] - POSITIVE_PULL * values[self.positive_column]
        wanted = [column for column, name in enumerate(EMOTIONS) if present[name]]
        tops = _top_tokens(rows, per_token, pairs, wanted) if wanted and found else {}
        complaint_logit = float(second[0])
        return ModelOutput(
            emotions=emotions,
            emotion_present=present,
            emotion_tokens={name: tops.get(column, ()) for column, name in enumerate(EMOTIONS)},
            complaint=_sigmoid(complaint_logit),
            # The complaint head decides whether there is a complaint; severity says how bad.
            severity=0 if complaint_logit < 0 else 1 + int(np.argmax(second[2:])),
            anger=_sigmoid(anger_logit),
        )


_TEXT = itemgetter(2)  # Token.text
_TERM = itemgetter(0)
_IDS = itemgetter(1)


def _sum_of_squared_counts(ids: npt.NDArray[np.intp]) -> int:
    """The squared length of the count vector of `ids` (each distinct id counted); sorting in
    numpy is several times cheaper than counting in a dict."""
    ordered = np.sort(ids)
    edges = np.empty(len(ids) + 1, dtype=bool)
    edges[0] = edges[-1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=edges[1:-1])
    starts = np.flatnonzero(edges)
    if len(starts) == len(ids) + 1:
        return len(ids)
    counts = starts[1:] - starts[:-1]
    return int(np.dot(counts, counts))


def _top_tokens(
    rows: FloatArray,
    per_token: list[tuple[int, ...]],
    pairs: list[int | None],
    columns: list[int],
) -> dict[int, tuple[int, ...]]:
    """For each emotion column asked for, the tokens with the largest positive share of its logit.

    `rows` holds the weight rows of the one-token features (token by token, as in `per_token`)
    and then of the pairs found (`pairs[k]` joins tokens k and k + 1; None when not in the
    vocabulary). A one-token feature belongs to its token; a pair half to each of its two.
    """
    size = len(per_token)
    units = sum(map(len, per_token))
    owners = np.repeat(np.arange(size), list(map(len, per_token)))
    firsts = np.array([k for k, i in enumerate(pairs) if i is not None], dtype=np.int64)
    # Shares are only compared, so they are kept at twice their size (and before the norm's
    # scaling): a one-token feature counts twice for its token, a pair once for each of its two.
    cells = np.concatenate([owners, owners, firsts, firsts + 1])
    shares = rows[:, columns]
    doubled = np.concatenate([shares[:units], shares[:units], shares[units:], shares[units:]])
    tops: dict[int, tuple[int, ...]] = {}
    for k, column in enumerate(columns):
        per = np.bincount(cells, weights=doubled[:, k], minlength=size)
        picks: list[int] = []
        # The best three by repeated argmax (first of equals, as a stable sort would give).
        for _ in range(min(TOP_TOKENS, size)):
            best = int(per.argmax())
            if per[best] <= 0:
                break
            picks.append(best)
            per[best] = -np.inf
        tops[column] = tuple(picks)
    return tops


@cache
def load_model() -> Model:
    """The shipped model, loaded once (about 0.1 s) and shared."""
    data = resources.files("calmdesk.reading").joinpath(WEIGHTS_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    return Model(arrays)
