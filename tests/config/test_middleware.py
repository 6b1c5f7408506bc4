import json
import unicodedata

from django.http import HttpResponse
from django.test import RequestFactory

from config.middleware import UnicodeNFCMiddleware

NFD = unicodedata.normalize("NFD", "Cải cách hành chính")


def _seen(request):
    captured = {}

    def view(req):
        captured["GET"] = req.GET.get("q")
        captured["POST"] = (
            req.POST.getlist("title") if req.content_type != "application/json" else None
        )
        captured["BODY"] = req.body if req.content_type == "application/json" else None
        return HttpResponse()

    UnicodeNFCMiddleware(view)(request)
    return captured


def test_nfc_middleware_composes_query_and_form_values():
    request = RequestFactory().post(f"/?q={NFD}", {"title": [NFD, "x"]})
    seen = _seen(request)
    assert seen["GET"] == "Cải cách hành chính"
    assert seen["POST"] == ["Cải cách hành chính", "x"]


def test_nfc_middleware_composes_nested_json_body():
    body = json.dumps({"title": NFD, "authors": [{"name": NFD}], "share": 100})
    request = RequestFactory().post("/", body, content_type="application/json")
    data = json.loads(_seen(request)["BODY"])
    assert data == {
        "title": "Cải cách hành chính",
        "authors": [{"name": "Cải cách hành chính"}],
        "share": 100,
    }


def test_nfc_middleware_leaves_malformed_json_alone():
    request = RequestFactory().post("/", b"{not json", content_type="application/json")
    assert _seen(request)["BODY"] == b"{not json"


def test_nfc_middleware_strips_format_characters_from_form_and_json():
    hidden = "Ngô\u200b Thị\u202e Mai\ufeff"
    form = _seen(RequestFactory().post("/", {"title": [hidden]}))
    body = json.dumps({"fields": {"authors": [{"full_name": hidden}]}})
    data = json.loads(
        _seen(RequestFactory().post("/", body, content_type="application/json"))["BODY"]
    )
    assert form["POST"] == ["Ngô Thị Mai"]
    assert data == {"fields": {"authors": [{"full_name": "Ngô Thị Mai"}]}}
