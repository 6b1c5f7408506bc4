from .contest import AgencyFactory, UserFactory

__all__ = ["AgencyFactory", "UserFactory"]
