"""Scale benchmark: generator cold, warm and incremental, mkdocs build, and the whole publish, at 1,000 and 10,000 articles.

Usage: python benchmarks/run.py [SIZES ...] [--work DIR] [--no-plain]   (used by `nox -s bench`)
Prints wall time, CPU time, peak memory and per-article cost of each step, the generator's own
stage timings, the ratio of cold generation to mkdocs' build of the same pages, the mean
size of an article page, and the size of the SQLite database with the time its writing took
in the cold run (from scratch) and in the one-article change (updated); writes the same
figures to WORK/results.json.

"publish" is what `nox -s build` does: `mkdocs build --strict` with the kho-tin plugin
(generator, site on every core, search indexes), cold (empty docs, cache and site folders),
then again after one article edited and one added (``OneChange``) into the same folders:
wall, CPU, peak memory (of the largest process: the build's, a page worker's or
Pagefind's; and apart, before the indexes, the build's process and its largest child, a
generator or page worker), the generator's seconds, the search indexes' seconds and the
site build's (the rest), the site build's milliseconds per generated page (wall) and the
pages rendered apart by kind (milliseconds of a process a page). "mkdocs_build" is MkDocs alone
(no plugin: one process) on the generated pages, for comparison; --no-plain leaves it out.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import OneChange, write_corpus  # noqa: E402
from generator.write import hand_written, read_manifest  # noqa: E402


def measure(
    command: list[str], env: dict[str, str] | None = None, log: list[str] | None = None
) -> dict[str, float | str]:
    """Wall, user+system CPU and peak RSS of one command (GNU time), and its last stderr line;
    its stderr lines added to ``log``."""
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "TIME %U %S %M", *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    lines = result.stderr.strip().splitlines()
    if log is not None:
        log.extend(lines)
    user, system, rss = next(line for line in reversed(lines) if line.startswith("TIME")).split()[
        1:
    ]
    timings = next((line for line in lines if line.startswith("thời gian:")), "")
    search = next((line.split()[1] for line in lines if line.startswith("search-index-seconds")), 0)
    return {
        "search_index_s": search,
        "wall_s": round(wall, 2),
        "cpu_s": round(float(user) + float(system), 2),
        "peak_mb": round(int(rss) / 1024, 1),
        "stages": timings.removeprefix("thời gian: "),
    }


def generate(corpus: Path, docs: Path, cache: Path) -> dict[str, float | str]:
    env = {**os.environ, "GENERATOR_TIMINGS": "1"}
    command = [
        sys.executable,
        "-m",
        "generator",
        "--seeds",
        str(corpus),
        "--docs",
        str(docs),
        "--cache-dir",
        str(cache),
    ]
    return measure(command, env)


def prepare_docs(docs: Path) -> None:
    shutil.rmtree(docs, ignore_errors=True)
    source = ROOT / "docs"
    for rel in hand_written(source, read_manifest(source)):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / rel, docs / rel)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as YAML, its values taken from the environment (!ENV) left unset."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def mkdocs_build(work: Path, docs: Path, site: Path) -> tuple[dict[str, float | str], float]:
    """mkdocs build of the generated pages with the search hook; returns the build's figures
    without the search indexes and, apart, the seconds the hook spent building them."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    config.update(
        docs_dir=str(docs),
        site_dir=str(site),
        site_url=None,
        # mkdocs alone, on the pages generated above: the plugin (the generator) left out
        plugins=[p for p in config.get("plugins", []) if not _is_generator(p)],
        hooks=[str(ROOT / hook) for hook in config.get("hooks", [])],
        theme={**config["theme"], "custom_dir": str(ROOT / "overrides")},
    )
    path = work / "mkdocs-bench.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "SEARCH_INDEX_TIMINGS": "1"}
    result = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path)], env)
    search = float(str(result.pop("search_index_s", 0)))
    result["wall_s"] = round(float(result["wall_s"]) - search, 2)
    return result, search


_PAGES = re.compile(r"(\d+) bài viết, (\d+) trang \((\d+) trang dựng lại")
_GENERATOR_SECONDS = re.compile(r"trình tạo chạy trong ([\d.]+) s")
_APART = re.compile(r"(\d+) trang dựng riêng trong ([\d.]+) s")
_BY_KIND = re.compile(r"thời gian dựng trang: (.*)")
_SEARCH = re.compile(r"search-index-seconds ([\d.]+)")
_MEMORY = re.compile(r"bộ nhớ đỉnh: tiến trình dựng (\d+) MB, tiến trình con (\d+) MB")


def publish_config(work: Path, corpus: Path, docs: Path, cache: Path, site: Path) -> Path:
    """The repository's mkdocs.yml, its plugin generating ``docs`` from ``corpus``."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    options: dict[str, object] = {}
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "kho-tin" in plugin:
            options = dict(plugin["kho-tin"] or {})
    options.update(seeds_dir=str(corpus), data_dir=str(ROOT / "data"), cache_dir=str(cache))
    others = [p for p in config.get("plugins", []) if not _is_generator(p)]
    config.update(
        docs_dir=str(docs),
        site_dir=str(site),
        site_url=None,
        plugins=[{"kho-tin": options}, *others],
        hooks=[str(ROOT / hook) for hook in config.get("hooks", [])],
        theme={**config["theme"], "custom_dir": str(ROOT / "overrides")},
    )
    path = work / "mkdocs-publish.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def publish_once(config: Path) -> dict[str, object]:
    """One `mkdocs build --strict` with the plugin: its figures, the generator's, search
    indexes' and site build's seconds apart."""
    env = {
        **os.environ,
        "SEARCH_INDEX_TIMINGS": "1",
        "SITE_TIMINGS": "1",
        "NO_MKDOCS_2_WARNING": "1",
    }
    log: list[str] = []
    result: dict[str, object] = dict(
        measure([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)], env, log)
    )
    text = "\n".join(log)
    pages = _PAGES.search(text)
    generator = _GENERATOR_SECONDS.search(text)
    search = _SEARCH.search(text)
    apart = _APART.search(text)
    by_kind = _BY_KIND.search(text)
    result.pop("stages", None)
    result["search_index_s"] = float(search.group(1)) if search else None
    result["generator_s"] = float(generator.group(1)) if generator else None
    if pages:
        result["generated_pages"] = int(pages.group(2))
        result["pages_regenerated"] = int(pages.group(3))
    if generator and search:
        site = float(str(result["wall_s"])) - float(generator.group(1)) - float(search.group(1))
        result["site_build_s"] = round(site, 2)
        if pages:
            result["site_ms_per_page"] = round(1000 * site / int(pages.group(2)), 2)
    if apart:
        result["rendered_apart"] = f"{apart.group(1)} pages in {apart.group(2)} s"
    if by_kind:
        result["ms_per_page_by_kind"] = by_kind.group(1)
    memory = _MEMORY.search(text)
    if memory:  # before Pagefind runs: the build's process, its largest child so far
        result["build_process_peak_mb"] = int(memory.group(1))
        result["largest_child_before_index_mb"] = int(memory.group(2))
    return result


def publish(work: Path, corpus: Path, count: int) -> dict[str, object]:
    """`nox -s build`'s publish, cold, then after one article edited and one added."""
    folder = work / f"publish-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    docs, cache, site = folder / "docs", folder / "cache", folder / "site"
    prepare_docs(docs)
    config = publish_config(folder, corpus, docs, cache, site)
    os.sync()
    results: dict[str, object] = {"publish_cold": publish_once(config)}
    os.sync()
    change = OneChange(corpus)
    try:
        change.apply()
        results["publish_one_change"] = publish_once(config)
    finally:
        change.undo()
    return results


def _is_generator(plugin: object) -> bool:
    return plugin == "kho-tin" or (isinstance(plugin, dict) and "kho-tin" in plugin)


def incremental(corpus: Path, docs: Path, cache: Path, runs: int = 5) -> dict[str, object]:
    """One article edited and one added, then both undone, ``runs`` times: the median run
    with its wall times all listed (a single run on a busy machine says little). Measured
    after os.sync(): the cold run before leaves hundreds of megabytes for the kernel to write
    back, which would otherwise overlap the first runs (an edit does not follow a cold build
    within seconds in use)."""
    os.sync()
    change = OneChange(corpus)
    measured = []
    try:
        for _ in range(runs):
            change.apply()
            measured.append(generate(corpus, docs, cache))
            change.undo()
            generate(corpus, docs, cache)  # back to the corpus as generated, for mkdocs
    finally:
        change.undo()
    measured.sort(key=lambda r: float(r["wall_s"]))
    return {
        "incremental": measured[len(measured) // 2],
        "incremental_wall_s": [r["wall_s"] for r in measured],
    }


_DATABASE_SECONDS = re.compile(r"trong đó cơ sở dữ liệu ([\d.]+) s")


def database_figures(docs: Path, results: dict[str, object]) -> dict[str, object]:
    """Size of the SQLite file, and the seconds its writing took (the generator's stage
    timings) in the cold run and in the median one-article change."""

    def seconds(run: object) -> float | None:
        found = _DATABASE_SECONDS.search(str(run["stages"])) if isinstance(run, dict) else None
        return float(found.group(1)) if found else None

    return {
        "database_mb": round((docs / "du-lieu" / "kho-tin.sqlite").stat().st_size / 1e6, 1),
        "database_cold_s": seconds(results["cold"]),
        "database_incremental_s": seconds(results["incremental"]),
    }


def run_size(count: int, work: Path, plain: bool = True) -> dict[str, object]:
    corpus, docs, cache, site = (
        work / f"{name}-{count}" for name in ("corpus", "docs", "cache", "site")
    )
    if not corpus.exists():
        write_corpus(corpus, count)
    prepare_docs(docs)
    shutil.rmtree(cache, ignore_errors=True)
    results: dict[str, object] = {"articles": count}
    results["cold"] = generate(corpus, docs, cache)
    results["warm"] = generate(corpus, docs, cache)
    results.update(incremental(corpus, docs, cache))
    results.update(database_figures(docs, results))
    pages = [p for p in (docs / "bai-viet").glob("*.md") if p.name != "index.md"]
    results["article_page_bytes"] = round(sum(p.stat().st_size for p in pages) / len(pages))
    cold = results["cold"]
    results["cold_ms_per_article"] = round(1000 * float(cold["wall_s"]) / count, 2)
    if plain:
        shutil.rmtree(site, ignore_errors=True)
        results["mkdocs_build"], results["search_index_s"] = mkdocs_build(work, docs, site)
        html = [p for p in (site / "bai-viet").glob("*/index.html")]
        results["article_html_bytes"] = round(
            sum(p.stat().st_size for p in html) / max(1, len(html))
        )
        build = results["mkdocs_build"]
        results["mkdocs_ms_per_article"] = round(1000 * float(build["wall_s"]) / count, 2)
        results["cold_to_mkdocs_ratio"] = round(float(cold["wall_s"]) / float(build["wall_s"]), 2)
        shutil.rmtree(site, ignore_errors=True)
    results.update(publish(work, corpus, count))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    parser.add_argument(
        "--no-plain", action="store_true", help="leave out mkdocs build without the plugin"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    all_results = []
    for count in args.sizes:
        print(f"== {count} bài viết", flush=True)
        results = run_size(count, args.work, plain=not args.no_plain)
        for key, value in results.items():
            print(f"  {key}: {value}", flush=True)
        all_results.append(results)
    (args.work / "results.json").write_text(
        json.dumps(all_results, ensure_ascii=False, indent=1), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
