import datetime

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from contest.enums import AgencyLevel, EntrantType, EntryKind, Role
from contest.models import Agency, Author, Edition, Entry, Sector, User

# Every factory user's password (the browser tests sign in with it).
PASSWORD = "MatKhau@2024-dai"


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
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            group, _ = Group.objects.get_or_create(name=Role(extracted).value)
            self.groups.add(group)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class EditionFactory(factory.django.DjangoModelFactory):
    """An edition open now: submissions closed in ten days, judging a week later."""

    class Meta:
        model = Edition
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Cuộc thi thử nghiệm {n}")
    year = 2024
    code_prefix = factory.Sequence(lambda n: f"T{n}X")
    plan_reference = "Kế hoạch số 103/KH-UBND ngày 04/4/2024"
    organiser = "UBND Thành phố Hà Nội"
    submission_opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    submission_closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=10)
    )
    judging_starts_at = factory.LazyAttribute(
        lambda o: o.submission_closes_at + datetime.timedelta(days=7)
    )

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            for order, name in enumerate(
                extracted or ["Cải cách thủ tục hành chính", "Xây dựng chính quyền số"]
            ):
                Sector.objects.create(edition=self, name=name, sort_order=order)


class EntryFactory(factory.django.DjangoModelFactory):
    """A complete draft with its lead author, ready to submit once it has a write-up."""

    class Meta:
        model = Entry
        skip_postgeneration_save = True

    edition = factory.SubFactory(EditionFactory)
    owner = factory.SubFactory(UserFactory, role=Role.ENTRANT)
    agency = factory.LazyAttribute(lambda o: o.owner.agency)
    entrant_type = EntrantType.INDIVIDUAL
    kind = EntryKind.IDEA
    sector = factory.LazyAttribute(lambda o: o.edition.sectors.first())
    title = "Một cửa số hóa cấp phường"
    summary = "Tóm tắt ý tưởng cải cách thủ tục hành chính."
    problem = "Người dân phải chờ lâu tại bộ phận một cửa."
    solution = "Đặt lịch hẹn trực tuyến và số hóa hồ sơ ngay khi tiếp nhận."
    novelty = "Kết nối lịch hẹn với hệ thống một cửa điện tử."
    feasibility = "Chi phí khoảng 50.000.000 đồng."
    effect = "Giảm 40% thời gian chờ."
    replication = "Áp dụng được cho mọi phường."

    @factory.post_generation
    def lead(self, create, extracted, **kwargs):
        if create:
            Author.objects.create(
                entry=self,
                user=self.owner,
                is_lead=True,
                full_name=self.owner.full_name,
                unit=self.owner.agency.name,
                job_title=self.owner.position,
                email=self.owner.email,
                share=100,
            )
