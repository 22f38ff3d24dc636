"""``modes.CBC``: an initialisation vector of one block (16 bytes)."""


class CBC:
    name = "CBC"

    def __init__(self, initialization_vector: bytes) -> None:
        if len(initialization_vector) != 16:
            raise ValueError("Invalid IV size for CBC: it must be 16 bytes.")
        self.initialization_vector = bytes(initialization_vector)
