import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from contest.text import fold

# The score from which the secretariat is shown a pair (bench.similar measures precision
# and recall here); pairs from STORE_THRESHOLD are kept so the threshold can be lowered
# without recomputing.
SHOW_THRESHOLD = 0.6
STORE_THRESHOLD = 0.45
PASSAGE_THRESHOLD = 0.45
TOP_K = 10
MAX_PASSAGES = 3

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        preprocessor=fold,
        sublinear_tf=True,
        min_df=1,
        dtype=np.float32,
    )


@dataclass(frozen=True)
class Match:
    key: object
    score: float


class SimilarityIndex:
    """Texts by key, fitted once; ``similar(key)`` ranks the others against one of them."""

    def __init__(self, texts: Mapping[object, str]):
        self.keys = list(texts)
        self._position = {k: i for i, k in enumerate(self.keys)}
        self.vectorizer = vectorizer()
        # Rows are L2-normalised by TF-IDF, so a dot product is the cosine.
        self.matrix = self.vectorizer.fit_transform([texts[k] for k in self.keys])

    def similar(
        self,
        key,
        *,
        among: Iterable | None = None,
        threshold: float = STORE_THRESHOLD,
        top: int = TOP_K,
    ) -> list[Match]:
        row = self.matrix[self._position[key]]
        return self._rank(row, exclude=key, among=among, threshold=threshold, top=top)

    def score(self, first, second) -> float:
        a, b = self.matrix[self._position[first]], self.matrix[self._position[second]]
        return float((a @ b.T).toarray()[0, 0])

    def __contains__(self, key) -> bool:
        return key in self._position

    def query(self, text: str, *, threshold: float = STORE_THRESHOLD, top: int = TOP_K):
        row = self.vectorizer.transform([text])
        return self._rank(row, exclude=None, among=None, threshold=threshold, top=top)

    def _rank(self, row, *, exclude, among, threshold, top) -> list[Match]:
        scores = (self.matrix @ row.T).toarray().ravel()
        if exclude is not None:
            scores[self._position[exclude]] = -1
        if among is not None:
            allowed = np.zeros(len(self.keys), dtype=bool)
            allowed[[self._position[k] for k in among if k in self._position]] = True
            scores[~allowed] = -1
        best = np.argsort(-scores, kind="stable")[:top]
        return [
            Match(self.keys[i], round(float(scores[i]), 4)) for i in best if scores[i] >= threshold
        ]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= 20]


def matching_passages(
    first: str, second: str, *, threshold: float = PASSAGE_THRESHOLD, limit: int = MAX_PASSAGES
) -> list[dict]:
    """The sentence pairs of two texts that match best, each sentence used once."""
    a, b = sentences(first), sentences(second)
    if not a or not b:
        return []
    model = vectorizer().fit(a + b)
    scores = (model.transform(a) @ model.transform(b).T).toarray()
    found, used_a, used_b = [], set(), set()
    for flat in np.argsort(-scores, axis=None, kind="stable"):
        i, j = divmod(int(flat), scores.shape[1])
        if scores[i, j] < threshold or len(found) == limit:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        found.append({"first": a[i], "second": b[j], "score": round(float(scores[i, j]), 3)})
    return found
