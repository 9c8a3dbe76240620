import sys

from labapp.cli.main import main

sys.exit(main())
