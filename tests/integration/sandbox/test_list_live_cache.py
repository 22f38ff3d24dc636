"""The passes list leaves nullified passes out from a cached list (not a test of every
pass at every page): a pass nullified after a list was read is gone from the next list,
and a pass added after it is in it."""

from __future__ import annotations

from tests.integration.sandbox.test_sandbox_http import all_pages, create, template_id


def test_a_pass_nullified_after_a_list_leaves_the_next_list(client, sandbox) -> None:
    before = [p["id"] for p in all_pages(client, perPage=100)]
    gone = before[3]
    assert client.post(f"/passes/{gone}/nullify").status_code == 200
    after = [p["id"] for p in all_pages(client, perPage=100)]
    assert after == [i for i in before if i != gone]
    first = client.get("/passes", params={"perPage": 5}).json()
    assert first["meta"]["totalCount"] == len(before) - 1
    with_nullified = [p["id"] for p in all_pages(client, perPage=100, includeNullified="true")]
    assert sorted(with_nullified) == sorted(before)


def test_a_pass_created_after_a_list_is_in_the_next_list(client, sandbox) -> None:
    before = {p["id"] for p in all_pages(client, perPage=100)}
    made = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "Late"}})
    assert made.status_code == 200
    assert {p["id"] for p in all_pages(client, perPage=100)} == before | {
        made.json()["data"]["id"]}
