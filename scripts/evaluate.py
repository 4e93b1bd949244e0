"""Score extraction against the team's gold files, with and without NER (used by `nox -s eval`).

For each gold set it generates pages into a temporary folder with `python -m generator` and
prints what ../shared/tools/score_metadata.py reports: a line per article (the error list)
and the totals. A gold set whose article files are not present is reported, not scored.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.yaml"),
    "devset": (SHARED / "devset" / "articles", SHARED / "devset" / "gold.yaml"),
}


def run(name: str, seeds: Path, gold: Path, ner: bool) -> bool:
    wanted = [g["file"] for g in yaml.safe_load(gold.read_text(encoding="utf-8"))]
    present = [f for f in wanted if (seeds / f).is_file()]
    label = f"{name} ({'có' if ner else 'không'} NER)"
    if not present:
        print(f"\n== {label}: bỏ qua, không có tệp nào của {gold.name} trong {seeds}")
        return True
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "generator", "--seeds", str(seeds), "--docs", tmp]
        started = time.perf_counter()
        subprocess.run([*command, *([] if ner else ["--no-ner"])], check=True, cwd=ROOT)
        seconds = time.perf_counter() - started
        print(f"\n== {label}: {len(present)}/{len(wanted)} bài có trong {seeds}, {seconds:.1f} s")
        score = [sys.executable, str(SHARED / "tools" / "score_metadata.py"), str(gold), tmp]
        return subprocess.run(score, cwd=ROOT).returncode == 0


def main() -> int:
    if not SHARED.is_dir():
        print(
            f"cần thư mục dữ liệu của nhóm {SHARED} bên cạnh kho mã (CI có nó): không có gì để chấm"
        )
        return 1
    ok = True
    for name, (seeds, gold) in SETS.items():
        if not gold.exists():
            print(f"\n== {name}: thiếu {gold}")
            ok = False
            continue
        for ner in (True, False):
            ok = run(name, seeds, gold, ner) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
