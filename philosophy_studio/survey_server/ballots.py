"""Dot voting from phones: the ballot form under ``/v/<token>``, with the same join
code, nonces, Host and Origin checks, size caps and headers as the answer form.

The app only checks the shape of a ballot (a choice from 0 to the per-value maximum
for each card, and not more dots than a person has); the sink applies the round's
rules again in the transaction that counts the ballot, and answers "thank you" only
after that commit. Nothing that reads the tallies back is served.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Protocol

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server import pages
from philosophy_studio.survey_server.app import Refused, Response, SurveyApp
from philosophy_studio.survey_server.pages import Text

VOTE_PREFIX = "/v/"
# A board rarely has more than a few dozen cards; the form has one field per card.
MAX_BALLOT_CARDS = 200


@dataclass(frozen=True)
class BallotCard:
    id: int
    name: str
    description: str = ""
    cluster: str = ""  # the group it stands in on the board ("": none)


@dataclass(frozen=True)
class Ballot:
    """The open voting round as a phone sees it."""

    round_id: int
    dots_per_person: int
    max_per_card: int
    cards: tuple[BallotCard, ...]


class BallotSink(Protocol):
    def language(self) -> Language: ...

    def is_open(self) -> bool:
        """Whether a voting round is open."""
        ...

    def ballot(self) -> Ballot | None:
        """The open round, or None when no round is open."""
        ...

    def submit(self, round_id: int, dots: Mapping[int, int], token: str) -> bool | None:
        """Count ``dots`` (card id -> dots) in round ``round_id`` and commit before
        returning; the same ``token`` twice counts once (False: it was counted before).
        Raises InvalidValueError for a
        ballot that breaks the round's rules, another WorkshopError when the round is
        closed or the ballot could not be stored."""
        ...


class BallotApp(SurveyApp):
    """Serves the ballot of the open voting round until ``stop``."""

    form_prefix = VOTE_PREFIX
    max_form_fields = MAX_BALLOT_CARDS + 4
    problem_status = HTTPStatus.UNPROCESSABLE_ENTITY
    closed_texts = (Text.VOTING_CLOSED_TITLE, Text.VOTING_CLOSED)
    sink: BallotSink  # type: ignore[assignment]

    def _form_page(
        self, language: Language, nonce: str | None, problem: Text | None, fields: dict[str, str]
    ) -> str:
        ballot = self.sink.ballot()
        if ballot is None:
            raise self._closed(language)
        problem_text = None
        if problem is not None:
            problem_text = pages.text(language, problem).format(
                dots=ballot.dots_per_person, per_card=ballot.max_per_card
            )
        return pages.ballot_form(
            language,
            action=self.answer_path,
            nonce=nonce or self.nonces.issue("answer", self.client),
            round_id=ballot.round_id,
            dots=ballot.dots_per_person,
            per_card=ballot.max_per_card,
            cards=[
                (card.id, card.name, card.description, card.cluster)
                for card in ballot.cards[:MAX_BALLOT_CARDS]
            ],
            placed=_placed(ballot, fields) or {},
            problem=problem_text,
        )

    def _store(self, language: Language, nonce: str, fields: dict[str, str]) -> Response:
        ballot = self.sink.ballot()
        if ballot is None:
            raise self._closed(language)
        if fields.get("round") != str(ballot.round_id):
            raise self._refusal(
                language, HTTPStatus.CONFLICT, Text.NEW_ROUND_TITLE, Text.NEW_ROUND, link=True
            )
        placed = _placed(ballot, fields)
        if placed is None:
            raise self._refusal(language, HTTPStatus.BAD_REQUEST, Text.REFUSED_TITLE, Text.REFUSED)
        if not placed:
            raise Refused(self._form(language, nonce, Text.NO_DOTS, fields))
        if sum(placed.values()) > ballot.dots_per_person:
            raise Refused(self._form(language, nonce, Text.TOO_MANY_DOTS, fields))
        # The sink refuses a ballot when the board changed under the form (a card merged
        # away, the round resized).
        self._hand_over(
            language,
            lambda: self.sink.submit(ballot.round_id, placed, self.nonces.submission_id(nonce)),
            nonce,
            fields,
            Text.TOO_MANY_DOTS,
        )
        return Response(HTTPStatus.OK, pages.message(language, Text.THANKS_TITLE, Text.VOTE_THANKS))


def _placed(ballot: Ballot, fields: Mapping[str, str]) -> dict[int, int] | None:
    """The dots per card the form sent (cards with none left out), or None when a
    choice is not one the form offers."""
    placed = {}
    # A choice has no more digits than the most dots a card may get; a longer number is
    # not one the form offers (and Python refuses to read one of over 4,300 digits).
    longest = len(str(ballot.max_per_card))
    for card in ballot.cards:
        raw = fields.get(f"c{card.id}", "0")
        if not raw.isascii() or not raw.isdigit() or len(raw) > longest:
            return None
        if int(raw) > ballot.max_per_card:
            return None
        if int(raw):
            placed[card.id] = int(raw)
    return placed
