import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from contest.attachments.limits import MB, read_capped


class EndlessZeros(io.RawIOBase):
    """A stream that never ends and counts what was read from it."""

    def __init__(self):
        self.bytes_read = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        buffer[:] = b"\0" * len(buffer)
        self.bytes_read += len(buffer)
        return len(buffer)


class DeclaredSize(io.BytesIO):
    """Like Django's UploadedFile: the size is known before any byte is read."""

    def __init__(self, data, *, size):
        super().__init__(data)
        self.size = size
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk


def test_read_capped_endless_stream_stops_one_byte_past_the_limit():
    stream = EndlessZeros()
    with pytest.raises(ValidationError) as raised:
        read_capped(data=stream, max_bytes=1_000_000)
    assert raised.value.code == "too_large"
    assert stream.bytes_read == 1_000_001


def test_read_capped_declared_size_over_limit_reads_nothing():
    upload = DeclaredSize(b"x" * 10, size=5_000_000)
    with pytest.raises(ValidationError) as raised:
        read_capped(data=upload, max_bytes=1_000_000)
    assert raised.value.code == "too_large"
    assert upload.bytes_read == 0


def test_read_capped_understated_size_is_still_capped():
    upload = DeclaredSize(b"x" * 2_000, size=10)
    with pytest.raises(ValidationError) as raised:
        read_capped(data=upload, max_bytes=1_000)
    assert raised.value.code == "too_large"
    assert upload.bytes_read == 1_001


def test_read_capped_message_names_the_limit():
    with translation.override("en"):
        with pytest.raises(ValidationError) as raised:
            read_capped(data=io.BytesIO(b"x" * (MB + 1)), max_bytes=MB)
        assert raised.value.messages == ["The file is larger than 1,0\xa0MB."]


def test_read_capped_exact_limit_is_accepted():
    assert read_capped(data=io.BytesIO(b"x" * 10), max_bytes=10) == b"x" * 10


def test_read_capped_rewinds_a_stream_someone_has_read():
    upload = io.BytesIO(b"%PDF-1.7 rest")
    upload.read(4)
    assert read_capped(data=upload, max_bytes=100) == b"%PDF-1.7 rest"


def test_read_capped_empty_file_is_refused():
    with pytest.raises(ValidationError) as raised:
        read_capped(data=b"", max_bytes=10)
    assert raised.value.code == "empty"
