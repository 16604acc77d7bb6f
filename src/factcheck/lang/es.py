"""Spanish: the words extraction reads in Spanish texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
SMALL_NUMBERS = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
}
TIME_UNITS = {
    "día": "day",
    "días": "day",
    "semana": "week",
    "semanas": "week",
    "mes": "month",
    "meses": "month",
    "año": "year",
    "años": "year",
}
DEICTIC = {
    "hoy": 0,
    "ayer": -1,
    "anteayer": -2,
    "antier": -2,
    "pasado mañana": 2,
    "esta mañana": 0,
    "esta tarde": 0,
    "esta noche": 0,
    "anoche": -1,
}
PERIODS: dict[str, tuple[int, str]] = {
    "este año": (0, "year"),
    "el año pasado": (-1, "year"),
    "el próximo año": (1, "year"),
    "el año que viene": (1, "year"),
    "esta semana": (0, "week"),
    "la semana pasada": (-1, "week"),
    "la próxima semana": (1, "week"),
    "la semana que viene": (1, "week"),
    "este mes": (0, "month"),
    "el mes pasado": (-1, "month"),
    "el próximo mes": (1, "month"),
}
WEEKDAY_RELATIONS = {
    "el pasado": "last",
    "pasado": "last",
    "el próximo": "next",
    "próximo": "next",
    "que viene": "next",
    "este": "this",
    "el": "on",
}

# Date grammar
DATE_PREPOSITIONS = r"en|desde|durante|hasta|a\s+partir\s+de"
DECADE_PHRASE = r"(?i:(?:los\s+)?años\s+(?P<dec>(?:19|20)?\d0)\b)"
WEEKDAY_BEFORE = r"el\s+pasado|el\s+próximo|este|el"
WEEKDAY_AFTER = r"pasado|próximo|que\s+viene"
AGO_BEFORE = "hace"
DAY_ARTICLES = "le|el|il"
"""Read before a day of the month in French, Spanish, Italian and Portuguese alike."""
ORDINAL_SUFFIX = r"(?:º|°)?"
DAY_MONTH_WORD = "de"
EVERY_WORDS = frozenset({"cada", "todo", "toda"})
YEAR_DETERMINERS = frozenset({"el", "la", "del"})
FUTURE_MARKERS = (
    r"\b(?:será|serán|va\s+a|van\s+a|esperan|prevén|prevé|próxim[oa]|debe|deben|tiene\s+previsto|"
    r"tienen\s+previsto|[a-zà-ÿ]{2,}r(?:á|án))\b"
)

QUOTE_VERBS = (
    "dijo",
    "dice",
    "afirmó",
    "afirma",
    "declaró",
    "declara",
    "señaló",
    "señala",
    "explicó",
    "explica",
    "agregó",
    "agrega",
    "añadió",
    "añade",
    "aseguró",
    "asegura",
    "indicó",
    "indica",
    "manifestó",
    "manifiesta",
    "subrayó",
    "subraya",
    "destacó",
    "destaca",
    "advirtió",
    "advierte",
    "sostuvo",
    "sostiene",
    "escribió",
    "escribe",
    "comentó",
    "comenta",
    "expresó",
    "expresa",
    "precisó",
    "precisa",
    "insistió",
    "insiste",
    "reconoció",
    "reconoce",
    "anunció",
    "anuncia",
    "apuntó",
    "apunta",
    "concluyó",
    "recordó",
    "recuerda",
    "relató",
    "relata",
    "contó",
    "cuenta",
    "aseveró",
    "puntualizó",
    "enfatizó",
    "detalló",
    "detalla",
    "informó",
    "informa",
    "publicó",
    "tuiteó",
    "lamentó",
    "lamenta",
    "denunció",
    "denuncia",
    "dijeron",
    "afirmaron",
    "declararon",
    "señalaron",
    "explicaron",
    "aseguraron",
    "indicaron",
    r"(?:ha|han|había|habían)\s+(?:dicho|afirmado|declarado|señalado|explicado|asegurado|indicado|escrito|comentado|expresado|anunciado|advertido|reconocido)",
    "describió",
)
"""Verbs of saying that attribute a quotation (see `Lexicon.quote_verbs`)."""
QUOTE_SOURCES = (
    "según",
    r"de\s+acuerdo\s+con",
    r"conforme\s+a",
)
DETERMINERS = (
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "su",
    "sus",
)
SPEAKING_BODIES = (
    "empresa",
    "compañía",
    "firma",
    "grupo",
    "agencia",
    "ministerio",
    "departamento",
    "gobierno",
    "oficina",
    "organización",
    "comunicado",
    "nota",
    "portavoz",
    "banco",
    "operador",
    "autoridad",
    "autoridades",
    "servicio",
    "consejo",
    "comité",
    "partido",
    "embajada",
    "policía",
    "ejército",
    "tribunal",
    "aerolínea",
    "diario",
    "cadena",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = (
    "él",
    "ella",
    "ellos",
    "ellas",
)
SINCE_WORDS = frozenset("desde".split())
UNTIL_WORDS = frozenset("hasta".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset(
    "mientras cuando donde porque aunque pero sino quien quienes cual cuales cuyo cuya".split()
)
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = ("que",)

COUNT_LEADS = {
    r"(?:cifra|n[úu]mero|balance|saldo)\s+(?:oficial\s+)?de\s+(?:muertos|fallecidos|v[íi]ctimas(?:\s+mortales)?|decesos|muertes)": "muerto",
    r"(?:cifra|n[úu]mero|balance)\s+(?:oficial\s+)?de\s+heridos": "herido",
    r"(?:cifra|n[úu]mero)\s+(?:oficial\s+)?de\s+desaparecidos": "desaparecido",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:fueron|han\s+sido|habían\s+sido)\s+(?:derribados|derribadas|interceptados|interceptadas|destruidos|destruidas)": "intercepted",
    r"(?:de\s+(?:ellos|ellas)\s+)?(?:(?:se\s+encuentran|están|estaban)\s+)?(?:en\s+(?:estado|condición)\s+(?:grave|crítico|crítica)|de\s+gravedad|graves)": "critical",
    r"(?:resultaron|quedaron|fueron|están|estaban|(?:han|habían)\s+(?:resultado|quedado|sido))"
    r"\s+herid[oa]s": "herido",
    r"murieron|(?:han|habían)\s+muerto|fallecieron|(?:han|habían)\s+fallecido": "muerto",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = ("a", "de", "en", "los", "las", "supera", "superó", "superar")
COUNT_VERBS: dict[str, str] = {
    r"otr[oa]s": "persona",
    r"mat[óo]\s+a|matando\s+a": "persona",
    r"hiri[óo]\s+a|hiriendo\s+a": "persona",
}

FRACTIONS = {
    r"(?:un|una)\s+cuart[oa]\s+(?:parte\s+)?de": 25.0,
    r"(?:un|una)\s+tercer?[oa]?\s+(?:parte\s+)?de": 33.3,
    r"dos\s+tercios\s+de": 66.7,
    r"tres\s+cuartos\s+de": 75.0,
    r"la\s+mitad\s+de": 50.0,
    r"(?:un|una)\s+quinta\s+parte\s+de": 20.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "en esta foto",
        "en esta imagen",
        "en esta fotografía",
        "foto de archivo",
        "imagen de archivo",
        "vista aérea de",
        "una vista aérea de",
        "vista general de",
        "imagen satelital de",
        "imagen de satélite de",
    ),
    "teaser": (
        "lea también", "lea más", "lee más", "lee también", "leer más", "más información", "te puede interesar",
        "también te puede interesar", "ver también", "noticias relacionadas",
        "relacionado", "relacionadas", "lo más leído", "últimas noticias", "mira también",
        "más noticias", "te recomendamos", "recomendamos", "mirá también", "leé también",
    ),
    "credit": (
        "y agencias",
        "foto:", "fotografía:", "fotos:", "imagen:", "crédito:", "créditos:", "fuente:",
        "por redacción", "redacción", "archivo:", "video:", "vídeo:",
    ),
    "notice": (
        "nota del editor", "nota de la redacción", "se actualiza", "suscríbete",
        "todos los derechos reservados", "publicidad", "esta nota se actualiza",
        "utilizamos cookies", "únete a nuestro canal", "síguenos en", "ya está en whatsapp",
    ),
    "label": (
        "compartir", "inicio", "noticias", "internacional", "mundo", "publicidad",
        "fuentes", "economía", "política", "anterior", "siguiente", "comentarios",
    ),
    "stamp": ("publicado", "actualizado", "actualizado el", "actualizado al", "publicado el"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="es",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"en(?:\s+(?:el|la|los|las))?",
    month_prepositions=r"en|desde|durante|hasta|a\s+partir\s+de",
    year_range_from=r"de|desde|entre",
    year_range_to=r"a|hasta|y",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    weekday_after=WEEKDAY_AFTER,
    ago_before=AGO_BEFORE,
    day_articles=DAY_ARTICLES,
    ordinal_suffix=ORDINAL_SUFFIX,
    day_month_word=DAY_MONTH_WORD,
    every_words=EVERY_WORDS,
    year_determiners=YEAR_DETERMINERS,
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
    count_beyond=frozenset("supera superó superar".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    count_articles=r"los|las|el|la",
    fractions=FRACTIONS,
)
