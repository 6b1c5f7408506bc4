from django.urls import path

from contest.views import profile

app_name = "contest"

urlpatterns = [
    path("tai-khoan/ho-so/", profile.profile_edit, name="profile"),
]
