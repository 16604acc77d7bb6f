"""Portuguese: the words extraction reads in Portuguese texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "marco": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
    "jan.": 1,
    "fev.": 2,
    "mar.": 3,
    "abr.": 4,
    "jun.": 6,
    "jul.": 7,
    "ago.": 8,
    "set.": 9,
    "out.": 10,
    "nov.": 11,
    "dez.": 12,
}
WEEKDAYS = {
    "segunda-feira": 0,
    "terça-feira": 1,
    "terca-feira": 1,
    "quarta-feira": 2,
    "quinta-feira": 3,
    "sexta-feira": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
SMALL_NUMBERS = {
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "tres": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
}
TIME_UNITS = {
    "dia": "day",
    "dias": "day",
    "semana": "week",
    "semanas": "week",
    "mês": "month",
    "mes": "month",
    "meses": "month",
    "ano": "year",
    "anos": "year",
}
DEICTIC = {
    "hoje": 0,
    "ontem": -1,
    "amanhã": 1,
    "anteontem": -2,
    "depois de amanhã": 2,
    "esta manhã": 0,
    "hoje de manhã": 0,
    "esta tarde": 0,
    "esta noite": 0,
    "ontem à noite": -1,
}
PERIODS: dict[str, tuple[int, str]] = {
    "este ano": (0, "year"),
    "neste ano": (0, "year"),
    "o ano passado": (-1, "year"),
    "no ano passado": (-1, "year"),
    "o próximo ano": (1, "year"),
    "no próximo ano": (1, "year"),
    "esta semana": (0, "week"),
    "nesta semana": (0, "week"),
    "a semana passada": (-1, "week"),
    "na semana passada": (-1, "week"),
    "a próxima semana": (1, "week"),
    "na próxima semana": (1, "week"),
    "este mês": (0, "month"),
    "neste mês": (0, "month"),
    "o mês passado": (-1, "month"),
    "no mês passado": (-1, "month"),
    "o próximo mês": (1, "month"),
    "no próximo mês": (1, "month"),
}
WEEKDAY_RELATIONS = {
    "passado": "last",
    "passada": "last",
    "último": "last",
    "última": "last",
    "próximo": "next",
    "próxima": "next",
    "neste": "this",
    "nesta": "this",
    "este": "this",
    "esta": "this",
    "no último": "last",
    "na última": "last",
    "no próximo": "next",
    "na próxima": "next",
    "que vem": "next",
    "no": "on",
    "na": "on",
}

# Date grammar
DATE_PREPOSITIONS = r"em|desde|durante|até|a\s+partir\s+de"
DECADE_PHRASE = r"(?i:(?:(?:os|nos)\s+)?anos\s+(?P<dec>(?:19|20)?\d0)\b)"
WEEKDAY_BEFORE = r"no\s+último|na\s+última|no\s+próximo|na\s+próxima|neste|nesta|no|na"
WEEKDAY_AFTER = r"passad[oa]|que\s+vem"
AGO_BEFORE = "há"
DAY_ARTICLES = "le|el|il"
"""Read before a day of the month in French, Spanish, Italian and Portuguese alike."""
ORDINAL_SUFFIX = r"(?:º|°)?"
DAY_MONTH_WORD = "de"
EVERY_WORDS = frozenset({"cada", "todo", "toda"})
FUTURE_MARKERS = (
    r"\b(?:será|serão|esperam|prevê|próxim[oa]|deve|devem|deverá|deverão|"
    r"[a-zà-ÿ]{2,}r(?:á|ão))\b"
)

QUOTE_VERBS = (
    "disse",
    "diz",
    "afirmou",
    "afirma",
    "declarou",
    "declara",
    "explicou",
    "explica",
    "acrescentou",
    "acrescenta",
    "escreveu",
    "escreve",
    "ressaltou",
    "ressalta",
    "destacou",
    "destaca",
    "salientou",
    "sublinhou",
    "garantiu",
    "garante",
    "indicou",
    "indica",
    "informou",
    "informa",
    "anunciou",
    "anuncia",
    "alertou",
    "alerta",
    "advertiu",
    "reconheceu",
    "reconhece",
    "contou",
    "conta",
    "relatou",
    "relata",
    "comentou",
    "frisou",
    "pontuou",
    "completou",
    "concluiu",
    "lamentou",
    "publicou",
    "disseram",
    "afirmaram",
    "declararam",
    r"(?:tem|têm|tinha|havia)\s+(?:dito|afirmado|declarado)",
    "descreveu",
)
"""Verbs of saying that attribute a quotation (see `Lexicon.quote_verbs`)."""
QUOTE_SOURCES = (
    "segundo",
    r"de\s+acordo\s+com",
    "conforme",
)
DETERMINERS = (
    "o",
    "a",
    "os",
    "as",
    "um",
    "uma",
    "seu",
    "sua",
)
SPEAKING_BODIES = (
    "empresa",
    "companhia",
    "firma",
    "grupo",
    "agência",
    "ministério",
    "departamento",
    "governo",
    "escritório",
    "organização",
    "comunicado",
    "nota",
    "porta-voz",
    "banco",
    "operadora",
    "autoridade",
    "autoridades",
    "serviço",
    "conselho",
    "comitê",
    "comité",
    "partido",
    "embaixada",
    "polícia",
    "exército",
    "tribunal",
    "jornal",
    "emissora",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = (
    "ele",
    "ela",
    "eles",
    "elas",
)
SINCE_WORDS = frozenset("desde".split())
UNTIL_WORDS = frozenset("até".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset("enquanto quando onde porque embora mas quem qual quais cujo cuja".split())
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = ("que",)

COUNT_LEADS = {
    r"n[úu]mero\s+de\s+(?:mortos|mortes|v[íi]timas(?:\s+fatais)?)|balan[çc]o": "morto",
    r"n[úu]mero\s+de\s+feridos": "ferido",
    r"n[úu]mero\s+de\s+desaparecidos": "desaparecido",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:foram|tinham\s+sido)\s+(?:abatidos|abatidas|interceptados|interceptadas|derrubados|derrubadas|destruídos|destruídas)": "intercepted",
    r"(?:(?:deles|delas|dos\s+quais)\s+)?(?:(?:estão|estavam)\s+)?(?:em\s+(?:estado|condição)\s+(?:grave|crítico|crítica)|graves|em\s+estado\s+grave)": "critical",
    r"(?:ficaram|foram|estão|estavam)\s+ferid[oa]s": "ferido",
    r"morreram|(?:tinham|haviam)\s+morrido": "morto",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = (
    "para",
    "a",
    "ao",
    "aos",
    "em",
    "de",
    "os",
    "as",
    "supera",
    "superou",
    "ultrapassa",
    "ultrapassou",
)
COUNT_VERBS: dict[str, str] = {
    r"outr[oa]s": "pessoa",
    r"matou|matando": "pessoa",
    r"feriu|ferindo": "pessoa",
}

FRACTIONS = {
    r"um\s+quarto\s+(?:de|da|do|das|dos)": 25.0,
    r"um\s+terço\s+(?:de|da|do|das|dos)": 33.3,
    r"dois\s+terços\s+(?:de|da|do|das|dos)": 66.7,
    r"três\s+quartos\s+(?:de|da|do|das|dos)": 75.0,
    r"(?:a\s+)?metade\s+(?:de|da|do|das|dos)": 50.0,
    r"um\s+quinto\s+(?:de|da|do|das|dos)": 20.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "nesta foto",
        "nesta imagem",
        "nesta fotografia",
        "foto de arquivo",
        "imagem de arquivo",
        "vista aérea de",
        "uma vista aérea de",
        "imagem de satélite de",
    ),
    "teaser": (
        "leia também", "leia mais", "veja também", "saiba mais", "mais lidas",
        "relacionadas", "você pode gostar", "confira também", "leia ainda",
        "pode interessar", "também pode interessar", "pode também interessar",
        "recomendamos", "ler mais", "ler também",
    ),
    "credit": (
        "e agências", "foto:", "fotos:", "imagem:", "fonte:", "crédito:", "redação", "vídeo:",
    ),
    "notice": (
        "nota do editor", "nota da redação", "assine", "todos os direitos reservados",
        "publicidade", "utilizamos cookies", "siga o canal", "entre no canal",
    ),
    "label": (
        "compartilhe", "compartilhar", "início", "mundo", "notícias", "internacional",
        "anterior", "próximo", "comentários",
    ),
    "stamp": ("publicado em", "atualizado em", "publicado", "atualizado"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="pt",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"nos|nas|no|na|em",
    month_prepositions=r"em|desde|durante|até|a\s+partir\s+de",
    year_range_from=r"de|desde|entre",
    year_range_to=r"a|até|e",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    weekday_after=WEEKDAY_AFTER,
    ago_before=AGO_BEFORE,
    day_articles=DAY_ARTICLES,
    ordinal_suffix=ORDINAL_SUFFIX,
    day_month_word=DAY_MONTH_WORD,
    every_words=EVERY_WORDS,
    future_markers=FUTURE_MARKERS,
    furniture=FURNITURE,
    quote_verbs=QUOTE_VERBS,
    quote_sources=QUOTE_SOURCES,
    determiners=DETERMINERS,
    speaking_bodies=SPEAKING_BODIES,
    pronouns=PRONOUNS,
    complementizers=COMPLEMENTIZERS,
    clause_words=CLAUSE_WORDS,
    since_words=SINCE_WORDS,
    until_words=UNTIL_WORDS,
    count_leads=COUNT_LEADS,
    count_links=COUNT_LINKS,
    count_beyond=frozenset("supera superou ultrapassa ultrapassou".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    count_articles=r"os|as|o|a",
    noun_numbers=frozenset({"sete"}),
    fractions=FRACTIONS,
)
