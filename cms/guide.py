"""The organisers' guide (docs/huong-dan-ban-to-chuc.md), served to staff inside the site.

A closed government network cannot reach Wagtail's online guide, so the admin's Help menu
points here instead. The guide is a Markdown file kept with the code, so it changes in the
same commit as the screens it describes; its screenshots (docs/img/, written by the browser
tests) are served from the same place, to staff only, like the guide itself.
"""

from pathlib import Path

import markdown
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe

GUIDE_PATH = Path(settings.BASE_DIR) / "docs" / "huong-dan-ban-to-chuc.md"
IMAGE_DIR = GUIDE_PATH.parent / "img"
# Raster formats only: an SVG may carry script, and the guide needs nothing else.
IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}


def _require_staff(request):
    if not request.user.has_perm("cms.view_staff_guide"):
        raise PermissionDenied


def guide_html(text: str) -> str:
    # The file is ours, reviewed like code, so its HTML is trusted as the templates are.
    return markdown.markdown(text, extensions=["tables", "toc", "sane_lists"], output_format="html")


@login_required
def staff_guide(request):
    _require_staff(request)
    html = guide_html(GUIDE_PATH.read_text(encoding="utf-8"))
    return render(request, "cms/staff_guide.html", {"guide": mark_safe(html)})


@login_required
def staff_guide_image(request, name):
    _require_staff(request)
    path = (IMAGE_DIR / name).resolve()
    if not path.is_relative_to(IMAGE_DIR.resolve()) or path.suffix.lower() not in IMAGE_TYPES:
        raise Http404
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), content_type=IMAGE_TYPES[path.suffix.lower()])
