"""Step 2: the values board, the card editor, dot voting and the final five or fewer."""
