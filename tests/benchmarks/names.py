"""Fictional but realistic people for the synthetic store: Finnish, Finland-Swedish, Sámi and
immigrant names as they appear in Finnish registers (diacritics kept), and valid HETUs.

The mix is rough Finnish population shares: most names Finnish, about 5 % Swedish-speaking,
about 9 % with a foreign background, a few Sámi; the search must find every one of them
("Öhman", "Åkerblom", "Nguyễn", "Áilu") by the start of any name part.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from stdnum.fi import hetu as stdnum_hetu

FINNISH_WOMEN = (
    "Aino", "Anna", "Anneli", "Eeva", "Elina", "Emma", "Hanna", "Helena", "Helmi", "Iida",
    "Inkeri", "Johanna", "Kaarina", "Katja", "Kerttu", "Kristiina", "Laura", "Leena", "Liisa",
    "Maija", "Marjatta", "Minna", "Noora", "Oona", "Päivi", "Pirjo", "Riikka", "Sanna",
    "Satu", "Siiri", "Sinikka", "Tuula", "Tiina", "Venla", "Ülle", "Aila", "Sirkka", "Eila",
    "Hilkka", "Tyyne", "Elsa", "Aada", "Ella", "Veera", "Pihla", "Hertta",
)
FINNISH_MEN = (
    "Antti", "Eero", "Erkki", "Heikki", "Ilkka", "Jaakko", "Jari", "Juha", "Jukka", "Jussi",
    "Kalle", "Kari", "Lauri", "Markku", "Matti", "Mikko", "Olli", "Pekka", "Pentti", "Petri",
    "Sami", "Seppo", "Timo", "Tapio", "Tuomas", "Veikko", "Väinö", "Ville", "Onni", "Eino",
    "Aarne", "Toivo", "Yrjö", "Ahti", "Niilo", "Oskari", "Eelis", "Leevi", "Jyrki", "Pärttyli",
)
FINNISH_SURNAMES = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
    "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen",
    "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
    "Hyvönen", "Pöllänen", "Kärkkäinen", "Väisänen", "Räsänen", "Äikäs", "Ärrävaara",
    "Öystilä", "Pääkkönen", "Törmänen", "Hölttä", "Ylä-Outinen", "Kyllönen", "Mäntylä",
    "Sääskilahti", "Jääskeläinen", "Lähteenmäki", "Kämäräinen", "Ylönen", "Östman",
)
SWEDISH_WOMEN = ("Anna-Lena", "Birgitta", "Ebba", "Ingrid", "Linnea", "Maja", "Sofia",
                 "Ulrika", "Wilhelmina", "Åsa", "Märta", "Ragnhild")
SWEDISH_MEN = ("Anders", "Björn", "Carl-Johan", "Erik", "Fredrik", "Gustav", "Henrik",
               "Johan", "Mikael", "Nils", "Stig", "Örjan", "Åke")
SWEDISH_SURNAMES = ("Lindholm", "Sjöberg", "Åkerblom", "Öhman", "Lindqvist", "Nyström",
                    "Holmström", "Wikström", "Söderlund", "Björklund", "Ekholm", "Grönroos",
                    "Forsström", "Backman", "Åström", "Sundqvist")
SAMI_FIRST = ("Áilu", "Máret", "Ánde", "Sunná", "Elle", "Biret", "Niillas", "Jovnna")
SAMI_SURNAMES = ("Aikio", "Valkeapää", "Näkkäläjärvi", "Magga", "Guttorm", "Länsman")
# Immigrant backgrounds common in Finland, spelled as registered (Latin script, diacritics).
FOREIGN_WOMEN = (
    "Fatima", "Amina", "Hodan", "Layla", "Zahra", "Olga", "Svetlana", "Irina", "Nguyễn Thị Lan",
    "Maryam", "Ayşe", "Tigist", "Hawa", "Meseret", "Anastasiia", "Oksana", "Şirin",
)
FOREIGN_MEN = (
    "Mohamed", "Ahmed", "Abdullahi", "Ali", "Hassan", "Yusuf", "Dmitri", "Sergei", "Aleksandr",
    "Mehmet", "Reza", "Bilal", "Omar", "Trần Văn Minh", "Andriy", "Kofi", "Juan Pablo",
)
FOREIGN_SURNAMES = (
    "Abdi", "Hassan", "Mohamud", "Warsame", "Ali", "Ahmadi", "Hosseini", "Rahimi", "Ivanova",
    "Ivanov", "Smirnova", "Petrova", "Kuznetsov", "Nguyễn", "Trần", "Yılmaz", "Öztürk",
    "Al-Hashimi", "Karimi", "Tesfaye", "Mensah", "Kovalenko", "Shevchenko", "Tamm", "Saar",
    "García López", "Da Silva",
)
# (ISO 639 code, share) of interpreter languages for the foreign-background clients
INTERPRETER_LANGUAGES = ("so", "ar", "ru", "fa", "vi", "tr", "ku", "uk", "ti", "prs")
STREETS = ("Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Sibeliuksenkatu", "Koulukatu",
           "Rantatie", "Myllytie", "Kirkkokatu", "Puistokatu", "Satamakatu", "Mäntytie",
           "Tervahovinkatu", "Köydenpunojankatu", "Östra Esplanaden", "Åsvägen")
TOWNS = ("Tampere", "Helsinki", "Kuopio", "Oulu", "Turku", "Vaasa", "Jyväskylä", "Pori",
         "Hämeenlinna", "Seinäjoki", "Rovaniemi", "Inari", "Porvoo", "Mikkeli", "Joensuu")

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# 2023 reform: several separators per century (all valid; the old ones still most common)
_SEPARATORS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


@dataclass(frozen=True)
class Person:
    first_names: str
    last_name: str
    language: str  # the client's own language (ISO 639-1)
    interpreter_language: str | None


def hetu(born: date, individual: int, rng: random.Random) -> str:
    """A valid HETU: the check character is the 9-digit number modulo 31 (individual numbers
    900–999 are temporary codes, 002–899 permanent)."""
    separators = _SEPARATORS[born.year // 100 * 100]
    separator = separators[0] if rng.random() < 0.9 else rng.choice(separators)
    digits = f"{born:%d%m%y}{individual:03d}"
    return f"{digits[:6]}{separator}{individual:03d}{_CHECK[int(digits) % 31]}"


def checked_hetu(born: date, individual: int, rng: random.Random) -> str:
    """``hetu`` cross-checked with python-stdnum (the app's own validator)."""
    value = hetu(born, individual, rng)
    stdnum_hetu.validate(value, allow_temporary=True)
    return value


def birth_date(rng: random.Random, today: date) -> date:
    """Working-age adults mostly, then the elderly and young people (the five situations)."""
    age = rng.choice((rng.randint(18, 64), rng.randint(18, 64), rng.randint(65, 98),
                      rng.randint(15, 29)))
    return today - timedelta(days=age * 365 + rng.randint(0, 364))


def person(rng: random.Random) -> Person:
    roll = rng.random()
    woman = rng.random() < 0.52
    if roll < 0.84:
        first = rng.choice(FINNISH_WOMEN if woman else FINNISH_MEN)
        second = rng.choice(FINNISH_WOMEN if woman else FINNISH_MEN)
        return Person(f"{first} {second}" if second != first else first,
                      rng.choice(FINNISH_SURNAMES), "fi", None)
    if roll < 0.89:
        first = rng.choice(SWEDISH_WOMEN if woman else SWEDISH_MEN)
        return Person(first, rng.choice(SWEDISH_SURNAMES), "sv", None)
    if roll < 0.91:
        return Person(rng.choice(SAMI_FIRST), rng.choice(SAMI_SURNAMES), "se", None)
    first = rng.choice(FOREIGN_WOMEN if woman else FOREIGN_MEN)
    language = rng.choice(INTERPRETER_LANGUAGES)
    return Person(first, rng.choice(FOREIGN_SURNAMES), language,
                  language if rng.random() < 0.6 else None)


def address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 80)}, {rng.choice(TOWNS)}"
