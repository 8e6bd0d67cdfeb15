"""Which widgets a user operates: shared by the accessibility and keyboard tests."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)


def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside composite widgets (spin box editors, a combo's list, scroll
    bars and table headers), which Qt's accessibility and focus handling cover itself."""
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, (QScrollBar, QHeaderView))
        or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
    )
