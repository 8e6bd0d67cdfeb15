"""Moving whole workshops in and out as JSON, and the demo workshops built on that."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from pathlib import Path

from philosophy_studio import __version__
from philosophy_studio.domain.errors import (
    InvalidInterchangeError,
    WorkshopExistsError,
    WorkshopNotFoundError,
)
from philosophy_studio.domain.feedback import Feedback
from philosophy_studio.domain.interchange import (
    InterchangeFormatError,
    feedback_from_document,
    feedback_to_document,
    from_document,
    to_document,
)
from philosophy_studio.domain.model import Language, Workshop
from philosophy_studio.fileio import rename_new, write_export
from philosophy_studio.persistence.database import sqlite_path, to_url
from philosophy_studio.resources import resource_path
from philosophy_studio.services.feedback import create_with_feedback, load_feedback
from philosophy_studio.services.survey import normalise_answer
from philosophy_studio.services.workshop_service import WorkshopService

# A whole workshop with 100,000 answers is about 20 MB of JSON, and a million customers'
# comments about 400 MB more; anything far larger is not one of ours and would only
# exhaust memory.
MAX_JSON_BYTES = 640 * 1024 * 1024


def workshop_to_json(workshop: Workshop, feedback: Feedback | None = None) -> str:
    document = to_document(workshop, __version__)
    if feedback is not None:
        document |= feedback_to_document(feedback)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_json(location: str | Path, output: Path | None = None, *, workshop_id: int | None = None) -> str:
    """The workshop at ``location`` (on a server: the one with ``workshop_id``) as
    interchange JSON; also written to ``output``, which may not be a workshop (the one
    exported least of all), a folder or a device (fileio.write_export)."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        text = workshop_to_json(service.load(), load_feedback(service))
    if output is not None:
        write_export(output, text.encode("utf-8"))
    return text


def read_workshop_json(path: Path) -> Workshop:
    """Parse an interchange file strictly: UTF-8 (a BOM is allowed), valid JSON, valid
    format. Every failure names the file and the problem."""
    return read_document(path)[0]


def read_document(path: Path) -> tuple[Workshop, Feedback | None]:
    """read_workshop_json, with the customers' feedback the file carries."""
    if not path.is_file():
        raise WorkshopNotFoundError(path=path)
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InvalidInterchangeError(path=path, reason="the file is too large")
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInterchangeError(path=path, reason=error.strerror or str(error)) from error
    return parse_document(raw, str(path))


def parse_workshop_json(raw: bytes, name: str) -> Workshop:
    return parse_document(raw, name)[0]


def parse_document(raw: bytes, name: str) -> tuple[Workshop, Feedback | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInterchangeError(
            path=name, reason=f"it is not UTF-8 text (byte {error.start})"
        ) from None
    if not text.strip():
        raise InvalidInterchangeError(path=name, reason="the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInterchangeError(
            path=name, reason=f"{error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InvalidInterchangeError(path=name, reason="it is nested too deeply") from None
    try:
        workshop = _answers_as_stored(from_document(data))
        return workshop, feedback_from_document(data, workshop.info.language)
    except InterchangeFormatError as error:
        raise InvalidInterchangeError(path=name, reason=str(error)) from None


def _answers_as_stored(workshop: Workshop) -> Workshop:
    """The answers cleaned as the survey stores every answer (normalise_answer), so a
    document brings in nothing the kiosk, the phones or an import would refuse."""
    answers = []
    for index, answer in enumerate(workshop.answers):
        text = normalise_answer(answer.text)
        if not text:
            raise InterchangeFormatError(f"$.survey_answers[{index}].text is empty")
        answers.append(replace(answer, text=text))
    return replace(workshop, answers=tuple(answers))


def import_json(source: Path, location: str | Path) -> WorkshopService:
    """Create a new workshop at ``location`` from an interchange file. A file is built
    under a temporary name beside it and renamed once it is whole: a refusal, a failure
    or an interruption leaves nothing under the name asked for, so trying again never
    meets a half-made workshop that "already exists". (A server gets the workshop in
    one transaction.)"""
    workshop, feedback = read_document(source)
    path = sqlite_path(to_url(location))
    if path is None:
        return create_with_feedback(location, workshop, feedback)
    if path.exists():
        raise WorkshopExistsError(path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        create_with_feedback(temporary, workshop, feedback).close()
        rename_new(temporary, path)
    except FileExistsError:
        raise WorkshopExistsError(path=path) from None
    finally:
        # Closing the last connection took the write-ahead log into the file.
        for leftover in (temporary, *(temporary.with_name(temporary.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return WorkshopService.open(path)


def demo_workshop(language: Language) -> Workshop:
    path = resource_path("demo", f"demo-{language.value}.json")
    return parse_workshop_json(path.read_bytes(), str(path))


def create_demo_copy(language: Language, folder: Path) -> Path:
    """A fresh, editable copy of the demo workshop, with its customers' comments, in
    ``folder``; earlier copies (which a user may have edited) are kept."""
    workshop, feedback = read_document(resource_path("demo", f"demo-{language.value}.json"))
    stem = f"demo-{language.value}"
    target = folder / f"{stem}.pstudio"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}.pstudio"
        number += 1
    create_with_feedback(target, workshop, feedback).close()
    return target
