"""Similar-entry detection: precision and recall on a labelled set, and index/query times.

    python -m bench.similar [--entries 10000] [--seed 2024] [--sweep]

No database: it runs initiatives.similarity, the code the background task runs.

The labelled set is built from the demo's 42 write-ups (contest/demo_entries_content.py,
six per field, so every write-up has five unrelated neighbours on the same field). Each
write-up gets four versions that the secretariat should be shown as "the same idea":

- ``edited``: a copy with about one word in eight deleted, replaced or misspelt;
- ``reordered``: its sections and the sentences inside them shuffled;
- ``paraphrased``: administrative synonyms swapped in, half of the sentences dropped and
  the rest shuffled, the figures changed;
- ``unaccented``: typed without Vietnamese diacritics, and in capitals here and there.

Every pair of the 210 texts is labelled: same write-up family = positive, anything else
(including the other write-ups of the same field) = negative. A pair is predicted similar
when its score reaches SHOW_THRESHOLD, the threshold the screening page uses.

Timings: 10,000 synthetic entries (sentences of the write-ups recombined, about the length
of an entry's own text fields) indexed, then one entry queried against all of them.

The baseline, measured in the same run: Jaccard overlap of lower-cased word sets without
accent folding (what a plain "same words" check does), at the same threshold.
Prints one JSON line per figure: {"figure", "value", "baseline", "ratio", ...}.
"""

import argparse
import json
import random
import re
import sys
import time
import unicodedata

from contest.demo_entries_content import IDEAS
from initiatives.similarity import SHOW_THRESHOLD, SimilarityIndex

FIELDS = ("title", "summary", "problem", "solution", "novelty", "feasibility", "effect")
SYNONYMS = {
    "người dân": "công dân",
    "doanh nghiệp": "tổ chức kinh tế",
    "hồ sơ": "giấy tờ",
    "thủ tục hành chính": "TTHC",
    "cán bộ": "công chức",
    "giải pháp": "sáng kiến",
    "triển khai": "thực hiện",
    "thời gian": "thời lượng",
    "giảm": "cắt giảm",
    "nâng cao": "cải thiện",
    "ứng dụng": "phần mềm",
    "hệ thống": "nền tảng",
    "tiếp nhận": "nhận",
    "phường": "xã",
    "hằng tháng": "mỗi tháng",
    "chi phí": "kinh phí",
    "tự động": "tự động hóa",
    "cơ quan": "đơn vị",
    "kết quả": "thành quả",
    "báo cáo": "tổng hợp",
}
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
_WORD = re.compile(r"\w+")


def _text(idea: dict, order=FIELDS) -> str:
    return "\n".join(idea[f] for f in order if idea.get(f))


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def edited(idea, rng):
    out = {}
    for field in FIELDS:
        words = idea[field].split()
        kept = []
        for w in words:
            roll = rng.random()
            if roll < 0.04:
                continue  # deleted
            if roll < 0.08:
                kept.append(rng.choice(words))  # replaced
            elif roll < 0.125 and len(w) > 3:
                i = rng.randrange(len(w) - 1)
                kept.append(w[:i] + w[i + 1] + w[i] + w[i + 2 :])  # typo
            else:
                kept.append(w)
        out[field] = " ".join(kept)
    return _text(out)


def reordered(idea, rng):
    fields = list(FIELDS)
    rng.shuffle(fields)
    parts = []
    for field in fields:
        sentences = _sentences(idea[field])
        rng.shuffle(sentences)
        parts.append(" ".join(sentences))
    return "\n".join(parts)


def paraphrased(idea, rng):
    out = {}
    for field in FIELDS:
        text = idea[field]
        for word, other in SYNONYMS.items():
            text = re.sub(word, other, text, flags=re.IGNORECASE)
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
        sentences = _sentences(text)
        if len(sentences) > 1:
            sentences = [s for s in sentences if rng.random() > 0.5] or sentences[:1]
            rng.shuffle(sentences)
        out[field] = " ".join(sentences)
    return _text(out)


def unaccented(idea, rng):
    text = _text(idea).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(w.upper() if rng.random() < 0.1 else w for w in text.split(" "))


VARIANTS = {"edited": edited, "reordered": reordered, "paraphrased": paraphrased}
VARIANTS["unaccented"] = unaccented


def labelled_set(seed: int):
    rng = random.Random(seed)
    texts, family, kind = {}, {}, {}
    for n, idea in enumerate(IDEAS):
        texts[(n, "original")] = _text(idea)
        for name, make in VARIANTS.items():
            texts[(n, name)] = make(idea, rng)
    for key in texts:
        family[key], kind[key] = key
    return texts, family, kind


def _word_set(text: str) -> frozenset:
    return frozenset(_WORD.findall(text.lower()))


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _counts(scores: dict, family: dict, threshold: float):
    tp = fp = fn = 0
    for (a, b), score in scores.items():
        same = family[a] == family[b]
        shown = score >= threshold
        tp += same and shown
        fp += (not same) and shown
        fn += same and not shown
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def _pair_scores(texts):
    keys = list(texts)
    index = SimilarityIndex(texts)
    ours, base = {}, {}
    sets = {k: _word_set(t) for k, t in texts.items()}
    sim = (index.matrix @ index.matrix.T).toarray()
    for i, a in enumerate(keys):
        for j in range(i + 1, len(keys)):
            b = keys[j]
            ours[(a, b)] = float(sim[i, j])
            base[(a, b)] = _jaccard(sets[a], sets[b])
    return ours, base


def _recall_by_kind(scores, family, kind, threshold):
    found = {}
    for (a, b), score in scores.items():
        if family[a] != family[b] or "original" not in (kind[a], kind[b]):
            continue
        variant = kind[b] if kind[a] == "original" else kind[a]
        hit, total = found.get(variant, (0, 0))
        found[variant] = (hit + (score >= threshold), total + 1)
    return {k: hit / total for k, (hit, total) in sorted(found.items())}


def synthetic_corpus(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = [s for idea in IDEAS for f in FIELDS for s in _sentences(idea[f])]
    return [" ".join(rng.sample(pool, 14)) for _ in range(count)]


def _line(figure, value, baseline, **extra):
    ratio = round(value / baseline, 3) if baseline else None
    print(
        json.dumps(
            {"figure": figure, "value": round(value, 4), "baseline": round(baseline, 4)}
            | {"ratio": ratio}
            | extra,
            ensure_ascii=False,
        )
    )


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--sweep", action="store_true", help="precision/recall by threshold")
    args = parser.parse_args(argv)

    texts, family, kind = labelled_set(args.seed)
    ours, base = _pair_scores(texts)
    positives = sum(family[a] == family[b] for a, b in ours)
    common = {
        "threshold": SHOW_THRESHOLD,
        "pairs": len(ours),
        "positive_pairs": positives,
        "method": "tf-idf char_wb 3-5 grams, accent-folded, cosine",
        "baseline_method": "word-set Jaccard, lower-cased, accents kept",
    }
    precision, recall = _counts(ours, family, SHOW_THRESHOLD)
    base_precision, base_recall = _counts(base, family, SHOW_THRESHOLD)
    if args.sweep:
        for t in [x / 100 for x in range(20, 85, 5)]:
            p, r = _counts(ours, family, t)
            bp, br = _counts(base, family, t)
            print(
                f"{t:.2f}  ours P={p:.3f} R={r:.3f}  baseline P={bp:.3f} R={br:.3f}",
                file=sys.stderr,
            )
    _line("precision", precision, base_precision, **common)
    _line("recall", recall, base_recall, **common)
    by_kind = _recall_by_kind(ours, family, kind, SHOW_THRESHOLD)
    base_by_kind = _recall_by_kind(base, family, kind, SHOW_THRESHOLD)
    for variant in by_kind:
        _line(
            f"recall_{variant}", by_kind[variant], base_by_kind[variant], threshold=SHOW_THRESHOLD
        )

    corpus = synthetic_corpus(args.entries, args.seed)
    mean_chars = sum(map(len, corpus)) / len(corpus)
    started = time.perf_counter()
    index = SimilarityIndex(dict(enumerate(corpus)))
    index_seconds = time.perf_counter() - started
    started = time.perf_counter()
    sets = [_word_set(t) for t in corpus]
    base_index_seconds = time.perf_counter() - started

    probe = corpus[len(corpus) // 2]
    runs = 20
    started = time.perf_counter()
    for _ in range(runs):
        index.query(probe)
    query_seconds = (time.perf_counter() - started) / runs
    started = time.perf_counter()
    for _ in range(runs):
        probe_set = _word_set(probe)
        sorted((_jaccard(probe_set, s) for s in sets), reverse=True)[:10]
    base_query_seconds = (time.perf_counter() - started) / runs
    sizes = {"entries": args.entries, "mean_chars": round(mean_chars)}
    _line("index_seconds", index_seconds, base_index_seconds, **sizes)
    _line("query_seconds", query_seconds, base_query_seconds, **sizes)


if __name__ == "__main__":
    main()
