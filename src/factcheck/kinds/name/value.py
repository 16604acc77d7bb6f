"""The name kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, EntityType, Frozen


class NameValue(Frozen):
    """A named entity as mentioned, with its type and role."""

    name: str
    """The name as written, without titles ("To Lam")."""
    entity_type: EntityType
    """person, org, place or other."""
    role: str | None = None
    """Role or title attached to the mention ("President of Vietnam"), if any."""
    canonical: str = ""
    """Folded identity form used for matching ("to lam")."""


class NameClaim(ClaimBase):
    """A name mention."""

    kind: Literal["name"] = "name"
    """Discriminator."""
    value: NameValue
    """Normalised value."""
