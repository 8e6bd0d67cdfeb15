"""Step 1: the personas page, the form of one persona and its card."""
