"""Deflate level 6 instead of pydyf's 9 for the streams of the documents written here.

pydyf compresses every stream (font subsets, content, colour profile) at zlib level 9.
On a certificate's 170 kB of streams that is about 3 ms, against under 2 ms at level 6,
for 0.1 kB (0.2%) more output. pydyf has no setting for it, so its module-level ``zlib``
is replaced by a proxy that lowers the level only while ``fast_deflate()`` is active in
the calling thread: WeasyPrint used anywhere else in the process writes exactly as before.
"""

import threading
import zlib
from contextlib import contextmanager

import pydyf

LEVEL = 6
_state = threading.local()


class _PydyfZlib:
    """``zlib`` as pydyf sees it."""

    def __getattr__(self, name):
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level=-1, *args, **kwargs):
        if getattr(_state, "active", False) and level > LEVEL:
            level = LEVEL
        return zlib.compressobj(level, *args, **kwargs)


@contextmanager
def fast_deflate():
    if not isinstance(pydyf.zlib, _PydyfZlib):
        pydyf.zlib = _PydyfZlib()
    previous = getattr(_state, "active", False)
    _state.active = True
    try:
        yield
    finally:
        _state.active = previous
