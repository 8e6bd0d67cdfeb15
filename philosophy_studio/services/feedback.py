"""Customers' feedback in a workshop: importing an export of comments, and reading them
back for the figures, the word lists and the comparison with the staff's words.

An import stores, per comment, its text (personal data already replaced), score, day
and channel, and per export one record: how many rows it had and a digest of them
(domain.feedback.digest_rows). A longer export of the same file starts with the rows
of an earlier one, so only its new rows are added; the same file again adds nothing.
No per-row fingerprint is kept: the digest covers the rows together, so nothing ties a
stored comment to its row. Identical comments from different rows are different
customers' and are all kept.

Everything an import stores is written in one transaction, in batches that report
progress and may be cancelled: a cancel, an error or a killed process leaves the
workshop as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from philosophy_studio.analysis.alignment import Alignment, ValueWords, align, score_sides, value_phrases
from philosophy_studio.analysis.distinctive import Distinctive, Side, WordUsage, compare, word_usage
from philosophy_studio.analysis.keyword_context import CONTEXT_LIMIT, Snippet, texts_using
from philosophy_studio.analysis.satisfaction import CsatFigures, NpsFigures, Satisfaction, month_of
from philosophy_studio.domain.errors import WorkshopError
from philosophy_studio.domain.feedback import (
    Feedback,
    FeedbackTable,
    NpsGroup,
    ScoreScale,
    digest_rows,
    row_hashes,
)
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import ImportRecord, Workshop
from philosophy_studio.domain.rules.workshop import EmptyTeamNameError, has_team_name
from philosophy_studio.export.charter_content import CustomerSummary
from philosophy_studio.importing.feedback import (
    FeedbackColumns,
    FeedbackPreview,
    preview_feedback,
    read_feedback,
)
from philosophy_studio.persistence import feedback as stored
from philosophy_studio.persistence import repository
from philosophy_studio.services.analysis import analysis_options, visible_answer_texts
from philosophy_studio.services.backups import BackupKind, make_safety_backup
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    import numpy as np
    from sqlalchemy.orm import Session

    from philosophy_studio.analysis.engine import AnalysisResult


class FeedbackScaleChangedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop's customer scores are {stored}, so {name} cannot be imported as {given}: one "
        "workshop's scores are all NPS (0-10) or all CSAT (1-5). Nothing was imported.",
    )


class FeedbackAlreadyImportedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{overlap} of the {count} comments in {name} are in the workshop already, but the file does not "
        "start with an earlier import (an older or re-sorted export?). Nothing was imported; import every "
        "row as a new comment only if they are other customers' (import-feedback --all-rows).",
    )


class NoFeedbackError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The workshop holds no customer feedback yet; import an export of comments first."
    )


# Comments handed to the database at once: one executemany each, a few MB of memory.
STORE_BATCH = 10_000
# Of an import's progress, the share reading the file takes (storing takes the rest).
_READING_SHARE = 0.6


class _Part(WorkControl):
    """A stretch [start, end] of a larger job's progress, cancelled with it."""

    def __init__(self, whole: WorkControl | None, start: float, end: float) -> None:
        super().__init__()
        self._whole, self._start, self._end = whole, start, end

    @property
    def cancelled(self) -> bool:
        return self._whole is not None and self._whole.cancelled

    def check(self) -> None:
        if self._whole is not None:
            self._whole.check()

    def progress(self, fraction: float, message: str = "") -> None:
        if self._whole is not None:
            self._whole.progress(self._start + (self._end - self._start) * fraction, message)


@dataclass(frozen=True)
class FeedbackImport:
    """What an import of ``name`` did."""

    name: str
    # Rows of the file stored now, and of them those with a comment (others: a score).
    imported: int
    comments: int
    # Rows at the start of the file an earlier import of it took.
    already_imported: int
    # Rows with neither a comment nor a score.
    skipped_empty: int
    # The scale of the file's scores (None: it has none).
    scale: ScoreScale | None
    # Kind of personal data -> how many were replaced in the file's comments.
    scrubbed: Mapping[str, int] = field(default_factory=dict)
    # Headings of the columns left out because they identify people.
    left_out: tuple[str, ...] = ()

    @property
    def nothing_new(self) -> bool:
        return self.imported == 0

    @property
    def personal_data(self) -> int:
        return sum(self.scrubbed.values())


# Rows hashed into one buffer at a time: a few MB.
_DIGEST_CHUNK = 100_000
# Texts let go of at once by _let_go: a few ms.
_LET_GO_SLICE = 50_000
# A row's hash (domain.feedback.row_hashes) as a numpy cell.
_HASH = "S16"


def _row_hashes(table: FeedbackTable) -> np.ndarray:
    """domain.feedback.row_hashes as one array of 16-byte cells, made a slice at a time:
    a list of a million hashes is a million objects (~50 MB), freed at the end of an
    import in one go with the interpreter lock held (11 ms measured); the array is one."""
    import numpy as np

    parts = [
        np.frombuffer(
            b"".join(
                row_hashes(
                    table.texts[start : start + _DIGEST_CHUNK],
                    table.scores[start : start + _DIGEST_CHUNK],
                    table.dates[start : start + _DIGEST_CHUNK],
                    table.channels[start : start + _DIGEST_CHUNK],
                )
            ),
            dtype=_HASH,
        )
        for start in range(0, len(table), _DIGEST_CHUNK)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=_HASH)


def _digest(hashes: np.ndarray) -> str:
    """domain.feedback.digest_rows of ``hashes``, the same hex digest, with the sort
    done by numpy, which lets go of the interpreter while it sorts: Python's sorted()
    of a million hashes holds it for two seconds, and the window stops for as long."""
    import numpy as np

    return hashlib.sha256(np.sort(hashes, kind="stable").tobytes()).hexdigest()


def _earlier(hashes: np.ndarray, records: tuple[ImportRecord, ...]) -> ImportRecord | None:
    """The longest earlier import whose rows are the first rows of the file: exports
    keep their rows in the order they arrived and add new ones at the end."""
    for record in sorted(records, key=lambda record: record.rows, reverse=True):
        if record.rows <= len(hashes) and _digest(hashes[: record.rows]) == record.digest:
            return record
    return None


def _overlap(session: Session, workshop_id: int, table: FeedbackTable, start: int) -> int:
    """How many of the new comments' texts are in the workshop already (as many times
    as they are there). Only asked when no earlier import matches and the workshop has
    comments, so the usual imports never read the stored ones."""
    new = Counter(text for text in table.texts[start:] if text)
    if not new:
        return 0
    have: Counter[str] = Counter(text for text in stored.comment_texts(session, workshop_id) if text in new)
    return sum((new & have).values())


def _outcome(table: FeedbackTable, start: int) -> FeedbackImport:
    """What importing ``table`` from its row ``start`` on does."""
    return FeedbackImport(
        name=table.name,
        imported=len(table) - start,
        comments=sum(1 for text in table.texts[start:] if text),
        already_imported=start,
        skipped_empty=table.skipped_empty,
        scale=table.scale,
        scrubbed=dict(table.scrubbed),
        left_out=table.left_out,
    )


def preview_feedback_file(path: Path, language: Language, *, encoding: str | None = None) -> FeedbackPreview:
    """The first rows of ``path`` for the user to choose its columns from, each cell
    with personal data replaced as the import replaces it in ``language``: a preview
    never shows what the workshop will not hold."""
    from philosophy_studio.domain.personal_data import Scrubber

    preview = preview_feedback(path, encoding=encoding)
    scrub = Scrubber(language)
    return replace(preview, rows=tuple(tuple(scrub(cell) for cell in row) for row in preview.rows))


def import_feedback(
    service: WorkshopService,
    path: Path,
    columns: FeedbackColumns,
    *,
    scale: ScoreScale | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    all_rows: bool = False,
    control: WorkControl | None = None,
) -> FeedbackImport:
    """Read ``path`` and store its comments not yet in the workshop: all or nothing.
    ``scale`` None takes the workshop's (or, for its first scores, the one the scores
    show). Raises an AnswersFileError subclass or one of this module's errors (nothing
    stored), or CancelledError (nothing stored)."""
    name = path.name
    with service.store.read() as session:
        language = repository.workshop_row(session, service.workshop_id).language
        records, kept_scale = stored.feedback_imports(session, service.workshop_id)
    if scale is not None and kept_scale is not None and scale is not kept_scale:
        raise FeedbackScaleChangedError(name=name, stored=kept_scale.name, given=scale.name)
    table = read_feedback(
        path,
        columns,
        Language(language),
        scale=scale or kept_scale,
        encoding=encoding,
        delimiter=delimiter,
        control=_Part(control, 0.0, _READING_SHARE),
    )
    try:
        return _store_table(service, table, records, all_rows=all_rows, control=control)
    except BaseException as error:
        # The frames its traceback keeps would keep the texts too, to be let go of at
        # once wherever the error ends up (the window, for a cancelled import).
        traceback.clear_frames(error.__traceback__)
        raise
    finally:
        texts = list(table.texts)
        del table
        _let_go(texts)


def _store_table(
    service: WorkshopService,
    table: FeedbackTable,
    records: tuple[ImportRecord, ...],
    *,
    all_rows: bool,
    control: WorkControl | None,
) -> FeedbackImport:
    """import_feedback's storing of what it read."""
    import numpy as np

    name = table.name
    hashes = _row_hashes(table)
    record = ImportRecord(rows=len(table), digest=_digest(hashes))
    if record in records:
        # The same file again: nothing to store, and no copy of the workshop to make.
        return _outcome(table, len(table))
    if service.path is not None:
        make_safety_backup(service.path, BackupKind.BEFORE_IMPORT)
    with service.store.write() as session:
        # Locked first: two imports of one export on a team database run one after the
        # other, and the second finds the first one's record.
        row = repository.workshop_row(session, service.workshop_id, lock=True)
        records, kept_scale = stored.feedback_imports(session, row.id)
        if table.scale is not None and kept_scale is not None and table.scale is not kept_scale:
            raise FeedbackScaleChangedError(name=name, stored=kept_scale.name, given=table.scale.name)
        earlier = _earlier(hashes, records)
        start = earlier.rows if earlier is not None else 0
        result = _outcome(table, start)
        if result.nothing_new:
            return result
        if earlier is None and records and not all_rows:
            overlap = _overlap(session, row.id, table, start)
            if overlap * 2 >= max(result.comments, 1):
                raise FeedbackAlreadyImportedError(name=name, overlap=overlap, count=result.comments)
        # Written in a random order, so that the comments' ids do not keep the file's
        # order (which is the order customers wrote in, finer than their day).
        order = np.random.default_rng().permutation(len(table) - start) + start
        part = _Part(control, _READING_SHARE, 1.0)
        for done in range(0, len(order), STORE_BATCH):
            part.progress(done / len(order))
            stored.add_comments(
                session,
                row.id,
                (
                    (table.texts[n], table.scores[n], table.dates[n], table.channels[n])
                    for n in order[done : done + STORE_BATCH].tolist()
                ),
            )
        if earlier is not None:
            stored.replace_feedback_import(session, row.id, earlier, record, result.scale)
        else:
            stored.add_feedback_import(session, row.id, record, result.scale)
        part.progress(1.0)
    return result


def let_go(held: list[CustomersLens | Comparison]) -> None:
    """Drop the one lens or comparison in ``held``, its comments' texts a slice at a
    time (_let_go). Run off the GUI thread when newer comments replace them: a million
    texts let go of at once there stopped the window for ~140 ms. Whoever drops the
    last reference to the comments afterwards only counts down their references."""
    found = held.pop()
    texts = list(found.feedback.texts)
    del found
    _let_go(texts)


def _let_go(items: list[str]) -> None:
    """Empty ``items`` a slice at a time. The last references to a million texts, let go
    of at once, held the interpreter lock for 140 ms while the window waited for it;
    between slices a waiting thread gets it."""
    while items:
        del items[-_LET_GO_SLICE:]


def import_feedback_file(
    location: str | Path,
    path: Path,
    columns: FeedbackColumns,
    *,
    workshop_id: int | None = None,
    scale: ScoreScale | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    all_rows: bool = False,
    control: WorkControl | None = None,
) -> FeedbackImport:
    """import_feedback into the workshop at ``location`` (the command line's
    import-feedback)."""
    # The workshop is opened first, so a mistyped workshop name is not blamed on the file.
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        return import_feedback(
            service,
            path,
            columns,
            scale=scale,
            encoding=encoding,
            delimiter=delimiter,
            all_rows=all_rows,
            control=control,
        )


def load_feedback(service: WorkshopService) -> Feedback:
    """The workshop's feedback, read on demand (never with the workshop itself)."""
    with service.store.read() as session:
        return stored.load_feedback(session, service.workshop_id)


def read_feedback_of(location: str | Path, *, workshop_id: int | None = None) -> Feedback:
    """The feedback of the workshop at ``location``, read once; NoFeedbackError without any."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        feedback = load_feedback(service)
    if not len(feedback):
        raise NoFeedbackError()
    return feedback


def create_with_feedback(
    location: str | Path, workshop: Workshop, feedback: Feedback | None
) -> WorkshopService:
    """WorkshopService.create, with ``feedback`` (an interchange document's) stored in the
    same transaction as the workshop: on a team database there is no temporary file to
    throw away, so a failure must leave neither."""
    if feedback is None:
        return WorkshopService.create(location, workshop)
    if not has_team_name(workshop.info.team_name):
        raise EmptyTeamNameError()
    if feedback.scale is not None and not feedback.imports and len(feedback):
        # The scale is kept with the import records: a document without any gets one
        # for its comments, as if they were one file.
        hashes = row_hashes(feedback.texts, feedback.scores, feedback.dates, feedback.channels)
        feedback = replace(feedback, imports=(ImportRecord(rows=len(feedback), digest=digest_rows(hashes)),))
    return WorkshopService.create(
        location,
        workshop,
        also=lambda session, workshop_id: stored.store_feedback(session, workshop_id, feedback, STORE_BATCH),
    )


# Words per group and distinctive words per side that compare lists by default.
TOP_WORDS = 20


@dataclass(frozen=True)
class GroupWords:
    """A group of texts and its most used words, each with how many texts use it;
    ``keys`` are the words' keys in the counted usage, in the same order (for the
    texts behind a word)."""

    texts: int
    words: tuple[tuple[str, int], ...]
    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """What customers say beside what the staff want them to say (compare). The staff's
    side is None while the workshop shows no survey results (too few visible answers);
    the promoters' and detractors' while no comment has a score. ``channel_vs_rest``
    is one channel's comments against the others', when one was asked for."""

    language: Language
    feedback: Feedback
    satisfaction: Satisfaction | None
    groups: Mapping[str, GroupWords | None]
    staff_vs_customers: Distinctive | None
    promoters_vs_detractors: Distinctive | None
    alignment: Alignment
    channel_vs_rest: Distinctive | None = None
    versus: str | None = None

    def trimmed(self, top: int) -> Comparison:
        """The same comparison with only the ``top`` words leaning to each side of each
        pair of groups: what a page shows, without the whole vocabulary's objects."""

        def cut(found: Distinctive | None) -> Distinctive | None:
            if found is None:
                return None
            kept = {*found.leaning(Side.FIRST, top), *found.leaning(Side.SECOND, top)}
            return replace(found, words=tuple(word for word in found.words if word in kept))

        return replace(
            self,
            staff_vs_customers=cut(self.staff_vs_customers),
            promoters_vs_detractors=cut(self.promoters_vs_detractors),
            channel_vs_rest=cut(self.channel_vs_rest),
        )


def alignment_values(workshop: Workshop) -> list[ValueWords]:
    """The chosen values, or before any is chosen, the candidate cards (those not merged
    into another)."""
    cards = workshop.chosen_values or tuple(card for card in workshop.value_cards if card.merged_into is None)
    return [ValueWords.of_card(card) for card in cards]


def _group(usage: WordUsage, mask: np.ndarray, top: int) -> GroupWords:
    import heapq

    import numpy as np

    counts = np.asarray(usage.usage.T @ mask.astype(usage.usage.dtype)).ravel()
    best = heapq.nsmallest(top, np.flatnonzero(counts).tolist(), key=lambda n: (-counts[n], usage.terms[n]))
    return GroupWords(
        int(mask.sum()),
        tuple((usage.terms[n], int(counts[n])) for n in best),
        tuple(usage.keys[n] for n in best),
    )


@dataclass(frozen=True)
class FeedbackFilter:
    """The comments a view looks at: of one channel, of one month ("2024-03"), or all."""

    channel: str | None = None
    month: str | None = None


def _codes(labels: Sequence[str | None]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Each row's label as an index into the sorted labels (-1: none), so that a filter
    is one comparison over a million rows instead of a loop."""
    import numpy as np

    names = tuple(sorted({label for label in labels if label is not None}))
    index = {name: n for n, name in enumerate(names)}
    codes = np.fromiter(
        (index.get(label, -1) if label is not None else -1 for label in labels), np.int32, len(labels)
    )
    return codes, names


@dataclass(frozen=True)
class CustomersLens:
    """A workshop's feedback and its staff's answers counted once (word_usage over
    both: staff rows first), to be cut by channel and month as often as the Customers
    page asks: counting a million comments takes half a minute, a cut a fraction of a
    second. Masks run over the counted rows; ``feedback``'s row n is row staff + n."""

    language: Language
    feedback: Feedback
    staff: int
    texts: tuple[str, ...]
    usage: WordUsage
    values: tuple[ValueWords, ...]
    sides: tuple[NpsGroup | None, ...]
    filled: np.ndarray
    scores: np.ndarray  # -1: no score
    channel_codes: np.ndarray
    channels: tuple[str, ...]
    month_codes: np.ndarray
    months: tuple[str, ...]
    # Counted here, off the GUI thread: a loop over a million comments blocks a window.
    comments: int = 0
    date_range: tuple[dt.date, dt.date] | None = None

    def with_values(self, values: Sequence[ValueWords]) -> CustomersLens:
        """The same counts aligned to other values (a word added to one): the words the
        facilitator adds come from the comments, so they are counted already."""
        return replace(self, values=tuple(values))

    def _feedback_mask(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        mask = np.zeros(len(self.texts), dtype=bool)
        mask[self.staff :] = rows
        return mask & self.filled

    def _within(self, chosen: FeedbackFilter, *, channel: bool = True) -> np.ndarray:
        """The feedback rows the filter keeps (one per feedback row)."""
        import numpy as np

        rows = np.ones(len(self.feedback), dtype=bool)
        if channel and chosen.channel is not None:
            code = self.channels.index(chosen.channel) if chosen.channel in self.channels else -2
            rows &= self.channel_codes == code
        if chosen.month is not None:
            code = self.months.index(chosen.month) if chosen.month in self.months else -2
            rows &= self.month_codes == code
        return rows

    def masks(
        self, chosen: FeedbackFilter = FeedbackFilter(), versus: str | None = None
    ) -> dict[str, np.ndarray]:
        """The groups of counted rows a view compares: "staff", "customers" (within the
        filter), "promoters", "detractors", and with ``versus`` a channel, "channel"
        (its comments within the month) and "rest" (the other comments of the month)."""
        import numpy as np

        staff = np.zeros(len(self.texts), dtype=bool)
        staff[: self.staff] = True
        customers = self._feedback_mask(self._within(chosen))
        found = {"staff": staff & self.filled, "customers": customers}
        if self.feedback.scale is not None:
            found["promoters"] = customers & self._side(NpsGroup.PROMOTER)
            found["detractors"] = customers & self._side(NpsGroup.DETRACTOR)
        if versus is not None:
            month = self._feedback_mask(self._within(chosen, channel=False))
            code = self.channels.index(versus) if versus in self.channels else -2
            own = self._feedback_mask(self.channel_codes == code)
            found["channel"] = month & own
            found["rest"] = month & ~own
        return found

    def _side(self, side: NpsGroup) -> np.ndarray:
        import numpy as np

        # Kept per side (as a tuple of a million enum members, the sides are slow to mask).
        scores = self.scores
        assert self.feedback.scale is not None
        if self.feedback.scale is ScoreScale.NPS:
            picked = {NpsGroup.PROMOTER: scores >= 9, NpsGroup.DETRACTOR: (scores >= 0) & (scores <= 6)}[side]
        else:
            picked = {NpsGroup.PROMOTER: scores >= 4, NpsGroup.DETRACTOR: (scores >= 1) & (scores <= 2)}[side]
        mask = np.zeros(len(self.texts), dtype=bool)
        mask[self.staff :] = picked
        return mask

    def satisfaction(self, chosen: FeedbackFilter = FeedbackFilter()) -> Satisfaction | None:
        """NPS or CSAT of the rows within the filter, overall, by channel and by month
        (as analysis.satisfaction counts them), by counting codes instead of rows."""
        import numpy as np

        scale = self.feedback.scale
        if scale is None:
            return None
        rows = self._within(chosen) & (self.scores >= 0)
        scores = self.scores

        def per(codes: np.ndarray, labels: tuple[str, ...]) -> list[tuple[str | None, np.ndarray]]:
            """Each label's rows among ``rows``, None for all of them."""
            found: list[tuple[str | None, np.ndarray]] = [(None, rows)]
            if labels:
                present = np.bincount(codes[rows & (codes >= 0)], minlength=len(labels))
                found += [(label, rows & (codes == n)) for n, label in enumerate(labels) if present[n]]
            return found

        def figures(where: np.ndarray) -> NpsFigures | CsatFigures:
            picked = scores[where]
            if scale is ScoreScale.NPS:
                promoters = int(np.count_nonzero(picked >= 9))
                detractors = int(np.count_nonzero(picked <= 6))
                return NpsFigures(len(picked), promoters, len(picked) - promoters - detractors, detractors)
            return CsatFigures(len(picked), int(np.count_nonzero(picked >= 4)), int(picked.sum()))

        by_channel = {label: figures(where) for label, where in per(self.channel_codes, self.channels)}
        by_month = {label: figures(where) for label, where in per(self.month_codes, self.months)}
        overall = by_channel.pop(None)
        del by_month[None]
        return Satisfaction(
            scale=scale,
            overall=overall,
            by_channel={str(label): found for label, found in by_channel.items()},
            by_month={str(label): found for label, found in by_month.items()},
        )

    def comparison(
        self,
        chosen: FeedbackFilter = FeedbackFilter(),
        *,
        versus: str | None = None,
        top: int = TOP_WORDS,
        pairs: Collection[str] = ("staff", "scores"),
    ) -> Comparison:
        """The comparison of the comments within the filter (the staff's answers are
        never filtered); with ``versus``, also that channel against the rest. Of the
        distinctive words, only ``pairs`` are worked out ("staff": staff and customers,
        "scores": promoters and detractors): a page showing one pair of a million
        comments need not wait for the other."""
        masks = self.masks(chosen, versus)
        staff = masks["staff"] if self.staff else None
        scored = self.feedback.scale is not None
        usage = self.usage
        customers = masks["customers"]
        return Comparison(
            language=self.language,
            feedback=self.feedback,
            satisfaction=self.satisfaction(chosen),
            groups={
                "customers": _group(usage, customers, top),
                "promoters": _group(usage, masks["promoters"], top) if scored else None,
                "detractors": _group(usage, masks["detractors"], top) if scored else None,
                "staff": _group(usage, staff, top) if staff is not None else None,
            },
            staff_vs_customers=compare(usage, staff, customers)
            if staff is not None and "staff" in pairs
            else None,
            promoters_vs_detractors=compare(usage, masks["promoters"], masks["detractors"])
            if scored and "scores" in pairs
            else None,
            alignment=align(usage, self.texts, self.values, self.sides, customers),
            channel_vs_rest=compare(usage, masks["channel"], masks["rest"]) if versus is not None else None,
            versus=versus,
        )

    def texts_using(
        self, key: str, within: np.ndarray, *, limit: int = CONTEXT_LIMIT, control: WorkControl | None = None
    ) -> tuple[int, tuple[Snippet, ...]]:
        """How many of the rows ``within`` (a mask from ``masks``) use the word ``key``,
        and the first ``limit`` of them with its forms marked (keyword in context)."""
        column = self.usage.column_of.get(key)
        if column is None:
            return 0, ()
        matrix = self.usage.usage
        rows = matrix.indices[matrix.indptr[column] : matrix.indptr[column + 1]]
        rows = rows[within[rows]]
        forms = [form for form, _count in self.usage.forms[column]]
        return texts_using(self.texts, rows.tolist(), forms, self.language, limit=limit, control=control)


def customers_lens(
    workshop: Workshop, feedback: Feedback, *, control: WorkControl | None = None
) -> CustomersLens:
    """The workshop's feedback and staff answers counted for the comparison (the long
    part of compare_workshop); NoFeedbackError without feedback."""
    import numpy as np

    from philosophy_studio.services.survey import results_visible

    if not feedback.comments and not any(score is not None for score in feedback.scores):
        raise NoFeedbackError()
    options = analysis_options(workshop)
    staff = visible_answer_texts(workshop) if results_visible(workshop) else ()
    values = alignment_values(workshop)
    texts = (*staff, *feedback.texts)
    usage = word_usage(texts, options, extra_words=value_phrases(values), control=control)
    filled = np.fromiter((bool(text.strip()) for text in texts), dtype=bool, count=len(texts))
    channel_codes, channels = _codes(feedback.channels)
    month_codes, months = _codes([None if day is None else month_of(day) for day in feedback.dates])
    return CustomersLens(
        language=options.language,
        feedback=feedback,
        staff=len(staff),
        texts=texts,
        usage=usage,
        values=tuple(values),
        sides=(*([None] * len(staff)), *score_sides(feedback.scores, feedback.scale)),
        filled=filled,
        scores=np.fromiter(
            (-1 if score is None else score for score in feedback.scores), np.int16, len(feedback)
        ),
        channel_codes=channel_codes,
        channels=channels,
        month_codes=month_codes,
        months=months,
        comments=int(filled[len(staff) :].sum()),
        date_range=feedback.date_range,
    )


class UnknownChannelError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "No comment came through “{channel}”. The channels are: {known}.")


def compare_workshop(
    service: WorkshopService,
    *,
    top: int = TOP_WORDS,
    versus: str | None = None,
    control: WorkControl | None = None,
) -> Comparison:
    """The comparison of the workshop's feedback with its staff's answers, counted once
    (distinctive.word_usage over both) and then cut by group; with ``versus``, also that
    channel's comments against the others'. NoFeedbackError without feedback,
    UnknownChannelError for a channel no comment came through."""
    lens = customers_lens(service.load(), load_feedback(service), control=control)
    if versus is not None and versus not in lens.channels:
        raise UnknownChannelError(channel=versus, known=", ".join(lens.channels) or "-")
    return lens.comparison(versus=versus, top=top)


def compare_location(
    location: str | Path, *, workshop_id: int | None = None, top: int = TOP_WORDS, versus: str | None = None
) -> Comparison:
    """compare_workshop of the workshop at ``location`` (the command line's compare)."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        return compare_workshop(service, top=top, versus=versus)


def _figures(figures: NpsFigures | CsatFigures) -> dict[str, Any]:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    if isinstance(figures, NpsFigures):
        return {
            "scored": figures.scored,
            "promoters": figures.promoters,
            "passives": figures.passives,
            "detractors": figures.detractors,
            "nps": rounded(figures.nps),
        }
    return {
        "scored": figures.scored,
        "satisfied": figures.satisfied,
        "csat": rounded(figures.csat),
        "mean": rounded(figures.mean),
    }


def _distinctive(found: Distinctive | None, first: str, second: str, top: int) -> dict[str, Any] | None:
    if found is None:
        return None

    def words(side: Side) -> list[dict[str, Any]]:
        return [
            {
                "word": word.term,
                first: word.first,
                second: word.second,
                "delta": round(word.delta, 4),
                "z": round(word.z, 3),
            }
            for word in found.leaning(side, top)
        ]

    return {
        "groups": [first, second],
        "texts": {first: found.first_texts, second: found.second_texts},
        "prior_total": round(found.prior_total, 2),
        first: words(Side.FIRST),
        second: words(Side.SECOND),
    }


def _channel_vs_rest(comparison: Comparison, top: int) -> dict[str, Any] | None:
    found = _distinctive(comparison.channel_vs_rest, "channel", "rest", top)
    return None if found is None else {"name": comparison.versus, **found}


def comparison_json(comparison: Comparison, top: int = TOP_WORDS) -> dict[str, Any]:
    """The command line's JSON contract (README, "compare"), keys in their documented order."""
    feedback = comparison.feedback
    days = feedback.date_range
    figures = comparison.satisfaction
    return {
        "language": comparison.language.value,
        "rows": len(feedback),
        "comments": feedback.comments,
        "dates": None if days is None else {"from": days[0].isoformat(), "until": days[1].isoformat()},
        "scale": feedback.scale.value if feedback.scale is not None else None,
        "satisfaction": None
        if figures is None
        else {
            "overall": _figures(figures.overall),
            "by_channel": {name: _figures(found) for name, found in figures.by_channel.items()},
            "by_month": {month: _figures(found) for month, found in figures.by_month.items()},
        },
        "words": {
            name: None
            if group is None
            else {
                "texts": group.texts,
                "words": [{"word": word, "texts": texts} for word, texts in group.words],
            }
            for name, group in comparison.groups.items()
        },
        "distinctive": {
            "staff_vs_customers": _distinctive(comparison.staff_vs_customers, "staff", "customers", top),
            "promoters_vs_detractors": _distinctive(
                comparison.promoters_vs_detractors, "promoters", "detractors", top
            ),
            "channel_vs_rest": _channel_vs_rest(comparison, top),
        },
        "alignment": {
            "comments": comparison.alignment.comments,
            "values": [
                {
                    "value": value.name,
                    "words": list(value.words),
                    "comments": value.comments,
                    "scored": value.scored,
                    "promoters": value.promoters,
                    "detractors": value.detractors,
                    "examples": list(value.examples),
                }
                for value in comparison.alignment.values
            ],
        },
    }


def analyse_feedback(
    location: str | Path,
    *,
    workshop_id: int | None = None,
    language: Language | None = None,
    question: str | None = None,
    keep_stopwords: bool = False,
    keep_auxiliaries: bool = False,
) -> AnalysisResult:
    """The staff survey's word analysis of the workshop's stored comments (analyze
    --source feedback): a comment is a respondent. The facilitator's rules apply; the
    staff's question is not left out unless given, as customers were not asked it."""
    from philosophy_studio.analysis.engine import run_analysis

    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        workshop = service.load(with_answers=False)
        options = replace(
            analysis_options(workshop, keep_stopwords=keep_stopwords, keep_auxiliaries=keep_auxiliaries),
            question=question or "",
        )
        if language is not None:
            options = replace(options, language=language)
        # The texts alone, counted as they are read (never all held at once): a million
        # comments' days, scores and channels are not read.
        with service.store.read() as session:
            result = run_analysis(stored.comment_texts(session, service.workshop_id), options)
    if not result.respondents:
        raise NoFeedbackError()
    return result


# Words per group the charter's appendix prints: a line or two each.
APPENDIX_WORDS = 8


def customer_summary(service: WorkshopService, control: WorkControl | None = None) -> CustomerSummary:
    """What the charter's appendix "What our customers say today" reports: the
    comparison's figures, words and value alignment (NoFeedbackError without feedback)."""
    found = compare_workshop(service, top=APPENDIX_WORDS, control=control)
    days = found.feedback.date_range
    figures: list[tuple[str, float | None, int]] = []
    months: list[tuple[str, float | None, int]] = []
    if found.satisfaction is not None:
        shown = {"": found.satisfaction.overall, **found.satisfaction.by_channel}
        for into, groups in ((figures, shown), (months, found.satisfaction.by_month)):
            for where, group in groups.items():
                score = group.nps if isinstance(group, NpsFigures) else group.csat
                into.append((where, score, group.scored))
    return CustomerSummary(
        comments=found.feedback.comments,
        first_day=days[0] if days is not None else None,
        last_day=days[1] if days is not None else None,
        scale=found.feedback.scale,
        figures=tuple(figures),
        months=tuple(months),
        words={
            name: group.words for name, group in found.groups.items() if group is not None and name != "staff"
        },
        values=tuple(
            (value.name, value.comments, value.promoters, value.detractors)
            for value in found.alignment.values
        ),
    )
