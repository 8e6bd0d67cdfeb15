"""Word-frequency analysis of survey answers: pure functions over plain data (numpy, SciPy,
scikit-learn, simplemma's lemma tables)."""
