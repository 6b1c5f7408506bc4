from config import syscheck


def test_syscheck_passes_when_every_package_is_present(monkeypatch):
    monkeypatch.setitem(syscheck.PURPOSES, "test", {"gettext": lambda: True})
    assert syscheck.main(["test"]) == 0


def test_syscheck_prints_the_exact_command_when_it_cannot_install(monkeypatch, capsys):
    monkeypatch.setitem(
        syscheck.PURPOSES,
        "test",
        {"chromium": lambda: False, "gettext": lambda: True, "postgresql-client": lambda: None},
    )
    monkeypatch.setattr(syscheck, "_can_install", lambda: False)
    assert syscheck.main(["test"]) == 1
    err = capsys.readouterr().err
    assert "  sudo apt-get install -y chromium postgresql-client\n" in err
    assert "then run `make test` again." in err


def test_syscheck_rejects_an_unknown_purpose():
    assert syscheck.main(["deploy"]) == 2


def test_syscheck_test_packages_include_node_and_npm_for_axe():
    assert {"chromium", "nodejs", "npm"} <= set(syscheck.TEST_PACKAGES)
    assert set(syscheck.RUN_PACKAGES).isdisjoint({"nodejs", "npm"})
