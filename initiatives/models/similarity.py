from django.conf import settings
from django.db import models
from django.db.models import F, Q

from initiatives.enums import PairVerdict


class EntryText(models.Model):
    """An entry's comparable text (title, summary, free text, write-up), extracted once."""

    entry = models.OneToOneField("contest.Entry", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    # The write-up's SHA-256 the text was taken from: a new upload means a new extraction.
    source = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return str(self.entry_id)


class SimilarPair(models.Model):
    """Two entries whose texts are alike; ``first`` has the smaller id, so a pair is stored once."""

    first = models.ForeignKey("contest.Entry", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("contest.Entry", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    # [{"first": "…sentence of first…", "second": "…of second…", "score": 0.83}, …]
    passages = models.JSONField(default=list)
    verdict = models.CharField(max_length=20, choices=PairVerdict, blank=True, default="")
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="similar_pair_once"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="similar_pair_ordered"),
        ]

    def __str__(self):
        return f"{self.first_id}~{self.second_id} {self.score:.2f}"


class PairMark(models.Model):
    """Append-only: the secretariat's verdict on a pair, who gave it and when."""

    pair = models.ForeignKey(SimilarPair, on_delete=models.CASCADE, related_name="marks")
    verdict = models.CharField(max_length=20, choices=PairVerdict)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.pair_id} {self.verdict}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Marks are append-only.")
        super().save(*args, **kwargs)
