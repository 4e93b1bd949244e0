"""SIGTERM taken as Ctrl+C, so that a stopped run cleans up after itself.

Python's default for SIGTERM is to end the process on the spot: the staged pages stay beside
docs/ (the next run discards them) and the extraction workers are left running, orphaned.
As a KeyboardInterrupt, SIGTERM unwinds the run like Ctrl+C: the writer discards what it
staged, parallel.analyse_all ends its workers, docs/ is left as it was, and `mkdocs serve`
shuts down through its own Ctrl+C path (its plugins' on_shutdown included).
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType


class SigtermAsInterrupt:
    """While installed, SIGTERM raises KeyboardInterrupt in the main thread. Installed only
    from the main thread and only over the default handler: a program embedding the generator
    keeps its own."""

    def __init__(self) -> None:
        self.received: int | None = None
        """The signal that stopped the run, if one did."""
        self._installed = False

    def install(self) -> None:
        if self._installed or threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, self._interrupt)
            self._installed = True

    def restore(self) -> None:
        if self._installed and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            self._installed = False

    def exit_code(self) -> int:
        """The shell's code for a process ended by the signal received (130 for Ctrl+C)."""
        return 128 + (self.received or signal.SIGINT)

    def _interrupt(self, signum: int, frame: FrameType | None) -> None:
        self.received = signum
        raise KeyboardInterrupt

    def __enter__(self) -> SigtermAsInterrupt:
        self.install()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.restore()
