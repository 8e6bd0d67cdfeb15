"""Make the compact Universal Dependencies extracts in tests/fixtures/ud/.

    .venv/bin/python tools/ud_extract.py MIRRORS [--out tests/fixtures/ud] [--imst]
    .venv/bin/python tools/ud_extract.py MIRRORS --test --out /tmp/ud-test [--imst]
    .venv/bin/python tools/ud_extract.py MIRRORS --splits --out /tmp/ud-splits [--imst]

MIRRORS is a folder holding bare git copies of the treebanks as
``UniversalDependencies+UD_<name>/repo`` (what the fetch tool brings). Each extract is a
gzipped text file: ``# sent_id`` lines, then one ``form<TAB>lemma<TAB>upos`` line per
token, from the train and dev splits only; the test splits are never read except to
leave out any sentence whose text is also in them. Tokens that hold no letter
(punctuation, numbers, symbols) are dropped: they are never words. A multiword token
(Turkish "2-3" ranges) is kept as its surface form with the lemma and part of speech of
its first word, which is how a person reads it.

Which files, and why (see tests/fixtures/ud/README.md):
- Turkish-Tourism: the snapshot lacks the current train file (over 4 MiB), so train is
  the last train file small enough (commit b487058, 2021-05), less every sentence whose
  text is in the current dev or test files; dev is the current dev file.
- Turkish-BOUN: the current dev file (its train file is too large to fetch here, and the
  older one is damaged).
- English-EWT: the review documents of train and dev, by the treebank's own file lists
  (not-to-release/file-lists); train documents from their per-document sources.
- Turkish-IMST (``--imst``, not committed: CC BY-NC-SA): train and dev.

``--splits`` writes train and dev apart (``<name>_train.txt.gz``, ``<name>_dev.txt.gz``;
BOUN: dev only), the same sentences as the committed extracts, so a change can be
measured on each split.

``--test`` writes the held-out test splits instead (``<name>_test.txt.gz``; EWT: its
reviews documents only), for measuring once on text nothing was tuned on. Never write
them into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOURISM_OLD_TRAIN = "b4870583688496ae93577f638df0e974cfaf73b9"

Sentence = tuple[str, str, list[tuple[str, str, str]]]  # sent_id, text, tokens


def show(repo: Path, commit: str, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout


def head(repo: Path) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "rev-parse", "HEAD"], capture_output=True, check=True, text=True
    ).stdout.strip()


def sentences(conllu: str) -> Iterator[Sentence]:
    sent_id, text, tokens, covered = "", "", [], 0
    for line in conllu.splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            text = line.removeprefix("# text = ").strip()
        elif not line.strip():
            if tokens:
                yield sent_id, text, tokens
            sent_id, text, tokens, covered = "", "", [], 0
        elif not line.startswith("#"):
            columns = line.split("\t")
            number, form, lemma, upos = columns[0], columns[1], columns[2], columns[3]
            if "." in number:
                continue  # empty nodes
            if "-" in number:
                first, last = (int(part) for part in number.split("-"))
                covered = last
                tokens.append((form, None, None, first))  # type: ignore[arg-type]
                continue
            if int(number) <= covered:
                # The first word of a multiword token names its lemma.
                previous = tokens[-1]
                if previous[1] is None:
                    tokens[-1] = (previous[0], lemma, upos, previous[3])
                continue
            tokens.append((form, lemma, upos, int(number)))
    if tokens:
        yield sent_id, text, tokens


def write(path: Path, parts: Iterable[Sentence], left_out: set[str]) -> tuple[int, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    kept_sentences = kept_tokens = 0
    lines = []
    seen = set()
    for sent_id, text, tokens in parts:
        if text in left_out or sent_id in seen:
            continue
        seen.add(sent_id)
        rows = [(form, lemma, upos) for form, lemma, upos, _n in tokens if any(c.isalpha() for c in form)]
        if not rows:
            continue
        kept_sentences += 1
        kept_tokens += len(rows)
        lines.append(f"# {sent_id}")
        lines += [f"{form}\t{lemma}\t{upos}" for form, lemma, upos in rows]
    # mtime=0: the same input gives the same bytes.
    with gzip.GzipFile(path, "wb", mtime=0) as stream:
        stream.write(("\n".join(lines) + "\n").encode("utf-8"))
    return kept_sentences, kept_tokens


def write_parts(
    out: Path, name: str, parts: dict[str, list[Sentence]], left_out: set[str], splits: bool
) -> tuple[int, int] | dict[str, tuple[int, int]]:
    """One extract of all ``parts`` in order, or with ``splits`` one per part."""
    if not splits:
        return write(out / f"{name}.txt.gz", [s for part in parts.values() for s in part], left_out)
    return {split: write(out / f"{name}_{split}.txt.gz", part, left_out) for split, part in parts.items()}


def texts(conllu: str) -> set[str]:
    return {text for _id, text, _tokens in sentences(conllu)}


def tourism(repo: Path, out: Path, splits: bool = False) -> str:
    commit = head(repo)
    dev = show(repo, commit, "tr_tourism-ud-dev.conllu")
    held_out = texts(show(repo, commit, "tr_tourism-ud-test.conllu")) | texts(dev)
    old_train = [
        (f"old-train-{sent_id}", text, tokens)
        for sent_id, text, tokens in sentences(show(repo, TOURISM_OLD_TRAIN, "tr_tourism-ud-train.conllu"))
        if text not in held_out
    ]
    test_texts = texts(show(repo, commit, "tr_tourism-ud-test.conllu"))
    counts = write_parts(
        out, "tr_tourism", {"train": old_train, "dev": list(sentences(dev))}, test_texts, splits
    )
    return f"UD_Turkish-Tourism {commit} (train from {TOURISM_OLD_TRAIN}): {counts}"


def boun(repo: Path, out: Path, splits: bool = False) -> str:
    commit = head(repo)
    test_texts = texts(show(repo, commit, "tr_boun-ud-test.conllu"))
    dev = list(sentences(show(repo, commit, "tr_boun-ud-dev.conllu")))
    counts = write_parts(out, "tr_boun", {"dev": dev}, test_texts, splits)
    return f"UD_Turkish-BOUN {commit}: {counts}"


def imst(repo: Path, out: Path, splits: bool = False) -> str:
    commit = head(repo)
    test_texts = texts(show(repo, commit, "tr_imst-ud-test.conllu"))
    parts = {
        split: list(sentences(show(repo, commit, f"tr_imst-ud-{split}.conllu"))) for split in ("train", "dev")
    }
    counts = write_parts(out, "tr_imst", parts, test_texts, splits)
    return f"UD_Turkish-IMST {commit}: {counts}"


def ewt_reviews(repo: Path, out: Path, splits: bool = False) -> str:
    commit = head(repo)
    train_docs = [
        name
        for name in show(repo, commit, "not-to-release/file-lists/files.train").split()
        if name.startswith("reviews/")
    ]
    train: list[Sentence] = []
    for name in train_docs:
        train += sentences(show(repo, commit, f"not-to-release/sources/{name}"))
    dev = [s for s in sentences(show(repo, commit, "en_ewt-ud-dev.conllu")) if s[0].startswith("reviews-")]
    test_texts = {
        text
        for sent_id, text, _tokens in sentences(show(repo, commit, "en_ewt-ud-test.conllu"))
        if sent_id.startswith("reviews-")
    }
    counts = write_parts(out, "en_ewt_reviews", {"train": train, "dev": dev}, test_texts, splits)
    return f"UD_English-EWT {commit}: {counts}"


def test_split(repo: Path, out: Path, path: str, name: str, keep: str = "") -> str:
    """The test split alone (sentence ids starting with ``keep``), for held-out figures."""
    commit = head(repo)
    parts = [s for s in sentences(show(repo, commit, path)) if s[0].startswith(keep)]
    counts = write(out / f"{name}_test.txt.gz", parts, set())
    return f"{path} {commit}: {counts}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures" / "ud")
    parser.add_argument("--imst", action="store_true", help="also extract IMST (not for the repository)")
    parser.add_argument("--test", action="store_true", help="test splits instead, kept out of the repo")
    parser.add_argument("--splits", action="store_true", help="train and dev in files of their own")
    arguments = parser.parse_args()

    def repo(name: str) -> Path:
        return arguments.mirrors / f"UniversalDependencies+UD_{name}" / "repo"

    if arguments.test:
        if arguments.out.resolve().is_relative_to(ROOT):
            parser.error("test extracts stay out of the repository: name an --out outside it")
        out = arguments.out
        print(test_split(repo("Turkish-Tourism"), out, "tr_tourism-ud-test.conllu", "tr_tourism"))
        print(test_split(repo("Turkish-BOUN"), out, "tr_boun-ud-test.conllu", "tr_boun"))
        ewt = test_split(repo("English-EWT"), out, "en_ewt-ud-test.conllu", "en_ewt_reviews", keep="reviews-")
        print(ewt)
        if arguments.imst:
            print(test_split(repo("Turkish-IMST"), out, "tr_imst-ud-test.conllu", "tr_imst"))
        return

    splits = arguments.splits
    if splits and arguments.out.resolve() == (ROOT / "tests" / "fixtures" / "ud").resolve():
        parser.error("split extracts are for measuring: name an --out other than the fixtures")
    print(tourism(repo("Turkish-Tourism"), arguments.out, splits))
    print(boun(repo("Turkish-BOUN"), arguments.out, splits))
    print(ewt_reviews(repo("English-EWT"), arguments.out, splits))
    if arguments.imst:
        print(imst(repo("Turkish-IMST"), arguments.out, splits))


if __name__ == "__main__":
    main()
