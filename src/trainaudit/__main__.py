"""`python -m trainaudit` runs the command line."""

from trainaudit.cli import main

main()
