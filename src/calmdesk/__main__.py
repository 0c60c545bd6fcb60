"""`python -m calmdesk`: the same command line as `calmdesk`."""

from calmdesk.cli import main

if __name__ == "__main__":
    main()
