"""Grouping of inflected forms against the lemmas of Universal Dependencies treebanks.

    .venv/bin/python tests/benchmarks/bench_grouping.py [-v] [EXTRACT ...]

For each treebank extract (default: every tests/fixtures/ud/*.txt.gz; more, such as an
IMST extract made with tools/ud_extract.py --imst, train and dev apart made with
--splits, or the held-out test splits made with --test outside the repository, can be
named), prints token-weighted
B-cubed precision, recall and F1 of ours and of each peer on the same tokens, and for
how many of the 30 lemmas used by most respondents the respondent count of the group
is exact.

Tokens are the words the analysis counts: a treebank token our tokenizer
(analysis/tokens.py) reads as exactly one word, lower-cased by the language's rules
(Turkish I → ı, İ → i), that is not a shipped stopword (analysis/stopwords.py);
punctuation, numbers and symbols are not words. A respondent is one sentence.

Peers, each grouping forms by its lemma or stem:
- simplemma alone (simplemma.lemmatize, the whole library with its guessing rules);
- spaCy's lookup tables (spacy-lookups-data: tr_lemma_lookup, en_lemma_lookup), read
  from the installed package or from the wheel named by SPACY_LOOKUPS_WHEEL; skipped
  when neither is there (it is not a dependency of the app);
- the Snowball stemmer (PyStemmer, when installed: the app no longer needs it);
- our previous grouping (suffix rules only), read from git at OLD_GROUPING_COMMIT.

Two more lines put ours in context, never in its place:
- "conventions": ours scored as if the treebank kept apart the derivations the project
  keeps apart (its lemma replaced by ours where ours is a derived word of it: saygılı
  of saygı, giriş of gir-, a lexicalised zamanında of zaman, English caring of care);
- "ceiling": every form grouped under its most frequent treebank lemma, the best any
  grouping of forms can do (a form read two ways, such as dedi or yüz, cannot be split).

With -v, each top-30 lemma whose count is not exact is listed with the forms its group
misses (their group) and the forms it takes from other lemmas (their lemma), each with
its respondents.

Targets (issue 19): F1 ≥ 0.99 Turkish reviews (Tourism), ≥ 0.97 general Turkish
(BOUN, IMST), ≥ 0.99 English reviews (EWT), top-30 counts exact for ≥ 27 of 30.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import time
import types
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTRACTS = ROOT / "tests" / "fixtures" / "ud"
OLD_GROUPING_COMMIT = "4817b40"

Grouper = Callable[[set[str]], dict[str, str]]


def language_of(path: Path):  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.language import Language

    return Language(path.name[:2])


def simplemma_peer(language) -> Grouper:  # type: ignore[no-untyped-def]
    import simplemma

    def group(forms: set[str]) -> dict[str, str]:
        return {form: simplemma.lemmatize(form, lang=language.value).lower() for form in forms}

    return group


def spacy_peer(language) -> Grouper | None:  # type: ignore[no-untyped-def]
    name = f"spacy_lookups_data/data/{language.value}_lemma_lookup.json.gz"
    try:
        import spacy_lookups_data  # type: ignore[import-not-found]

        data = (Path(spacy_lookups_data.__file__).parent / "data" / name.rsplit("/", 1)[1]).read_bytes()
    except ImportError:
        wheel = os.environ.get("SPACY_LOOKUPS_WHEEL")
        if not wheel:
            return None
        with zipfile.ZipFile(wheel) as archive:
            data = archive.read(name)
    table = json.loads(gzip.decompress(data))

    def group(forms: set[str]) -> dict[str, str]:
        return {form: table.get(form, form).lower() for form in forms}

    return group


def snowball_peer(language) -> Grouper | None:  # type: ignore[no-untyped-def]
    try:
        import Stemmer
    except ImportError:
        return None

    stemmer = Stemmer.Stemmer("turkish" if language.value == "tr" else "english")

    def group(forms: set[str]) -> dict[str, str]:
        return {form: stemmer.stemWord(form) for form in forms}

    return group


def old_peer(language) -> Grouper | None:  # type: ignore[no-untyped-def]
    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{OLD_GROUPING_COMMIT}:philosophy_studio/analysis/grouping.py"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_grouping")
    exec(compile(source, "old_grouping.py", "exec"), module.__dict__)

    def group(forms: set[str]) -> dict[str, str]:
        return module.group_forms(forms, language)

    return group


def ours(language) -> Grouper:  # type: ignore[no-untyped-def]
    from philosophy_studio.analysis.grouping import group_forms

    def group(forms: set[str]) -> dict[str, str]:
        return group_forms(forms, language)

    return group


def project_convention(form: str, lemma: str, ours: str, language) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``ours`` differs from the treebank's ``lemma`` of ``form`` only by a
    derivation the project keeps apart on purpose."""
    from philosophy_studio.analysis import english, turkish

    if ours == lemma:
        return False
    if language.value == "tr":
        lexicalised = ours in turkish._LEXICALISED and ours.startswith(lemma[:2])
        return lexicalised or turkish.keep_derivation(form, lemma) == ours
    own = ours in english._OWN_PARTICIPLES or ours in english._OWN_WORDS
    return own and ours[:3] == lemma[:3]


def misses(tokens, group_of, word) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The forms of ``word``'s lemma its group misses, and the forms of other lemmas it
    takes, most respondents first, each with its respondents and where it went."""
    from collections import Counter, defaultdict

    readings: dict[str, Counter[str]] = defaultdict(Counter)
    respondents: dict[str, set[int]] = defaultdict(set)
    for token in tokens:
        readings[token.form][token.lemma] += 1
        respondents[token.form].add(token.sentence)
    lemma_of = {form: min(c.items(), key=lambda item: (-item[1], item[0]))[0] for form, c in readings.items()}
    group = group_of[word.form]

    def listed(forms: set[str], where: dict[str, str]) -> list[str]:
        ranked = sorted(forms, key=lambda form: (-len(respondents[form]), form))
        return [f"{form}→{where[form]} {len(respondents[form])}" for form in ranked]

    missing = {form for form, lemma in lemma_of.items() if lemma == word.lemma and group_of[form] != group}
    extra = {form for form, lemma in lemma_of.items() if lemma != word.lemma and group_of[form] == group}
    return listed(missing, group_of), listed(extra, lemma_of)


def main() -> None:
    import argparse
    from collections import Counter, defaultdict

    from philosophy_studio.analysis.evaluation import (
        GoldToken,
        bcubed,
        read_treebank_extract,
        top_word_counts,
    )

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "extracts", nargs="*", type=Path, help="treebank extracts (default: tests/fixtures/ud/)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list the top-30 lemmas whose count is not exact"
    )
    arguments = parser.parse_args()
    verbose = arguments.verbose or "-v" in os.environ.get("BENCH_FLAGS", "")
    paths = arguments.extracts or sorted(EXTRACTS.glob("*.txt.gz"))
    print(f"{'treebank':<16}{'grouping':<12}{'P':>7}{'R':>7}{'F1':>7}{'top30':>7}{'time':>8}")
    for path in paths:
        language = language_of(path)  # by the file name's first two letters: tr_…, en_…
        tokens = read_treebank_extract(path, language)
        forms = {token.form for token in tokens}
        gold = [token.lemma for token in tokens]
        peers: list[tuple[str, Grouper | None]] = [
            ("ours", ours(language)),
            ("simplemma", simplemma_peer(language)),
            ("spacy", spacy_peer(language)),
            ("snowball", snowball_peer(language)),
            ("old", old_peer(language)),
        ]
        name = path.name.removesuffix(".txt.gz")
        print(f"{name} ({len(tokens):,} tokens, {len(forms):,} forms, {tokens[-1].sentence + 1:,} sentences)")
        for peer, grouper in peers:
            if grouper is None:
                print(f"{'':<16}{peer:<12}{'(not available)':>20}")
                continue
            started = time.perf_counter()
            group_of = grouper(forms)
            elapsed = time.perf_counter() - started
            precision, recall, f1 = bcubed(gold, [group_of[token.form] for token in tokens])
            top = top_word_counts(tokens, group_of)
            exact = sum(word.counted == word.respondents for word in top)
            print(f"{'':<16}{peer:<12}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}{exact:>4}/30{elapsed:>7.2f}s")
            if peer != "ours":
                continue
            if verbose:
                for word in top:
                    if word.counted != word.respondents:
                        print(f"    {word.lemma} ({word.form}): {word.respondents} shown {word.counted}")
                        missing, extra = misses(tokens, group_of, word)
                        for label, found in (("missing", missing), ("extra", extra)):
                            if found:
                                print(f"      {label}: {', '.join(found[:12])}")
            adjusted = [
                GoldToken(t.sentence, t.form, group_of[t.form])
                if project_convention(t.form, t.lemma, group_of[t.form], language)
                else t
                for t in tokens
            ]
            precision, recall, f1 = bcubed([t.lemma for t in adjusted], [group_of[t.form] for t in tokens])
            exact = sum(word.counted == word.respondents for word in top_word_counts(adjusted, group_of))
            print(f"{'':<16}{'conventions':<12}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}{exact:>4}/30")
            readings: dict[str, Counter[str]] = defaultdict(Counter)
            for token in tokens:
                readings[token.form][token.lemma] += 1
            majority = {
                form: min(c.items(), key=lambda item: (-item[1], item[0]))[0] for form, c in readings.items()
            }
            precision, recall, f1 = bcubed(gold, [majority[token.form] for token in tokens])
            print(f"{'':<16}{'ceiling':<12}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}{30:>4}/30")


if __name__ == "__main__":
    main()
