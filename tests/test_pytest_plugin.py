"""The pytest plugin, run inside real pytest sessions through pytester."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.baseline import dump_baseline

pytest_plugins = ["pytester"]

CLUSTER = {
    "blast/a.txt": "Rescue teams worked through the night.\nOfficials said 12 people died in the blast.\n",
    "blast/b.txt": "Rescue teams worked through the night.\nOfficials said 14 people died in the blast.\n",
    "calm/a.txt": "Officials said at least 12 people died in the blast.\n",
    "calm/b.txt": "Officials said 14 people died in the blast.\n",
}

TESTS = """
from factcheck.testing import assert_consistent

def test_blast(factcheck_cluster):
    assert_consistent(factcheck_cluster("blast"))

def test_calm(factcheck_cluster):
    assert_consistent(factcheck_cluster("calm"))
"""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    for name, text in CLUSTER.items():
        path = pytester.path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    pytester.makepyfile(test_news=TESTS)
    return pytester


def test_pytest_plugin_fixture_fails_with_both_spans_and_hides_frames(
    newsroom: pytest.Pytester,
) -> None:
    result = newsroom.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*InconsistencyError: 1 finding(s) at or above 'error' in blast:*",
        "*count conflict*",
        "*- “12 people”*a.txt:2:16*",
        "*+ “14 people”*b.txt:2:16*",
    ])  # fmt: skip
    assert "testing.py" not in result.stdout.str()


def test_pytest_plugin_fail_on_option_tightens_the_fixture(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("-p", "no:cacheprovider", "--factcheck-fail-on", "info")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*count compatible*"])


def test_pytest_plugin_config_file_next_to_cluster_applies(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".toml", factcheck='kinds = ["date", "name", "quote"]\n')
    newsroom.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_pytest_plugin_baseline_option_accepts_known_findings(newsroom: pytest.Pytester) -> None:
    report = check(newsroom.path / "blast")
    (newsroom.path / "accepted.json").write_text(dump_baseline(report.findings), encoding="utf-8")
    result = newsroom.runpytest("-p", "no:cacheprovider", "--factcheck-baseline", "accepted.json")
    result.assert_outcomes(passed=2)


def test_pytest_plugin_options_are_in_the_factcheck_group(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines([
        "factcheck: consistency of news articles:",
        "*--factcheck-fail-on*",
        "*--factcheck-config*",
        "*--factcheck-baseline*",
    ])  # fmt: skip


def test_pytest_plugin_explains_report_difference_per_finding(newsroom: pytest.Pytester) -> None:
    newsroom.makepyfile(
        test_compare="""
def test_same(factcheck_cluster):
    assert factcheck_cluster("calm") == factcheck_cluster("blast")
"""
    )
    result = newsroom.runpytest("-p", "no:cacheprovider", "-vv", "test_compare.py")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*factcheck reports differ (calm vs blast):*",
        "*only left:  count compatible *“at least 12 people” (*a.txt:1:16 *[[at least 12 people]]*) vs “14 people”*",
        "*only right: count conflict *“12 people” (*a.txt:2:16*) vs “14 people” (*b.txt:2:16*)*",
    ])  # fmt: skip


def test_pytest_plugin_explains_claim_difference(newsroom: pytest.Pytester) -> None:
    newsroom.makepyfile(
        test_claims="""
def test_claim(factcheck_cluster):
    left = factcheck_cluster("blast").claims
    lc = next(c for c in left if c.span.text == "12 people")
    rc = next(c for c in left if c.span.text == "14 people")
    assert lc == rc
"""
    )
    result = newsroom.runpytest("-p", "no:cacheprovider", "test_claims.py")
    result.stdout.fnmatch_lines([
        "*factcheck count claims differ:*",
        "*left:  “12 people” a.txt@*",
        "*right: “14 people” b.txt@*",
        "*value:*12*14*",
    ])  # fmt: skip


def test_pytest_plugin_leaves_foreign_comparisons_alone(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_x():\n    assert [1, 2] == [1, 3]\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    assert "factcheck reports differ" not in result.stdout.str()
    result.stdout.fnmatch_lines(["*At index 1 diff: 2 != 3*"])
