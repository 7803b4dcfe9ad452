"""Serializers: JSON with JSON Schema, XML with an XSD, edXML (QCVN 102:2016).

Every XML reader parses through :mod:`vnplan.io.safexml`.
"""
