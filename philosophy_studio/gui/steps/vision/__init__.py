"""Step 4: the vision page, its drafts side by side, the word chips and the coach."""
