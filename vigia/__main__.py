import sys

from vigia.cli import main

sys.exit(main())
