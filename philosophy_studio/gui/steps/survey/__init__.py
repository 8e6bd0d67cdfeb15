"""Step 3 (first half): the values survey page and, below its answers, the word
analysis: its tables, the answers behind a word, the facilitator's corrections and
the themes."""
