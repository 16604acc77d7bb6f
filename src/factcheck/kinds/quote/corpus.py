"""Corpus of the quote kind: quotations with their values, negatives and compare pairs."""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.quote.value import QuoteValue

CORPUS: tuple[tuple[QuoteValue, tuple[str | tuple[str, str], ...]], ...] = (
    (
        QuoteValue(speaker="Jesús Campos", text="son hombres humildes y trabajadores"),
        (
            (
                "es",
                'Jesús Campos, un compañero, habló con la prensa. "Son hombres humildes y trabajadores", afirmó.',
            ),
            ("es", '"Son hombres humildes y trabajadores", dijo Jesús Campos.'),
            ("es", 'Según Jesús Campos, "son hombres humildes y trabajadores".'),
        ),
    ),
    (
        QuoteValue(speaker="Wes Moore", text="estamos contigo ahora y siempre"),
        (
            (
                "es",
                "El gobernador de Maryland, Wes Moore, se dirigió a las familias, diciendo: “Estamos contigo, ahora y siempre”.",
            ),
        ),
    ),
    (
        QuoteValue(speaker="Christine Lagarde", text="les prochains mois seront difficiles"),
        (
            ("fr", "« Les prochains mois seront difficiles », a déclaré Christine Lagarde."),
            (
                "fr",
                "Christine Lagarde a parlé jeudi. « Les prochains mois seront difficiles », a-t-elle ajouté.",
            ),
            ("fr", "Selon Christine Lagarde, « les prochains mois seront difficiles »."),
        ),
    ),
    (
        QuoteValue(speaker="Christine Lagarde", text="die nachsten monate werden holprig"),
        (
            (
                "de",
                "„Die nächsten Monate werden holprig“, sagte EZB-Präsidentin Christine Lagarde.",
            ),
            (
                "de",
                "Christine Lagarde sprach in Frankfurt. „Die nächsten Monate werden holprig“, sagte sie.",
            ),
            ("de", "„Die nächsten Monate werden holprig“, so Christine Lagarde."),
        ),
    ),
    (
        QuoteValue(speaker="John Mauger", text="i detriti sono coerenti con la perdita"),
        (
            (
                "it",
                '"I detriti sono coerenti con la perdita", ha detto il contrammiraglio John Mauger.',
            ),
            ("it", 'Secondo John Mauger, "i detriti sono coerenti con la perdita".'),
        ),
    ),
    (
        QuoteValue(speaker="Donald Trump", text="eu soube imediatamente que algo estava errado"),
        (
            (
                "pt",
                "“Eu soube imediatamente que algo estava errado”, escreveu Donald Trump em uma rede social.",
            ),
            ("pt", "Segundo Donald Trump, “eu soube imediatamente que algo estava errado”."),
        ),
    ),
    (
        QuoteValue(speaker="Putin", text="we will increase cooperation"),
        (
            "“We will increase co-operation,” said Putin",
            '"We will increase cooperation," said Putin',
            "«We will increase cooperation», said Putin",
            "‘We will increase cooperation,’ said Putin",
            "'We will increase cooperation,' said Putin",
            '"We will increase cooperation,” said Putin',
            "“We will increase cooperation,” Putin said.",
            "Putin said: “We will increase cooperation.”",
            "Putin: “We will increase cooperation.”",
            "According to Putin, “we will increase cooperation.”",
            "Putin added that “we will increase cooperation.”",
            "“We will increase\ncooperation,” said Putin",
        ),
    ),
    (
        QuoteValue(speaker="Putin", text="will increase cooperation with hanoi"),
        ("Putin wrote that they “will increase cooperation with Hanoi.”",),
    ),
    (
        QuoteValue(speaker="Peskov", text="the president told us we will win this war and left"),
        ("“The president told us ‘we will win this war’ and left,” said Peskov",),
    ),
    (
        QuoteValue(speaker="Vladimir Putin", text="we will build a reliable architecture"),
        (
            "Russian President Vladimir Putin arrived. “We will build a reliable architecture,” "
            "said Mr Putin.",
            "Russian President Vladimir Putin arrived. The Russian president said: “We will "
            "build a reliable architecture.”",
        ),
    ),
    (
        QuoteValue(speaker="the embassy", text="no country should give him a platform"),
        ("The embassy said “no country should give him a platform.”",),
    ),
    (
        QuoteValue(speaker=None, text="we will organize a favorable cooperative program"),
        ("“We will organise a favourable co-operative programme”",),
    ),
)
"""Expected value → surface forms (the span is the quotation's inside)."""

NEGATIVE_CORPUS: tuple[str, ...] = (
    "the tribunal was “invalid”",
    "no quotation here",
    "The country's “bamboo diplomacy” works.",
    "Putin's visit and Vietnam's stance don't change.",
    "He said 'no' twice.",
    "“We will win",
    "The shares' value fell and the dealers' margins rose.",
    "I 'm on television and you 're in a trailer , and she 's sure .",
)
"""Texts that yield no quote claim: scare quotes, apostrophes, an unclosed quotation."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("“developing a reliable security architecture”", "“building a credible security architecture”", "conflict"),
    ("“further co-operate in defence and security”", "“further cooperate in defense and security”", "agree"),
    ("“to create favourable conditions for our companies”", "“to create favorable conditions for our companies”", "agree"),
    ("“closed military-political blocs.”", "“no room for closed military-political blocs”", "agree"),
    ("“We will organise talks”", "“we will organize talks.”", "agree"),
    ("“further co-operate in defence and security to cope with challenges”",
     "“want to further cooperate in the fields of defense and security to address challenges”", "conflict"),
    ("“We signed twelve agreements worth $3.6bn”", "“We signed 12 agreements worth US$3,600m”", "agree"),
    ("“Trade grew 38 per cent since 19 June”", "“trade grew 38% since June 19”", "agree"),
    ("“We signed twelve agreements”", "“We signed 13 agreements”", "conflict"),
    ("“a plant worth $3.6bn for Vietnam”", "“a plant worth €3.6bn for Vietnam”", "conflict"),
    ("“Nguyễn Phú Trọng will visit Moscow”", "“Nguyen Phu Trong will visit Moscow”", "agree"),
)  # fmt: skip
"""Pairs of surface forms and the expected verdict."""
