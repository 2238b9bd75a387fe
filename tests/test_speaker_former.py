"""A role alias ("Russian President" for Vladimir Putin) is someone else's
title when a former holder is meant or another full name follows it, and "the
former president" refers back to the one titled a former holder.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a former holder of the office the alias names
    ('Former Russian President Ivan Sorokin mocked the ruling. "This paper is useless," he wrote.',
     "en", ["Ivan Sorokin"]),
    ("L’ancien président russe Ivan Sorokine a raillé la décision : « Ce papier est inutile. »",
     "fr", ["Ivan Sorokine"]),
    # the alias as the title of another full name (written in that person's term)
    ('In 2010, Russian President Ivan Sorokin said: "We will see."', "en", ["Ivan Sorokin"]),
    # the alias alone, or before the name it stands for, is its holder
    ('The Russian President said: "No comment."', "en", ["Vladimir Putin"]),
    ('Russian President Vladimir Putin said: "No comment."', "en", ["Vladimir Putin"]),
])
def test_a_role_alias_that_titles_someone_else(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "the former president" is the one titled a former holder, even with a president named after him
    ('Former Lithuanian President Ona Kairys criticised the plan. Lithuanian President Jonas Petras was '
     'silent. Later the former president wrote, "It is a farce."', "en", ["Ona Kairys"]),
    # ... and "the president" is the one holding the office now
    ('Former Lithuanian President Ona Kairys criticised the plan. Lithuanian President Jonas Petras spoke '
     'later. "We will act," the president said.', "en", ["Jonas Petras"]),
])
def test_the_former_holder_by_description(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a lead's description, then the one the next sentence has speak with no title of his own
    ("L’ambassadeur suédois en Norvège a dénoncé la décision « dangereuse » d’Oslo. « C’est une erreur », "
     "a commenté Lars Berg. L’ambassadeur suédois a aussi accusé Oslo de « fuir ses responsabilités ».",
     "fr", ["Lars Berg", "Lars Berg", "Lars Berg"]),
    # ... but not someone the next sentence only mentions
    ("L’ambassadeur suédois en Norvège a dénoncé la décision « dangereuse » d’Oslo. Lars Berg est arrivé "
     "lundi.", "fr", ["Sweden"]),
])
def test_a_lead_description_and_the_untitled_speaker_after_it(text, lang, expected):
    check(text, lang, expected)
