"""HETU (with the 2023 separators and temporary codes) and Y-tunnus, checked with hypothesis."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from planner.errors import ValidationFailed
from planner.validation import (
    hetu_birth_date,
    hetu_is_temporary,
    normalise_business_id,
    normalise_email,
    normalise_hetu,
    normalise_language,
    normalise_phone,
)

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SEPARATORS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


def hetu_for(born: date, individual: int, separator: str) -> str:
    number = int(f"{born:%d%m}{born.year % 100:02d}{individual:03d}")
    return f"{born:%d%m}{born.year % 100:02d}{separator}{individual:03d}{CHECK_CHARS[number % 31]}"


@st.composite
def hetus(draw: st.DrawFn, temporary: bool = False) -> tuple[str, date]:
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    century = born.year // 100 * 100
    separator = draw(st.sampled_from(SEPARATORS[century]))
    individual = draw(st.integers(900, 999) if temporary else st.integers(2, 899))
    return hetu_for(born, individual, separator), born


@given(hetus())
def test_every_valid_hetu_is_accepted_with_its_birth_date(case: tuple[str, date]) -> None:
    hetu, born = case
    assert normalise_hetu(hetu.lower()) == hetu
    assert hetu_birth_date(hetu) == born
    assert not hetu_is_temporary(hetu)


@given(hetus(temporary=True))
def test_temporary_codes_are_accepted_and_marked(case: tuple[str, date]) -> None:
    hetu, _ = case
    assert normalise_hetu(hetu) == hetu
    assert hetu_is_temporary(hetu)


@given(hetus(), st.sampled_from(CHECK_CHARS))
def test_a_wrong_check_character_is_rejected(case: tuple[str, date], wrong: str) -> None:
    hetu, _ = case
    assume(wrong != hetu[-1])
    with pytest.raises(ValidationFailed) as caught:
        normalise_hetu(hetu[:-1] + wrong)
    (error,) = caught.value.errors
    assert error.field == "hetu"
    assert "tarkistemerkki" in error.message("fi")
    assert "check character" in error.message("en")


@given(st.text(max_size=14))
def test_arbitrary_text_never_crashes_the_hetu_check(text: str) -> None:
    try:
        normalise_hetu(text)
    except ValidationFailed as failure:
        assert failure.errors[0].message("sv")


def test_impossible_dates_and_formats_have_their_own_reason() -> None:
    with pytest.raises(ValidationFailed) as caught:
        normalise_hetu("310252-308T")
    assert "syntymäaika" in caught.value.message("fi")
    with pytest.raises(ValidationFailed) as caught:
        normalise_hetu("13105-308T")
    assert "PPKKVV" in caught.value.message("fi")


def ytunnus_for(digits: str) -> str | None:
    remainder = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if remainder == 1:
        return None
    return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


@given(st.text("0123456789", min_size=7, max_size=7))
def test_y_tunnus_with_right_check_digit_is_accepted(digits: str) -> None:
    business_id = ytunnus_for(digits)
    assume(business_id is not None)
    assert normalise_business_id(business_id) == business_id


@given(st.text("0123456789", min_size=7, max_size=7), st.integers(0, 9))
def test_y_tunnus_with_wrong_check_digit_is_rejected(digits: str, wrong: int) -> None:
    business_id = ytunnus_for(digits)
    assume(business_id is not None and business_id[-1] != str(wrong))
    with pytest.raises(ValidationFailed, match="business ID"):
        normalise_business_id(f"{digits}-{wrong}")


@pytest.mark.parametrize("good", ["anna.virtanen@kela.fi", "Ääni.Öljy@example.org",
                                  "x+tag@sub.hus.fi"])
def test_email_accepted(good: str) -> None:
    assert normalise_email(good).endswith(good.split("@")[1].lower())


@pytest.mark.parametrize("bad", ["anna", "anna@", "@kela.fi", "a b@kela.fi", "a@kela",
                                 "a@@kela.fi", "a@kela..fi", "a@kela.fi\nBcc: x@y.fi"])
def test_email_rejected(bad: str) -> None:
    with pytest.raises(ValidationFailed):
        normalise_email(bad)


def test_phone_and_language() -> None:
    assert normalise_phone(" 040  123 4567 ") == "040 123 4567"
    assert normalise_phone("+358 40 123 4567") == "+358 40 123 4567"
    for bad in ("12", "040-abc", "+358 40 123 4567 8888 9999"):
        with pytest.raises(ValidationFailed):
            normalise_phone(bad)
    assert normalise_language("AR") == "ar"
    assert normalise_language("fse") == "fse"
    with pytest.raises(ValidationFailed):
        normalise_language("xx")
