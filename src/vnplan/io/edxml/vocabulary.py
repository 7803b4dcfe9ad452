"""The edXML vocabulary: namespaces, element names and the paths of the containers.

Paths name a container by the local names from the message root in the standard
envelope (``/edXML/edXMLEnvelope/edXMLHeader/MessageHeader``); kept elements
(:class:`~vnplan.model.Extension`) record the path of their parent in this form.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from lxml import etree

__all__ = [
    "BODY",
    "BUSINESS",
    "CONTACT_NAMES",
    "DEFAULT_TYPE_CODE",
    "ENVELOPE",
    "HEADER",
    "MESSAGE",
    "NAMESPACE",
    "PARTY_FIELDS",
    "ROOT",
    "SOAP_ACTOR",
    "SOAP_NAMESPACE",
    "TRACES",
    "into_namespace",
    "qualified",
    "vocabulary_name",
]

#: The edXML namespace of QCVN 102:2016.
NAMESPACE: Final = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: The SOAP 1.1 envelope namespace of older messages (read only).
SOAP_NAMESPACE: Final = "http://schemas.xmlsoap.org/soap/envelope/"
#: ``DocumentType/Type`` of a new message: 2, "văn bản hành chính" in one public builder.
#: The code list is UNCONFIRMED (others send 1 or 18); set ``exchange.type_code``.
DEFAULT_TYPE_CODE: Final = "2"

SOAP_ACTOR = "http://schemas.xmlsoap.org/soap/actor/next"
VOCABULARY = frozenset({NAMESPACE, SOAP_NAMESPACE, None})

# Paths of the containers, as local names in the standard envelope.
ROOT = "/edXML"
ENVELOPE = ROOT + "/edXMLEnvelope"
HEADER = ENVELOPE + "/edXMLHeader"
BODY = ENVELOPE + "/edXMLBody"
MESSAGE = HEADER + "/MessageHeader"
TRACES = HEADER + "/TraceHeaderList"
BUSINESS = TRACES + "/Bussiness"

PARTY_FIELDS = ("OrganId", "OrganizationInCharge", "OrganName") + (
    CONTACT_FIELDS := ("OrganAdd", "Email", "Telephone", "Fax", "Website")
)
CONTACT_NAMES = dict(
    zip(CONTACT_FIELDS, ("address", "email", "telephone", "fax", "website"), strict=True)
)


def qualified(name: str) -> str:
    """The qualified tag of an edXML element: ``{namespace}name``."""
    return f"{{{NAMESPACE}}}{name}"


def vocabulary_name(element: Any) -> str | None:
    """The local name of an element of the edXML vocabulary, else None (foreign)."""
    tag = element.tag
    return _vocabulary_tag(tag) if isinstance(tag, str) else None


@functools.lru_cache(maxsize=1024)
def _vocabulary_tag(tag: str) -> str | None:
    qname = etree.QName(tag)
    return qname.localname if qname.namespace in VOCABULARY else None


def into_namespace(element: Any) -> None:
    """Move the elements of a tree that are in no namespace into edXML's.

    A message in no namespace is a variant of the edXML vocabulary; the standard form
    puts every element of the message in :data:`NAMESPACE`.
    """
    renamed = False
    for node in element.iter():
        if isinstance(node.tag, str) and etree.QName(node.tag).namespace is None:
            node.tag = qualified(node.tag)
            renamed = True
    if renamed:
        etree.cleanup_namespaces(element, top_nsmap={"edXML": NAMESPACE})
    else:
        etree.cleanup_namespaces(element)
