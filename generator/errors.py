"""The generator's exceptions: problems a user can fix, reported without a traceback."""


class GeneratorError(Exception):
    """A problem that stops the whole run (bad arguments, unwritable output)."""


class InputError(GeneratorError):
    """One input file cannot be used; the run goes on without it."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


def internal_error(exc: Exception) -> str:
    """The one line a bug gets (not bad input): what it was, that the output was left as it
    was, and how to see the details."""
    return (
        f"lỗi nội bộ của trình tạo ({type(exc).__name__}: {exc}); thư mục đầu ra giữ nguyên. "
        "Chạy lại với GENERATOR_DEBUG=1 để xem chi tiết."
    )
