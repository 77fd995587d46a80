"""The `factcheck` command and `python -m checker`: the command line, quiet on Ctrl-C from the start."""

import signal
import sys


def main() -> None:
    """Load the command line and run it; a Ctrl-C or a kill while the libraries load is one line, as later.

    Python itself turns a Ctrl-C into KeyboardInterrupt; a kill (SIGTERM) is made one too until
    the command line sets its own handlers. Before this function runs (Python starting up) no code
    of ours can answer a signal.
    """
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        from checker.cli import main as run

        run()
    except KeyboardInterrupt:
        from checker.exit_codes import INTERRUPTED_LINE, ExitCode

        print(INTERRUPTED_LINE, file=sys.stderr)
        sys.exit(ExitCode.INTERRUPTED)


if __name__ == "__main__":
    main()
