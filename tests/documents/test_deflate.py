import zlib

import pydyf

from contest.documents.deflate import LEVEL, fast_deflate

DATA = bytes(range(256)) * 64 + b"certificate " * 2000


def _pydyf_deflate() -> bytes:
    compressobj = pydyf.zlib.compressobj(level=9)
    return compressobj.compress(DATA) + compressobj.flush()


def test_lower_level_only_inside_fast_deflate():
    with fast_deflate():
        inside = _pydyf_deflate()
    outside = _pydyf_deflate()

    assert inside == zlib.compress(DATA, LEVEL)
    assert outside == zlib.compress(DATA, 9)
    assert zlib.decompress(inside) == DATA
