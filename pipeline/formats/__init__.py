"""File formats that translation tools read: XLIFF 1.2 (one file per article)
and TMX 1.4b (the whole corpus). Built with lxml, so every text and attribute
is escaped by the serializer; characters XML 1.0 cannot carry at all are
dropped first (:func:`pipeline.formats.common.xml_text`)."""
