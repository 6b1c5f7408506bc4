from .pages import ContestPage, FAQPage, HomePage, NewsIndexPage, NewsPage, TimelineItem
from .results import ResultsPage, WinnerRationale
from .settings import FooterLink, MenuItem, SiteSettings

__all__ = [
    "ContestPage",
    "FAQPage",
    "FooterLink",
    "HomePage",
    "MenuItem",
    "NewsIndexPage",
    "NewsPage",
    "ResultsPage",
    "SiteSettings",
    "TimelineItem",
    "WinnerRationale",
]
