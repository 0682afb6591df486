#!/usr/bin/env python3
"""Checks that core/'s folders layer one way (DESIGN.md): no include cycle between folders, and
the rules the design spells out: version/ holds values only (includes nothing but common/),
git/ is a thin wrapper of the git command line (process/ and common/ only), net/ knows no
plans, nothing in core/ includes from ui/ or app/, ui/ has no folder named like one of core/, and
no test double (Fake*, Mock*, Stub*) is
compiled into core/.

  check_layers.py [REPO_ROOT]      exit 0 when the layering holds, 1 with each violation named
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)
ONLY = {  # folder -> the folders it may include (besides itself)
    "common": set(),
    "version": {"common"},
    "git": {"common", "process"},
    "net": {"common", "secrets"},
}


def graph(core):
    edges = {}
    for module in sorted(os.listdir(core)):
        folder = os.path.join(core, module)
        if not os.path.isdir(folder):
            continue
        edges[module] = {}
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".h", ".cpp")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for target in INCLUDE.findall(f.read()):
                    if target != module:
                        edges[module].setdefault(target, []).append(name)
    return edges


def cycles(edges):
    found, state, stack = [], {}, []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for target in edges.get(node, {}):
            if target not in edges:
                continue
            if state.get(target) == 1:
                found.append(stack[stack.index(target):] + [target])
            elif state.get(target) is None:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in edges:
        if state.get(node) is None:
            visit(node)
    return found


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    edges = graph(os.path.join(root, "core"))
    problems = []
    for module, targets in edges.items():
        for target, files in targets.items():
            if target in ("ui", "app"):
                problems.append(f"core/{module}/{files[0]} includes from {target}/")
            if module in ONLY and target not in ONLY[module] and target in edges:
                problems.append(f"core/{module}/{files[0]} includes {target}/ (allowed: {sorted(ONLY[module]) or 'nothing'})")
    # ui/ and core/ share no folder name: an include such as "build/X.h" must say which one it means
    # without depending on the order of the include paths.
    ui = os.path.join(root, "ui")
    if os.path.isdir(ui):
        for name in sorted(os.listdir(ui)):
            if os.path.isdir(os.path.join(ui, name)) and name in edges:
                problems.append(f"ui/{name}/ has the name of core/{name}/")
    # Test doubles (FakeKeychainBackend…) live in tests/support, never in the shipped library.
    for folder, _dirs, files in os.walk(os.path.join(root, "core")):
        for name in files:
            if name.startswith(("Fake", "Mock", "Stub")) and name.endswith((".h", ".cpp")):
                problems.append(f"{os.path.relpath(os.path.join(folder, name), root)} is a test double in core/")
    for cycle in cycles(edges):
        detail = "; ".join(f"{a}/{edges[a][b][0]} -> {b}/" for a, b in zip(cycle, cycle[1:]))
        problems.append("include cycle " + " -> ".join(cycle) + f" ({detail})")
    for problem in problems:
        print("layering:", problem)
    if not problems:
        print(f"layering: {len(edges)} folders of core/ include one way")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
