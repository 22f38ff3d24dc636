"""core.languages.choose: forced, then chosen, then the system's, then English."""

from passdesk.core.languages import ENGLISH, PSEUDO_RTL, choose, code_of


def test_code_of_tags() -> None:
    assert [code_of(t) for t in ("de_CH", "de-CH", "DE", " fr ")] == ["de", "de", "de", "fr"]


def test_order_of_choice() -> None:
    offered = ["de", "fr"]
    assert choose(forced=None, chosen=None, system=["fr-CA", "de"], offered=offered) == "fr"
    assert choose(forced=None, chosen="de", system=["fr-CA"], offered=offered) == "de"
    assert choose(forced="fr", chosen="de", system=[], offered=offered) == "fr"
    assert choose(forced="pseudo-RTL", chosen="de", system=[], offered=offered) == PSEUDO_RTL


def test_a_language_not_offered_is_never_chosen() -> None:
    # An unfinished catalogue is not offered: a setting or a system asking for it gets English.
    assert choose(forced="it", chosen="nl", system=["pl_PL"], offered=["de"]) == ENGLISH
    assert choose(forced=None, chosen=None, system=["en_US", "de"], offered=["de"]) == ENGLISH
