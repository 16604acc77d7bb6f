"""Portuguese: page-furniture cues only so far (not yet in `LANGUAGES`)."""

from __future__ import annotations

from factcheck.lang import Lexicon

FURNITURE = {
    "teaser": (
        "leia também", "leia mais", "veja também", "saiba mais", "mais lidas",
        "relacionadas", "você pode gostar", "confira também", "leia ainda",
    ),
    "credit": ("foto:", "fotos:", "imagem:", "fonte:", "crédito:", "redação", "vídeo:"),
    "notice": (
        "nota do editor", "nota da redação", "assine", "todos os direitos reservados",
        "publicidade", "utilizamos cookies",
    ),
    "label": (
        "compartilhe", "compartilhar", "início", "mundo", "notícias", "internacional",
        "anterior", "próximo", "comentários",
    ),
    "stamp": ("publicado em", "atualizado em", "publicado", "atualizado"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(code="pt", furniture=FURNITURE)
