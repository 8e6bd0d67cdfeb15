"""Prints the peak memory of `import-survey` for small files that used to take all of it
(a header of a million commas, 100,000 columns, a cell in Excel's last column), for the
widest and longest files the import accepts, and for a 100,000-row form export. Every
accepted file must stay under 300 MB at its peak.

Run: .venv/bin/python tests/benchmarks/bench_import_memory.py

Each import runs in a child process of its own (its peak is its own), with its address
space capped at 4 GB, so a file that would take all memory fails there instead.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.importing.reader import MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

LIMIT_MB = 300
ADDRESS_SPACE = 4 * 1024**3

# The child's own high-water mark (VmHWM, Linux): ru_maxrss would also count what the
# parent held when it forked.
CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from philosophy_studio.cli import main
status = main(["import-survey", sys.argv[1], sys.argv[2], "--column", sys.argv[3]])
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(status, peak)
"""

WORDS = (
    "hızlı",
    "güler",
    "yüzlü",
    "sabırlı",
    "dürüst",
    "çözüm",
    "odaklı",
    "saygılı",
    "ilgili",
    "kibar",
    "net",
)


def sentence(randomness: random.Random) -> str:
    return " ".join(randomness.choices(WORDS, k=randomness.randint(4, 12)))


def header_commas(path: Path) -> None:
    """2 MB: a heading row of a million commas, an answer row as wide, two answers."""
    path.write_text(
        "Answer" + "," * 1_000_000 + "\nHızlı" + "," * 1_000_000 + "\nSabırlı\nKibar\n", encoding="utf-8"
    )


def hundred_thousand_columns(path: Path) -> None:
    """213 KB: 100,000 headings and 1,300 short rows."""
    rows = "".join(f"Cevap {number}\n" for number in range(1_300))
    path.write_text(",".join(["a"] * 100_000) + "\n" + rows, encoding="utf-8")


def xlsx(path: Path, rows: int, far_cell: str | None, columns: int = 1) -> None:
    randomness = random.Random(rows)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([f"Soru {number}" for number in range(1, columns + 1)])
    for _ in range(rows):
        sheet.append([sentence(randomness)])
    if far_cell is not None:
        sheet[far_cell] = "x"
    workbook.save(path)


def widest_csv(path: Path) -> None:
    """Just under the size limit: MAX_COLUMNS columns of two-letter cells (a new string
    object per cell), as many rows as fit."""
    row = ",".join(["ab"] * MAX_COLUMNS) + "\n"
    count = min(MAX_ROWS, (MAX_FILE_BYTES - len(row)) // len(row))
    path.write_text(row * (count + 1), encoding="utf-8")


def widest_xlsx(path: Path) -> None:
    """MAX_ROWS rows with a cell in the last column allowed, and one in the first."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    last = MAX_COLUMNS
    sheet.append(["Answer", *[None] * (last - 2), "x"])
    for number in range(MAX_ROWS):
        sheet.append([f"a{number}", *[None] * (last - 2), "y"])
    workbook.save(path)


def one_long_answer(path: Path) -> None:
    """A 19 MB answer, kept as its first 5,000 characters."""
    path.write_text("Answer\n" + "ğ" * (19 * 1024 * 1024 // 2) + "\n", encoding="utf-8")


def emoji_answers(path: Path) -> None:
    """Just under 20 MB of answers in emoji (four bytes a character in memory too)."""
    row = "😀" * 100 + "\n"
    path.write_text("Answer\n" + row * ((MAX_FILE_BYTES - 100) // len(row.encode())), encoding="utf-8")


def distinct_cells_xlsx(path: Path) -> None:
    """100,000 rows of 4 columns, every cell a different sentence: a sheet of 47 MB
    unpacked, just under the limit for one part of a workbook."""
    randomness = random.Random(9)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([f"Soru {number}" for number in range(1, 5)])
    for number in range(MAX_ROWS):
        sheet.append([f"{number}.{column} {sentence(randomness)}" for column in range(4)])
    workbook.save(path)


def form_export(path: Path, rows: int = 100_000) -> None:
    """A Google Forms export: timestamp, e-mail address, the answer."""
    randomness = random.Random(7)
    lines = ["Zaman damgası,E-posta Adresi,Müşterilerimiz bizim için ne düşünsün?"]
    lines += [
        f"2026/11/22 9:{number % 60:02d}:00 ÖÖ GMT+3,kisi{number}@ornek.com.tr,{sentence(randomness)}"
        for number in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def form_export_xlsx(path: Path, rows: int = 100_000) -> None:
    randomness = random.Random(8)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Müşterilerimiz bizim için ne düşünsün?"])
    for _ in range(rows):
        sheet.append([sentence(randomness)])
    workbook.save(path)


# (what, file name, how it is made, the answers column given to import-survey)
CASES = (
    ("CSV, a million commas in the heading", "header-commas.csv", header_commas, "1"),
    ("CSV, 100,000 columns", "wide.csv", hundred_thousand_columns, "1"),
    ("XLSX, one cell in column XFD", "xfd.xlsx", lambda path: xlsx(path, 10_000, "XFD1"), "1"),
    ("XLSX, 60,000 rows and a cell in XFD", "xfd-long.xlsx", lambda path: xlsx(path, 60_000, "XFD2"), "1"),
    ("XLSX, a cell in row 1,048,576", "last-row.xlsx", lambda path: xlsx(path, 50, "A1048576"), "1"),
    (f"CSV, {MAX_COLUMNS} columns up to 20 MB", "widest.csv", widest_csv, "1"),
    (f"XLSX, {MAX_ROWS:,} rows to column {get_column_letter(MAX_COLUMNS)}", "widest.xlsx", widest_xlsx, "1"),
    ("CSV, one answer of 19 MB", "long.csv", one_long_answer, "1"),
    ("CSV, 20 MB of emoji", "emoji.csv", emoji_answers, "1"),
    ("XLSX, 400,000 different cells", "distinct.xlsx", distinct_cells_xlsx, "1"),
    ("CSV form export, 100,000 rows", "export.csv", form_export, "3"),
    ("XLSX form export, 100,000 rows", "export.xlsx", form_export_xlsx, "1"),
)


def measure(workshop: Path, answers: Path, column: str = "1") -> tuple[str, float]:
    child = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=ADDRESS_SPACE), str(workshop), str(answers), column],
        capture_output=True,
        text=True,
        check=False,
    )
    if child.returncode != 0 or not child.stdout.strip():
        last = (child.stderr.strip().splitlines() or ["?"])[-1]
        return f"crashed: {last[:90]}", float("nan")
    status, peak_kb = child.stdout.split()[-2:]
    outcome = "imported" if status == "0" else "refused: " + child.stderr.strip().split(": ", 1)[-1][:90]
    return outcome, int(peak_kb) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        blank = folder / "blank.pstudio"
        WorkshopService.create(
            blank, new_workshop(WorkshopInfo(team_name="Bench", language=Language.TURKISH))
        ).close()
        baseline = measure(blank, folder / "missing.csv")[1]
        print(f"{'start-up and a refused missing file':44} {baseline:7.0f} MB")
        worst = 0.0
        for label, name, make, column in CASES:
            answers = folder / name
            make(answers)
            workshop = folder / f"{name}.pstudio"
            workshop.write_bytes(blank.read_bytes())
            outcome, peak = measure(workshop, answers, column)
            size = answers.stat().st_size / 1024
            if outcome == "imported":
                worst = max(worst, peak)
            print(f"{label:44} {peak:7.0f} MB  {size:9,.0f} KB  {outcome}")
        verdict = "within" if worst <= LIMIT_MB else "OVER"
        print(f"highest peak of an accepted file: {worst:.0f} MB ({verdict} the {LIMIT_MB} MB target)")


if __name__ == "__main__":
    main()
