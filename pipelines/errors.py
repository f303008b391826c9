"""Named errors. Document-level errors become a status and a reason on the document's row;
run-level errors stop the run with a one-line message."""


class VeilleError(Exception):
    """Base class of the errors Veille raises on purpose."""


# --- run-level: the batch cannot start or cannot finish -------------------------------------------
class CorpusNotFound(VeilleError):
    """The corpus folder does not exist or is not a folder."""


class OutputNotWritable(VeilleError):
    """The output folder cannot be created or written to."""


class InvalidModelData(VeilleError):
    """A file in models/ is malformed; the message names the file and line."""


class RunLocked(VeilleError):
    """Another run is using the same output folder."""


class StateStoreError(VeilleError):
    """The state store in the output folder cannot be used."""


class SchemaViolation(VeilleError):
    """A table does not match its schema; nothing is written."""


# --- document-level: recorded on the document's row, the batch goes on ----------------------------
class DocumentError(VeilleError):
    """A problem with one document. `status` is the value written to documents.csv."""

    status = "failed"


class UnreadableDocument(DocumentError):
    """The file cannot be read or decoded (permissions, binary content, unknown encoding)."""


class EmptyDocument(DocumentError):
    """Nothing is left once the file is read and cleaned."""

    status = "empty"
