"""Philosophy Studio: facilitate a workshop that ends in a customer-service philosophy charter."""

__version__ = "0.1.0"
APP_NAME = "Philosophy Studio"
ORG_NAME = "Philosophy Studio"
# The executable and distribution name; build.spec and the settings paths read it.
APP_ID = "philosophy-studio"
