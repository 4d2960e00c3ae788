#!/usr/bin/env python3
"""Start-up time and memory of Council Desk against the floor (a minimal Tauri window).

Run by bench/startup.sh inside Xvfb; see docs/PERFORMANCE.md. Each run starts a binary, waits for its marker
line on stderr ("... dashboard ready ..."), which the page sends once it has painted its data, then after a
pause sums the proportional set size (PSS) of the process and all its descendants (WebKit's web and network
processes included) from /proc/<pid>/smaps_rollup, and stops them. Runs alternate between the two binaries.
"""

import argparse
import os
import signal
import statistics
import subprocess
import threading
import time

MARKER = "dashboard ready"


def descendants(pid):
    """The pid and every process below it, found through /proc/<pid>/task/*/children."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as f:
                    todo.extend(int(child) for child in f.read().split())
            except FileNotFoundError:
                pass
    return found


def memory_kib(pids):
    """PSS and RSS summed over the processes, in KiB."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
    return pss, rss


def run_once(binary, env, settle, timeout):
    """Seconds until the marker, PSS and RSS (KiB) after `settle` seconds, the number of processes and the
    page's steps as the marker line gives them."""
    started = time.monotonic()
    proc = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ready = threading.Event()
    elapsed = [None]
    steps = [""]

    def watch():
        for line in proc.stderr:
            if MARKER in line and not ready.is_set():
                elapsed[0] = time.monotonic() - started
                # "(page: html 12 ... painted 240 ms)": where the page's own time went.
                steps[0] = line[line.find("(page:"):].strip() if "(page:" in line else ""
                ready.set()
        ready.set()

    threading.Thread(target=watch, daemon=True).start()
    ready.wait(timeout)
    try:
        if elapsed[0] is None:
            raise SystemExit(f"{binary}: no '{MARKER}' line within {timeout} s")
        time.sleep(settle)
        pids = descendants(proc.pid)
        pss, rss = memory_kib(pids)
        return elapsed[0], pss, rss, len(pids), steps[0]
    finally:
        pids = descendants(proc.pid)
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for pid in pids[1:]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--db", required=True, help="the database the app opens (COUNCIL_DB)")
    parser.add_argument("--data-home", required=True, help="XDG_DATA_HOME for both, so no earlier state is read")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds after the marker before measuring")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable for both binaries (repeatable), for experiments")
    args = parser.parse_args()

    env = dict(os.environ, COUNCIL_DB=args.db, XDG_DATA_HOME=args.data_home)
    env.update(item.split("=", 1) for item in args.env)
    results = {"app": [], "floor": []}
    binaries = {"app": args.app, "floor": args.floor}
    # One discarded run of each first: the app's first start writes its daily backup, and both warm the caches.
    for name in ("app", "floor"):
        run_once(binaries[name], env, args.settle, args.timeout)
    for n in range(args.runs):
        for name in ("app", "floor"):
            seconds, pss, rss, count, steps = run_once(binaries[name], env, args.settle, args.timeout)
            results[name].append((seconds, pss, rss, count))
            print(f"run {n + 1} {name:5}: ready {seconds * 1000:6.0f} ms  PSS {pss / 1024:6.1f} MB"
                  f"  RSS {rss / 1024:6.1f} MB  ({count} processes)  {steps}", flush=True)

    def median(name, index):
        return statistics.median(r[index] for r in results[name])

    print()
    print(f"median of {args.runs}      start-up to data    PSS (all processes)")
    for name in ("app", "floor"):
        print(f"  {name:5}             {median(name, 0) * 1000:8.0f} ms      {median(name, 1) / 1024:8.1f} MB")
    time_ratio = median("app", 0) / median("floor", 0)
    pss_ratio = median("app", 1) / median("floor", 1)
    print(f"  ratio app/floor    {time_ratio:8.2f} (target <= 1.3)  {pss_ratio:5.2f} (target <= 1.2)")


if __name__ == "__main__":
    main()
