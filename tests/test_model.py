from __future__ import annotations

import datetime as dt

import pytest
from pydantic import TypeAdapter, ValidationError

from factcheck import (
    Claim,
    CountClaim,
    CountValue,
    DateClaim,
    DateValue,
    MoneyClaim,
    MoneyValue,
    NameClaim,
    NameValue,
    PercentClaim,
    PercentValue,
    QuoteClaim,
    QuoteValue,
    Report,
    Span,
    check,
)
from factcheck.kinds.age.value import AgeClaim, AgeValue
from factcheck.kinds.duration.value import DurationClaim, DurationValue
from factcheck.kinds.quantity.value import QuantityClaim, QuantityValue
from factcheck.kinds.time.value import TimeClaim, TimeValue
from tests.conftest import article

SPAN = Span(start=0, end=3, text="abc")
CLAIMS = [
    CountClaim(id="c", article="a", span=SPAN, value=CountValue(low=12, high=None, unit="deal")),
    MoneyClaim(id="m", article="a", span=SPAN, value=MoneyValue(low=3.6e9, high=3.6e9, currency="USD")),
    PercentClaim(id="p", article="a", span=SPAN, value=PercentValue(low=72, high=88)),
    DateClaim(id="d", article="a", span=SPAN,
              value=DateValue(start=dt.date(2024, 6, 19), end=dt.date(2024, 6, 19), granularity="day", resolved=True)),
    DateClaim(id="u", article="a", span=SPAN,
              value=DateValue(start=None, end=None, granularity="day", resolved=False, reason="no publication date")),
    NameClaim(id="n", article="a", span=SPAN, value=NameValue(name="To Lam", entity_type="person", role="president of Vietnam")),
    QuoteClaim(id="q", article="a", span=SPAN, value=QuoteValue(speaker="Putin", text="we will")),
    AgeClaim(id="g", article="a", span=SPAN, value=AgeValue(low=40, high=49, qualifier="vague")),
    DurationClaim(id="r", article="a", span=SPAN, value=DurationValue(low=3, high=24, unit="month")),
    TimeClaim(id="t", article="a", span=SPAN, value=TimeValue(hour=1, minute=30, timezone="GMT")),
    QuantityClaim(id="k", article="a", span=SPAN,
                  value=QuantityValue(low=1600, high=1600, unit="m", dimension="length")),
]  # fmt: skip


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_model_claim_round_trips_through_json_as_its_own_kind(claim: Claim) -> None:
    adapter: TypeAdapter[Claim] = TypeAdapter(Claim)
    back = adapter.validate_json(adapter.dump_json(claim))
    assert back == claim and type(back) is type(claim)


def test_model_report_round_trips_for_every_kind(seed_report: Report) -> None:
    kinds = {c.kind for c in seed_report.claims}
    assert kinds >= {"count", "money", "percent", "date", "name", "quote"}
    assert Report.from_json(seed_report.to_json()) == seed_report


def test_model_report_round_trips_for_ages_durations_times_quantities() -> None:
    text = "Dawood, 48, had 40 hours of oxygen at about 1:30 a.m. some 3,800 metres down."
    report = check([article(text, id="a.txt"), article(text.replace("48", "58"), id="b.txt")])
    assert {c.kind for c in report.claims} >= {"age", "duration", "time", "quantity"}
    assert any(f.kind == "age" and f.verdict == "conflict" for f in report.findings)
    assert Report.from_json(report.to_json()) == report


def test_model_is_frozen_and_forbids_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Span(start=0, end=1, text="a", extra=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        SPAN.start = 2  # type: ignore[misc]


def test_model_report_ok_and_conflicts_follow_fail_on(seed_report: Report) -> None:
    assert seed_report.conflicts and all(f.verdict == "conflict" for f in seed_report.conflicts)
    assert not seed_report.ok
    assert "Errors (conflicts)" in seed_report.explain()


def test_model_trusted_claims_equal_validated_ones() -> None:
    """Name claims assembled by `trusted` (no second validation) are the validated claims:
    equal, with the same fields in the same order, the same fields set, hash and JSON."""
    from factcheck.core import SPAN_FIELDS, trusted
    from factcheck.kinds.name import extract
    from factcheck.pipeline import prepare

    doc = prepare(article("Vietnamese President To Lam met Vladimir Putin in Hanoi. Lam said so."))
    built = extract(doc, None)
    assert built
    for c in built:
        data = {k: v for k, v in c.model_dump().items() if k in c.model_fields_set}
        validated = NameClaim.model_validate({**data, "value": c.value})
        assert c == validated and hash(c) == hash(validated)
        assert list(c.__dict__) == list(validated.__dict__)
        assert c.model_fields_set == validated.model_fields_set
        assert c.span.model_fields_set == validated.span.model_fields_set == SPAN_FIELDS
        assert c.model_dump_json() == validated.model_dump_json()
    span = trusted(Span, {"start": 0, "end": 3, "text": "abc"}, SPAN_FIELDS)
    assert span == SPAN and span.model_dump_json() == SPAN.model_dump_json()
