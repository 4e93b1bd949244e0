"""Shared fixtures: the repository's articles, and the team's shared data where it is beside it.

The default suite runs on a fresh clone: its articles are the seeds (seeds/) and the small
articles written for the tests (tests/fixtures/articles/). The team's dev set (../shared, which
CI has beside the repository and a user's clone has not) adds tests that run where it is and
are skipped, with the reason, elsewhere. Where ARCHIVE_TESTS_REQUIRE_ALL=1 (set by .ci/run)
a test that would be skipped for want of ../shared or of Chromium fails instead: CI has both,
so a skip there would hide a test that did not run.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
import shutil
from pathlib import Path
from typing import NoReturn

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"
"""The archive's own articles: what a fresh clone builds."""
ARTICLES = FIXTURES / "articles"
"""Small articles written for the tests: people, congresses and cases planted on purpose."""
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def unavailable(reason: str) -> NoReturn:
    """Skip a test whose requirement this machine lacks; fail it where CI requires everything."""
    if os.environ.get("ARCHIVE_TESTS_REQUIRE_ALL") == "1":
        pytest.fail(f"{reason} (ARCHIVE_TESTS_REQUIRE_ALL=1: every test must run here)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def devset_dir() -> Path:
    """The team's development set, from ../shared beside the repository (CI has it)."""
    path = SHARED / "devset" / "articles"
    if not path.is_dir():
        unavailable(
            f"needs the team's dev set, {SHARED}/devset/articles, beside the repository "
            "(CI has it; a user's clone does not)"
        )
    return path


def article_files(*folders: Path) -> list[Path]:
    """The article files of ``folders``, by name (their READMEs and other files left out)."""
    files = [
        path
        for folder in folders
        for path in sorted(folder.iterdir())
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
    ]
    names = [path.name for path in files]
    assert len(names) == len(set(names)), "two article files of the same name"
    return files


def copy_articles(target: Path, *folders: Path) -> Path:
    """A seeds folder ``target`` holding the article files of ``folders``."""
    target.mkdir(parents=True, exist_ok=True)
    for path in article_files(*folders):
        shutil.copy2(path, target / path.name)
    return target


@pytest.fixture(params=["seeds", "devset"])
def corpus(request) -> list[Path]:
    """Real articles to build from: the seeds and the test articles ("seeds", runs everywhere),
    and the same plus the team's dev set ("devset", where ../shared is)."""
    folders = [SEEDS, ARTICLES]
    if request.param == "devset":
        folders.insert(0, request.getfixturevalue("devset_dir"))
    return article_files(*folders)


@pytest.fixture(scope="session")
def knowledge():
    from generator.extract import load_knowledge

    return load_knowledge(ROOT / "data")


def copy_hand_written_docs(target: Path) -> Path:
    """The repository's hand-written docs (not what a generator run left there) in ``target``."""
    from generator.write import hand_written, read_manifest

    docs = ROOT / "docs"
    for rel in hand_written(docs, read_manifest(docs)):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(docs / rel, target / rel)
    return target


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as YAML, its values taken from the environment (!ENV) left unset."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def read_mkdocs_yml() -> dict:
    """The repository's mkdocs.yml as data (values it takes from the environment unset)."""
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


PLUGIN = "kho-tin"
"""The generator's MkDocs plugin, as mkdocs.yml lists it."""


def mkdocs_config(
    work: Path,
    docs: Path,
    seeds: Path | None = None,
    site_url: str | None = None,
    **options: object,
) -> Path:
    """A copy of the repository's mkdocs.yml in ``work`` that builds ``docs`` into work/site
    (the site's address ``site_url``, as SITE_URL gives it to a publishing build).

    With ``seeds``, the plugin generates ``docs`` from them at the start of every build, as
    in the repository (its cache in work/.cache, ``options`` added to its own); without, the
    plugin is left out and ``docs`` is built as a test made it (`python -m generator`, then
    perhaps a change the generator would undo)."""
    config = read_mkdocs_yml()
    plugins = [
        p for p in config.get("plugins") or [] if PLUGIN not in (p if isinstance(p, dict) else {p})
    ]
    if seeds is not None:
        own = {
            "seeds_dir": str(seeds),
            "data_dir": str(ROOT / "data"),
            "cache_dir": str(work / ".cache" / "generator"),
        }
        plugins.insert(0, {PLUGIN: {**plugin_options(config), **own, **options}})
    config.update(
        docs_dir=str(docs),
        site_dir=str(work / "site"),
        site_url=site_url,
        theme={**config["theme"], "custom_dir": str(ROOT / config["theme"]["custom_dir"])},
        hooks=[str(ROOT / hook) for hook in config.get("hooks", [])],
        plugins=plugins,
    )
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def plugin_options(config: dict) -> dict:
    """The plugin's options in a loaded mkdocs.yml."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and PLUGIN in plugin:
            return dict(plugin[PLUGIN] or {})
    return {}


def downloads_hook():
    """hooks/downloads.py, the site build's joining of the download parts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("downloads_hook", ROOT / "hooks/downloads.py")
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return hook


def whole_download(docs: Path, whole: str) -> bytes:
    """A whole-archive download as the site build joins it from the parts in ``docs``."""
    hook = downloads_hook()
    wholes, headers = hook.read_listing((docs / "du-lieu" / "phan.json").read_bytes())
    parts = [(docs / part).read_bytes() for part in wholes[whole]]
    return hook.join_parts(whole, parts, headers.get(whole, ""))


_MD_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)\)")
_HTML_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>')


def page_links(path: str, content: str) -> list[tuple[str, str]]:
    """(label, target) of every link of a generated page ``path`` (relative to docs/), in
    order, whether written in Markdown (relative to the page's file) or in HTML (relative to
    the page's address): targets as paths in docs/ ("nguoi/to-lam.md"), anchors kept."""
    from generator.render.html import page_url

    found = []
    for match in _HTML_LINK.finditer(content):
        target, _, anchor = html.unescape(match.group(1)).partition("#")
        docs = _docs_path(posixpath.join(page_url(path), target)) if target else path
        label = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        found.append((match.start(), label, docs + (f"#{anchor}" if anchor else "")))
    for match in _MD_LINK.finditer(content):
        target, _, anchor = match.group(2).partition("#")
        docs = (
            posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
        )
        label = re.sub(r"\\(.)", r"\1", match.group(1))
        found.append((match.start(), label, docs + (f"#{anchor}" if anchor else "")))
    return [(label, target) for _, label, target in sorted(found)]


_LISTING_FOLDERS = {
    "bai-viet", "dai-hoi", "nguoi", "to-chuc", "loai-hop", "su-kien", "thoi-gian", "du-lieu",
    "can-ra-soat",
}  # fmt: skip


def _docs_path(address: str) -> str:
    """The page of docs/ at a site address (directory URLs): "nguoi/to-lam/" ->
    "nguoi/to-lam.md", "nguoi/" -> "nguoi/index.md", "./" -> "index.md"; files as they are."""
    if not address.endswith("/"):
        return posixpath.normpath(address)
    folder = posixpath.normpath(address)
    if folder == ".":
        return "index.md"
    return f"{folder}/index.md" if folder in _LISTING_FOLDERS else f"{folder}.md"


def shown(content: str) -> str:
    """A generated page's body as text, roughly as a reader sees it: no front matter, links as
    their labels, HTML tags dropped, entities decoded, Markdown list marks kept."""
    body = content.split("\n---\n", 1)[1] if content.startswith("---\n") else content
    body = _MD_LINK.sub(lambda m: re.sub(r"\\(.)", r"\1", m.group(1)), body)
    body = re.sub(r"<li>", "- ", body)
    body = re.sub(r"<[^>]+>", "", body)
    return html.unescape(body)
