"""Items that were added but never written: nothing unfinished goes on the charter.

Earlier versions of the app stored, on "Add", a new do or don't, a metric of the team's
own and a sharing-plan item with a stand-in text for the user to replace. Workshops
still hold those that nobody replaced; they are recognised by that text, in either
language, and the pre-print checklist names them instead of printing them.
"""

from __future__ import annotations

from philosophy_studio.domain.model import Behaviour, Metric, SharingItem
from philosophy_studio.domain.text import fold

_BEHAVIOUR_STAND_INS = ("New behaviour: double-click to edit", "Yeni davranış: düzenlemek için çift tıklayın")
_METRIC_STAND_INS = ("New metric", "Yeni ölçüt")
_SHARING_STAND_INS = ("What will be shared", "Paylaşılacak olan")


def _is_stand_in(text: str, stand_ins: tuple[str, ...]) -> bool:
    return fold(text.strip()) in {fold(stand_in) for stand_in in stand_ins}


def unwritten_behaviour(behaviour: Behaviour) -> bool:
    return not behaviour.text.strip() or _is_stand_in(behaviour.text, _BEHAVIOUR_STAND_INS)


def unnamed_metric(metric: Metric) -> bool:
    return not metric.name.strip() or _is_stand_in(metric.name, _METRIC_STAND_INS)


def shared_what(item: SharingItem) -> str:
    """What the plan item says is shared: empty while it still holds the stand-in."""
    return "" if _is_stand_in(item.what, _SHARING_STAND_INS) else item.what.strip()
