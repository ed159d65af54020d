"""`python -m newsdesk`: the `newsdesk` command."""

import sys

from newsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
