"""Every reason the Door records is in the catalogue, so Insights and the report say
it in the person's language (they translate a recorded reason with its English)."""

from passdesk.core.admission import REASON_WORDS, Reason


def test_every_reason_is_marked_for_translation() -> None:
    assert {str(reason) for reason in Reason} <= set(REASON_WORDS)
    assert "no reason given" in REASON_WORDS  # what the tallies file a blank reason under
