"""The typeface every document is set in, shipped with the project and embedded in PDFs.

Nghị định 30/2020/NĐ-CP asks for Times New Roman. Liberation Serif (SIL OFL, in
``static/fonts/``) has the same metrics and covers every Vietnamese letter precomposed, so
documents lay out as they would in Times and never depend on the server's installed fonts.
"""

from dataclasses import dataclass

from weasyprint import CSS
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .fetcher import static_root, static_url

# A private family name: stylesheets ask for it first, so a system font of the same public
# name ("Liberation Serif", "Times New Roman") can never be picked instead of ours.
FONT_FAMILY = "Document Serif"
FONT_STACK = f'"{FONT_FAMILY}", "Liberation Serif", "Times New Roman", serif'


@dataclass(frozen=True, slots=True)
class FontFace:
    file: str
    style: str
    weight: int


FONT_FACES = (
    FontFace("LiberationSerif-Regular.ttf", "normal", 400),
    FontFace("LiberationSerif-Bold.ttf", "normal", 700),
    FontFace("LiberationSerif-Italic.ttf", "italic", 400),
    FontFace("LiberationSerif-BoldItalic.ttf", "italic", 700),
)


def font_files():
    """Paths of the shipped font files, in the order of ``FONT_FACES``."""
    return [static_root() / "fonts" / face.file for face in FONT_FACES]


def font_face_css() -> str:
    rules = [
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: {face.style}; '
        f"font-weight: {face.weight}; "
        f'src: url("{static_url("fonts/" + face.file)}") format("truetype"); }}'
        for face in FONT_FACES
    ]
    rules.append(f"html {{ font-family: {FONT_STACK}; }}")
    return "\n".join(rules)


def load_fonts(*, url_fetcher: URLFetcher) -> tuple[FontConfiguration, CSS]:
    """A font configuration with our faces registered, and the stylesheet declaring them.

    Both belong together: WeasyPrint registers ``@font-face`` rules into the configuration
    the stylesheet was parsed with, so they must be created, and reused, as a pair.
    """
    font_config = FontConfiguration()
    stylesheet = CSS(string=font_face_css(), font_config=font_config, url_fetcher=url_fetcher)
    return font_config, stylesheet
