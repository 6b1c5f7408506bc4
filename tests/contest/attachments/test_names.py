import re
import unicodedata

from contest.attachments import AttachmentKind, random_storage_name
from contest.attachments.names import display_name


def test_random_storage_name_has_two_hex_folders_and_the_safe_extension():
    name = random_storage_name(kind=AttachmentKind.JPEG)
    assert re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]{2}/[A-Za-z0-9_-]{32}\.jpg", name)


def test_random_storage_name_differs_every_time():
    names = {random_storage_name(kind=AttachmentKind.PDF) for _ in range(1000)}
    assert len(names) == 1000


def test_display_name_composes_nfd_and_drops_path_and_controls():

    decomposed = unicodedata.normalize("NFD", "C:\\Users\\a\\Thuyết minh\u200b\x07.docx")
    assert display_name(filename=decomposed, extension="docx") == "Thuyết minh.docx"


def test_display_name_empty_is_tep():

    assert display_name(filename="", extension="pdf") == "tep.pdf"
