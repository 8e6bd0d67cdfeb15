"""Errors a user can meet, each with a translatable, one-line message."""

from __future__ import annotations

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"


class WorkshopError(Exception):
    """A problem the user can act on. ``template`` is English source text with
    ``{name}`` fields; the GUI translates it under the ``Errors`` context."""

    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong with the workshop.")

    def __init__(self, **fields: object) -> None:
        self.fields = {key: str(value) for key, value in fields.items()}
        super().__init__(self.render())

    def render(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.fields)


class WorkshopNotFoundError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "The workshop file {path} does not exist.")


class NotAWorkshopError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a Philosophy Studio workshop.")


class NewerWorkshopError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was saved by a newer version of Philosophy Studio. Please update the app to open it.",
    )


class WorkshopExistsError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another file name.")


class WorkshopInUseError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is already open in another Philosophy Studio window.")


class StorageUnavailableError(WorkshopError):
    """A storage failure without a more specific class below; ``reason`` is the
    driver's own (English) words, so the specific classes are preferred."""

    template = QT_TRANSLATE_NOOP("Errors", "The workshop could not be saved or read: {reason}")


class DiskFullError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop could not be saved because the disk is full. "
        "Free some space and try again; what you typed is kept.",
    )


class ReadOnlyStorageError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop could not be saved because the file or its folder is read-only. "
        "Make it writable or save a copy elsewhere; what you typed is kept.",
    )


class StorageBusyError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Another program kept the workshop locked for too long. Close it and try again; "
        "what you typed is kept.",
    )


class ServerLoginError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The team server refused the user name or password. Check them and try again."
    )


class ServerRightsError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The team server did not allow this account to set up or change the workshop "
        "tables (permission denied). Ask the server's administrator for the rights, or to "
        "connect once with an account that has them.",
    )


class DamagedWorkshopError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop file is damaged: part of it is missing or overwritten (a copy that "
        "was cut short, a disk error). Open its latest backup instead (File > Backups… in "
        "the app).",
    )


class StorageIOError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk reported an error while reading or writing the workshop: it may be full, "
        "removed or failing. Check it and try again; what you typed is kept.",
    )


class StorageUnreachableError(StorageUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop's database cannot be reached. Check the file or the connection "
        "to the team server and try again; what you typed is kept.",
    )


class BackupFailedError(WorkshopError):
    """The safety copy made before an upgrade, an import or a restore failed, so that
    operation did not start."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was changed: the safety copy of {path} could not be made in {folder} ({reason}). "
        "Free some space or make that folder writable, then try again.",
    )


class ExportOverWorkshopError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a workshop file; an export never replaces one. Nothing was written; choose another file "
        "name for the export.",
    )


class ExportNotToFileError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (it is a folder, a device or another special file), and an export "
        "writes only files. Nothing was written; choose a file name.",
    )


class InvalidInterchangeError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a valid workshop JSON file: {reason}")


class EditConflictError(WorkshopError):
    """Someone else changed a value while this user was editing it. ``theirs`` is what
    is stored now, ``mine`` what this user tried to store."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Someone else changed this while you were editing it; choose which version to keep."
    )

    def __init__(self, *, theirs: object, mine: object, command: object) -> None:
        super().__init__()
        self.theirs = theirs
        self.mine = mine
        # The edit that was refused, so the page it came from can offer the choice.
        self.command = command


class CharterUnchangedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The charter has not changed since version {number} was kept: there is nothing new to keep."
    )


class NoSuchCharterVersionError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no version {number} of the charter: {kept}.")


class InvalidValueError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{reason}")


class NoSuchCheckInError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no check-in {number}: the plan has {planned}, numbered from 1 in calendar order."
    )
