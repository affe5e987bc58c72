"""Export: the ``out/`` files of the output contract, written from the store."""

from newsift.export.writer import OUTPUT_FILES, export_all

__all__ = ["OUTPUT_FILES", "export_all"]
