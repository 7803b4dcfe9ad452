"""Contact details of an agency: address, e-mail, telephone, fax, website."""

from __future__ import annotations

from vnplan.model.base import Text, VnplanModel

__all__ = ["Contact"]


class Contact(VnplanModel):
    """Where an agency can be reached (Decree 30/2020 box 13; edXML ``From``/``To``).

    Values are kept as written: vnplan does not reformat telephone numbers or check
    addresses.

    >>> c = Contact(address="Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội", telephone="024.3825.4381")
    >>> c.email is None
    True
    """

    address: Text | None = None
    """Postal address ("Địa chỉ"; edXML ``OrganAdd``)."""
    email: Text | None = None
    """E-mail address ("Thư điện tử")."""
    telephone: Text | None = None
    """Telephone number ("Điện thoại")."""
    fax: Text | None = None
    """Fax number."""
    website: Text | None = None
    """Website ("Trang thông tin điện tử")."""
