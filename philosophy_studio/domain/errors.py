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
    template = QT_TRANSLATE_NOOP("Errors", "The workshop could not be saved or read: {reason}")


class InvalidInterchangeError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a valid workshop JSON file: {reason}")


class InvalidValueError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{reason}")
