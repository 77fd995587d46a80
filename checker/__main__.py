"""The `factcheck` command and `python -m checker`: the command line, quiet on Ctrl-C from the start."""

import sys


def main() -> None:
    """Load the command line and run it; a Ctrl-C while the libraries load is one line, as later."""
    try:
        from checker.cli import main as run
    except KeyboardInterrupt:
        from checker.exit_codes import INTERRUPTED_LINE, ExitCode

        print(INTERRUPTED_LINE, file=sys.stderr)
        sys.exit(ExitCode.INTERRUPTED)
    run()


if __name__ == "__main__":
    main()
