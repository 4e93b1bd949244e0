"""The Python packages the generator imports, looked for before anything imports them.

Run without them (a fresh clone, a virtual environment not yet set up or not activated), the
command lines say in one line which package is missing and how to install the project's
packages, rather than ending in a ModuleNotFoundError traceback. Only the standard library
is imported here.
"""

from __future__ import annotations

from importlib.util import find_spec

INSTALL = "pip install -e ."
"""The command that installs every package of pyproject.toml, run in the repository."""

PACKAGES = {"yaml": "pyyaml", "unidecode": "unidecode", "tqdm": "tqdm"}
"""Module imported -> package that provides it, for every run."""
NER_PACKAGES = {"underthesea": "underthesea"}
"""Needed only when NER is on (it is imported when the first unusual name is met)."""


def missing(ner: bool = True) -> list[str]:
    """The packages, of those a run needs, that cannot be imported."""
    wanted = {**PACKAGES, **(NER_PACKAGES if ner else {})}
    return [package for module, package in wanted.items() if not _found(module)]


def _found(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a broken install, or a module blocked in sys.modules
        return False


def message(packages: list[str]) -> str:
    """One line naming the missing packages and the command that installs them."""
    names = ", ".join(packages)
    return (
        f"lỗi: thiếu gói Python {names}; hãy cài các gói của dự án "
        f"(trong thư mục kho mã, trong môi trường ảo đang dùng): {INSTALL}"
    )
