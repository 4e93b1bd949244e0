"""Sessions for building, serving, testing and checking the archive (dependencies from pyproject.toml)."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the archive on http://127.0.0.1:8000, regenerated as seeds/ and data/ change."""
    session.install("-e", ".")
    # --dirty: a change rebuilds the pages that changed, not the whole site (README, "Soạn
    # trực tiếp / Live authoring"); the plugin (kho-tin, in mkdocs.yml) generates the archive.
    session.run("mkdocs", "serve", "--dirty", "--dev-addr", "127.0.0.1:8000", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Generate the archive from seeds/ and build site/ with mkdocs build --strict."""
    session.install("-e", ".")
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the full test suite (unit, end-to-end and browser tests)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and types with ruff and mypy."""
    session.install("-e", ".[lint]")
    session.run(
        "ruff", "check", "generator", "tests", "hooks", "scripts", "benchmarks", "noxfile.py"
    )
    session.run(
        "ruff",
        "format",
        "--check",
        "generator",
        "tests",
        "hooks",
        "scripts",
        "benchmarks",
        "noxfile.py",
    )
    session.run("mypy", "generator")


@nox.session(default=False)
def eval(session: nox.Session) -> None:
    """Score extracted metadata against ../shared gold files, with and without NER."""
    session.install("-e", ".")
    session.run("python", "scripts/evaluate.py", *session.posargs)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Time generation (cold, warm, incremental), mkdocs build and the whole publish (cold,
    then one article changed) at 1,000 and 10,000 articles, with the SQLite database's size
    and write time, then the first searches on the largest site in headless Chromium, then
    from saving an article to the reloaded page under mkdocs serve."""
    session.install("-e", ".[test]")
    session.run("python", "benchmarks/run.py", *session.posargs)
    args = list(session.posargs)
    work = args[args.index("--work") + 1] if "--work" in args else ".bench"
    sizes = [int(a) for a in args if a.isdigit()] or [10000]
    session.run("python", "benchmarks/search_scale.py", f"{work}/publish-{max(sizes)}/site")
    session.run("python", "benchmarks/serve.py", *session.posargs)
