"""`python -m trainaudit` runs the command line."""

from trainaudit.cli import main

if __name__ == "__main__":  # worker processes import this module too; they must not run it
    main()
