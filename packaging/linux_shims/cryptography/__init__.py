"""Not the ``cryptography`` package: the part of its API that SecretStorage uses, for
passdesk's Linux bundle (packaging/passdesk.spec puts this folder first on the path).

keyring reaches the Secret Service (GNOME Keyring, KWallet) through SecretStorage,
which encrypts secrets in transit with AES-128-CBC from ``cryptography`` (11 MB,
mostly a Rust library) and does the key exchange itself. Here AES comes from
OpenSSL's libcrypto, which the bundle already carries for Python's ssl and hashlib
(ciphers/_openssl.py). tests/packaging/test_linux_shims.py checks it against the
NIST test vectors and SecretStorage's own use of it.
"""

__version__ = "0+passdesk.shim"
