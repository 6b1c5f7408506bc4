from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.collation import name_sort_key


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


phone_validator = RegexValidator(
    r"^\+?[0-9 .]{8,15}$", _("A phone number has only digits and may start with +.")
)


class User(AbstractBaseUser, PermissionsMixin):
    """A person, identified by email; the profile lives on the same row (one lookup)."""

    email = models.EmailField(
        _("email"),
        unique=True,
        error_messages={"unique": _("This email address is already registered.")},
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    agency = models.ForeignKey(
        "contest.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    # contest.collation.name_sort_key(full_name), kept by save(): lists of people ORDER BY it.
    sort_key = models.TextField(editable=False, default="")
    position = models.CharField(_("position"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    is_staff = models.BooleanField(
        _("Django admin access"),
        default=False,
        help_text=_("For technical administrators only."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["sort_key", "email"]

    def __str__(self):
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.sort_key = name_sort_key(self.full_name)
        if kwargs.get("update_fields") is not None and "full_name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_key"}
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        # Vietnamese names end with the given name, which is what people are called by.
        return self.full_name.rsplit(" ", 1)[-1] if self.full_name else self.email
