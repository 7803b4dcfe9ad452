"""The agency model: an issuer, a lead or coordinating body, a reporter or a recipient."""

from __future__ import annotations

import pydantic
from pydantic import Field, model_validator

from vnplan.agencies import (
    AgencyKind,
    AgencyLevel,
    OrganId,
    abbreviation_of,
    agency_key,
    classify_agency,
)
from vnplan.errors import ValidationError
from vnplan.model.base import NonEmptyText, Text, VnplanModel, findings_from_pydantic
from vnplan.model.contact import Contact

__all__ = ["MAX_PARENT_DEPTH", "Agency"]

#: Longest chain of parents an agency may have (a unit of a department of a province...).
MAX_PARENT_DEPTH = 16


class Agency(VnplanModel):
    """An agency or organisation as a document names it.

    Only ``name`` is required: tasks often name groups ("các sở, ban, ngành") that have no
    abbreviation, kind or identifier. :meth:`from_name` fills what the registry and the
    name tell.

    >>> a = Agency.from_name("UBND tỉnh An Giang")
    >>> (a.name, a.abbreviation, a.kind.value, a.level.value)
    ('UBND tỉnh An Giang', 'UBND', 'people_committee', 'province')
    >>> a.matches("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    True
    >>> Agency.from_name("Bộ Tài chính").abbreviation
    'BTC'
    """

    name: NonEmptyText
    """The name as written ("UBND tỉnh An Giang", "SỞ CÔNG THƯƠNG")."""
    abbreviation: Text | None = None
    """The abbreviation used in document numbers ("UBND", "SCT", "BTC"), if known."""
    kind: AgencyKind | None = None
    """What the agency is (people's committee, ministry, department, Party body, ...)."""
    level: AgencyLevel | None = None
    """Central, province, district or commune."""
    parent: Agency | None = None
    """The directly superior body (cơ quan chủ quản), e.g. the UBND above a Sở."""
    organ_id: OrganId | None = Field(default=None)
    """Organisation identifier (mã định danh), e.g. ``000.00.00.H41``."""
    contact: Contact | None = None
    """Address, e-mail, telephone, fax and website (box 13 of the issuer's documents)."""

    @model_validator(mode="after")
    def _bounded_parents(self) -> Agency:
        depth, parent = 0, self.parent
        while parent is not None:
            depth += 1
            if depth > MAX_PARENT_DEPTH:
                raise ValueError(f"more than {MAX_PARENT_DEPTH} levels of parent agencies")
            parent = parent.parent
        return self

    @classmethod
    def from_name(cls, name: str, *, parent: Agency | None = None) -> Agency:
        """An agency named ``name``, with abbreviation, kind and level filled when known.

        Raises :class:`vnplan.ValidationError` when ``name`` is not a usable name (empty,
        or characters XML cannot carry).
        """
        kind, level = classify_agency(name)
        try:
            return cls(
                name=name,
                abbreviation=abbreviation_of(name),
                kind=kind,
                level=level,
                parent=parent,
            )
        except pydantic.ValidationError as error:
            raise ValidationError(findings_from_pydantic(error, "agency")) from None

    @property
    def key(self) -> str:
        """The comparison key of the name (:func:`vnplan.agencies.agency_key`)."""
        return agency_key(self.name)

    def matches(self, other: str | Agency) -> bool:
        """Whether ``other`` (a name, an abbreviation or an agency) names this agency.

        Names are compared by :func:`vnplan.agencies.agency_key`; an abbreviation matches
        when it equals this agency's abbreviation, and identifiers decide when both have one.

        >>> Agency(name="Sở Tài chính", abbreviation="STC").matches("STC")
        True
        >>> Agency(name="Sở Tài chính").matches(Agency(name="SỞ TÀI CHÍNH"))
        True
        """
        if isinstance(other, Agency):
            if self.organ_id is not None and other.organ_id is not None:
                return self.organ_id == other.organ_id
            return self.key == other.key
        if self.abbreviation is not None and other.strip() == self.abbreviation:
            return True
        return self.key == agency_key(other)
