"""A progress bar on the terminal while a run reads many files; silent when stderr is not a terminal."""

from __future__ import annotations

from types import TracebackType
from typing import Any, TextIO

# Runs over fewer files finish before a bar would be worth drawing.
MANY_FILES = 10


class ProgressBar:
    """Call it with (files done, files in all); it draws on `stream` only when that is a terminal."""

    def __init__(self, stream: TextIO, enabled: bool = True) -> None:
        self._stream = stream
        self._enabled = enabled and stream.isatty()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        """Show that `done` of `total` files have been read."""
        if not self._enabled or total < MANY_FILES:
            return
        if self._bar is None:
            from rich.console import Console  # imported only when a bar is drawn
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("files"))
            self._bar = Progress(*columns, TimeRemainingColumn(), console=Console(file=self._stream), transient=True)
            self._task = self._bar.add_task("reading", total=total, completed=done)
            self._bar.start()
        self._bar.update(self._task, completed=done)

    def note(self, line: str) -> None:
        """Print a line on the stream, above the bar while one is drawn."""
        if self._bar is None:
            print(line, file=self._stream)
        else:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
