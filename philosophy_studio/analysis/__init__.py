"""Word-frequency analysis of survey answers: pure functions over plain data (numpy,
scipy.sparse, simplemma's lemma tables)."""
