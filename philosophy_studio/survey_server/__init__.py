"""The LAN survey endpoint: phones in the room answer the survey in their browser.

A WSGI application (``app``) over an injected sink that does the storing, the security
pieces it needs (``security``), its HTML (``pages``) and a waitress server run beside
the caller's own loop (``server``). Nothing here reads answers back, imports the
services or storage, or knows about Qt.
"""
