"""The generator's exceptions: problems a user can fix, reported without a traceback."""


class GeneratorError(Exception):
    """A problem that stops the whole run (bad arguments, unwritable output)."""


class InputError(GeneratorError):
    """One input file cannot be used; the run goes on without it."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message
