"""Throughput, scaling, start-up time and peak memory of `factcheck run`.

Builds a corpus of at least --megabytes MB in a temporary folder from the seed articles, the dev
case articles and the NewsQuant dev sentences (assembled into articles of 20 sentences), all read
from ../shared at run time and never copied into the repository. Then it times whole
`factcheck run` processes, as a user runs them: --repeat runs each with one worker and with one per
core, and a single seed article for start-up. Reports medians of wall-clock and CPU seconds, and
the peak resident memory, and quantulum3's own parsing speed in the same hour as a yardstick.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
SENTENCES_PER_ARTICLE = 20


def build_corpus(shared: Path, folder: Path, megabytes: float) -> int:
    """Write articles into `folder` until they hold `megabytes` MB; return the bytes written."""
    articles = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    articles += [path.read_text(encoding="utf-8") for path in sorted((shared / "dev" / "cases").glob("*/*.txt"))]
    bench = shared / "bench" / "newsquant-dev.jsonl"
    sentences = [json.loads(line)["text"] for line in bench.read_text(encoding="utf-8").splitlines() if line]
    for start in range(0, len(sentences), SENTENCES_PER_ARTICLE):
        articles.append(" ".join(sentences[start : start + SENTENCES_PER_ARTICLE]))
    written, copy = 0, 0
    while written < megabytes * 1_000_000:
        for number, text in enumerate(articles):
            (folder / f"{copy:03d}_{number:04d}.txt").write_text(text, encoding="utf-8")
            written += len(text.encode("utf-8"))
        copy += 1
    return written


def timed_run(*args: str | Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system, all its processes) of one `factcheck run` process."""
    command = [sys.executable, "-m", "checker", "run", *map(str, args), "--quiet", "--fail-on", "never"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def quantulum_speed(shared: Path, kilobytes: float = 70) -> float:
    """Bytes per second of quantulum3's own parser on whole articles (the seeds, then dev articles).

    The issue states the speed target against it (about 75x), so this machine's hour is measured
    with the same yardstick in the same run.
    """
    from quantulum3 import parser  # a second or two to import; only for this comparison

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((shared / "dev" / "cases").glob("*/*.txt"))
    texts, size = [], 0
    for path in paths:
        if size >= kilobytes * 1000:
            break
        texts.append(path.read_text(encoding="utf-8"))
        size += len(texts[-1].encode("utf-8"))
    parser.parse("a warm-up of 5 kg")
    start = time.process_time()
    for text in texts:
        parser.parse(text)
    return size / (time.process_time() - start)


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The median wall-clock and the median CPU seconds of some runs."""
    return statistics.median(wall for wall, _ in runs), statistics.median(cpu for _, cpu in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        corpus, out = Path(temporary) / "corpus", Path(temporary) / "reports"
        corpus.mkdir()
        size = build_corpus(options.shared, corpus, options.megabytes)
        files = len(list(corpus.iterdir()))
        rows = []
        for jobs in (1, 0):
            wall, cpu = medians([timed_run(corpus, "--out", out, "--jobs", jobs) for _ in range(options.repeat)])
            label = "1 worker" if jobs == 1 else "one worker per core"
            rows.append((label, f"{wall:.2f}", f"{size / wall / 1e6:.2f}", f"{cpu:.2f}"))
        seed = ROOT / "seeds" / "003_b7af040f00cc85d0.txt"
        startup, startup_cpu = medians([timed_run(seed, "--out", out) for _ in range(5)])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is not installed
        yardstick = quantulum_speed(options.shared)
    one_core = float(rows[0][2]) * 1e6
    print(f"corpus: {size / 1e6:.1f} MB in {files} articles; medians of {options.repeat} runs")
    print(tabulate(rows, headers=("run", "seconds", "MB/s", "CPU seconds")))
    print(f"start-up (one seed article, whole run): {startup:.2f} s ({startup_cpu:.2f} s CPU)")
    print(f"peak memory of a run: {peak:.0f} MB")
    print(
        f"quantulum3's parser on whole articles, same hour: {yardstick / 1000:.1f} KB/s CPU; "
        f"one worker is {one_core / yardstick:.0f}x that (the issue's 1 MB/s is about 75x its 13 KB/s)"
    )
    print("(on a machine shared with other work, wall-clock seconds rise with its load; CPU seconds less so)")


if __name__ == "__main__":
    main()
