"""Customers' feedback stored with a workshop: scrubbed before it is stored, only new rows
of a longer export added, the same file recognised, all or nothing, nothing that ties
a comment to a person or to its row, and never loaded with the workshop itself."""

import csv
import datetime as dt
import itertools
import sqlite3
import threading
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import event

from philosophy_studio.domain.feedback import ScoreScale, digest_rows, row_hashes
from philosophy_studio.domain.model import Language, ValueCard, WorkshopInfo
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.persistence import feedback as stored
from philosophy_studio.services import feedback
from philosophy_studio.services.backups import BackupKind, list_backups
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop
from philosophy_studio.work import CancelledError, WorkControl

COLUMNS = FeedbackColumns(text="Yorum", score="Puan", date="Tarih", channel="Kanal")
HEADINGS = ["Talep No", "Ad Soyad", "E-posta", "Tarih", "Kanal", "Puan", "Yorum"]

# Personal data customers write into their comments, in both languages, each with the
# placeholder it must become.
PLANTED_TR = [
    ("Beni 0532 123 45 67 numarasından arayın lütfen.", "0532 123 45 67", "[telefon_no]"),
    ("Faturam ayse.yilmaz@example.com adresine gelmedi.", "ayse.yilmaz@example.com", "[e_posta]"),
    ("TC kimlik numaram 10000000146, kaydı kontrol edin.", "10000000146", "[TC_kimlik_no]"),
    (
        "İadem TR33 0006 1005 1978 6457 8413 26 hesabına yatmadı!",
        "TR33 0006 1005 1978 6457 8413 26",
        "[IBAN_no]",
    ),
    ("Kartım 4111 1111 1111 1111 iki kez çekildi.", "4111 1111 1111 1111", "[kart_no]"),
]
PLANTED_EN = [
    ("Please call me back on +44 20 7946 0958 today.", "+44 20 7946 0958", "[phone_no]"),
    ("Send the invoice to jo.bloggs@example.co.uk please.", "jo.bloggs@example.co.uk", "[e_mail]"),
    ("Refund to GB82 WEST 1234 5698 7654 32 never came.", "GB82 WEST 1234 5698 7654 32", "[IBAN_no]"),
    ("My card 5500 0000 0000 0004 was charged twice.", "5500 0000 0000 0004", "[card_no]"),
]
NAMES = ["Ayşe Yılmaz", "Mehmet Kaya", "Joanna Bloggs", "Samuel Pepys"]


def export(path: Path, comments: list[str], *, scores: list[int] | None = None) -> Path:
    """A help desk's export: a ticket number, a name and an e-mail beside each comment."""
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADINGS)
        for number, comment in enumerate(comments):
            day = dt.date(2024, 1, 1) + dt.timedelta(days=number % 90)
            score = scores[number] if scores is not None else number % 11
            name = NAMES[number % len(NAMES)]
            writer.writerow(
                [9_000_000 + number, name, f"kisi{number}@example.org", day.strftime("%d.%m.%Y"),
                 ("Telefon", "E-posta")[number % 2], score, comment]
            )  # fmt: skip
    return path


def comments(count: int, start: int = 0) -> list[str]:
    return [f"Yorum {number}: temsilci hızlıydı ve sorunum çözüldü" for number in range(start, start + count)]


def make(location: str, language: Language = Language.TURKISH) -> WorkshopService:
    return WorkshopService.create(location, new_workshop(WorkshopInfo(team_name="Ekip", language=language)))


@pytest.fixture
def service(workshop_location: str):
    created = make(workshop_location)
    yield created
    created.close()


def count(service: WorkshopService) -> int:
    with service.store.read() as session:
        return stored.comment_count(session, service.workshop_id)


def test_an_import_stores_the_comments_with_their_score_day_and_channel(service, tmp_path: Path) -> None:
    done = feedback.import_feedback(service, export(tmp_path / "f.csv", comments(12)), COLUMNS)
    assert (done.imported, done.comments, done.already_imported, done.scale) == (12, 12, 0, ScoreScale.NPS)
    assert set(done.left_out) == {"Talep No", "Ad Soyad", "E-posta"}
    kept = feedback.load_feedback(service)
    assert sorted(kept) == sorted(
        (
            text,
            number % 11,
            dt.date(2024, 1, 1) + dt.timedelta(days=number),
            ("Telefon", "E-posta")[number % 2],
        )
        for number, text in enumerate(comments(12))
    )
    assert kept.scale is ScoreScale.NPS
    assert kept.date_range == (dt.date(2024, 1, 1), dt.date(2024, 1, 12))


@pytest.mark.parametrize(
    ("language", "planted"), [(Language.TURKISH, PLANTED_TR), (Language.ENGLISH, PLANTED_EN)]
)
def test_personal_data_never_reaches_the_file(tmp_path: Path, language: Language, planted) -> None:
    path = tmp_path / "w.pstudio"
    with make(str(path), language) as service:
        done = feedback.import_feedback(
            service, export(tmp_path / "f.csv", [text for text, _, _ in planted]), COLUMNS
        )
        texts = feedback.load_feedback(service).texts
    assert done.personal_data == len(planted)
    for text, secret, placeholder in planted:
        assert text.replace(secret, placeholder) in texts
    # Nothing of it anywhere in the file, its log or its free pages: not the data in the
    # comments, not the names, e-mails and ticket numbers of the columns left out.
    raw = b"".join(found.read_bytes() for found in tmp_path.glob("w.pstudio*"))
    for _text, secret, _placeholder in planted:
        assert secret.encode() not in raw
        assert secret.replace(" ", "").encode() not in raw
    for number in range(len(planted)):
        assert f"kisi{number}@example.org".encode() not in raw
        assert str(9_000_000 + number).encode() not in raw
    for name in NAMES:
        assert name.encode() not in raw


def test_a_longer_export_adds_only_its_new_rows(service, tmp_path: Path) -> None:
    feedback.import_feedback(service, export(tmp_path / "v1.csv", comments(30)), COLUMNS)
    done = feedback.import_feedback(service, export(tmp_path / "v2.csv", comments(45)), COLUMNS)
    assert (done.imported, done.already_imported) == (15, 30)
    assert count(service) == 45
    kept = feedback.load_feedback(service)
    assert sorted(kept.texts) == sorted(comments(45))
    # One record per file: the longer export's stands for both.
    assert len(kept.imports) == 1
    assert kept.imports[0].rows == 45


def test_the_same_file_twice_imports_nothing_and_copies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.pstudio"
    with make(str(path)) as service:
        source = export(tmp_path / "f.csv", comments(20))
        feedback.import_feedback(service, source, COLUMNS)
        copies = len(list_backups(path))
        again = feedback.import_feedback(service, source, COLUMNS)
        assert (again.nothing_new, again.already_imported) == (True, 20)
        assert count(service) == 20
        # Recognised before anything is written, so no safety copy of a large file.
        assert len(list_backups(path)) == copies
        assert any(backup.kind is BackupKind.BEFORE_IMPORT for backup in list_backups(path))


def test_identical_comments_of_different_rows_are_all_kept(service, tmp_path: Path) -> None:
    same = ["Çok bekledim."] * 5 + ["Harika hizmet."] * 3
    done = feedback.import_feedback(service, export(tmp_path / "f.csv", same, scores=[2] * 8), COLUMNS)
    assert done.imported == 8
    assert sorted(feedback.load_feedback(service).texts) == sorted(same)


def test_an_older_or_resorted_export_is_refused_unless_every_row_is_new(service, tmp_path: Path) -> None:
    feedback.import_feedback(service, export(tmp_path / "v1.csv", comments(20)), COLUMNS)
    resorted = export(tmp_path / "resorted.csv", list(reversed(comments(20))))
    with pytest.raises(feedback.FeedbackAlreadyImportedError):
        feedback.import_feedback(service, resorted, COLUMNS)
    assert count(service) == 20
    feedback.import_feedback(service, resorted, COLUMNS, all_rows=True)
    assert count(service) == 40


def test_an_unrelated_file_is_not_questioned(service, tmp_path: Path) -> None:
    feedback.import_feedback(service, export(tmp_path / "a.csv", comments(10)), COLUMNS)
    done = feedback.import_feedback(service, export(tmp_path / "b.csv", comments(10, start=100)), COLUMNS)
    assert done.imported == 10
    assert len(feedback.load_feedback(service).imports) == 2


def test_one_workshops_scores_stay_on_one_scale(service, tmp_path: Path) -> None:
    feedback.import_feedback(
        service, export(tmp_path / "csat.csv", comments(5), scores=[1, 2, 3, 4, 5]), COLUMNS
    )
    assert feedback.load_feedback(service).scale is ScoreScale.CSAT
    with pytest.raises(feedback.FeedbackScaleChangedError):
        feedback.import_feedback(
            service,
            export(tmp_path / "nps.csv", comments(5, 50), scores=[1] * 5),
            COLUMNS,
            scale=ScoreScale.NPS,
        )
    # Without --scale the workshop's is used: a 9 is then refused, not read as NPS.
    from philosophy_studio.importing.errors import FeedbackScaleError

    with pytest.raises(FeedbackScaleError):
        feedback.import_feedback(
            service, export(tmp_path / "nine.csv", comments(3, 70), scores=[9, 9, 9]), COLUMNS
        )
    assert count(service) == 5


def test_a_cancelled_import_stores_nothing(service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback, "STORE_BATCH", 7)
    seen: list[float] = []

    def on_progress(fraction: float, _message: str) -> None:
        seen.append(fraction)
        # Cancelled while storing, after some batches were written.
        if fraction > 0.8:
            control.cancel()

    control = WorkControl(on_progress)
    with pytest.raises(CancelledError):
        feedback.import_feedback(service, export(tmp_path / "f.csv", comments(100)), COLUMNS, control=control)
    assert any(0.6 < fraction <= 0.8 for fraction in seen)
    assert seen == sorted(seen)
    assert count(service) == 0
    assert feedback.load_feedback(service).imports == ()


def test_a_failure_at_the_record_stores_nothing(service, tmp_path: Path) -> None:
    with (
        mock.patch.object(stored, "add_feedback_import", side_effect=OSError("disk full")),
        pytest.raises(OSError),
    ):
        feedback.import_feedback(service, export(tmp_path / "f.csv", comments(30)), COLUMNS)
    assert count(service) == 0


def test_the_same_export_imported_twice_at_once_is_stored_once(
    service, workshop_location: str, tmp_path: Path
) -> None:
    source = export(tmp_path / "f.csv", comments(50))
    others = [WorkshopService.open(workshop_location, workshop_id=service.workshop_id) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes: list[int] = []

    def run(other: WorkshopService) -> None:
        start.wait()
        outcomes.append(feedback.import_feedback(other, source, COLUMNS).imported)

    threads = [threading.Thread(target=run, args=(other,)) for other in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for other in others:
        other.close()
    assert sorted(outcomes) == [0, 50]
    assert count(service) == 50


def test_nothing_stored_ties_a_comment_to_its_row_or_a_person(tmp_path: Path) -> None:
    path = tmp_path / "w.pstudio"
    texts = comments(300)
    with make(str(path)) as service:
        feedback.import_feedback(service, export(tmp_path / "f.csv", texts), COLUMNS)
    raw = sqlite3.connect(path)
    try:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(feedback_comment)")]
        records = [row[1] for row in raw.execute("PRAGMA table_info(feedback_import)")]
        by_id = [text for (text,) in raw.execute("SELECT text FROM feedback_comment ORDER BY id")]
        ((rows, digest),) = raw.execute("SELECT rows, digest FROM feedback_import").fetchall()
    finally:
        raw.close()
    assert columns == ["id", "workshop_id", "text", "score", "day", "channel"]
    assert records == ["id", "workshop_id", "rows", "digest", "scale"]
    # The ids do not keep the file's order (the order customers wrote in).
    assert sorted(by_id) == sorted(texts)
    assert by_id != texts
    assert sum(1 for a, b in itertools.pairwise(by_id) if texts.index(a) < texts.index(b)) < 250
    # One digest for the whole file, the same for any order of its rows.
    cells = [(text, n % 11, dt.date(2024, 1, 1) + dt.timedelta(days=n % 90), ("Telefon", "E-posta")[n % 2])
             for n, text in enumerate(texts)]  # fmt: skip
    assert (rows, digest) == (300, digest_rows(row_hashes(*zip(*reversed(cells), strict=True))))


def test_a_replaced_record_leaves_no_trace_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "w.pstudio"
    with make(str(path)) as service:
        feedback.import_feedback(service, export(tmp_path / "v1.csv", comments(10)), COLUMNS)
        (first,) = feedback.load_feedback(service).imports
        feedback.import_feedback(service, export(tmp_path / "v2.csv", comments(11)), COLUMNS)
        (second,) = feedback.load_feedback(service).imports
    raw = b"".join(found.read_bytes() for found in tmp_path.glob("w.pstudio*"))
    assert second.digest.encode() in raw
    assert first.digest.encode() not in raw


def test_editing_the_workshop_never_reads_the_comments(service, tmp_path: Path) -> None:
    feedback.import_feedback(service, export(tmp_path / "f.csv", comments(50)), COLUMNS)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(service.store.engine, "before_cursor_execute", record)
    try:
        service.execute(AddValueCard(ValueCard(id=0, name="Hız"), 0))
        service.load()
        service.fingerprint()
    finally:
        event.remove(service.store.engine, "before_cursor_execute", record)
    assert statements
    assert not any("feedback_comment" in statement for statement in statements)


def test_comments_with_tabs_backslashes_and_line_breaks_are_stored_as_written(
    service, tmp_path: Path
) -> None:
    # PostgreSQL receives the comments by COPY, whose text format gives tabs, newlines
    # and backslashes a meaning of their own.
    hostile = ["Sekme\tiçinde", "Ters \\N bölü \\\\ ve \\t", 'Tırnak "içinde"', "İki\nsatır", "\\.", "NULL"]
    feedback.import_feedback(service, export(tmp_path / "f.csv", hostile), COLUMNS)
    assert sorted(feedback.load_feedback(service).texts) == sorted(hostile)


def test_an_import_changes_the_fingerprint_other_apps_poll(service, tmp_path: Path) -> None:
    """Another facilitator's app on the team database notices new feedback by it."""
    before = service.fingerprint()
    feedback.import_feedback(service, export(tmp_path / "v1.csv", comments(10)), COLUMNS)
    first = service.fingerprint()
    feedback.import_feedback(service, export(tmp_path / "v2.csv", comments(11)), COLUMNS)
    assert len({before, first, service.fingerprint()}) == 3
