"""The frozen app's entry point: what the `labapp` console script runs.

A script of its own rather than labapp/__main__.py, so that PyInstaller analyses it as the
top of the import graph without the package being imported as `__main__`.
"""

import sys

from labapp.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
