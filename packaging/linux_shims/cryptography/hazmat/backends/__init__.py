"""``default_backend()``: OpenSSL is the only backend, as in cryptography since 3.1."""


def default_backend() -> None:
    return None
