"""The Linux bundle's stand-in for ``cryptography`` (packaging/linux_shims): AES-CBC
through OpenSSL gives the NIST answers and carries SecretStorage's secrets both ways,
so keyring still reaches the Secret Service without the 11 MB package.

Each check runs in a child Python with the stand-in first on its path, as in the
bundle, so this process keeps the real ``cryptography``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIMS = REPO / "packaging" / "linux_shims"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the stand-in is for the Linux bundle")


def run_with_shim(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(SHIMS)!r})\n"
                           + code], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_aes_cbc_gives_the_nist_sp800_38a_answers() -> None:
    # SP 800-38A F.2.1/F.2.2 (CBC-AES128) and F.2.5 (CBC-AES256), all four blocks.
    out = run_with_shim("""
import cryptography
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
assert cryptography.__version__.endswith("passdesk.shim"), cryptography.__file__
plain = bytes.fromhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                      "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710")
iv = bytes(range(16))
for key, want in (
    ("2b7e151628aed2a6abf7158809cf4f3c",
     "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
     "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"),
    ("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
     "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b")):
    cipher = Cipher(algorithms.AES(bytes.fromhex(key)), modes.CBC(iv), default_backend())
    enc = cipher.encryptor()
    sealed = enc.update(plain[:20]) + enc.update(plain[20:]) + enc.finalize()
    assert sealed.hex() == want, (key, sealed.hex())
    dec = cipher.decryptor()
    assert dec.update(sealed) + dec.finalize() == plain
enc = Cipher(algorithms.AES(b"k" * 16), modes.CBC(iv)).encryptor()
enc.update(b"not a whole block")
try:
    enc.finalize()
except ValueError:
    print("short block refused")
""")
    assert out.strip() == "short block refused"


def test_secretstorage_seals_and_opens_a_secret_with_the_stand_in() -> None:
    # What SecretStorage does with a Secret Service session: its own key exchange
    # (both ends here), format_secret to send, Item.get_secret's decryption to read.
    out = run_with_shim("""
import cryptography
import secretstorage.util as util
assert cryptography.__version__.endswith("passdesk.shim"), cryptography.__file__
from secretstorage.dhcrypto import Session
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
desk, service = Session(), Session()
desk.set_server_public_key(service.my_public_key)
service.set_server_public_key(desk.my_public_key)
assert desk.aes_key == service.aes_key
desk.object_path = "/org/freedesktop/secrets/session/1"
_path, iv, sealed, _type = util.format_secret(desk, b"pd_live_4f9c2e", "text/plain")
assert b"pd_live" not in bytes(sealed)
opened = Cipher(algorithms.AES(service.aes_key), modes.CBC(bytes(iv))).decryptor()
padded = opened.update(bytes(sealed)) + opened.finalize()
assert padded[:-padded[-1]] == b"pd_live_4f9c2e"
import keyring.backends.SecretService as backend
try:  # keyring finds SecretStorage; then it needs the session bus, absent here
    backend.Keyring.priority
except RuntimeError as e:
    assert "SecretStorage" not in str(e), e
print("sealed", len(bytes(sealed)))
""")
    assert out.strip() == "sealed 16"
