"""Over HTTP: a created template keeps the designer's inferred image and barcode keys."""

from __future__ import annotations

PNG = "data:image/png;base64,iVBORw0KGgo="


def detail(response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


def test_created_template_keeps_images_and_barcode(client):
    body = {"passTemplate": {"name": "Designed", "logoImageUrl": "https://cdn.example.com/l.png",
                             "bannerImageUrl": PNG,
                             "barcode": {"type": "aztec", "altText": "Show me"}}}
    response = client.post("/pass-templates", json=body)
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert attrs["logoImageUrl"] == "https://cdn.example.com/l.png"
    assert attrs["bannerImageUrl"] == PNG
    assert attrs["barcode"] == {"type": "aztec", "altText": "Show me"}
    again = client.get(f"/pass-templates/{response.json()['data']['id']}").json()["data"]
    assert again["attributes"] == attrs
    listed = client.get("/pass-templates", params={"perPage": 100}).json()["data"]
    assert any(t["attributes"].get("barcode") == attrs["barcode"] for t in listed)


def test_without_them_the_template_has_none(client):
    response = client.post("/pass-templates", json={"passTemplate": {"name": "Plain"}})
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert not {"logoImageUrl", "bannerImageUrl", "barcode"} & set(attrs)


def test_bad_shapes_are_422_with_what_to_fix(client, sandbox):
    before = len(client.get("/pass-templates", params={"perPage": 100}).json()["data"])
    response = client.post("/pass-templates", json={"passTemplate": {
        "name": "Bad", "logoImageUrl": "http://insecure.example.com/l.png",
        "bannerImageUrl": "data:image/gif;base64,R0lGOD==",
        "barcode": {"type": "ean13", "altText": 7}}})
    assert response.status_code == 422
    words = detail(response)
    assert "logoImageUrl must be an https URL" in words
    assert "bannerImageUrl must be" in words
    assert "only PNG and JPEG" in words
    assert "barcode.type must be one of qrCode, pdf417, aztec, code128" in words
    assert "barcode.altText must be text" in words
    after = len(client.get("/pass-templates", params={"perPage": 100}).json()["data"])
    assert after == before  # nothing was created
