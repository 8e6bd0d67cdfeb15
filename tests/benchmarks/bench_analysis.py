"""Word-analysis benchmark: speed, memory and grouping quality.

    .venv/bin/python tests/benchmarks/bench_analysis.py [ANSWERS]

Builds ANSWERS answers (default 100,000) from the sentences of the seed articles (the
demo answers when the seeds are not there) and prints, in the same run:

- our analysis (run_analysis, without themes, as the command line runs it) against
  scikit-learn's plain CountVectorizer().fit_transform on the same answers (target: at
  most 1.5x);
- `philosophy-studio analyze FILE --language tr --json` wall time on them as a text file,
  interpreter start and imports included (target: at most 5 s on 2 cores);
- that process's peak memory (target: below 500 MB);
- recall and precision of the grouping of inflected forms on the labelled sets in
  tests/fixtures/analysis/.
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "analysis"


def sentences() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    texts = [path.read_text(encoding="utf-8") for path in paths]
    found = [s.strip() for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
    if found:
        return found
    demo = json.loads((ROOT / "resources" / "demo" / "demo-tr.json").read_text(encoding="utf-8"))
    return [answer["text"] for answer in demo["survey_answers"]]


def corpus(count: int) -> list[str]:
    pool = sentences()
    chooser = random.Random(7)
    # One line per answer: the text-file form of the same answers must match.
    return [" ".join(" ".join(chooser.sample(pool, chooser.randint(1, 3))).split()) for _ in range(count)]


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    answers = corpus(count)
    from sklearn.feature_extraction.text import CountVectorizer

    from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis
    from philosophy_studio.analysis.evaluation import grouping_quality, read_labelled
    from philosophy_studio.domain.language import Language

    question = "Müşterilerimizin sunduğumuz hizmet hakkında ne düşünmesini istiyorsunuz?"
    options = AnalysisOptions(Language.TURKISH, question)
    run_analysis(answers[:1000], options)  # imports and first-use costs out of the timing
    baseline = best_of(3, lambda: CountVectorizer().fit_transform(answers))
    ours = best_of(3, lambda: run_analysis(answers, options))
    result = run_analysis(answers, options)

    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "answers.txt"
        text.write_text("\n".join(answers), encoding="utf-8")
        command = [sys.executable, "-m", "philosophy_studio", "analyze", str(text), "--language", "tr"]
        command += ["--json", "--question", question]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        finished = subprocess.run(command, capture_output=True, check=True)
        wall = time.perf_counter() - started
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        printed = json.loads(finished.stdout)
    assert printed["respondents"] == result.respondents

    print(f"answers                               {count:>10,}")
    print(f"distinct words (groups)               {len(result.terms):>10,}")
    print(f"CountVectorizer().fit_transform       {baseline:>10.2f} s")
    print(f"run_analysis                          {ours:>10.2f} s")
    print(f"ratio                                 {ours / baseline:>10.2f} x   (target <= 1.5)")
    print(f"philosophy-studio analyze --json      {wall:>10.2f} s   (target <= 5 s wall)")
    print(f"its peak memory                       {max(peak_kb, before) / 1024:>10.0f} MB  (target < 500 MB)")
    for language in Language:
        quality = grouping_quality(read_labelled(FIXTURES / f"lemma_groups_{language.value}.tsv"), language)
        print(
            f"grouping {language.value}: {quality.forms} forms of {quality.lemmas} words, "
            f"recall {quality.recall:.3f}, precision {quality.precision:.3f}"
        )
    print("top words: " + ", ".join(f"{t.term} {t.respondents}" for t in result.terms[:8]))
    print("top phrases: " + ", ".join(f"{p.phrase} {p.respondents}" for p in result.phrases[:5]))


if __name__ == "__main__":
    main()
