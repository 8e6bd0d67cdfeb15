"""Customers' feedback at a contact centre's scale: import, scrubbing, analysis, memory.

    .venv/bin/python tests/benchmarks/bench_feedback.py [COMMENTS] [--language tr|en]

Builds COMMENTS comments (default 1,000,000) of about 20 words of real review sentences
each (UD_Turkish-Tourism, or the reviews of UD_English-EWT: tests/fixtures/ud/), an NPS
score, a day, a channel and an e-mail column, a few comments carrying a planted phone
number, e-mail address or IBAN; writes them as a CSV, then, in a child process of its
own so that its peak memory is its own, prints:

- the import (read_feedback: streaming CSV, columns, scores, days, scrubbing) time;
- word_usage over all comments (the counting behind distinctive words and alignment),
  and what a filter change (a channel, a month) then costs (target: at most 1 s);
- scrubbing alone (Scrubber over the raw comments, in this process);
- run_analysis (the staff survey's word list, with its phrases) on the comments, beside
  scikit-learn's CountVectorizer().fit_transform on the same comments (issue #23's
  target: at most 1.5x);
- NPS by channel and month, distinctive words of promoters vs detractors, alignment of
  three values;
- the child's peak memory after those steps (target: 1.5 GB), then with run_analysis,
  before CountVectorizer.

Then, in a second child process (its peak memory its own), the storage part
(services/feedback.py) on a workshop file holding the Turkish demo workshop (its staff
answers and chosen values), or on a team database with --database URL:

- import_feedback of the CSV (read, scrub, hash, store in one transaction; target:
  1,000,000 comments in at most 60 s, peak memory at most 1.5 GB), and the same file
  again (recognised, nothing stored);
- an edit and a load of the workshop with the comments stored (they are never read);
- load_feedback (the comments back, as compare and the charter's appendix read them);
- compare_workshop (NPS by channel and month, words per group, distinctive words,
  alignment: what compare --json and export-charter --with-feedback compute).

Memory is printed in MB of 1,048,576 bytes (the kernel's VmHWM / 1024); the issue's
1.5 GB is taken in the stricter, decimal reading: 1,430 of them.

Measured on the 2-core development machine, 1,000,000 Turkish comments (198 MB of CSV):

                                       workshop file      PostgreSQL (--database)
    import_feedback                    27.3 s  719 MB     29.3 s  724 MB (by COPY; 47 s by INSERT)
    the same file again                15.5 s             20.6 s
    an edit and a load of the workshop 0.08 s             0.04 s
    load_feedback                       5.6 s              8.9 s (11.3 s through the ORM)
    compare_workshop                   31.0 s  1142 MB    42.8 s  1152 MB

(peak memory of the child process after each step).

The same run's first child on 2026-12-07, after the counting's memory work below,
the machine otherwise quiet: word_usage 15.2 s and run_analysis 18.4 s beside
CountVectorizer's 13.4 s (1.13x and 1.37x; 4.0x and 4.4x in a run on the same day while
other work loaded the machine, before that work), peak 1,133 MB after the import and
comparisons, 1,562 MB with run_analysis on top; compare_workshop 21.0 s, 1,156 MB.

`analyze --source feedback` on that workshop (the staff survey's word list over a
million comments), measured with `/usr/bin/time -v philosophy-studio analyze W.pstudio
--source feedback --json` on 2026-12-07: 23.7 s and 2,146 MB peak before the counting
joined its chunks as it went, merged its sequences as they came and read only the
comments' texts; 21.0 s and 1,530 MB after, with the same output byte for byte; 23.0 s
and 1,151 MB (1,178,508 KiB; 1,480 MB before, in the same session) once the comments
were counted as they were read, never all held, and the answers × groups matrices let
go of one by one. That session's first child: run_analysis 20.1 s beside
CountVectorizer's 17.3 s (1.16x), peak 1,366 MB with run_analysis on top (1,562 MB
before), word_usage 0.96x.

Figures only, never a pass or fail: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UD = ROOT / "tests" / "fixtures" / "ud"
SOURCES = {"tr": "tr_tourism.txt.gz", "en": "en_ewt_reviews.txt.gz"}
# Sentences a comment takes: Tourism's are short (3.6 words on average), EWT's about 13
# words; either way a comment has about 20 words, as a ticket's or a review's does.
SENTENCES = {"tr": (2, 8), "en": (1, 3)}
CHANNELS = ("Telefon", "E-posta", "Canlı destek", "Mağaza")


def sentences(language: str) -> list[str]:
    """The treebank's sentences, their tokens joined by spaces (the extracts keep only
    tokens with a letter, so there is no punctuation)."""
    found, current = [], []
    with gzip.open(UD / SOURCES[language], "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                if current:
                    found.append(" ".join(current))
                current = []
            elif line.strip():
                current.append(line.split("\t", 1)[0])
    if current:
        found.append(" ".join(current))
    return [sentence for sentence in found if len(sentence.split()) >= 2]


def planted(chooser: random.Random) -> str:
    kind = chooser.randrange(3)
    if kind == 0:
        return f"0 (5{chooser.randint(30, 59)}) {chooser.randint(100, 999)} {chooser.randint(10, 99)} 45"
    if kind == 1:
        return f"musteri{chooser.randint(1, 10**6)}@example.com"
    return "TR33 0006 1005 1978 6457 8413 26"


def write_csv(path: Path, count: int, language: str) -> list[str]:
    pool = sentences(language)
    chooser = random.Random(23)
    start = dt.date(2024, 1, 1)
    comments = []
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Talep No", "E-posta", "Tarih", "Kanal", "Puan", "Yorum"])
        for number in range(count):
            comment = " ".join(chooser.sample(pool, chooser.randint(*SENTENCES[language])))
            if chooser.random() < 0.02:
                comment += " " + planted(chooser)
            day = start + dt.timedelta(days=chooser.randrange(366))
            # Skewed as real NPS answers are: many 9-10, a tail of detractors.
            score = min(10, max(0, int(chooser.gauss(8, 2.5))))
            writer.writerow(
                [
                    number,
                    f"kisi{number}@example.com",
                    day.strftime("%d.%m.%Y"),
                    CHANNELS[chooser.randrange(len(CHANNELS))],
                    score,
                    comment,
                ]
            )
            comments.append(comment)
    return comments


CHILD = """
import sys, time
from pathlib import Path

def peak_mb():
    return int(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))) / 1024

from philosophy_studio.analysis.alignment import (
    ValueWords, align, score_sides, value_alignment, value_phrases,
)
from philosophy_studio.analysis.distinctive import compare, distinctive_words, word_usage
from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis
from philosophy_studio.analysis.satisfaction import table_satisfaction
from philosophy_studio.domain.feedback import NpsGroup
from philosophy_studio.domain.language import Language
from philosophy_studio.importing.feedback import FeedbackColumns, read_feedback

language = Language(sys.argv[2])
options = AnalysisOptions(language)
run_analysis(["ısınma turu"] * 100, options)  # imports and first use out of the timings
started = time.perf_counter()
table = read_feedback(Path(sys.argv[1]), FeedbackColumns("Yorum", "Puan", "Tarih", "Kanal"), language)
print(f"import (read_feedback)                {time.perf_counter() - started:>10.2f} s")
print(f"  rows {len(table):,}, scale {table.scale}, scrubbed {dict(table.scrubbed)}")
print(f"  left out {table.left_out}")
print(f"  peak memory after import            {peak_mb():>10.0f} MB")
texts = table.texts
started = time.perf_counter()
figures = table_satisfaction(table)
print(f"NPS overall, by channel and month     {time.perf_counter() - started:>10.2f} s"
      f"   (NPS {figures.overall.nps:.1f}, {len(figures.by_month)} months)")
sides = score_sides(table.scores, table.scale)
promoters = [t for t, side in zip(texts, sides) if side is NpsGroup.PROMOTER]
detractors = [t for t, side in zip(texts, sides) if side is NpsGroup.DETRACTOR]
started = time.perf_counter()
found = distinctive_words(promoters, detractors, options)
print(f"distinctive words, promoters vs detractors {time.perf_counter() - started:>5.2f} s"
      f"   ({len(promoters):,} vs {len(detractors):,})")
del promoters, detractors, found
values = [ValueWords(1, "güzel" if language is Language.TURKISH else "friendly"),
          ValueWords(2, "temiz" if language is Language.TURKISH else "fast"),
          ValueWords(3, "ilgili" if language is Language.TURKISH else "helpful")]
started = time.perf_counter()
aligned = value_alignment(texts, values, options, scores=table.scores, scale=table.scale)
print(f"value alignment (3 values)            {time.perf_counter() - started:>10.2f} s"
      f"   ({', '.join(f'{v.name} {v.comments:,}' for v in aligned.values)})")
del aligned
started = time.perf_counter()
usage = word_usage(texts, options, extra_words=value_phrases(values))
counting = time.perf_counter() - started
print(f"word_usage, all comments              {counting:>10.2f} s   ({len(usage.keys):,} words)")
# What the comparison view redoes when a filter changes: counts are kept, rows chosen.
import numpy as np
channel = np.array([c == table.channels[0] for c in table.channels])
month = np.array([d is not None and (d.year, d.month) == (2024, 3) for d in table.dates])
started = time.perf_counter()
compare(usage, channel, ~channel)
print(f"filter change: one channel vs rest    {time.perf_counter() - started:>10.2f} s")
started = time.perf_counter()
align(usage, texts, values, sides, month)
print(f"filter change: alignment of a month   {time.perf_counter() - started:>10.2f} s")
del usage, channel, month
print(f"peak memory: import and the above     {peak_mb():>10.0f} MB  (target <= 1430 MB)")
started = time.perf_counter()
result = run_analysis(texts, options)
ours = time.perf_counter() - started
print(f"run_analysis                          {ours:>10.2f} s   ({len(result.terms):,} words)")
print(f"  peak memory with run_analysis      {peak_mb():>10.0f} MB")
del result
from sklearn.feature_extraction.text import CountVectorizer
started = time.perf_counter()
CountVectorizer().fit_transform(texts)
baseline = time.perf_counter() - started
print(f"CountVectorizer().fit_transform       {baseline:>10.2f} s")
print(f"word_usage / CountVectorizer          {counting / baseline:>10.2f} x   (target <= 1.5)")
print(f"run_analysis / CountVectorizer        {ours / baseline:>10.2f} x   (target <= 1.5)")
"""


STORE_CHILD = """
import sys, time
from pathlib import Path

def peak_mb():
    return int(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))) / 1024

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import ValueCard
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.services import feedback
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

source, location = Path(sys.argv[1]), sys.argv[2]
columns = FeedbackColumns("Yorum", "Puan", "Tarih", "Kanal")
service = WorkshopService.create(location, demo_workshop(Language.TURKISH))
print(f"peak memory before the import          {peak_mb():>9.0f} MB")
started = time.perf_counter()
done = feedback.import_feedback(service, source, columns)
print(f"import_feedback (stored)              {time.perf_counter() - started:>10.2f} s"
      f"   ({done.imported:,} rows, {done.personal_data:,} personal data replaced)")
print(f"  peak memory after storing           {peak_mb():>10.0f} MB  (target <= 1430 MB)")
started = time.perf_counter()
again = feedback.import_feedback(service, source, columns)
print(f"the same file again (recognised)      {time.perf_counter() - started:>10.2f} s"
      f"   (nothing new: {again.nothing_new})")
started = time.perf_counter()
service.execute(AddValueCard(ValueCard(id=0, name="Sabır"), 0))
service.load()
print(f"an edit and a load of the workshop    {time.perf_counter() - started:>10.3f} s")
started = time.perf_counter()
stored = feedback.load_feedback(service)
print(f"load_feedback                         {time.perf_counter() - started:>10.2f} s"
      f"   ({len(stored):,} rows)")
del stored
started = time.perf_counter()
found = feedback.compare_workshop(service)
print(f"compare_workshop                      {time.perf_counter() - started:>10.2f} s"
      f"   (NPS {found.satisfaction.overall.nps:.1f})")
print(f"  peak memory with compare            {peak_mb():>10.0f} MB")
service.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("comments", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--language", choices=sorted(SOURCES), default="tr")
    parser.add_argument(
        "--database", metavar="URL", help="store the comments on this team database (an empty one) instead"
    )
    parser.add_argument("--storage-only", action="store_true", help="skip the analysis child, store only")
    arguments = parser.parse_args()
    count, language = arguments.comments, arguments.language
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feedback.csv"
        started = time.perf_counter()
        comments = write_csv(path, count, language)
        print(f"comments                              {count:>10,}   ({language})")
        print(
            f"CSV written                           {time.perf_counter() - started:>10.2f} s"
            f"   ({path.stat().st_size / 1024**2:.0f} MB)"
        )
        from philosophy_studio.domain.language import Language
        from philosophy_studio.domain.personal_data import Scrubber

        scrubber = Scrubber(Language(language))
        started = time.perf_counter()
        for comment in comments:
            scrubber(comment)
        print(
            f"scrubbing alone                       {time.perf_counter() - started:>10.2f} s"
            f"   ({sum(scrubber.found.values()):,} replaced)"
        )
        del comments
        if not arguments.storage_only:
            subprocess.run([sys.executable, "-c", CHILD, str(path), language], check=True, cwd=ROOT)
        location = arguments.database or str(Path(folder) / "workshop.pstudio")
        print(f"storing in {'a team database' if arguments.database else 'a workshop file'}")
        subprocess.run([sys.executable, "-c", STORE_CHILD, str(path), location], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
