"""Finding entries that describe the same idea: pure, no Django (bench.similar runs it alone).

The method, chosen on bench.similar's labelled set: TF-IDF over character 3- to 5-grams
within words (scikit-learn's ``char_wb``) of the accent- and case-folded text, compared by
cosine. Character n-grams survive what word features do not: typing without accents,
typos, a word's inflections and reordered sections (order plays no part in a bag of
n-grams); the IDF weight keeps the vocabulary every entry of a field shares ("cải cách thủ
tục hành chính") from making all entries of a field look alike.
"""

from .index import (
    PASSAGE_THRESHOLD,
    SHOW_THRESHOLD,
    STORE_THRESHOLD,
    Match,
    SimilarityIndex,
    matching_passages,
)

__all__ = [
    "PASSAGE_THRESHOLD",
    "SHOW_THRESHOLD",
    "STORE_THRESHOLD",
    "Match",
    "SimilarityIndex",
    "matching_passages",
]
