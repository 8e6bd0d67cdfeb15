"""The charter's kept versions: what a version keeps (the charter's Markdown, without
the line that says which version it is), where the charter stands among them, and what
changed between two of them, line by line."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from philosophy_studio.domain.model import Workshop
from philosophy_studio.export.charter_texts import CharterTexts


def charter_snapshot(workshop: Workshop) -> str:
    """The charter of ``workshop`` as a version keeps it."""
    from philosophy_studio.export.charter_content import charter_content
    from philosophy_studio.export.charter_markdown import build_charter_markdown

    return build_charter_markdown(charter_content(workshop, versioned=False))


def changed_since_kept(workshop: Workshop) -> bool:
    """Whether the charter says something its latest kept version does not (True
    before any is kept)."""
    versions = workshop.charter_versions
    return not versions or charter_snapshot(workshop) != versions[-1].text


def version_line(workshop: Workshop, texts: CharterTexts) -> str:
    """The charter's version as printed on it: the latest kept, or the draft of the
    next one when it changed since."""
    latest = workshop.charter_versions[-1]
    day = texts.date(latest.day)
    if not changed_since_kept(workshop):
        return texts.version.format(number=latest.number, date=day)
    return texts.version_draft.format(number=latest.number + 1, previous=latest.number, date=day)


class LineChange(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffLine:
    change: LineChange
    text: str


@dataclass(frozen=True)
class CharterDiff:
    lines: tuple[DiffLine, ...]

    @property
    def added(self) -> int:
        return sum(line.change is LineChange.ADDED for line in self.lines)

    @property
    def removed(self) -> int:
        return sum(line.change is LineChange.REMOVED for line in self.lines)

    def changes_only(self, context: int = 2) -> tuple[DiffLine | None, ...]:
        """The changed lines with ``context`` unchanged lines around each run; None
        stands for the unchanged lines left out between runs."""
        keep = [False] * len(self.lines)
        for index, line in enumerate(self.lines):
            if line.change is not LineChange.SAME:
                for near in range(max(0, index - context), min(len(self.lines), index + context + 1)):
                    keep[near] = True
        shown: list[DiffLine | None] = []
        for index, line in enumerate(self.lines):
            if keep[index]:
                shown.append(line)
            elif not shown or shown[-1] is not None:
                shown.append(None)
        return tuple(shown)


def compare_charters(old: str, new: str) -> CharterDiff:
    """Every line of ``old`` and ``new`` in reading order: kept, removed or added
    (a changed line is its old line removed and its new line added)."""
    before, after = old.splitlines(), new.splitlines()
    # autojunk off: a charter's blank lines and headings repeat, and are not noise.
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    lines: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [DiffLine(LineChange.SAME, text) for text in before[i1:i2]]
            continue
        lines += [DiffLine(LineChange.REMOVED, text) for text in before[i1:i2]]
        lines += [DiffLine(LineChange.ADDED, text) for text in after[j1:j2]]
    return CharterDiff(tuple(lines))
