from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def require(request, permission, obj=None):
    """Anonymous visitors go to sign in; signed-in users without the permission get 403."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm(permission, obj):
        raise PermissionDenied
    return None


def add_service_errors(form, error) -> None:
    """Put a service's ValidationError on the fields it names, the rest above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)
