"""Peak memory and time of `factcheck run` on a 50 MB text file and on a folder of 20,000 small files.

The articles are made up here from a few template sentences (seeded, so every run builds the same
corpus), written to a temporary folder; nothing is read from ../shared. In the folders every article
gives the same figure for a subject, or (--disagree, fewer files) random ones, so that every pair of
articles disagrees: the worst case for the verdict explanations, which list the disagreeing pairs. Each run
is one whole `factcheck run --jobs 1` process, and its own peak resident memory is read with
`os.wait4` when it ends.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = (
    "Police said {n} people were injured when the roof of the market collapsed.",
    "About {n} homes were left without power after the storm, the utility said.",
    "The council voted on Tuesday to close the old bridge for repairs.",
    "At least {n} protesters were detained in the capital, officials said.",
    "Residents gathered in the square as the rain eased in the afternoon.",
    "The ministry said {n} soldiers had been killed since the start of the month.",
    "Prices rose by {p} percent in the year to March, the statistics office said.",
    "The mayor told reporters that the clean-up would take several weeks.",
    "Nearly {n} families were evacuated from the valley overnight.",
    "A spokesman declined to comment on the report.",
)


def article(rng: random.Random, sentences: int, agree: bool = False) -> str:
    """A made-up article: a title line and paragraphs of template sentences, with random figures or fixed ones."""
    lines = [f"Report {rng.randrange(10_000)}", ""]
    for _ in range(0, sentences, 4):
        picks = [rng.randrange(len(SENTENCES)) for _ in range(4)]
        figures = [
            (100 + 7 * pick, 3 + pick) if agree else (rng.randrange(2, 20_000), rng.randrange(1, 30)) for pick in picks
        ]
        lines.append(" ".join(SENTENCES[pick].format(n=n, p=p) for pick, (n, p) in zip(picks, figures, strict=True)))
        lines.append("")
    return "\n".join(lines)


def big_file(folder: Path, megabytes: float) -> Path:
    """One text file of about `megabytes` MB."""
    rng = random.Random(6)
    path = folder / "big.txt"
    written = 0
    with path.open("w", encoding="utf-8") as stream:
        while written < megabytes * 1_000_000:
            written += stream.write(article(rng, 40) + "\n")
    return path


def small_files(folder: Path, count: int, agree: bool) -> Path:
    """A folder of `count` small articles (about 1 KB each), 100 to a sub-folder."""
    rng = random.Random(20)
    root = folder / f"many-{count}"
    for number in range(count):
        sub = root / f"{number // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(article(rng, 8, agree), encoding="utf-8")
    return root


def measured_run(inputs: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one `factcheck run` process."""
    command = [sys.executable, "-m", "checker", "run", str(inputs), "--out", str(out), "--jobs", "1", "-q"]
    start = time.perf_counter()
    process = subprocess.Popen([*command, "--fail-on", "never"], cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"factcheck run {inputs} failed")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50.0, help="size of the one big file (0: none)")
    parser.add_argument("--files", type=int, default=20_000, help="small files that agree (0: none)")
    parser.add_argument("--disagree", type=int, nargs="*", default=[500, 1000, 2000], help="folder sizes, worst case")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for count, agree in [(options.files, True)] * bool(options.files) + [(c, False) for c in options.disagree]:
            many = small_files(folder, count, agree)
            size = sum(path.stat().st_size for path in many.rglob("*.txt"))
            seconds, peak = measured_run(many, folder / "out-many")
            label = "figures agree" if agree else "every pair disagrees"
            rows.append((f"{count:,} files, {size / 1e6:.1f} MB, {label}", f"{seconds:.0f}", f"{peak:.0f}"))
            print(*rows[-1], sep="\t", flush=True)
        if options.megabytes:
            big = big_file(folder, options.megabytes)
            seconds, peak = measured_run(big, folder / "out-big")
            rows.append((f"one file of {big.stat().st_size / 1e6:.1f} MB", f"{seconds:.0f}", f"{peak:.0f}"))
    print(tabulate(rows, headers=("input", "seconds", "peak MB")))


if __name__ == "__main__":
    main()
