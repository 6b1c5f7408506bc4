"""Similarity is computed when an entry is submitted, without contest knowing about it.

``entry_submit`` records an EntryEvent of kind "submitted"; listening to that event keeps
contest free of any import of this app. A demo seed or a rush of submissions in one
transaction enqueues a single task for all of them, since each task refits the index.
"""

import threading

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from contest.enums import EntryEventKind
from contest.models import EntryEvent

_pending = threading.local()


def _flush():
    from initiatives.tasks import index_similar_entries

    ids = sorted(getattr(_pending, "ids", set()))
    _pending.ids = set()
    if ids:
        index_similar_entries.enqueue(entry_ids=ids)


@receiver(post_save, sender=EntryEvent, dispatch_uid="initiatives-similar-on-submit")
def entry_submitted(sender, instance, created, **kwargs):
    if not created or instance.kind != EntryEventKind.SUBMITTED:
        return
    if not hasattr(_pending, "ids"):
        _pending.ids = set()
    _pending.ids.add(instance.entry_id)
    # The first callback to run takes every id; the others find the set empty.
    transaction.on_commit(_flush)
