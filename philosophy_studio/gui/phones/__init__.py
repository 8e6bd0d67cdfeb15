"""Answers from phones: the controller that runs the LAN survey server for the open
workshop, the panel that shows its QR code and join code, and the full-screen
presentation view with the countdown timer."""
