"""Language codes accepted for clients, interpreters and professionals.

ISO 639-1 two-letter codes, plus ISO 639-3 codes for languages met in Finnish services that
have none: Finnish and Finland-Swedish sign language (fse, fss), Inari and Skolt Sámi (smn, sms),
Karelian (krl), Finnish Kalo Romani (rmf), Dari (prs), Sorani and Kurmanji Kurdish (ckb, kmr).
"""

from __future__ import annotations

ISO_639_1 = frozenset("""
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu
    cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi
    ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks
    ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl
    nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
    sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve
    vi vo wa wo xh yi yo za zh zu
""".split())
ISO_639_3_EXTRA = frozenset(('fse', 'fss', 'smn', 'sms', 'krl', 'rmf', 'prs', 'ckb', 'kmr'))


def is_language_code(code: str) -> bool:
    return code in ISO_639_1 or code in ISO_639_3_EXTRA


# CLDR (Babel) names the others; these it lacks or files under another code.
_OWN_NAMES = {
    "prs": {"fi": "dari", "sv": "dari", "en": "Dari"},
    "fse": {"fi": "suomalainen viittomakieli", "sv": "finsk teckenspråk",
            "en": "Finnish Sign Language"},
    "fss": {"fi": "suomenruotsalainen viittomakieli", "sv": "finlandssvenskt teckenspråk",
            "en": "Finland-Swedish Sign Language"},
    "rmf": {"fi": "kaalo", "sv": "finsk romani", "en": "Finnish Kalo Romani"},
}


def language_name(code: str, in_language: str) -> str:
    """A language's name as the UI language says it ("ar" in Finnish: "arabia"); the code
    itself when no name is known, so nothing is hidden."""
    if code in _OWN_NAMES:
        return _OWN_NAMES[code].get(in_language, _OWN_NAMES[code]["en"])
    from babel import Locale, UnknownLocaleError  # ~20 ms: only when a name is shown

    try:
        name = Locale.parse(in_language).languages.get(code)
    except (UnknownLocaleError, ValueError):
        name = None
    return name or code
