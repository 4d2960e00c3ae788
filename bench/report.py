#!/usr/bin/env python3
"""The table of docs/PERFORMANCE.md from criterion's results: each benchmark's median, the core's time as a
ratio of raw SQLite's for the same rows, and the target. Usage: bench/report.py [CRITERION_DIR]
(default: $CARGO_TARGET_DIR/criterion, or ~/.cache/council-desk/target/criterion)."""

import json
import os
import sys
from pathlib import Path

LIST_MS, SEARCH_MS, BACKUP_MS, RATIO = 5.0, 20.0, 2000.0, 2.0


def results(root):
    """{group: {function: median in ms}} from every */new/benchmark.json below root."""
    found = {}
    for meta in root.glob("**/new/benchmark.json"):
        info = json.loads(meta.read_text())
        estimates = json.loads((meta.parent / "estimates.json").read_text())
        group = info["group_id"]
        function = info.get("function_id") or ""
        found.setdefault(group, {})[function] = estimates["median"]["point_estimate"] / 1e6
    return found


def target(group):
    """The time target in ms and whether the ratio target applies."""
    if group.startswith("search/"):
        return SEARCH_MS, False
    if group.startswith("backup"):
        return BACKUP_MS, False
    if group.startswith(("control/", "dashboard/", "execution_report/", "session_agenda")):
        return LIST_MS, True
    return None, False


def main():
    default = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/council-desk/target")) / "criterion"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    found = results(root)
    if not found:
        sys.exit(f"no criterion results under {root}: run make bench first")
    print("| benchmark | core | raw SQLite | ratio | target | met |")
    print("|---|---:|---:|---:|---|---|")
    for group in sorted(found):
        times = found[group]
        for function in sorted(f for f in times if f not in ("core", "raw")):
            name = f"{group}/{function}" if function else group
            limit, _ = target(group)
            ms = times[function]
            goal = f"≤ {limit:g} ms" if limit else "—"
            met = ("yes" if ms <= limit else "**no**") if limit else ""
            print(f"| {name} | {ms:.3f} ms | | | {goal} | {met} |")
        if "core" not in times:
            continue
        core, raw = times["core"], times.get("raw")
        limit, with_ratio = target(group)
        ratio = core / raw if raw else None
        goals, met = [], True
        if limit:
            goals.append(f"≤ {limit:g} ms")
            met = met and core <= limit
        if with_ratio and ratio is not None:
            goals.append(f"≤ {RATIO:g}× raw")
            met = met and ratio <= RATIO
        raw_text = f"{raw:.3f} ms" if raw else ""
        ratio_text = f"{ratio:.2f}×" if ratio else ""
        verdict = ("yes" if met else "**no**") if goals else ""
        print(f"| {group} | {core:.3f} ms | {raw_text} | {ratio_text} | {', '.join(goals) or '—'} | {verdict} |")


if __name__ == "__main__":
    main()
