"""What the app brings to a workshop: examples, templates, guidance and the method's
questions, in both languages. Static texts and data, Qt-free.

Texts the interface translates are marked with QT_TRANSLATE_NOOP under the context of
the GUI class that shows them, which is where the Turkish catalogue has them; the GUI
translates them under that same context.
"""
