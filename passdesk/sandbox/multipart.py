"""Reading ``multipart/form-data`` bodies with the standard library (no extra dependency).

The batch endpoints take a CSV file and a few text fields this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from starlette.requests import Request

from passdesk.sandbox.errors import bad_request


@dataclass
class FormPart:
    name: str
    filename: str | None
    data: bytes

    def text(self) -> str:
        return self.data.decode("utf-8").strip()


async def form_parts(request: Request, *, max_bytes: int) -> dict[str, FormPart]:
    """The parts of a multipart body by name; 400 if the body is not one or too large."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise bad_request("Send multipart/form-data with a csv file")
    raw = await request.body()
    if len(raw) > max_bytes + 64 * 1024:  # the file's limit plus room for the other parts
        raise bad_request(f"The csv file must be at most {max_bytes // (1024 * 1024)} MB")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw)
    if not message.is_multipart():
        raise bad_request("The multipart/form-data body could not be read")
    out = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            out[str(name)] = FormPart(str(name), part.get_filename(),
                                      part.get_payload(decode=True) or b"")
    return out
