"""Prints how long the demo charters take to build in-process (target: under 1 s).

Run: .venv/bin/python tests/benchmarks/bench_charter.py
"""

from __future__ import annotations

import time

from philosophy_studio.domain.model import Language
from philosophy_studio.services.charter import CharterFormat, build_charter
from philosophy_studio.services.interchange import demo_workshop

ROUNDS = 5


def main() -> None:
    # The first build registers the fonts and imports reportlab: measured on its own.
    started = time.perf_counter()
    build_charter(demo_workshop(Language.ENGLISH))
    print(f"first build (imports, font registration): {time.perf_counter() - started:.3f} s")
    for language in Language:
        workshop = demo_workshop(language)
        for label, kwargs in (
            ("charter PDF", {}),
            ("poster PDF", {"poster": True}),
            ("HTML", {"fmt": CharterFormat.HTML}),
            ("Markdown", {"fmt": CharterFormat.MARKDOWN}),
        ):
            times = []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                result = build_charter(workshop, **kwargs)  # type: ignore[arg-type]
                times.append(time.perf_counter() - started)
            pages = f", {result.pages} pages" if result.pages else ""
            print(f"{language.value} {label}: best {min(times):.3f} s, worst {max(times):.3f} s{pages}")


if __name__ == "__main__":
    main()
