"""AES-CBC through OpenSSL's EVP interface (libcrypto 1.1 or 3), with ctypes.

Python's ``_hashlib`` links libcrypto, so importing it loads the very library the
bundle carries; asking the loader for it by name then finds that one."""

from __future__ import annotations

import _hashlib  # noqa: F401 - loads libcrypto into the process
import ctypes
import ctypes.util


def _load() -> ctypes.CDLL:
    for name in ("libcrypto.so.3", "libcrypto.so.1.1", ctypes.util.find_library("crypto")):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    raise ImportError("OpenSSL's libcrypto is not loadable")


_lib = _load()
_lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
_lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
_lib.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
_lib.EVP_CipherInit_ex.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                   ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
_lib.EVP_CipherUpdate.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                  ctypes.POINTER(ctypes.c_int), ctypes.c_char_p, ctypes.c_int]
_lib.EVP_CipherFinal_ex.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                    ctypes.POINTER(ctypes.c_int)]
_CBC = {}
for _bits in (128, 192, 256):
    _fn = getattr(_lib, f"EVP_aes_{_bits}_cbc")
    _fn.restype = ctypes.c_void_p
    _CBC[_bits // 8] = _fn


class CipherContext:
    """One encryption or decryption: ``update`` as often as needed, then ``finalize``."""

    def __init__(self, key: bytes, iv: bytes, *, encrypt: bool) -> None:
        self._ctx = _lib.EVP_CIPHER_CTX_new()
        if not self._ctx:
            raise MemoryError("EVP_CIPHER_CTX_new failed")
        if not _lib.EVP_CipherInit_ex(self._ctx, _CBC[len(key)](), None, key, iv, int(encrypt)):
            raise ValueError("EVP_CipherInit_ex failed")
        _lib.EVP_CIPHER_CTX_set_padding(self._ctx, 0)  # as cryptography: no padding

    def update(self, data: bytes) -> bytes:
        if self._ctx is None:
            raise ValueError("Context was already finalized.")
        out = ctypes.create_string_buffer(len(data) + 16)
        written = ctypes.c_int(0)
        if not _lib.EVP_CipherUpdate(self._ctx, out, ctypes.byref(written), bytes(data),
                                     len(data)):
            raise ValueError("EVP_CipherUpdate failed")
        return out.raw[:written.value]

    def finalize(self) -> bytes:
        if self._ctx is None:
            raise ValueError("Context was already finalized.")
        out = ctypes.create_string_buffer(16)
        written = ctypes.c_int(0)
        done = _lib.EVP_CipherFinal_ex(self._ctx, out, ctypes.byref(written))
        _lib.EVP_CIPHER_CTX_free(self._ctx)
        self._ctx = None
        if not done:
            raise ValueError("The length of the provided data is not a multiple of the "
                             "block length.")
        return out.raw[:written.value]

    def __del__(self) -> None:
        if getattr(self, "_ctx", None):
            _lib.EVP_CIPHER_CTX_free(self._ctx)
