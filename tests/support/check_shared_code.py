#!/usr/bin/env python3
"""Fails when code that should exist once is written twice.

Each group names files that share a job (the HTTP release providers, the CLI's commands, the
wine checks); a run of MIN_LINES or more identical code lines standing in two places of a group
means one of them should call the other. Blank lines, comments and lines of lone punctuation
are passed over and white space is folded, so reformatting does not hide a copy.

    check_shared_code.py SOURCE_ROOT        exit 0 when no group repeats itself
"""
import glob
import os
import re
import sys

MIN_LINES = 8

GROUPS = {
    "release providers (fold shared endpoints into HttpReleaseProvider)": [
        "core/forge/GiteaProvider.cpp",
        "core/forge/GitHubProvider.cpp",
        "core/forge/HttpReleaseProvider.cpp",
    ],
    "CLI commands (shared option blocks and plan runs belong in CliSupport)": ["app/cli/*.cpp"],
    "wine checks (shared steps belong in WineCheck or WineCheckSupport)": ["core/installer/WineCheck*.cpp"],
}

PUNCTUATION_ONLY = re.compile(r"^[\s{}()\[\];,]*$")


def code_lines(path):
    lines = []
    in_block_comment = False
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            text = raw.strip()
            if in_block_comment:
                if "*/" in text:
                    in_block_comment = False
                continue
            if text.startswith("/*"):
                in_block_comment = "*/" not in text
                continue
            if text.startswith("//") or text.startswith("#include") or PUNCTUATION_ONLY.match(text):
                continue
            lines.append((number, " ".join(text.split())))
    return lines


def repeats(root, patterns):
    files = sorted({path for pattern in patterns for path in glob.glob(os.path.join(root, pattern))})
    seen = {}
    found = []
    reported = set()
    for path in files:
        lines = code_lines(path)
        for start in range(len(lines) - MIN_LINES + 1):
            window = tuple(text for _, text in lines[start : start + MIN_LINES])
            place = (os.path.relpath(path, root), lines[start][0])
            first = seen.get(window)
            if first is None:
                seen[window] = place
                continue
            pair = (first[0], place[0])
            # One report per pair of files and region: skip windows that extend a reported run.
            key = (pair, first[1] // 40, place[1] // 40)
            if key in reported:
                continue
            reported.add(key)
            found.append((first, place, window[0]))
    return files, found


# Each wine check lives in a file of its own, named after it, so a check can be read (and
# changed) without the other six: WineCheck::stepUpgrade in WineCheckUpgrade.cpp.
def wine_checks_apart(root):
    problems = []
    for path in sorted(glob.glob(os.path.join(root, "core/installer/WineCheck*.cpp"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as handle:
            steps = re.findall(r"^void WineCheck::step(\w+)\(", handle.read(), re.M)
        if name == "WineCheck.cpp" and steps:
            problems.append(f"{name} defines the checks {', '.join(steps)}: give each its WineCheck<Name>.cpp")
        elif len(steps) > 1 and name != "WineCheckInstall.cpp":
            problems.append(f"{name} defines {len(steps)} checks ({', '.join(steps)})")
    return problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    failed = False
    problems = wine_checks_apart(root)
    for problem in problems:
        print(f"FAIL wine checks apart: {problem}")
    failed = bool(problems)
    if not problems:
        print("ok   wine checks apart: each check in a file of its own")
    for group, patterns in GROUPS.items():
        files, found = repeats(root, patterns)
        if not files:
            print(f"FAIL {group}: no files match {patterns}")
            failed = True
            continue
        if found:
            failed = True
            print(f"FAIL {group}:")
            for first, again, line in found:
                print(f"  {again[0]}:{again[1]} repeats {first[0]}:{first[1]} ({MIN_LINES}+ lines from: {line})")
        else:
            print(f"ok   {group}: {len(files)} files, no run of {MIN_LINES} lines written twice")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
