"""Speaker rules of the spk2 stop: general facts of French and English news
writing, each case a short sentence written for these tests."""

from __future__ import annotations

import pytest

from .test_speakers import check


# -- "le président de la République": in French news, the French president ---------------

@pytest.mark.parametrize("text, lang, expected", [
    # bare, it names the head of state of France
    ("« Il faut agir vite », a déclaré le président de la République à la presse.", "fr",
     ["Emmanuel Macron"]),
    ("Le président de la République a indiqué que la réunion avait été « utile ».", "fr",
     ["Emmanuel Macron"]),
    # the name of another republic runs on after it: that state's president
    ("« Il faut agir vite », a déclaré le président de la République tchèque, Petr Pavel.", "fr",
     ["Petr Pavel"]),
    ("« Il faut agir vite », a déclaré le président de la République de Corée, Yoon Suk Yeol.", "fr",
     ["Yoon Suk Yeol"]),
    ("« Il faut agir vite », a déclaré le président de la République islamique d'Iran, Ebrahim Raïssi.",
     "fr", ["Ebrahim Raïssi"]),
])
def test_president_of_the_republic(text, lang, expected):
    check(text, lang, expected)
