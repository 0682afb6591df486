#!/usr/bin/env python3
"""Writes the differential-test corpus for rd::Version: version strings and packaging's verdict.

Usage: make_version_corpus.py --out FILE [--count N] [--seed S]

The strings come from a seeded generator, so every run writes the same file for the same
packaging release: valid and invalid versions built from every PEP 440 segment kind (epochs,
long releases, pre/post/dev spellings, local labels), odd separators, mixed case, surrounding
whitespace (including Python's Unicode whitespace), leading zeros, numbers past 64 bits and up to
Python's 4300-digit limit, "v" prefixes, the few non-ASCII letters Python's IGNORECASE matching
folds to ASCII, and plain junk.

Output, JSON lines (ASCII, big numbers as strings):
  line 1     {"format": 1, "packaging": "23.0", "python": "3.11.2", "seed": 440, "count": N}
  N lines    {"s": input, "valid": false}
             {"s": input, "valid": true, "norm": str(v), "base": v.base_version, "public": v.public,
              "epoch": "0", "release": ["1", "0"], "pre": ["rc", "1"] | null, "post": "1" | null,
              "dev": "0" | null, "local": "ubuntu.1" | null, "is_pre": b, "is_dev": b,
              "is_post": b, "major": "1", "minor": "0", "micro": "0"}
  last line  {"order": [row indices of the valid rows, sorted by packaging],
              "rank": [dense rank of each of them: equal versions share a rank]}
Row indices count the N input lines from 0.
"""

import argparse
import json
import random
import sys

try:
    import packaging
    from packaging.version import InvalidVersion, Version
except ImportError:  # the C++ test reads this exit code and skips
    sys.stderr.write("python3-packaging is not installed (Debian package python3-packaging)\n")
    sys.exit(3)

DEFAULT_SEED = 440
DEFAULT_COUNT = 15000
MAX_DIGITS = 4300  # CPython's default int_max_str_digits, which rd::VersionNumber mirrors

KNOWN = [
    # packaging's own test versions, in their documented order
    "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
    "1.0b2.post345.dev456", "1.0b2.post345", "1.0b2-346", "1.0c1.dev456", "1.0c1", "1.0rc2",
    "1.0c3", "1.0", "1.0.post456.dev34", "1.0.post456", "1.1.dev1", "1.2+123abc",
    "1.2+123abc456", "1.2+abc", "1.2+abc123", "1.2+abc123def", "1.2+1234.abc", "1.2+123456",
    "1.2.r32+123456", "1.2.rev33+123456",
    "1!1.0.dev456", "1!1.0a1", "1!1.0a2.dev456", "1!1.0a12.dev456", "1!1.0a12", "1!1.0b1.dev456",
    "1!1.0b2", "1!1.0b2.post345.dev456", "1!1.0b2.post345", "1!1.0b2-346", "1!1.0c1.dev456",
    "1!1.0c1", "1!1.0rc2", "1!1.0c3", "1!1.0", "1!1.0.post456.dev34", "1!1.0.post456",
    "1!1.1.dev1", "1!1.2+123abc", "1!1.2+123abc456", "1!1.2+abc", "1!1.2+abc123",
    "1!1.2+abc123def", "1!1.2+1234.abc", "1!1.2+123456", "1!1.2.r32+123456", "1!1.2.rev33+123456",
    # spellings and normalisation
    "1.0-RC.1", "v1.0", "V1.0", "1.0.post-1", "1.0-post-1", "1.0.dev", "1!2.0", "1.0+ubuntu.1",
    "1.0+ubuntu-1", "1.0+ubuntu_1", "1.0-1", "1.0-0", " 1.0 ", "\t1.0\n", "1.0A1", "1.0ALPHA1",
    "1.0Beta2", "1.0PREVIEW3", "1.0pre", "1.0c", "1.0rc", "1.0-r", "1.0rev", "1.0.POST",
    "1.0-dev-1", "1.0_dev_1", "1.0a.1", "1.0a-1", "1.0a_1", "1.0a.", "1.0a-", "1.0a_",
    "1.0.post.", "1.0.dev.", "1.0a--1", "1.0a..post", "1.0a...post", "1.0.a1", "1.0-a1",
    "1.0_a1", "01.02.003", "0!0", "00!00.00", "1.0+01", "1.0+001.a", "1.0+A.B", "1.0+a.B.c",
    "1.0a1.post2.dev3+local.7", "1.0rc1.post0.dev0", "1.0.0.0.0.0.0.0", "0", "0.0", "1", "1.",
    "1..0", ".1", "1.0.", "1.0-", "1.0_", "1.0+", "1.0+.", "1.0+a.", "1.0+.a", "1.0+a..b",
    "1.0+a$", "1.0-foo", "1.0.0-SNAPSHOT", "1.0a1b1", "1.0.dev1a1", "1.0.post1.post2",
    "1.0.dev1.post1", "1.0 rc1", "1.0\u00a0", "\u30001.0\u3000", "vv1.0", "v", "v.1", "1!", "1!v1",
    "!1.0", "1!!1.0", "1.0!1", "dev", "nightly", "snapshot-2024", "vdev", "latest", "", " ",
    "\t\n", "french toast", "1.0+a+", "1.0++", "1.0+_foobar", "1.0+foo&asd", "1.0+1+1",
    "1.0a1-1", "1.0-1-1", "1.0-1dev", "1.0-1.dev1", "1.0-1-dev-1", "1.0c1.r3.dev4",
    "1.0previ\u0130w", "1.0prev\u0130ew1", "1.0prev\u0131ew1", "1.0PREV\u0131EW1", "1.0.po\u017ft1",
    "1.0-PO\u017fT", "1.0+\u0130", "1.0+\u0131", "1.0+\u017f", "1.0+\u212a", "1.0+k", "1.0+ok.\u212a1",
    "1.0+\u0130\u0131", "\u212a1.0", "1.\uff10", "\uff11.0", "1.0\u200b", "\ufeff1.0", "1.0\x00",
    "1.0\x1c", "\x1f1.0\x1e", "1.0\x85", "1.0\u2028", "1.0\u2029", "1.0\u202f", "1.0\u205f",
    "1.0\u180e", "\U0001d7d9.0", "1.0+\U0001d7d9", "1.0\u00b2", "\u0661.0",
    "18446744073709551615", "18446744073709551616", "9223372036854775807",
    "9223372036854775808", "9999999999999999999", "10000000000000000000",
    "1.18446744073709551616rc18446744073709551617",
    "0000000000000000000000000000001", "1.0+0000000000000000000000000000",
    # the edges of rd::Version's packed sort key (epoch 4 bits, release parts 16, pre number 8)
    "14!1", "15!1", "16!1", "15!0", "14!65535", "65534.65535.65534", "65535.1", "65536.0",
    "1.65534.65535", "1.65535", "1.65535.1", "1.2.65535", "1.2.65534", "1.2.65536", "1.2.3.4",
    "1.2.3.0.0", "1.2.3.0.1", "1.2.3rc254", "1.2.3rc255", "1.2.3rc256", "1.2.3a255.post1",
    "1.2.3b256.dev1", "1.2.3.4rc1", "1.2.3.4.dev0", "65535!1", "1.0prev\u0131ew0",
    "1.0prev\u0131ew5", "1.0prev\u0130ew5", "1.0prev\u0130ew0", "1.0PREV\u0130EW300",
    "1.0prev\u0131ew300", "1.0prev\u0131ew.post1", "1.0prev\u0130ew-dev", "1.0.po\u017ft0",
    "1.0.po\u017ft9", "1.0-9", "1.0.post9.dev1", "1.0.po\u017ft1.dev1",
]

PRE_WORDS = ["a", "alpha", "b", "beta", "c", "rc", "pre", "preview"]
POST_WORDS = ["post", "rev", "r"]
SEPARATORS = ["", "", "", ".", "-", "_"]
WHITESPACE = ["", "", "", "", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f",
              "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u2028", "\u202f", "\u3000"]
ODD_CHARS = ["\u0130", "\u0131", "\u017f", "\u212a", "\uff11", "\u0661", "\u00b2", "\u200b",
             "\ufeff", "\U0001d7d9", "\u00e9", "\u0307", "\x00", "\x7f", "\u180e", "\ud7ff",
             "\uffff", "\U00010000"]
JUNK_ALPHABET = "0123456789....----____++!!vVaAbBcCdDeEiIlLnNoOpPrRsStTwWxXyYzZkK \t#~^:*?/@$%&"


def number(rng):
    r = rng.random()
    if r < 0.50:
        return str(rng.randint(0, 9))
    if r < 0.68:
        return str(rng.randint(10, 99))
    if r < 0.76:
        return "0" * rng.randint(1, 3) + str(rng.randint(0, 99))
    if r < 0.86:
        return str(rng.randint(100, 99999999))
    if r < 0.91:
        return str(rng.randint(10**17, 10**21))
    if r < 0.96:
        return str(rng.randint(2**63 - 3, 2**64 + 3))
    if r < 0.985:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(20, 60)))
    return "0" * rng.randint(15, 30) + str(rng.randint(0, 10**21))


def mixed_case(rng, text):
    mode = rng.random()
    if mode < 0.6:
        return text
    if mode < 0.75:
        return text.upper()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in text)


def local_label(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.35:
            parts.append(number(rng) if rng.random() < 0.3 else str(rng.randint(0, 40)))
        elif kind < 0.85:
            parts.append(mixed_case(rng, "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                                 for _ in range(rng.randint(1, 7)))))
        else:
            parts.append(rng.choice(["ubuntu", "deb12u1", "cpu", "cu118", "g1234abc", "0abc", "abc0"]))
    text = parts[0]
    for part in parts[1:]:
        text += rng.choice([".", ".", "-", "_"]) + part
    return text


def structured(rng):
    s = rng.choice(WHITESPACE)
    s += rng.choice(["", "", "", "v", "V"])
    if rng.random() < 0.15:
        s += number(rng) + "!"
    s += ".".join(number(rng) for _ in range(rng.choice([1, 2, 2, 3, 3, 3, 3, 4, 5, 7])))
    if rng.random() < 0.45:
        s += rng.choice(SEPARATORS) + mixed_case(rng, rng.choice(PRE_WORDS)) + rng.choice(SEPARATORS)
        if rng.random() < 0.8:
            s += number(rng)
    if rng.random() < 0.3:
        if rng.random() < 0.3:
            s += "-" + number(rng)
        else:
            s += rng.choice(SEPARATORS) + mixed_case(rng, rng.choice(POST_WORDS)) + rng.choice(SEPARATORS)
            if rng.random() < 0.75:
                s += number(rng)
    if rng.random() < 0.3:
        s += rng.choice(SEPARATORS) + mixed_case(rng, "dev") + rng.choice(SEPARATORS)
        if rng.random() < 0.75:
            s += number(rng)
    if rng.random() < 0.25:
        s += "+" + local_label(rng)
    s += rng.choice(WHITESPACE)
    return s


def mutate(rng, s):
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        op = rng.randrange(12)
        i = rng.randint(0, len(s))
        if op == 0 and s:  # delete a character
            i = min(i, len(s) - 1)
            s = s[:i] + s[i + 1:]
        elif op == 1:  # insert a likely character
            s = s[:i] + rng.choice(JUNK_ALPHABET) + s[i:]
        elif op == 2 and s:  # duplicate a character
            i = min(i, len(s) - 1)
            s = s[:i] + s[i] + s[i:]
        elif op == 3 and len(s) > 1:  # swap neighbours
            i = min(i, len(s) - 2)
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == 4:  # truncate
            s = s[:i]
        elif op == 5:  # append a segment, possibly out of order or repeated
            s += rng.choice(SEPARATORS) + rng.choice(PRE_WORDS + POST_WORDS + ["dev"]) + rng.choice(["", "1", "0"])
        elif op == 6:  # an odd character
            s = s[:i] + rng.choice(ODD_CHARS) + s[i:]
        elif op == 7:  # whitespace inside
            s = s[:i] + rng.choice([" ", "\t", "\u3000"]) + s[i:]
        elif op == 8:  # a separator doubled or swapped
            s = s[:i] + rng.choice(["..", "--", "__", ".-", "+", "!", "+."]) + s[i:]
        elif op == 9:  # a letter folded by Python's IGNORECASE
            s = s.replace("i", rng.choice(["\u0130", "\u0131"]), 1).replace("s", "\u017f", 1)
            s = s.replace("k", "\u212a", 1)
        elif op == 10:  # case flip
            s = mixed_case(rng, s)
        else:  # a junk suffix or prefix
            junk = "".join(rng.choice(JUNK_ALPHABET) for _ in range(rng.randint(1, 4)))
            s = junk + s if rng.random() < 0.5 else s + junk
    return s


def junk(rng):
    return "".join(rng.choice(JUNK_ALPHABET) for _ in range(rng.randint(0, 14)))


def ordering_grid():
    releases = ["1", "1.0", "1.0.0", "01.0", "1.00.0", "1.1", "0.9", "1!1.0"]
    pres = ["", "a", "a0", "a1", "alpha1", "b1", "beta2", "c1", "rc1", "pre1", "preview2", "rc10"]
    posts = ["", ".post0", "-1", ".post1", "rev1", ".r2"]
    devs = ["", ".dev", ".dev0", ".dev1"]
    locals_ = ["", "+1", "+01", "+a", "+A", "+a.1", "+1.a", "+a-1", "+b", "+1.0", "+1.0.0"]
    grid = []
    for r in releases:
        for p in pres:
            for q in posts:
                for d in devs:
                    grid.append(r + p + q + d)
    rng = random.Random(7)
    for r in releases[:5]:
        for l in locals_:
            grid.append(r + l)
            grid.append(r + rng.choice(pres) + rng.choice(posts) + rng.choice(devs) + l)
    return grid


def huge_numbers():
    values = []
    for digits in (MAX_DIGITS - 1, MAX_DIGITS, MAX_DIGITS + 1):
        values.append("1" * digits)
        values.append("1." + "9" * digits)
        values.append("1.0+" + "7" * digits)
        values.append("0" * digits + "1")
        values.append("1.0rc" + "3" * digits)
    values.append("1!" + "2" * 5000)
    values.append("1." + "0" * 4299 + "5.dev" + "0" * 4300)
    return values


def generate(rng, count):
    seen = set()
    out = []

    def add(s):
        if s not in seen:
            seen.add(s)
            out.append(s)

    for s in KNOWN:
        add(s)
    for s in ordering_grid():
        add(s)
    for s in huge_numbers():
        add(s)
    attempts = 0
    while len(out) < count and attempts < count * 20:
        attempts += 1
        r = rng.random()
        if r < 0.55:
            add(structured(rng))
        elif r < 0.90:
            add(mutate(rng, structured(rng) if rng.random() < 0.7 else rng.choice(out)))
        else:
            add(junk(rng))
    return out


def record(s):
    try:
        v = Version(s)
        norm = str(v)
    except (InvalidVersion, ValueError):  # ValueError: a number past int_max_str_digits
        return {"s": s, "valid": False}, None
    return {
        "s": s,
        "valid": True,
        "norm": norm,
        "base": v.base_version,
        "public": v.public,
        "epoch": str(v.epoch),
        "release": [str(n) for n in v.release],
        "pre": [v.pre[0], str(v.pre[1])] if v.pre is not None else None,
        "post": str(v.post) if v.post is not None else None,
        "dev": str(v.dev) if v.dev is not None else None,
        "local": v.local,
        "is_pre": v.is_prerelease,
        "is_dev": v.is_devrelease,
        "is_post": v.is_postrelease,
        "major": str(v.major),
        "minor": str(v.minor),
        "micro": str(v.micro),
    }, v


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()

    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(MAX_DIGITS)  # pin CPython's default, whatever the environment says
    else:
        sys.stderr.write("this Python has no int_max_str_digits limit; rd::Version has one (4300)\n")
        sys.exit(4)

    strings = generate(random.Random(args.seed), args.count)
    rows = []
    versions = []
    for index, s in enumerate(strings):
        row, version = record(s)
        rows.append(row)
        if version is not None:
            versions.append((version, index))

    versions.sort(key=lambda pair: pair[0])  # stable
    order = [index for _, index in versions]
    rank = []
    for position, (version, _) in enumerate(versions):
        if position == 0:
            rank.append(0)
        else:
            rank.append(rank[-1] + (0 if version == versions[position - 1][0] else 1))

    with open(args.out, "w", encoding="ascii") as f:
        header = {"format": 1, "packaging": packaging.__version__, "python": sys.version.split()[0],
                  "seed": args.seed, "count": len(rows)}
        f.write(json.dumps(header) + "\n")
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
        f.write(json.dumps({"order": order, "rank": rank}) + "\n")
    print(f"{len(rows)} strings, {len(versions)} valid, packaging {packaging.__version__}")


if __name__ == "__main__":
    main()
