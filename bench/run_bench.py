"""Veille benchmark: throughput of a full `veille run` against bare spaCy, peak memory, and the cost of
a second run with no change. A script, not a test: it prints figures.

    .venv/bin/python bench/run_bench.py                      # 2,000 generated documents of ~600 words
    .venv/bin/python bench/run_bench.py --documents 200      # a quicker look
    .venv/bin/python bench/run_bench.py --corpus DIR         # your own corpus instead
    .venv/bin/python bench/run_bench.py --workers 2          # both sides with 2 spaCy processes

Generated documents are made of sentences of the shipped corpus (corpus/dev and corpus/test), shuffled
with a fixed seed, each under its own heading so that no two are duplicates. The measures:
1. bare `nlp.pipe` of `fr_core_news_md` on the same texts, with the same number of processes (model
   load excluded);
2. `veille run` as a user runs it, on an empty output folder: its wall time (model load, Prefect, reading,
   analysis, tables: everything) and the peak memory of all its processes together;
3. `veille run` again with no change;
4. bare `nlp.pipe` once more. The speed of a shared machine drifts by tens of percent within minutes,
   so the throughput ratio is taken against the mean of the bare measures before and after the run.
   `--rounds N` repeats 2 and 4 (a fresh output folder each time) and gives the median of the N ratios.
Both runs use a Prefect server started by the script, as scheduled runs do (`veille serve` keeps one up
for its runs); `--temporary-server` lets each run start its own temporary server instead.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
WORDS = re.compile(r"\w+")


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            for sentence in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", line.strip()):
                if len(sentence.split()) >= 8 and sentence.endswith((".", "»")):
                    sentences.append(sentence)
    return sentences


def generate(folder: Path, documents: int, words: int) -> None:
    sentences = corpus_sentences()
    rng = random.Random(20261126)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(documents):
        paragraphs, paragraph, count = [], [], 0
        while count < words:
            sentence = rng.choice(sentences)
            paragraph.append(sentence)
            count += len(sentence.split())
            if len(paragraph) == 4:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        title = f"Note de synthèse n° {number + 1}"
        (folder / f"note-{number + 1:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")


def read_texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.rglob("*")) if p.is_file()]


def bare_pipe(texts: list[str], workers: int) -> float:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=workers):
        pass
    return time.perf_counter() - start


def run_measured(command: list[str], env: dict) -> tuple[float, int, str]:
    """Wall time, peak resident memory of the process and all its children together, and the log."""
    with tempfile.TemporaryFile(mode="w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        parent, peak = psutil.Process(process.pid), 0
        while process.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
        log.seek(0)
        output = log.read()
    if process.returncode != 0:
        sys.exit(f"veille run failed ({process.returncode}):\n{output[-3000:]}")
    return elapsed, peak, output


def start_prefect_server(home: Path, env: dict) -> tuple[subprocess.Popen, dict]:
    port = 4299
    env = {**env, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    import urllib.request

    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/health", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        sys.exit("the Prefect server did not start")
    return server, {**env, "PREFECT_API_URL": url}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600, help="words per generated document")
    parser.add_argument("--corpus", default=None, help="use this corpus instead of generating one")
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes, for both measures")
    parser.add_argument("--temporary-server", action="store_true", help="no shared Prefect server")
    parser.add_argument(
        "--rounds", type=int, default=1, help="full runs, each between two bare runs; the median ratio is given"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="veille-bench-"))
    corpus = Path(args.corpus) if args.corpus else work / "corpus"
    if not args.corpus:
        generate(corpus, args.documents, args.words)
    texts = read_texts(corpus)
    words = sum(len(WORDS.findall(text)) for text in texts)
    print(f"corpus: {len(texts)} documents, {words:,} words ({words / max(len(texts), 1):.0f} per document)")
    print(f"processes: {args.workers}; machine: {os.cpu_count()} cores")

    bares = [bare_pipe(texts, args.workers)]
    print(f"bare nlp.pipe:         {bares[0]:8.1f} s  {words / bares[0]:8,.0f} words/s")

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    server = None
    if not args.temporary_server:
        server, env = start_prefect_server(work / "prefect", env)
    firsts, peaks, ratios = [], [], []
    try:
        for number in range(1, args.rounds + 1):
            out = work / f"out-{number}"
            command = [sys.executable, "-m", "pipelines.cli", "run", "--corpus", str(corpus), "--out", str(out)]
            command += ["--workers", str(args.workers)]
            first, peak, _ = run_measured(command, env)
            firsts.append(first)
            peaks.append(peak)
            print(f"veille run, first:     {first:8.1f} s  {words / first:8,.0f} words/s  peak {peak / 2**20:,.0f} MiB")
            if number == 1:
                second, peak2, log2 = run_measured(command, env)
                print(f"veille run, no change: {second:8.1f} s  peak {peak2 / 2**20:,.0f} MiB")
                summary = [line.split(" - ", 1)[-1] for line in log2.splitlines() if "documents (" in line]
                print(f"  {summary[-1] if summary else ''}")
            bares.append(bare_pipe(texts, args.workers))
            print(f"bare nlp.pipe:         {bares[-1]:8.1f} s  {words / bares[-1]:8,.0f} words/s")
            ratios.append((bares[-2] + bares[-1]) / 2 / first)
    finally:
        if server is not None:
            os.killpg(server.pid, 15)
            server.wait()
    print()
    each = ", ".join(
        f"{ratio:.2f} (bare {before:.0f} s and {after:.0f} s)"
        for ratio, before, after in zip(ratios, bares, bares[1:], strict=False)
    )
    print(f"throughput ratio veille / bare nlp.pipe: {statistics.median(ratios):.2f}  (target >= 0.75)")
    print(f"  per round, against the mean of the bare runs before and after it: {each}")
    print(f"second run / first run:                  {second / firsts[0]:.1%}  (target < 5 %)")
    print(f"peak memory of the first run:            {max(peaks) / 2**30:.2f} GiB  (target < 2 GiB)")
    print(f"prefect: {'temporary server per run' if args.temporary_server else 'one server for both runs'}")
    if args.keep:
        print(f"kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
