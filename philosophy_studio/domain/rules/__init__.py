"""The workshop's rules, one module per area: what an edit may store and what the GUI
may offer. Pure functions over domain values and plain data, so the storage handlers
(services/*_edits.py) and the pages that decide what to enable ask the same rule, and
the rules can be tested without a database or a window."""
