"""labapp: the mystery-order audit lab's application.

The version lives here and only here; packaging, the CLI and (later) the window
and the reports all read it from this attribute.
"""

__version__ = "0.1.0"
