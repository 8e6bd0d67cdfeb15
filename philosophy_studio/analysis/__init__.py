"""Word-frequency analysis of survey answers: pure functions over plain data (nltk, scikit-learn)."""
