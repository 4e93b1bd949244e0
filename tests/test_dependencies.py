"""Run without the project's packages installed, the command lines say so in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# `python -m <module> ARGS` with the packages named in GENERATOR_TEST_BLOCK made impossible to
# import, as when they are not installed: a finder placed before the others refuses them.
BLOCKED = """
import os, runpy, sys
blocked = set(os.environ["GENERATOR_TEST_BLOCK"].split(","))

class NotInstalled:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
module = sys.argv.pop(1)
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


def run(root: Path, tmp_path: Path, command: list[str], block: str = "") -> tuple[int, str]:
    args = ["--seeds", str(root / "seeds"), "--docs", str(tmp_path / "docs")]
    env = {"PATH": "/usr/bin:/bin", "GENERATOR_TEST_BLOCK": block}
    done = subprocess.run(
        [*command, *args], capture_output=True, text=True, cwd=root, env=env, timeout=120
    )
    assert done.stdout == ""
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    "block, named",
    [
        ("unidecode", "unidecode"),  # the first import a run meets
        ("yaml", "pyyaml"),  # named as pip knows it
        ("underthesea", "underthesea"),
    ],
)
def test_a_missing_package_is_one_line_naming_it_and_the_install_command(
    root, tmp_path, block, named
):
    code, err = run(root, tmp_path, [sys.executable, "-c", BLOCKED, "generator"], block)
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert f"thiếu gói Python {named};" in err and err.rstrip().endswith("pip install -e .")
    assert not (tmp_path / "docs").exists()


def test_ner_package_is_not_needed_without_ner(root, tmp_path):
    command = [sys.executable, "-c", BLOCKED, "generator", "--no-ner", "--no-cache"]
    code, err = run(root, tmp_path, command, "underthesea")
    assert code == 0, err
    assert "bài viết" in err.splitlines()[-1]


@pytest.mark.parametrize("module", ["generator", "generator.check"])
def test_nothing_installed_at_all(root, tmp_path, module):
    """`python -S`: no site-packages, so none of the project's packages (the generator itself
    is found in the working folder, as in a fresh clone)."""
    code, err = run(root, tmp_path, [sys.executable, "-S", "-m", module])
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "thiếu gói Python pyyaml, unidecode, tqdm" in err and "pip install -e ." in err
