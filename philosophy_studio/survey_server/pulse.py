"""A check-in's staff pulse from phones: the form under ``/p/<token>``, with the same
join code, nonces, Host and Origin checks, size caps and headers as the answer form.

For each chosen value the form asks two questions, 1 to 5 (a radio button each; none
chosen skips it), and for an example. The app checks the shape of what was sent; the
sink applies the pulse's rules again in the transaction that stores it, and answers
"thank you" only after that commit. Nothing that reads answers or results back is served.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Protocol

from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, MAX_CHOSEN_VALUES, PulseRating
from philosophy_studio.survey_server import pages
from philosophy_studio.survey_server.app import Refused, Response, SurveyApp
from philosophy_studio.survey_server.pages import Text

PULSE_PREFIX = "/p/"
# Every example may be as long as a survey answer; the body limit allows them all.
MAX_PULSE_TEXT = MAX_ANSWER_LENGTH * MAX_CHOSEN_VALUES


@dataclass(frozen=True)
class PulseValue:
    id: int
    name: str
    description: str = ""


class PulseSink(Protocol):
    def language(self) -> Language: ...

    def is_open(self) -> bool: ...

    def values(self) -> tuple[PulseValue, ...]:
        """The chosen values, in their chosen order."""
        ...

    def submit(self, ratings: Sequence[PulseRating], token: str) -> bool | None:
        """Store one respondent's ``ratings`` and commit before returning; the same
        ``token`` twice stores once (False: it was stored before). Raises
        InvalidValueError when nothing is answered, another WorkshopError when the pulse
        is closed or the answers could not be stored."""
        ...


class PulseApp(SurveyApp):
    """Serves one check-in's pulse until ``stop``."""

    form_prefix = PULSE_PREFIX
    # Per value two choices and an example, and the nonce.
    max_form_fields = 3 * MAX_CHOSEN_VALUES + 4
    sink: PulseSink  # type: ignore[assignment]

    def _closed(self, language: Language) -> Refused:
        return self._refusal(language, HTTPStatus.FORBIDDEN, Text.PULSE_CLOSED_TITLE, Text.PULSE_CLOSED)

    def _form(
        self,
        language: Language,
        nonce: str | None = None,
        problem: Text | None = None,
        fields: dict[str, str] | None = None,
    ) -> Response:
        if not self.sink.is_open():
            raise self._closed(language)
        values = self.sink.values()
        sent = _sent(values, fields or {}) or {}
        page = pages.pulse_form(
            language,
            action=self.answer_path,
            nonce=nonce or self.nonces.issue("answer", self.client),
            values=[(value.id, value.name, value.description) for value in values],
            sent=sent,
            max_length=MAX_ANSWER_LENGTH,
            problem=pages.text(language, problem) if problem else None,
        )
        status = HTTPStatus.OK if problem is None else HTTPStatus.UNPROCESSABLE_ENTITY
        return Response(status, page)

    def _store(self, language: Language, nonce: str, fields: dict[str, str]) -> Response:
        if not self.sink.is_open():
            raise self._closed(language)
        values = self.sink.values()
        sent = _sent(values, fields)
        if sent is None:
            raise self._refusal(language, HTTPStatus.BAD_REQUEST, Text.REFUSED_TITLE, Text.REFUSED)
        if any(len(rating.example) > MAX_ANSWER_LENGTH for rating in sent.values()):
            raise self._refusal(
                language, HTTPStatus.REQUEST_ENTITY_TOO_LARGE, Text.TOO_LONG_TITLE, Text.TOO_LONG
            )
        answered = [
            rating
            for rating in sent.values()
            if rating.lived is not None or rating.leaders is not None or rating.example.strip()
        ]
        if not answered:
            raise Refused(self._form(language, nonce, Text.PULSE_EMPTY, fields))
        try:
            stored_now = self.sink.submit(answered, self.nonces.submission_id(nonce))
        except InvalidValueError:
            # The chosen values changed under the form: none of those answered is asked now.
            raise Refused(self._form(language, nonce, Text.PULSE_EMPTY, fields)) from None
        except WorkshopError:
            if not self._still_open():
                raise self._closed(language) from None
            raise self._refusal(
                language, HTTPStatus.SERVICE_UNAVAILABLE, Text.FAILED_TITLE, Text.FAILED
            ) from None
        if stored_now is False:
            raise self._used(language)
        return Response(HTTPStatus.OK, pages.message(language, Text.THANKS_TITLE, Text.PULSE_THANKS))


def _score(raw: str | None) -> tuple[bool, int | None]:
    """(whether ``raw`` is a choice the form offers, the score it names)."""
    if raw is None or raw == "":
        return True, None
    if raw in {"1", "2", "3", "4", "5"}:
        return True, int(raw)
    return False, None


def _sent(values: Sequence[PulseValue], fields: Mapping[str, str]) -> dict[int, PulseRating] | None:
    """What the form sent per value, or None when a choice is not one the form offers."""
    sent = {}
    for value in values:
        lived_ok, lived = _score(fields.get(f"l{value.id}"))
        leaders_ok, leaders = _score(fields.get(f"m{value.id}"))
        if not (lived_ok and leaders_ok):
            return None
        # Browsers send line breaks as CRLF, which the form's maxlength counted as one.
        example = fields.get(f"e{value.id}", "").replace("\r\n", "\n")
        sent[value.id] = PulseRating(value.id, lived, leaders, example)
    return sent
