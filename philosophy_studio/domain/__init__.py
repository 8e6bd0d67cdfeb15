"""Pure domain: the workshop document, its rules and its commands. Imports nothing heavy."""
