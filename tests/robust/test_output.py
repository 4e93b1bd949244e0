"""Trustworthy output: literal text, duplicates, nothing lost, atomic writes, determinism."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import write as write_module
from generator.__main__ import main
from generator.check import check
from generator.models import PagePlan
from generator.render.frontmatter import load
from tests.conftest import copy_hand_written_docs, mkdocs_config, whole_download
from tests.test_database import DB, dump

# A test article with people named in it (tests/fixtures/articles/): the one these tests edit.
EDITED = "xiv-tieu-ban-to-chuc-phien-bon.txt"

HOSTILE = """<script>alert('tiêu đề')</script> Tiểu ban họp {{ config.site_name }}
Sáng 10/10/2024, tại Hà Nội, đồng chí Trần Cẩm Tú chủ trì phiên họp <img src=x onerror=alert(1)>.
<iframe src="https://example.com"></iframe> Đoạn có [liên kết](javascript:alert(1)) và {% raw %}.
---
title: giả mạo
# Không phải tiêu đề
* không phải danh sách
1. không phải danh sách số
> không phải trích dẫn
Câu cuối cùng với **chữ đậm giả** và `mã giả`.
"""


def generate(seeds: Path, docs: Path, *extra: str) -> int:
    return main(["--seeds", str(seeds), "--docs", str(docs), *extra])


def copy_corpus(files: list[Path], seeds: Path) -> Path:
    seeds.mkdir()
    for source in files:
        shutil.copy(source, seeds / source.name)
    return seeds


@pytest.fixture()
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def test_hostile_article_renders_as_literal_text_through_mkdocs(tmp_path, seeds, root):
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    docs = tmp_path / "docs"
    copy_hand_written_docs(docs)
    assert generate(seeds, docs) == 0
    mkdocs_config(tmp_path, docs)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    pages = [
        p
        for p in (tmp_path / "site" / "bai-viet").rglob("index.html")
        if p.parent.name != "bai-viet"
    ]
    assert len(pages) == 1
    rendered = pages[0].read_text(encoding="utf-8")
    body = re.split(r'<article class="md-content__inner md-typeset"[^>]*>', rendered, maxsplit=1)[1]
    body = body.split("</article>", 1)[0]
    for forbidden in (
        "<script>alert",
        "<img src=x",
        "onerror=alert(1)>",
        "<iframe",
        'href="javascript:',
        "<h1>Không",
        "<li>không",
        "<blockquote>",
        "<strong>chữ",
        "<code>mã",
    ):
        assert forbidden not in body, forbidden
    for literal in (
        "&lt;script&gt;alert",
        "{{ config.site_name }}",
        "{% raw %}",
        "title: giả mạo",
        "# Không phải tiêu đề",
        "* không phải danh sách",
        "1. không phải danh sách số",
        "&gt; không phải trích dẫn",
        "**chữ đậm giả**",
        "`mã giả`",
        "javascript:alert(1)",
    ):
        assert literal in body, literal
    title = rendered.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<script>" not in title


def test_same_text_twice_gives_one_article_and_names_both_files(tmp_path, seeds, capsys):
    text = "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, Tiểu ban họp.\n"
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (seeds / "b.txt").write_text(text.replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    assert generate(seeds, tmp_path / "docs") == 0
    assert "b.txt: trùng nội dung với a.txt, bỏ qua" in capsys.readouterr().err
    assert len(list((tmp_path / "docs" / "bai-viet").glob("*.md"))) == 2  # one article + index


def test_different_articles_with_the_same_title_keep_their_own_pages(tmp_path, seeds):
    for name, day in (("z.txt", "2/4/2025"), ("a.txt", "3/4/2025")):
        (seeds / name).write_text(
            f"Tiểu ban Tổ chức phục vụ họp phiên thường kỳ\nSáng {day}, họp.\n", encoding="utf-8"
        )
    assert generate(seeds, tmp_path / "docs") == 0
    pages = sorted((tmp_path / "docs" / "bai-viet").glob("*.md"))
    sources = {load(p.read_text(encoding="utf-8")).get("source_file"): p.name for p in pages}
    assert set(sources) >= {"a.txt", "z.txt"}
    assert sources["a.txt"] != sources["z.txt"]
    assert sources["a.txt"] == "tieu-ban-to-chuc-phuc-vu-hop-phien-thuong-ky.md"  # first by name


def test_nothing_lost_check_passes_on_real_articles_and_catches_a_loss(tmp_path, corpus):
    seeds, docs = copy_corpus(corpus, tmp_path / "seeds"), tmp_path / "docs"
    assert generate(seeds, docs) == 0
    assert check(seeds, docs) == []
    page = next(
        p
        for p in (docs / "bai-viet").glob("*.md")
        if load(p.read_text(encoding="utf-8")).get("source_file") == EDITED
    )
    text = page.read_text(encoding="utf-8")
    sentence = "Các đại biểu góp ý vào kịch bản điều hành Đại hội"
    assert text.count(sentence) == 1
    page.write_text(text.replace(sentence, ""), encoding="utf-8")
    lost = [problem for problem in check(seeds, docs) if "câu bị mất" in problem]
    assert len(lost) == 1, lost
    assert lost[0].startswith(f"{EDITED}: câu bị mất trên trang {page.name}: «{sentence}")


def test_failed_run_leaves_docs_as_it_was(tmp_path, seeds, monkeypatch):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    assert generate(seeds, docs) == 0
    before = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    (seeds / "b.txt").write_text(
        "Một bài khác hẳn để thử\nChiều 3/4/2025, họp.\n", encoding="utf-8"
    )

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module, "_stage", explode)
    assert generate(seeds, docs) == 2
    after = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    assert after == before
    assert not list(tmp_path.glob(".docs.pending-*"))


def test_interrupted_swap_is_repaired_by_the_next_run(tmp_path, seeds):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    assert generate(seeds, docs) == 0
    (docs / "viet-tay.md").write_text("# Trang viết tay\n", encoding="utf-8")
    os.rename(docs, tmp_path / ".docs.old-abc123")  # stopped between the two renames
    assert generate(seeds, docs) == 0
    assert (docs / "viet-tay.md").read_text(encoding="utf-8") == "# Trang viết tay\n"


def test_run_stopped_after_its_commit_point_is_finished_by_the_next_run(
    tmp_path, seeds, monkeypatch
):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    assert generate(seeds, docs) == 0
    (seeds / "b.txt").write_text(
        "Một bài khác hẳn để thử\nChiều 3/4/2025, họp.\n", encoding="utf-8"
    )
    applied = write_module._apply
    monkeypatch.setattr(write_module, "_apply", lambda pending, docs_dir: None)  # "power cut"
    assert generate(seeds, docs) == 0
    assert not (docs / "bai-viet" / "mot-bai-khac-han-de-thu.md").exists()
    assert len(list(tmp_path.glob(".docs.pending-*"))) == 1
    monkeypatch.setattr(write_module, "_apply", applied)
    write_module.recover(docs.resolve())  # what the next run does first
    assert (docs / "bai-viet" / "mot-bai-khac-han-de-thu.md").exists()
    assert not list(tmp_path.glob(".docs.pending-*"))
    assert "mot-bai-khac-han-de-thu" in (docs / "bai-viet" / "index.md").read_text(encoding="utf-8")


def test_incremental_runs_give_the_same_docs_as_a_fresh_run(tmp_path, corpus):
    sources = [p for p in corpus if p.name != EDITED]
    seeds = copy_corpus(
        [*sources[:-1], *(p for p in corpus if p.name == EDITED)], tmp_path / "seeds"
    )
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    # one article edited (its title and a participant), one added, one removed
    edited = seeds / EDITED
    text = edited.read_text(encoding="utf-8")
    assert "Trần Cẩm Tú" in text
    edited.write_text("Tiêu đề đã sửa: " + text.replace("Trần Cẩm Tú", "Trần Cẩm Tủ"), "utf-8")
    shutil.copy(sources[-1], seeds / sources[-1].name)
    (seeds / sources[1].name).unlink()
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    fresh = tmp_path / "fresh"
    assert generate(seeds, fresh, "--no-cache", "--no-ner") == 0

    def tree(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (".generated.json", "kho-tin.sqlite")
        }

    assert tree(docs) == tree(fresh)
    # The database is updated, not rewritten: the same rows, not the same bytes.
    assert dump(docs / DB) == dump(fresh / DB)


def test_site_build_stops_with_the_file_named_when_a_download_part_is_missing(tmp_path, seeds):
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    docs = tmp_path / "docs"
    copy_hand_written_docs(docs)
    assert generate(seeds, docs) == 0
    part = next((docs / "du-lieu").glob("*/tham-du.csv"))
    part.unlink()
    mkdocs_config(tmp_path, docs)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(tmp_path / "mkdocs.yml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"thiếu tệp {part.relative_to(docs).as_posix()}" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_edited_article_rewrites_a_few_small_cache_files(tmp_path, corpus):
    seeds = copy_corpus(corpus, tmp_path / "seeds")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    before = {p: p.read_bytes() for p in cache.rglob("*.pickle")}
    assert len(before) > 12  # the snapshot and the rendered pieces, each in several shards
    edited = seeds / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu thêm.\n", "utf-8")
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    after = {p: p.read_bytes() for p in cache.rglob("*.pickle")}
    changed = [p for p in after if before.get(p) != after[p]]
    by_store = {store: [p for p in changed if p.parent.name == store] for store in STORES}
    assert len(by_store["snapshot"]) == 1, changed  # the shard holding the edited file
    assert len(by_store["content"]) == 1, changed  # and the one holding its body and metadata
    assert len(by_store["pieces"]) == 1, changed  # the pieces of its year (JSON, CSV rows)
    data = json.loads(whole_download(docs, "du-lieu/bai-viet.json"))
    entry = next(a for a in data["articles"] if a["source_file"] == edited.name)
    named = len(entry["participants"]) + len(entry["mentioned"])
    assert named and len(by_store["people"]) <= 2 * named, changed  # their old and new facts
    assert len(changed) == sum(map(len, by_store.values())), changed


def test_lost_article_contents_in_the_cache_cost_time_not_correctness(tmp_path, corpus):
    seeds = copy_corpus(corpus, tmp_path / "seeds")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    shutil.rmtree(cache / "content")  # the bodies and metadata the index pages and feed need
    edited = seeds / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu thêm.\n", "utf-8")
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    fresh = tmp_path / "fresh"
    assert generate(seeds, fresh, "--no-cache", "--no-ner") == 0
    generated = json.loads((fresh / ".generated.json").read_text(encoding="utf-8"))["files"]
    for path in generated:
        if path == DB:  # updated, not rewritten: the same rows, not the same bytes
            assert dump(docs / path) == dump(fresh / path)
        else:
            assert (docs / path).read_bytes() == (fresh / path).read_bytes(), path
    assert len(list((cache / "content").glob("*.pickle"))) > 1  # extracted and stored again


def test_a_damaged_cache_that_cannot_be_removed_is_reported_in_one_line(
    tmp_path, corpus, monkeypatch, capsys
):
    from generator import build as build_module

    seeds = copy_corpus(corpus, tmp_path / "seeds")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 0
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    shutil.rmtree(cache / "content")
    monkeypatch.setattr(build_module.Snapshot, "discard", staticmethod(lambda root: None))
    edited = seeds / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu thêm.\n", "utf-8")
    capsys.readouterr()
    assert generate(seeds, docs, "--cache-dir", str(cache), "--no-ner") == 2
    err = capsys.readouterr().err
    assert "bộ nhớ đệm hỏng" in err and "--no-cache" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before  # untouched


STORES = ("snapshot", "content", "pieces", "people")


def test_unchanged_run_does_nothing_but_still_reports(tmp_path, seeds, capsys):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp. Khóa XIIII.\n", encoding="utf-8"
    )
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert generate(seeds, docs, "--cache-dir", str(cache)) == 0
    first = capsys.readouterr().err
    assert "a.txt:" in first  # the numeral warning, to be repeated by the next run
    stamps = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    assert generate(seeds, docs, "--cache-dir", str(cache)) == 0
    second = capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()} == stamps
    assert [x for x in first.splitlines() if ".txt:" in x] == [
        x for x in second.splitlines() if ".txt:" in x
    ]
    (docs / "bai-viet" / "index.md").unlink()  # a generated page deleted by hand comes back
    assert generate(seeds, docs, "--cache-dir", str(cache)) == 0
    assert (docs / "bai-viet" / "index.md").is_file()


def test_hand_written_pages_are_never_overwritten_or_deleted(tmp_path, seeds, capsys):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Trang chủ của tôi\n", encoding="utf-8")
    (docs / "ghi-chu").mkdir()
    (docs / "ghi-chu" / "a.md").write_text("ghi chú\n", encoding="utf-8")
    for _ in range(2):
        assert generate(seeds, docs) == 0
    assert (docs / "index.md").read_text(encoding="utf-8") == "# Trang chủ của tôi\n"
    assert (docs / "ghi-chu" / "a.md").exists()
    assert "index.md: trang viết tay đã có sẵn, không ghi đè" in capsys.readouterr().err


def test_two_runs_give_identical_bytes_whatever_the_file_order(tmp_path, corpus):
    outputs = []
    for order in (sorted, lambda xs: sorted(xs, reverse=True)):
        seeds = copy_corpus(order(corpus), tmp_path / f"seeds{len(outputs)}")
        docs = tmp_path / f"docs{len(outputs)}"
        assert generate(seeds, docs) == 0
        outputs.append(
            {p.relative_to(docs): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}
        )
    assert outputs[0] == outputs[1]


def test_stale_generated_pages_are_removed(tmp_path, seeds):
    (seeds / "a.txt").write_text(
        "Tiêu đề một bài viết thử nghiệm\nSáng 2/4/2025, họp.\n", encoding="utf-8"
    )
    (seeds / "b.txt").write_text(
        "Một bài khác hẳn để thử\nChiều 3/4/2025, họp.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    assert generate(seeds, docs) == 0
    (seeds / "b.txt").unlink()
    assert generate(seeds, docs) == 0
    assert not (docs / "bai-viet" / "mot-bai-khac-han-de-thu.md").exists()


def test_a_hand_written_page_behind_a_symlinked_folder_is_not_overwritten(tmp_path):
    docs, shared = tmp_path / "docs", tmp_path / "shared"
    docs.mkdir()
    shared.mkdir()
    (shared / "foo.md").write_text("VIẾT TAY\n", encoding="utf-8")
    (docs / "bai-viet").symlink_to(shared, target_is_directory=True)
    plans = [
        PagePlan("bai-viet/foo.md", "k", lambda: "sinh ra\n"),
        PagePlan("a.md", "k", lambda: "a\n"),
    ]
    outcome = write_module.write_pages(plans, docs)
    assert outcome.skipped == ["bai-viet/foo.md"]
    assert (shared / "foo.md").read_text(encoding="utf-8") == "VIẾT TAY\n"
    (shared / "foo.md").unlink()  # now a generated page behind the link: written once, then kept
    assert write_module.write_pages(plans, docs).written == 1
    again = write_module.write_pages(plans, docs)
    assert (again.rendered, again.written) == (0, 0)
    assert (shared / "foo.md").read_text(encoding="utf-8") == "sinh ra\n"


def test_a_looping_symlink_in_docs_does_not_stop_the_run(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "loop").symlink_to(docs / "loop")
    outcome = write_module.write_pages([PagePlan("a.md", "k", lambda: "a\n")], docs)
    assert outcome.written == 1 and (docs / "a.md").read_text(encoding="utf-8") == "a\n"
