"""Serializers: JSON with JSON Schema, XML with an XSD (edXML lands beside them)."""
