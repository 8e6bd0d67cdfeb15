"""Step 5: the guidelines page, its question boxes, metrics table and do's and don'ts."""
