import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from contest.enums import AgencyLevel, Role
from contest.models import Agency, User


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"UBND phường Số {n}")
    level = AgencyLevel.COMMUNE
    kind = "phường"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"nguoidung{n}@example.vn")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Số {n}")
    agency = factory.SubFactory(AgencyFactory)
    position = "Chuyên viên"
    password = factory.django.Password("MatKhau@2024-dai")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            group, _ = Group.objects.get_or_create(name=Role(extracted).value)
            self.groups.add(group)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
