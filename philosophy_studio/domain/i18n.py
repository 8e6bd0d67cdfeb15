"""Marking strings for translation in layers that cannot import Qt.

``pyside6-lupdate`` collects calls to ``QT_TRANSLATE_NOOP(context, text)`` from any
Python file; the GUI translates the marked text with ``QCoreApplication.translate``
under the same context, and the CLI prints the English source.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text
