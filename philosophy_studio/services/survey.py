"""The values survey: storing anonymous answers one at a time (kiosk, LAN) or many at
once (an import), and the rule that decides when results may be shown.

Stored per answer: the text, its source and the hidden flag; nothing that identifies a
person or a moment. Answer ids are random, and every list is sorted by content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import AnswerSource, Workshop
from philosophy_studio.domain.spreadsheet import from_formula_safe
from philosophy_studio.domain.text import clean_text
from philosophy_studio.importing.reader import AnswerTable, FileKind, read_file
from philosophy_studio.persistence import repository
from philosophy_studio.services.backups import BackupKind, make_safety_backup
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.work import WorkControl

# The longest answer kept, in characters (after normalisation). An answer to one open
# question is a few sentences; 5,000 characters is about two pages, and keeps one
# pasted document from swamping the word analysis. Longer text is cut, not refused.
MAX_ANSWER_LENGTH = 5_000


class EmptyAnswerError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "The answer is empty; write something before sending it.")


class SurveyClosedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The survey is closed, so the answer was not stored. Please ask the facilitator."
    )


class NoAnswersToImportError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The chosen column of {name} holds no answers (every cell is empty). Nothing was imported."
    )


def normalise_answer(text: str) -> str:
    """An answer as it is stored: NFC, no control characters other than newline and
    tab, without surrounding blanks, at most MAX_ANSWER_LENGTH characters."""
    return clean_text(text, MAX_ANSWER_LENGTH + 1000).strip()[:MAX_ANSWER_LENGTH].rstrip()


def results_visible(workshop: Workshop) -> bool:
    """Results (beyond the count) are shown only with enough visible answers that no
    single answer can be told apart by who was in the room."""
    return workshop.visible_answer_count >= workshop.survey.min_respondents


def submit_answer(
    service: WorkshopService,
    text: str,
    source: AnswerSource = AnswerSource.KIOSK,
    *,
    submission_token: str | None = None,
) -> tuple[None, Changes]:
    """Store one answer in its own transaction, if the survey is open. Returns (None,
    what changed) as WorkshopSession.call expects. With ``submission_token`` (a random
    value from the submitting form) a retry of a stored submission stores nothing."""
    from sqlalchemy.exc import IntegrityError

    answer = normalise_answer(text)
    if not answer:
        raise EmptyAnswerError()
    try:
        with service.store.write() as session:
            if submission_token is not None and repository.has_submission(session, submission_token):
                return None, Changes()
            row = repository.workshop_row(session, service.workshop_id)
            if not row.survey_open:
                raise SurveyClosedError()
            repository.add_answers(
                session, row.id, [(answer, source, False)], submission_token=submission_token
            )
    except IntegrityError:
        # Two copies of one submission raced (a server that does not serialise writers):
        # the unique token let one in, and that one is the answer.
        if submission_token is None or not _submission_stored(service, submission_token):
            raise
        return None, Changes()
    return None, Changes.of(Aspect.ANSWERS)


def _submission_stored(service: WorkshopService, submission_token: str) -> bool:
    with service.store.read() as session:
        return repository.has_submission(session, submission_token)


@dataclass(frozen=True)
class ImportPlan:
    """What an import will store, and what it leaves out and why."""

    answers: tuple[str, ...]
    empty: int
    duplicates: int


def plan_import(texts: Iterable[str]) -> ImportPlan:
    """Normalise ``texts``; empty ones and exact repeats (after normalisation) within
    the same batch are counted and left out, never silently."""
    answers: list[str] = []
    seen: set[str] = set()
    empty = duplicates = 0
    for text in texts:
        answer = normalise_answer(text)
        if not answer:
            empty += 1
        elif answer in seen:
            duplicates += 1
        else:
            seen.add(answer)
            answers.append(answer)
    return ImportPlan(tuple(answers), empty, duplicates)


def plan_from_table(table: AnswerTable, column: int) -> ImportPlan:
    values = table.column_values(column)
    if table.kind is not FileKind.TEXT:
        # Spreadsheet cells: the apostrophe that kept a formula from running is not
        # part of the answer (see the answers export).
        values = [from_formula_safe(value) for value in values]
    return plan_import(values)


def import_answers(
    service: WorkshopService, plan: ImportPlan, *, name: str = "", source: AnswerSource = AnswerSource.IMPORT
) -> tuple[ImportPlan, Changes]:
    """Store every answer of ``plan`` in ONE transaction: all or nothing. The survey
    need not be open; the facilitator brings answers collected elsewhere. A workshop
    file is copied first, so a wrong file imported can be taken back by a restore."""
    if not plan.answers:
        raise NoAnswersToImportError(name=name)
    if service.path is not None:
        make_safety_backup(service.path, BackupKind.BEFORE_IMPORT)
    with service.store.write() as session:
        row = repository.workshop_row(session, service.workshop_id)
        repository.add_answers(session, row.id, ((answer, source, False) for answer in plan.answers))
    return plan, Changes.of(Aspect.ANSWERS)


def import_file(
    location: str | Path,
    answers_file: Path,
    *,
    column: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    control: WorkControl | None = None,
) -> ImportPlan:
    """Read ``answers_file`` and import one column of it into the workshop at
    ``location`` (the command line's import-survey). Without ``column`` the column the
    preview would suggest is used."""
    # The workshop is opened first, so a mistyped workshop name is not blamed on the file.
    service = WorkshopService.open(location)
    try:
        table = read_file(answers_file, encoding=encoding, delimiter=delimiter, control=control)
        index = table.find_column(column) if column is not None else table.suggested
        if index is None:
            raise NoAnswersToImportError(name=answers_file.name)
        return import_answers(service, plan_from_table(table, index), name=answers_file.name)[0]
    finally:
        service.close()
