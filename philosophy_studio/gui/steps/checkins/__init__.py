"""The check-ins after the workshop: their plan and the metrics' readings."""
