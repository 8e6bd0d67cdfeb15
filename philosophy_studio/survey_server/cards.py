"""Value cards from phones: the brainstorm form under ``/c/<token>``, with the same join
code, nonces, Host and Origin checks, size caps and headers as the answer form.

A card is a value's name and, if the person wants, a line on what it means. Nothing
about who sent it is kept; the board shows it beside the facilitator's own cards, and
hides its text while the facilitator keeps the board's texts hidden. One phone can add
at most ``MAX_CARDS_PER_CLIENT`` cards (counted in memory, by the address the request
came from, and forgotten with the server), so one device cannot flood the board.
"""

from __future__ import annotations

import threading
from collections import Counter
from http import HTTPStatus
from typing import Protocol

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT
from philosophy_studio.survey_server import pages
from philosophy_studio.survey_server.app import Refused, Response, SurveyApp
from philosophy_studio.survey_server.pages import Text

CARD_PREFIX = "/c/"
# A value's name is one line; what it means, a sentence or two.
MAX_NAME_LENGTH = 80
MAX_MEANING_LENGTH = SHORT_TEXT_LIMIT
MAX_CARDS_PER_CLIENT = 20


class CardSink(Protocol):
    def language(self) -> Language: ...

    def is_open(self) -> bool:
        """Whether the board takes cards from phones."""
        ...

    def submit(self, name: str, meaning: str) -> None:
        """Add the card at the end of the board and commit before returning. Raises
        InvalidValueError for a card without a name, another WorkshopError when it could
        not be stored."""
        ...


class CardApp(SurveyApp):
    """Serves the brainstorm form until ``stop``."""

    form_prefix = CARD_PREFIX
    problem_status = HTTPStatus.UNPROCESSABLE_ENTITY
    closed_texts = (Text.CARDS_CLOSED_TITLE, Text.CARDS_CLOSED)
    sink: CardSink  # type: ignore[assignment]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._cards_by_client: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    def _form_page(
        self, language: Language, nonce: str | None, problem: Text | None, fields: dict[str, str]
    ) -> str:
        if not self.sink.is_open():
            raise self._closed(language)
        return pages.card_form(
            language,
            action=self.answer_path,
            nonce=nonce or self.nonces.issue("answer", self.client),
            name=fields.get("name", ""),
            meaning=fields.get("meaning", ""),
            max_name=MAX_NAME_LENGTH,
            max_meaning=MAX_MEANING_LENGTH,
            problem=pages.text(language, problem).format(most=MAX_CARDS_PER_CLIENT) if problem else None,
        )

    def _store(self, language: Language, nonce: str, fields: dict[str, str]) -> Response:
        name = fields.get("name", "").replace("\r\n", "\n")
        meaning = fields.get("meaning", "").replace("\r\n", "\n")
        if not name.strip():
            raise Refused(self._form(language, nonce, Text.NO_CARD_NAME, fields))
        if len(name) > MAX_NAME_LENGTH or len(meaning) > MAX_MEANING_LENGTH:
            raise self._refusal(
                language, HTTPStatus.REQUEST_ENTITY_TOO_LARGE, Text.TOO_LONG_TITLE, Text.CARD_TOO_LONG
            )
        if not self.sink.is_open():
            raise self._closed(language)
        client = self.client
        with self._count_lock:
            if self._cards_by_client[client] >= MAX_CARDS_PER_CLIENT:
                raise Refused(self._form(language, nonce, Text.TOO_MANY_CARDS, fields))
            # Counted before storing, so that parallel posts from one phone cannot pass
            # the limit together; given back if the card is not stored.
            self._cards_by_client[client] += 1
        stored = False
        try:
            self._hand_over(
                language, lambda: self.sink.submit(name, meaning), nonce, fields, Text.NO_CARD_NAME
            )
            stored = True
        finally:
            if not stored:
                with self._count_lock:
                    self._cards_by_client[client] -= 1
        return Response(
            HTTPStatus.OK,
            pages.message(
                language, Text.THANKS_TITLE, Text.CARD_THANKS, self.answer_path, link_text=Text.ANOTHER_CARD
            ),
        )
