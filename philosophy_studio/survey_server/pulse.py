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
    problem_status = HTTPStatus.UNPROCESSABLE_ENTITY
    closed_texts = (Text.PULSE_CLOSED_TITLE, Text.PULSE_CLOSED)
    sink: PulseSink  # type: ignore[assignment]

    def _form_page(
        self, language: Language, nonce: str | None, problem: Text | None, fields: dict[str, str]
    ) -> str:
        if not self.sink.is_open():
            raise self._closed(language)
        values = self.sink.values()
        sent = _sent(values, fields) or {}
        return pages.pulse_form(
            language,
            action=self.answer_path,
            nonce=nonce or self.nonces.issue("answer", self.client),
            values=[(value.id, value.name, value.description) for value in values],
            sent=sent,
            max_length=MAX_ANSWER_LENGTH,
            problem=pages.text(language, problem) if problem else None,
        )

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
        # The sink refuses the answers when the chosen values changed under the form:
        # none of those answered is asked now.
        self._hand_over(
            language,
            lambda: self.sink.submit(answered, self.nonces.submission_id(nonce)),
            nonce,
            fields,
            Text.PULSE_EMPTY,
        )
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
