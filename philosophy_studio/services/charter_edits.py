"""The charter's kept versions (undoable edits): only ever added, and forgotten only by
undoing the adding."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.charter_commands import (
    ForgetCharterVersion,
    KeepCharterVersion,
    RestoreCharterVersion,
)
from philosophy_studio.domain.errors import CharterUnchangedError, NoSuchCharterVersionError
from philosophy_studio.domain.model import CharterVersion
from philosophy_studio.domain.text import clean_text
from philosophy_studio.export.charter_versions import changed_since_kept, charter_snapshot
from philosophy_studio.persistence import repository, snapshots
from philosophy_studio.persistence.tables import CharterVersionRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

_CHANGES = Changes.of(Aspect.CHARTER_VERSIONS)


def keep_charter_version(context: EditContext, command: KeepCharterVersion) -> Outcome:
    # The charter as stored, read in this transaction: what another facilitator changed
    # a moment ago is in the version too.
    workshop = snapshots.load_workshop(context.session, context.workshop_id, with_answers=False)
    if not changed_since_kept(workshop):
        raise CharterUnchangedError(number=workshop.charter_versions[-1].number)
    number = workshop.charter_versions[-1].number + 1 if workshop.charter_versions else 1
    row = repository.workshop_row(context.session, context.workshop_id)
    row.charter_versions.append(
        CharterVersionRow(
            number=number, day=command.day, note=clean_text(command.note), text=charter_snapshot(workshop)
        )
    )
    return Outcome(ForgetCharterVersion(number), _CHANGES)


def forget_charter_version(context: EditContext, command: ForgetCharterVersion) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    found = next((v for v in row.charter_versions if v.number == command.number), None)
    if found is None:
        kept = ", ".join(str(v.number) for v in row.charter_versions) or "-"
        raise NoSuchCharterVersionError(number=command.number, kept=kept)
    version = CharterVersion(found.number, found.day, found.note, found.text)
    row.charter_versions.remove(found)
    return Outcome(RestoreCharterVersion(version), _CHANGES)


def restore_charter_version(context: EditContext, command: RestoreCharterVersion) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    version = command.version
    if any(v.number == version.number for v in row.charter_versions):
        raise ValueError(f"there is a version {version.number} already")
    row.charter_versions.append(
        CharterVersionRow(number=version.number, day=version.day, note=version.note, text=version.text)
    )
    return Outcome(ForgetCharterVersion(version.number), _CHANGES)


HANDLERS: HandlerTable = {
    KeepCharterVersion: keep_charter_version,
    ForgetCharterVersion: forget_charter_version,
    RestoreCharterVersion: restore_charter_version,
}
