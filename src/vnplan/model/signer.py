"""The signer of a document: authority lines, position and name."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from vnplan.authority import AuthorityKind, AuthorityStep, parse_authority
from vnplan.errors import VnplanError
from vnplan.model.base import Text, VnplanModel
from vnplan.model.span import Span

__all__ = ["Signer"]


class Signer(VnplanModel):
    """Who signed, and with which authority (Decree 30/2020 box 7; domain.md §1.6).

    ``authority`` keeps the authority lines as printed; ``chain`` holds their parsed steps
    and is filled from ``authority`` whenever it is empty. A head who signs in their own name has
    no authority line, only a position.

    Examples:
        >>> s = Signer(authority="TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH",
        ...            name="Lê Văn Phước")
        >>> [str(step) for step in s.chain]
        ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']
        >>> s.signs_for
        'CHỦ TỊCH'
        >>> s.is_deputy
        True
    """

    authority: Text | None = None
    """Authority lines as printed, joined by spaces ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")."""
    chain: list[AuthorityStep] = Field(default_factory=list)
    """The parsed steps of ``authority``; empty when there is none or it does not parse."""
    position: Text | None = None
    """Position line ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC")."""
    name: Text | None = None
    """Full name, without academic titles or ranks."""
    span: Span | None = None
    """Where the signature block is in the source."""

    @model_validator(mode="before")
    @classmethod
    def _fill_chain(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("chain") and data.get("authority"):
            try:
                steps = parse_authority(str(data["authority"]))
            except VnplanError:
                return data
            return {**data, "chain": list(steps)}
        return data

    @property
    def signs_for(self) -> str | None:
        """The title the signer signs for: the last step's title, else the position."""
        return self.chain[-1].title if self.chain else self.position

    @property
    def is_deputy(self) -> bool:
        """Whether the last step is KT. (ký thay): a deputy signs for the head."""
        return bool(self.chain) and self.chain[-1].kind is AuthorityKind.DEPUTY
