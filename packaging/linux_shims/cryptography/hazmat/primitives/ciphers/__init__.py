"""``Cipher(algorithms.AES(key), modes.CBC(iv))``: what SecretStorage encrypts and
decrypts secrets with. Like cryptography's, it pads nothing (the caller does)."""

from cryptography.hazmat.primitives.ciphers import algorithms, modes
from cryptography.hazmat.primitives.ciphers._openssl import CipherContext


class Cipher:
    def __init__(self, algorithm: algorithms.AES, mode: modes.CBC, backend: object = None) -> None:
        if not isinstance(algorithm, algorithms.AES) or not isinstance(mode, modes.CBC):
            raise TypeError("only AES in CBC mode is here (passdesk's bundle)")
        self.algorithm, self.mode = algorithm, mode

    def encryptor(self) -> CipherContext:
        return CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=True)

    def decryptor(self) -> CipherContext:
        return CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=False)


__all__ = ["Cipher", "algorithms", "modes"]
