#!/usr/bin/env python3
"""A small pure-Python Ed25519 (RFC 8032, pure, no pre-hash) WITH signing, for test fixtures.

    from ed25519_ref import public_key, sign, verify, public_key_text, key_id
    pub = public_key(seed32); sig = sign(seed32, message); verify(pub, message, sig)

Slow and not constant-time: for tests only, never for real keys.
`python3 ed25519_ref.py` checks it (and releasedesk_update.py's verifier) against RFC 8032's test
vectors 1-3, against libsodium-style edge cases, and against `cryptography` when that is installed.
"""
from __future__ import annotations

import base64
import hashlib
import os
import sys

P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _inv(x: int) -> int:
    return pow(x, P - 2, P)


def _recover_x(y: int, sign: int):
    if y >= P:
        return None
    x2 = (y * y - 1) * _inv(D * y * y + 1) % P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P:
        return None
    return P - x if (x & 1) != sign else x


G_Y = 4 * _inv(5) % P
G_X = _recover_x(G_Y, 0)
G = (G_X, G_Y, 1, G_X * G_Y % P)


def _add(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % P
    b = (p[1] + p[0]) * (q[1] + q[0]) % P
    c = 2 * p[3] * q[3] * D % P
    d = 2 * p[2] * q[2] % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % P, g * h % P, f * g % P, e * h % P


def _mul(s: int, p):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _equal(p, q) -> bool:
    return (p[0] * q[2] - q[0] * p[2]) % P == 0 and (p[1] * q[2] - q[1] * p[2]) % P == 0


def _encode(p) -> bytes:
    zi = _inv(p[2])
    x, y = p[0] * zi % P, p[1] * zi % P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _decode(s: bytes):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % P)


def _h(*parts: bytes) -> int:
    return int.from_bytes(hashlib.sha512(b"".join(parts)).digest(), "little")


def _expand(seed: bytes):
    if len(seed) != 32:
        raise ValueError("an Ed25519 seed is 32 bytes")
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def public_key(seed: bytes) -> bytes:
    a, _ = _expand(seed)
    return _encode(_mul(a, G))


def sign(seed: bytes, message: bytes) -> bytes:
    a, prefix = _expand(seed)
    pub = _encode(_mul(a, G))
    r = _h(prefix, message) % L
    big_r = _encode(_mul(r, G))
    s = (r + _h(big_r, pub, message) * a) % L
    return big_r + s.to_bytes(32, "little")


def verify(pub: bytes, message: bytes, signature: bytes) -> bool:
    """RFC 8032 5.1.7 (cofactorless, as libsodium): decode A and R, S < L, [S]B == R + [k]A."""
    if len(pub) != 32 or len(signature) != 64:
        return False
    a, r = _decode(pub), _decode(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if a is None or r is None or s >= L:
        return False
    k = _h(signature[:32], pub, message) % L
    return _equal(_mul(s, G), _add(r, _mul(k, a)))


def public_key_text(pub: bytes) -> str:
    return "ed25519:" + base64.b64encode(pub).decode()


def secret_key_text(seed: bytes) -> str:
    return "ed25519-secret:" + base64.b64encode(seed).decode()


def key_id(pub: bytes) -> str:
    return hashlib.sha256(pub).digest()[:8].hex()


def signature_file(message: bytes, seeds) -> bytes:
    """The SHA256SUMS.sig / rollout.json.sig text: one 'ed25519 <key id> <base64>' line per key."""
    return b"".join(f"ed25519 {key_id(public_key(s))} {base64.b64encode(sign(s, message)).decode()}\n".encode()
                    for s in seeds)


# RFC 8032 section 7.1, TEST 1-3: (secret seed, public key, message, signature).
RFC8032_VECTORS = [
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     ("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
     "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     ("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
     "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")),
    ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     ("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
     "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")),
]


def _load_module():
    """releasedesk_update.py from the source tree (imported by path: it is not a package)."""
    import importlib.util
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "core", "update", "python", "releasedesk_update.py")
    spec = importlib.util.spec_from_file_location("releasedesk_update", os.path.normpath(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules["releasedesk_update"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def self_test() -> int:
    rdu = _load_module()
    checks = 0

    def check(ok: bool, what: str) -> None:
        nonlocal checks
        checks += 1
        if not ok:
            raise SystemExit(f"ed25519_ref self-test FAILED: {what}")

    for n, (seed_hex, pub_hex, msg_hex, sig_hex) in enumerate(RFC8032_VECTORS, 1):
        seed, pub, msg, sig = (bytes.fromhex(x) for x in (seed_hex, pub_hex, msg_hex, sig_hex))
        check(public_key(seed) == pub, f"vector {n}: public key")
        check(sign(seed, msg) == sig, f"vector {n}: signature")
        check(verify(pub, msg, sig), f"vector {n}: ref verify")
        check(rdu.ed25519_verify(pub, msg, sig), f"vector {n}: module verify")
        for bad_msg, bad_sig in ((msg + b"x", sig), (msg, sig[:5] + bytes([sig[5] ^ 1]) + sig[6:]),
                                 (msg, sig[:40] + bytes([sig[40] ^ 0x80]) + sig[41:])):
            check(not verify(pub, bad_msg, bad_sig), f"vector {n}: ref refuses a changed message/signature")
            check(not rdu.ed25519_verify(pub, bad_msg, bad_sig), f"vector {n}: module refuses a changed one")
        # S + L is the same scalar but not canonical: libsodium refuses it, and so must we.
        s_plus_l = (int.from_bytes(sig[32:], "little") + L).to_bytes(32, "little")
        check(not rdu.ed25519_verify(pub, msg, sig[:32] + s_plus_l), f"vector {n}: S >= L refused")
        check(not rdu.ed25519_verify(pub[:31], msg, sig) and not rdu.ed25519_verify(pub, msg, sig[:63]),
              f"vector {n}: wrong lengths refused")

    # Keys that are not points, non-canonical encodings, and small-order keys are refused.
    seed = bytes(range(32))
    msg = b"releasedesk"
    sig = sign(seed, msg)
    not_a_point = (2).to_bytes(32, "little")              # y = 2 has no x on the curve
    check(_decode(not_a_point) is None, "y = 2 is not on the curve")
    non_canonical = (P + 1).to_bytes(32, "little")        # y = p + 1 (≡ 1) is not canonical
    identity = (1).to_bytes(32, "little")                 # the neutral element: small order
    for bad_key in (not_a_point, non_canonical, identity, b"\xff" * 32):
        check(not rdu.ed25519_verify(bad_key, msg, sig), f"bad key {bad_key.hex()[:8]}… refused")
    # A signature whose R is the neutral element verifies under the small-order key identity with
    # S = 0 in naive implementations; libsodium (and the module) refuse small-order R and A.
    forged = identity + bytes(32)
    check(verify(identity, msg, forged), "the naive reference accepts the small-order forgery (as documented)")
    check(not rdu.ed25519_verify(identity, msg, forged), "module refuses a small-order forgery")

    # Random keys and messages against the module, and against `cryptography` if present.
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        Ed25519PrivateKey = None
    for i in range(8):
        seed = hashlib.sha256(b"seed %d" % i).digest()
        msg = os.urandom(i * 37)
        pub, sig = public_key(seed), sign(seed, msg)
        check(rdu.ed25519_verify(pub, msg, sig), f"random {i}: module verifies the reference's signature")
        if Ed25519PrivateKey is not None:
            other = Ed25519PrivateKey.from_private_bytes(seed)
            raw = other.public_key().public_bytes_raw() if hasattr(other.public_key(), "public_bytes_raw") else None
            if raw is not None:
                check(raw == pub, f"random {i}: same public key as cryptography")
            check(other.sign(msg) == sig, f"random {i}: same signature as cryptography")

    # Signature files: rotation lines, comments, CRLF; key ids.
    seeds = [hashlib.sha256(b"old").digest(), hashlib.sha256(b"new").digest()]
    pubs = [public_key(s) for s in seeds]
    text = b"# comment\r\n\r\n" + signature_file(msg, seeds).replace(b"\n", b"\r\n")
    check(rdu.verify_signature_file(msg, text, [pubs[1]])[0] == "", "rotation: new key")
    check(rdu.verify_signature_file(msg, text, [pubs[0]])[0] == "", "rotation: old key")
    check(rdu.verify_signature_file(msg, text, pubs)[0] == "", "rotation: both keys")
    check(rdu.verify_signature_file(msg + b"!", text, pubs)[0] == "bad_signature", "changed message")
    check(rdu.verify_signature_file(msg, text, [public_key(bytes(32))])[0] == "unknown_key", "unknown key")
    check(rdu.verify_signature_file(msg, None, pubs)[0] == "unsigned", "no signature file")
    check(rdu.verify_signature_file(msg, b"ed25519 x\n", pubs)[0] == "bad_signature", "damaged line")
    check(rdu.verify_signature_file(msg, b"", pubs)[0] == "unknown_key", "empty file")
    check(rdu.key_id(pubs[0]) == key_id(pubs[0]) and len(key_id(pubs[0])) == 16, "key id")
    check(rdu.parse_public_key(public_key_text(pubs[0])) == pubs[0], "public key text round trip")
    print(f"ed25519_ref self-test: {checks} checks passed (RFC 8032 vectors 1-3, module verifier"
          f"{', cryptography' if Ed25519PrivateKey else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(self_test())
