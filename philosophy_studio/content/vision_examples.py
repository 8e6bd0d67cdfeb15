"""Vision statements of well-known companies, retold in our own words, to start a draft
from."""

from __future__ import annotations

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP

# Published statements, retold in our own words and attributed: (who, text). The texts
# are translated under the examples dialog's context, where the catalogue has them.
EXAMPLES = (
    (
        "Apple",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Apple describes its aim as giving students, teachers, creative professionals and "
            "consumers everywhere the best personal computing experience, through its own "
            "hardware, software and online services.",
        ),
    ),
    (
        "Amazon",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Amazon wants to be the most customer-centred company in the world: a place where people "
            "can find and discover whatever they may want to buy online, at the lowest prices it can offer.",
        ),
    ),
    (
        "Universal Health Services",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Universal Health Services aims for care of such quality that patients recommend it to "
            "their families, doctors prefer it for their patients, buyers choose it for their clients, "
            "staff are proud of it and investors trust it for the long term.",
        ),
    ),
)
