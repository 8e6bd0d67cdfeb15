"""Kiosk mode: staff answer the survey on the facilitator's machine, one after another."""
