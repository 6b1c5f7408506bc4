"""Hostile uploads: peak memory and time of the worst file of each kind, and a fuzz run.

    python -m bench.uploads [--fuzz-seconds 60]

Each worst file is checked in a fresh child process, so ``peak_mb`` is how far that one
upload raised the process's resident memory (ru_maxrss after minus before); ``seconds`` is
the wall-clock time to refuse or clean it. ``ratio`` compares the worst file with a benign
file of the same kind measured in the same run. Limits: 256 MB and 5 s per upload.

The fuzz target (hypothesis) feeds mutated seeds of every kind to sniffing and every
scrubber (``validate_and_clean`` with all kinds allowed) for a fixed time; a crash is any
exception other than a refusal (ValidationError). Prints one JSON line per figure.
"""

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import time

MB = 1024 * 1024
# (kind, worst file, benign file of the same kind), builders in tests.contest.attachments.
CASES = [
    ("docx", "docx_zip_bomb_lying", "docx_naming_author"),
    ("docx", "docx_nested_bomb_ratio", "docx_naming_author"),
    ("docx", "docx_with_everything", "docx_naming_author"),
    ("pdf", "pdf_with_everything", "pdf_naming_author"),
    ("pdf", "pdf_encrypted_aes", "pdf_naming_author"),
    ("png", "png_idat_bomb", "png_with_identity"),
    ("png", "png_pixel_bomb", "png_with_identity"),
    ("png", "png_truncated", "png_with_identity"),
    ("webp", "webp_truncated", "webp_with_identity"),
    ("jpeg", "jpeg_truncated", "jpeg_with_identity"),
]
SEEDS = [
    "pdf_with_everything",
    "pdf_naming_author",
    "docx_with_everything",
    "docx_naming_author",
    "png_with_identity",
    "webp_with_identity",
    "jpeg_with_identity",
]


def _setup():
    from bench import _django

    _django.setup()  # production settings: what the web process that takes uploads runs
    # What the web process looks like: WeasyPrint's import sets Pillow's global.
    from PIL import ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = True


def _check(data: bytes) -> str:
    from django.core.exceptions import ValidationError

    from contest.attachments import AttachmentKind, validate_and_clean

    try:
        validate_and_clean(
            data=data, filename="x", allowed_kinds=list(AttachmentKind), max_bytes=50 * MB
        )
    except ValidationError as error:
        return str(error.code)
    return "cleaned"


def measure_one(name: str) -> dict:
    """Run in a child: build the file, then time and measure only the check."""
    _setup()
    from tests.contest.attachments import hostile

    data = getattr(hostile, name)()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    outcome = _check(data)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "outcome": outcome,
        "seconds": seconds,
        "peak_mb": max(0, after - before) / 1024,
        "bytes": len(data),
    }


def _child(name: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.uploads", "--one", name],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def fuzz(seconds: float) -> dict:
    from django.core.exceptions import ValidationError
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.contest.attachments import hostile

    seeds = [getattr(hostile, name)() for name in SEEDS]
    counts = {"executions": 0, "crashes": 0}
    crashes: list[str] = []
    deadline = time.monotonic() + seconds

    class Done(Exception):
        pass

    @settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        seed=st.sampled_from(seeds),
        edits=st.lists(
            st.tuples(st.floats(0, 1), st.binary(max_size=8), st.integers(0, 16)), max_size=6
        ),
        cut=st.floats(0.05, 1),
    )
    def target(seed, edits, cut):
        if time.monotonic() > deadline:
            raise Done
        data = bytearray(seed[: max(1, int(len(seed) * cut))] if cut < 0.98 else seed)
        for where, insert, remove in edits:
            position = int(where * len(data))
            data[position : position + remove] = insert
        counts["executions"] += 1
        try:
            _check(bytes(data))
        except ValidationError:
            pass
        except Exception as error:  # a crash: record it, keep fuzzing
            counts["crashes"] += 1
            crashes.append(f"{type(error).__name__}: {error}"[:200])

    with contextlib.suppress(Done):
        target()
    return {**counts, "first_crashes": crashes[:3]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz-seconds", type=float, default=60)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one)))
        return
    worst: dict[str, tuple[dict, str, dict]] = {}
    for kind, name, benign in CASES:
        figures = _child(name)
        baseline = _child(benign)
        figures["ratio"] = round(figures["seconds"] / max(baseline["seconds"], 1e-6), 2)
        print(
            json.dumps(
                {
                    "figure": "upload",
                    "kind": kind,
                    "file": name,
                    "outcome": figures["outcome"],
                    "bytes": figures["bytes"],
                    "seconds": round(figures["seconds"], 3),
                    "peak_mb": round(figures["peak_mb"], 1),
                    "baseline_file": benign,
                    "baseline_seconds": round(baseline["seconds"], 3),
                    "baseline_peak_mb": round(baseline["peak_mb"], 1),
                    "ratio": figures["ratio"],
                }
            )
        )
        current = worst.get(kind)
        if current is None or figures["peak_mb"] + figures["seconds"] * 50 > (
            current[0]["peak_mb"] + current[0]["seconds"] * 50
        ):
            worst[kind] = (figures, name, baseline)
    for kind, (figures, name, _baseline) in worst.items():
        print(
            json.dumps(
                {
                    "figure": "worst",
                    "kind": kind,
                    "file": name,
                    "seconds": round(figures["seconds"], 3),
                    "peak_mb": round(figures["peak_mb"], 1),
                    "ratio": figures["ratio"],
                    "within_limits": figures["seconds"] < 5 and figures["peak_mb"] < 256,
                }
            )
        )
    _setup()
    start = time.perf_counter()
    result = fuzz(args.fuzz_seconds)
    elapsed = time.perf_counter() - start
    print(
        json.dumps(
            {
                "figure": "fuzz",
                "engine": "hypothesis",
                "seconds": round(elapsed, 1),
                "executions": result["executions"],
                "per_s": round(result["executions"] / elapsed, 1),
                "crashes": result["crashes"],
                "first_crashes": result["first_crashes"],
            }
        )
    )


if __name__ == "__main__":
    main()
