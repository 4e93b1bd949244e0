"""Score extraction against the team's gold files, with and without NER (used by `nox -s eval`).

For each gold set it generates pages into a temporary folder with `python -m generator` and
prints what ../shared/tools/score_metadata.py reports (a line per article, then the totals),
then the fields that scorer leaves out (scripts/score_fields.py: title, meeting kind, ordinal,
organizer, location, source), each with the articles it misses. The dev set is also scored
on its files 101–217 alone: they were added after the rules were written, so they estimate
how extraction does on articles never seen. A gold set whose article files are not present
is reported, not scored.

Usage: evaluate.py [--set NAME ...] [--no-ner-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_fields  # a sibling script, not a package

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PROBES = ROOT / "tests" / "fixtures" / "probe-set"
PROBES2 = ROOT / "tests" / "fixtures" / "probe-set-2"
PROBES3 = ROOT / "tests" / "fixtures" / "probe-set-3"
PROBES4 = ROOT / "tests" / "fixtures" / "probe-set-4"
PROBES5 = ROOT / "tests" / "fixtures" / "probe-set-5"
PROBES6 = ROOT / "tests" / "fixtures" / "probe-set-6"
PROBES7 = ROOT / "tests" / "fixtures" / "probe-set-7"
# name: (articles folder, gold file, file-name prefixes scored: () for all)
SETS: dict[str, tuple[Path, Path, tuple[str, ...]]] = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.yaml", ()),
    "devset": (SHARED / "devset" / "articles", SHARED / "devset" / "gold.yaml", ()),
    "devset-101-217": (SHARED / "devset" / "articles", SHARED / "devset" / "gold.yaml", ("1", "2")),
    # Written for the tests by someone who saw neither the rules nor the dev set (see its README).
    "probe-set": (PROBES / "articles", PROBES / "gold.yaml", ()),
    "probe-set-2": (PROBES2 / "articles", PROBES2 / "gold.yaml", ()),
    "probe-set-3": (PROBES3 / "articles", PROBES3 / "gold.yaml", ()),
    "probe-set-4": (PROBES4 / "articles", PROBES4 / "gold.yaml", ()),
    "probe-set-5": (PROBES5 / "articles", PROBES5 / "gold.yaml", ()),
    "probe-set-6": (PROBES6 / "articles", PROBES6 / "gold.yaml", ()),
    "probe-set-7": (PROBES7 / "articles", PROBES7 / "gold.yaml", ()),
}


def run(name: str, seeds: Path, gold: Path, prefixes: tuple[str, ...], ner: bool) -> bool:
    entries = score_fields.load_gold(gold, prefixes)
    present = [g["file"] for g in entries if (seeds / g["file"]).is_file()]
    label = f"{name} ({'có' if ner else 'không'} NER)"
    if not present:
        print(f"\n== {label}: bỏ qua, không có tệp nào của {gold.name} trong {seeds}")
        return True
    with tempfile.TemporaryDirectory() as tmp:
        docs, subset = Path(tmp) / "docs", Path(tmp) / "gold.yaml"
        subset.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
        command = [sys.executable, "-m", "generator", "--seeds", str(seeds), "--docs", str(docs)]
        started = time.perf_counter()
        subprocess.run(
            [*command, "--no-cache", *([] if ner else ["--no-ner"])], check=True, cwd=ROOT
        )
        seconds = time.perf_counter() - started
        print(f"\n== {label}: {len(present)}/{len(entries)} bài có trong {seeds}, {seconds:.1f} s")
        score = [
            sys.executable,
            str(SHARED / "tools" / "score_metadata.py"),
            str(subset),
            str(docs),
        ]
        ok = subprocess.run(score, cwd=ROOT).returncode == 0
        print(f"-- các trường khác ({name}):")
        print("\n".join(score_fields.score(entries, score_fields.front_matters(docs))))
        return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS))
    parser.add_argument("--no-ner-only", action="store_true", help="skip the runs with NER")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(
            f"cần thư mục dữ liệu của nhóm {SHARED} bên cạnh kho mã (CI có nó): không có gì để chấm"
        )
        return 1
    ok = True
    for name in args.sets or SETS:
        seeds, gold, prefixes = SETS[name]
        if not gold.exists():
            print(f"\n== {name}: thiếu {gold}")
            ok = False
            continue
        for ner in (False,) if args.no_ner_only else (True, False):
            ok = run(name, seeds, gold, prefixes, ner) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
