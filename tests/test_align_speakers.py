"""One spelling per person across languages (pipeline/align/speakers.py)."""

from __future__ import annotations

from pipeline.align.speakers import unify_speakers
from pipeline.data import Quote


def q(qid: str, speaker: str | None, lang: str) -> Quote:
    return Quote(quote_id=qid, doc_id=qid, lang=lang, text="...", start=0, end=3, speaker=speaker)


def test_french_romanisations_of_russian_names_take_the_english_spelling():
    quotes = [q("a", "Evgueni Prigojine", "fr"), q("b", "Yevgeny Prigozhin", "en"), q("c", "Iouri Ouchakov", "fr"),
              q("d", "Yuri Ushakov", "en"), q("e", "Sergueï Sobianine", "fr"), q("f", "Sergei Sobyanin", "en")]
    renames = unify_speakers(quotes, "en")
    assert renames == {"Evgueni Prigojine": "Yevgeny Prigozhin", "Iouri Ouchakov": "Yuri Ushakov",
                       "Sergueï Sobianine": "Sergei Sobyanin"}
    assert [x.speaker for x in quotes] == ["Yevgeny Prigozhin", "Yevgeny Prigozhin", "Yuri Ushakov", "Yuri Ushakov",
                                           "Sergei Sobyanin", "Sergei Sobyanin"]


def test_names_are_left_alone_without_a_single_english_match():
    quotes = [q("a", "Jean Dupont", "fr"), q("b", "Xi Jinping", "fr"), q("c", "Xi Jinping", "en"),
              q("d", "Kim Jong Un", "fr"), q("e", "Marie Kim", "en"), q("f", "Paul Kim", "en"),
              q("g", "Vladimir Putin", "fr"), q("h", None, "fr")]
    # no English Dupont; Xi Jinping is spelled alike; two English Kims; canonical names are skipped
    assert unify_speakers(quotes, "en", skip=["Vladimir Putin", "Kim Jong Un"]) == {}
    assert quotes[0].speaker == "Jean Dupont" and quotes[3].speaker == "Kim Jong Un"


def test_only_source_language_quotes_are_renamed():
    quotes = [q("a", "Yuri Ushakov", "en"), q("b", "Iouri Ouchakov", "en")]
    assert unify_speakers(quotes, "en") == {}


def test_first_names_must_agree_when_both_are_given():
    quotes = [q("a", "Jake Sullivan", "fr"), q("b", "Dan Sullivan", "en")]
    assert unify_speakers(quotes, "en") == {}
    quotes = [q("a", "Sullivan", "fr"), q("b", "Jake Sullivan", "en")]
    assert unify_speakers(quotes, "en") == {"Sullivan": "Jake Sullivan"}


def test_spellings_of_one_name_in_the_target_language_become_the_most_frequent():
    quotes = [q("a", "Anna Kovacs", "en"), q("b", "Anna Kovacs", "en"), q("c", "Ana Kovacs", "en"),
              q("d", "Sergey Petrov", "en"), q("e", "Sergei Petrov", "en"), q("f", "Sergei Petrov", "en"),
              q("g", "Jake Miller", "en"), q("h", "Dan Miller", "en"), q("i", "Kovacs", "en"),
              q("j", "Miller", "en")]
    renames = unify_speakers(quotes, "en")
    assert renames == {"Ana Kovacs": "Anna Kovacs", "Sergey Petrov": "Sergei Petrov", "Kovacs": "Anna Kovacs"}
    # different first names are different people; a surname alone takes the one
    # full name of the run that it is part of, and is left as it is when there are two
    assert [x.speaker for x in quotes[6:]] == ["Jake Miller", "Dan Miller", "Anna Kovacs", "Miller"]


def test_source_language_spellings_no_english_article_gives_agree_among_themselves():
    quotes = [q("a", "Anatoli Fedorouk", "fr"), q("b", "Anatoli Fedorouk", "fr"), q("c", "Anatoly Fedorouk", "fr"),
              q("d", "Jean Fedorouk", "fr"), q("e", "Sergueï Sobianine", "fr"), q("f", "Sergei Sobyanin", "en"),
              q("g", "Sergueï Sobianin", "fr")]
    renames = unify_speakers(quotes, "en")
    assert renames["Anatoly Fedorouk"] == "Anatoli Fedorouk" and "Jean Fedorouk" not in renames
    # the English spelling, where an English article gives one, wins over the French ones
    assert [x.speaker for x in quotes] == ["Anatoli Fedorouk"] * 3 + ["Jean Fedorouk"] + ["Sergei Sobyanin"] * 3


def test_a_family_name_written_first_takes_the_full_name():
    quotes = [q("a", "Xi Jinping", "en"), q("b", "Xi", "en"), q("c", "Blinken", "fr"), q("d", "Antony Blinken", "en")]
    unify_speakers(quotes, "en")
    assert [x.speaker for x in quotes] == ["Xi Jinping", "Xi Jinping", "Antony Blinken", "Antony Blinken"]


def test_a_surname_takes_the_full_name_most_quotes_give():
    quotes = [q("a", "Matthew Miller", "en"), q("b", "Matthew Miller", "en"), q("c", "Matt Miller", "fr"),
              q("d", "Miller", "en")]
    unify_speakers(quotes, "en")
    assert quotes[3].speaker == "Matthew Miller"


def test_a_shortened_first_name_is_the_same_person():
    quotes = [q("a", "Matthew Miller", "en"), q("b", "Matt Miller", "fr"), q("c", "Miller", "en")]
    unify_speakers(quotes, "en")
    assert quotes[2].speaker == "Matthew Miller"
    # a French article's shortened first name takes the English full name
    assert quotes[1].speaker == "Matthew Miller"


def test_a_surname_takes_a_canonical_full_name_too():
    quotes = [q("a", "Matthew Miller", "en"), q("b", "Miller", "en")]
    unify_speakers(quotes, "en", skip=["Matthew Miller"])
    assert quotes[1].speaker == "Matthew Miller"


def test_a_surname_one_letter_from_a_more_frequent_one_is_a_slip():
    quotes = [q("a", "Anna Wenberg", "en"), q("b", "Anna Wenberg", "fr"), q("c", "Anna Wemberg", "fr"),
              q("d", "Paul Zakharov", "en"), q("e", "Paul Zakharov", "en"), q("f", "Paul Zakharova", "en"),
              q("g", "Li Wei", "en"), q("h", "Li Wei", "en"), q("i", "Li Wen", "en"),
              q("j", "Jan Novak", "en"), q("k", "Jan Nowak", "en")]
    renames = unify_speakers(quotes, "en")
    # a Slavic feminine is another person, a short surname is no slip, and a tie names no winner
    assert renames == {"Anna Wemberg": "Anna Wenberg"}
    assert quotes[2].speaker == "Anna Wenberg" and quotes[5].speaker == "Paul Zakharova"


def test_y_and_i_before_doubled_letters_spell_one_name():
    # "y" reads as "i" before doubled letters collapse: "Tykhyi" and "Tykhii" are one surname
    quotes = [q("a", "Heorhiy Tykhyi", "en"), q("b", "Heorhiy Tykhyi", "en"), q("c", "Heorhii Tykhii", "en")]
    assert unify_speakers(quotes, "en") == {"Heorhii Tykhii": "Heorhiy Tykhyi"}
    # ... not two surnames that differ in more than that
    quotes = [q("a", "Heorhiy Tykhyi", "en"), q("b", "Heorhiy Tykhyi", "en"), q("c", "Heorhii Tykhon", "en")]
    assert unify_speakers(quotes, "en") == {}
