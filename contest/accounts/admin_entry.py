"""Where /admin/ sends people it turns away.

Wagtail sends anyone without admin access to its login URL. Sending a signed-in entrant
or judge to allauth's login would bounce them straight back to /admin/, for ever; they
get a page saying whom the admin is for and where their own pages are instead.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def admin_entry(request):
    if not request.user.is_authenticated:
        query = request.META.get("QUERY_STRING", "")
        return redirect(reverse("account_login") + (f"?{query}" if query else ""))
    if request.user.has_perm("wagtailadmin.access_admin"):
        target = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = reverse("wagtailadmin_home")
        return redirect(target)
    return render(request, "account/admin_denied.html", status=403)
