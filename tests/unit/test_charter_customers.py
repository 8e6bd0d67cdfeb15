"""The charter's optional appendix "What our customers say today": printed in PDF, HTML
and Markdown only when asked for, in the workshop's language, with the feedback's dates,
NPS or CSAT, the customers' words and each value's comments; without it the charter is
what it always was."""

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from philosophy_studio.domain.feedback import ScoreScale
from philosophy_studio.domain.model import Language
from philosophy_studio.export.charter_content import CustomerSummary, customer_appendix
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.services import feedback
from philosophy_studio.services.charter import CharterFormat, build_charter, export_charter_file
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feedback"
COLUMNS = FeedbackColumns(text="Yorum", score="Memnuniyet", date="Tarih", channel="Kanal")
SUMMARY = CustomerSummary(
    comments=12_345,
    first_day=dt.date(2024, 1, 3),
    last_day=dt.date(2024, 12, 30),
    scale=ScoreScale.NPS,
    figures=(("", 12.5, 12_000), ("Telefon", -40.0, 5_000), ("E-posta", None, 0)),
    months=(("2024-03", 7.25, 900),),
    words={"customers": [("hızlı", 4_000), ("beklemek", 2_500)], "detractors": [("beklemek", 2_400)]},
    values=(("Hız", 4_100, 3_000, 200), ("Dürüstlük", 0, 0, 0)),
)


@pytest.fixture
def workshop_with_feedback(tmp_path: Path) -> Path:
    path = tmp_path / "demo.pstudio"
    with WorkshopService.create(path, demo_workshop(Language.TURKISH)) as service:
        feedback.import_feedback(service, FIXTURES / "helpdesk_tr.csv", COLUMNS)
    return path


def test_the_appendix_says_it_in_turkish_with_turkish_numbers() -> None:
    found = customer_appendix(SUMMARY, Language.TURKISH)
    assert found.title == "Müşterilerimiz bugün ne diyor"
    assert found.intro.startswith("3 Ocak 2024 ile 30 Aralık 2024 arasında 12.345 müşteri yorumu")
    columns, rows = found.figures
    assert columns == ("Yorumlar", "NPS", "Puan sayısı")
    assert rows == (
        ("Tüm yorumlar", "+12,5", "12.000"),
        ("Telefon", "-40,0", "5.000"),
        ("E-posta", "–", "0"),
        ("Mart 2024", "+7,2", "900"),
    )
    assert found.words[1] == (
        ("Tüm müşteriler", "hızlı (4.000), beklemek (2.500)"),
        ("Eleştirenler (0–6)", "beklemek (2.400)"),
    )
    assert found.values == (
        ("Değer", "Ondan söz eden yorum", "Tavsiye edenler (9–10)", "Eleştirenler (0–6)"),
        (("Hız", "4.100", "3.000", "200"), ("Dürüstlük", "0", "0", "0")),
    )


def test_the_appendix_in_english_and_on_the_csat_scale() -> None:
    csat = CustomerSummary(
        comments=3, first_day=None, last_day=None, scale=ScoreScale.CSAT, figures=(("", 80.0, 5),)
    )
    found = customer_appendix(csat, Language.ENGLISH)
    assert found.title == "What our customers say today"
    assert found.intro.startswith("3 customer comments: the baseline")
    assert found.figures[1] == (("All comments", "80.0%", "5"),)
    assert customer_appendix(csat, Language.TURKISH).figures[1] == (("Tüm yorumlar", "%80,0", "5"),)


def test_without_scores_the_appendix_has_no_figures_and_no_score_columns() -> None:
    plain = CustomerSummary(comments=2, first_day=None, last_day=None, scale=None, values=(("Hız", 1, 0, 0),))
    found = customer_appendix(plain, Language.ENGLISH)
    assert found.figures[1] == ()
    assert found.values == (("Value", "Comments about it"), (("Hız", "1"),))


@pytest.mark.parametrize("fmt", list(CharterFormat))
def test_the_charter_is_unchanged_unless_the_appendix_is_asked_for(fmt: CharterFormat) -> None:
    workshop = demo_workshop(Language.TURKISH)
    plain = build_charter(workshop, fmt=fmt)
    with_it = build_charter(workshop, fmt=fmt, customers=SUMMARY)
    if fmt is CharterFormat.PDF:
        assert with_it.pages == plain.pages + 1
        last = PdfReader(io.BytesIO(with_it.data)).pages[-1].extract_text()
        assert "Müşterilerimiz bugün ne diyor" in last
        assert "Eleştirenler (0–6)" in last
        assert "Müşterilerimiz" not in "".join(
            page.extract_text() for page in PdfReader(io.BytesIO(plain.data)).pages
        )
        return
    text = with_it.data.decode("utf-8")
    # The charter comes first, as it always was, then the appendix.
    assert text.startswith(plain.data.decode("utf-8").removesuffix("</body>\n</html>\n"))
    assert "Müşterilerimiz bugün ne diyor" in text
    assert "Müşterilerimiz bugün ne diyor" not in plain.data.decode("utf-8")


def test_export_charter_with_feedback_reads_the_stored_comments(
    workshop_with_feedback: Path, tmp_path: Path
) -> None:
    output = tmp_path / "charter.md"
    export_charter_file(workshop_with_feedback, output, fmt=CharterFormat.MARKDOWN, with_feedback=True)
    text = output.read_text(encoding="utf-8")
    appendix = text[text.index("## Müşterilerimiz bugün ne diyor") :]
    assert "31 Mart 2024 ile 15 Nisan 2024 arasında 4 müşteri yorumu" in appendix
    assert "| Tüm yorumlar | %50,0 | 4 |" in appendix
    assert "| Telefon | %0,0 | 2 |" in appendix
    assert "| Zamanında Dönüş | 2 | 2 | 0 |" in appendix
    # The customers' words, never the staff's.
    assert "| Tüm müşteriler | hızlı (2)" in appendix
    plain = tmp_path / "plain.md"
    export_charter_file(workshop_with_feedback, plain, fmt=CharterFormat.MARKDOWN)
    assert "Müşterilerimiz" not in plain.read_text(encoding="utf-8")


def test_asking_for_the_appendix_without_feedback_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "demo.pstudio"
    WorkshopService.create(path, demo_workshop(Language.ENGLISH)).close()
    with pytest.raises(feedback.NoFeedbackError):
        export_charter_file(path, tmp_path / "c.md", fmt=CharterFormat.MARKDOWN, with_feedback=True)
    assert not (tmp_path / "c.md").exists()
