from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JudgingConfig(AppConfig):
    name = "judging"
    verbose_name = _("Judging")

    def ready(self):
        # contest shows an entry's journey without importing judging: judging tells it.
        from contest.outcomes import journey_provider
        from judging.outcomes import entry_journey_steps

        journey_provider(entry_journey_steps)
