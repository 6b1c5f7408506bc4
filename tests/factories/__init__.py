from .contest import AgencyFactory, EditionFactory, EntryFactory, UserFactory

__all__ = ["AgencyFactory", "EditionFactory", "EntryFactory", "UserFactory"]
