import sys

from philosophy_studio.cli import main

sys.exit(main())
