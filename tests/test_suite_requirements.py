"""What the suite does where ../shared or Chromium is missing: skip with the reason, or fail
where every test must run (CI, through ARCHIVE_TESTS_REQUIRE_ALL=1 in .ci/run)."""

from __future__ import annotations

import pytest

from tests.conftest import unavailable

REASON = "needs Debian's Chromium: apt-get install chromium chromium-driver"


def test_a_missing_requirement_skips_with_its_reason(monkeypatch):
    monkeypatch.delenv("ARCHIVE_TESTS_REQUIRE_ALL", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium chromium-driver"):
        unavailable(REASON)


def test_a_missing_requirement_fails_where_every_test_must_run(monkeypatch):
    monkeypatch.setenv("ARCHIVE_TESTS_REQUIRE_ALL", "1")
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium chromium-driver"):
        unavailable(REASON)


def test_ci_requires_every_test_to_run(root):
    run = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert "export ARCHIVE_TESTS_REQUIRE_ALL=1" in run
    assert run.index("ARCHIVE_TESTS_REQUIRE_ALL") < run.index("nox -s tests")
    assert "apt-get install -y -qq chromium chromium-driver" in run
