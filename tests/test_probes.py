"""Probe clusters: other events, in other words and languages, with planted disagreements.

Each folder of `tests/data/probes` is a cluster of four short articles in four languages
about one event the dev clusters do not cover (a quake across two countries, a takeover, a
plane crash, an election, a mine rescue, a hurricane, a sentencing, a rate cut, a
wildfire, a derailment, quarterly earnings, a national strike, a heat wave, a school shooting, a football final, an eruption, a jobs report, a shipwreck, a state visit, floods, layoffs, an antitrust fine, an air attack, a bus crash, an outbreak, an IT outage, an obituary, a crowd crush, a splashdown, a trial verdict, a marathon record, a budget, a football transfer, a data-protection fine, a glacier collapse, a port explosion, a coronation, a museum heist, a drug approval, a record
auction, a ransomware payment, a moon landing, a bank rescue, a Nobel prize, a bridge collapse,
a health-data breach, a climate summit deal, a pole-vault world record, a censure vote, an oil
spill, a landslide, a car recall, a tunnel rescue, a canal blockage, a town burnt by a wildfire, a train collision, an
airliner crash on landing, a faulty software update, a stock-market listing, a machinists'
strike, a fissure eruption, a European football final, severe turbulence, a papal
conclave, tariffs on imports, a residential building collapse, pipeline leaks, a presidential run-off, a protest day counted twice, a ship seized at sea, a nightclub
fire, a bank's money-laundering penalty, a battery maker's bankruptcy, a chipmaker's market
value record, undersea cables cut), written to the conventions of each language's news style, with a few facts
changed on purpose. `flags.json` lists the conflicts and variants a check must raise (each
by its kind, verdict and the texts of its claims): those, and no other flag. Where a
folder has `furniture.json`, it lists the page furniture its articles carry (captions,
credits, teasers of other stories, prompts), in the outlets' own forms: no claim may come
from those lines. A rule tuned to one event's wording fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import check

PROBES = Path(__file__).parent / "data" / "probes"


@pytest.mark.parametrize("probe", sorted(p.name for p in PROBES.iterdir() if p.is_dir()))
def test_probes_raise_the_planted_flags_and_no_other(probe: str) -> None:
    folder = PROBES / probe
    expected = json.loads((folder / "flags.json").read_text(encoding="utf-8"))
    report = check(folder)
    got = [
        {
            "kind": f.kind,
            "verdict": f.verdict,
            "spans": sorted({report.claim(c).span.text for c in f.claims}),
        }
        for f in report.findings
        if f.verdict in ("conflict", "variant")
    ]
    key = lambda d: (d["kind"], d["verdict"], d["spans"])  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)


def test_probes_two_countries_tolls_and_the_total_are_three_facts() -> None:
    report = check(PROBES / "quake-two-countries")
    facts = {f.subject: f for f in report.findings if f.kind == "count" and f.verdict == "agree"}
    sizes = sorted(len({report.claim(c).article for c in f.claims}) for f in facts.values())
    assert sizes.count(4) >= 3  # Turkey's toll, Syria's toll, the injured


@pytest.mark.parametrize(
    "probe",
    sorted(p.name for p in PROBES.iterdir() if (p / "furniture.json").is_file()),
)
def test_probes_no_claim_comes_from_page_furniture(probe: str) -> None:
    folder = PROBES / probe
    furniture = set(json.loads((folder / "furniture.json").read_text(encoding="utf-8")))
    report = check(folder)
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    found = set()
    for c in report.claims:
        text = texts[c.article]
        start = text.rfind("\n", 0, c.span.start) + 1
        end = text.find("\n", c.span.start)
        line = text[start : end if end >= 0 else len(text)].strip()
        assert line not in furniture, f"{c.article}: {c.kind} {c.span.text!r} from {line!r}"
        found.add(c.article)
    assert found == set(texts)  # every article still gives its claims
