"""Who speaks for whom (``pipeline.align.roles``) and its use in scoring."""

from pipeline.align.clusters import align_quotes
from pipeline.align.roles import Roles
from pipeline.align.similarity import INSTITUTION_STATES
from pipeline.data import Quote

ALIASES = {"Kremlin": ["the Kremlin", "le Kremlin"], "China": ["China", "la Chine"],
           "US State Department": ["the State Department", "le département d'État"]}


def _roles(*pairs):
    r = Roles(ALIASES, INSTITUTION_STATES)
    for person, sentence in pairs:
        r.add(person, sentence)
    return r


def test_role_before_and_after_the_name():
    r = _roles(("Ivan Petrov", "Kremlin spokesman Ivan Petrov told reporters the plan was dead."),
               ("Jane Doe", "Jane Doe, a State Department spokeswoman, said the talks went well."),
               ("Paul Roy", "Le porte-parole du département d’Etat, Paul Roy, a jugé la visite utile."))
    assert r.of("ivan petrov") == {"russia"}
    assert r.of("jane doe") == {"united states"}
    assert r.of("paul roy") == {"united states"}
    assert _roles(("Li Wei", "China's leader Li Wei said the visit was useful.")).of("li wei") == {"china"}


def test_role_of_someone_else_or_body_elsewhere():
    r = _roles(("Jane Doe", "Doe told China's top diplomat Li Wei that the talks went well."),
               ("Ivan Petrov", "The plan is dead, the Kremlin says, and President Ivan Petrov agrees."),
               ("Li Wei", "Li Wei, the minister, said the friends of China would come."))
    assert r.of("jane doe") == frozenset()
    assert r.of("ivan petrov") == frozenset()
    assert r.of("li wei") == frozenset()
    assert _roles(("Li Wei", "Doe told China's top diplomat Li Wei that it went well.")).of("li wei") == {"china"}


def _q(qid, doc, text, speaker, context):
    return Quote(quote_id=qid, doc_id=doc, lang="en", text=text, start=0, end=len(text), speaker=speaker,
                 translation=text, context=context)


def test_spokesman_and_his_body_share_a_short_phrase():
    dates = {"d1": "2024-03-01", "d2": "2024-03-01", "d3": "2024-03-01"}
    quotes = [
        _q("a", "d1", "totally unacceptable", "Ivan Petrov",
           "Kremlin spokesman Ivan Petrov called the sanctions totally unacceptable."),
        _q("b", "d2", "totally unacceptable", "Kremlin", "The Kremlin called the sanctions totally unacceptable."),
        _q("c", "d3", "totally unacceptable", "Kremlin", "The Kremlin called the sanctions totally unacceptable."),
    ]
    align_quotes(quotes, dates, organisations=ALIASES, aliases=ALIASES)
    assert len({q.cluster_id for q in quotes}) == 1
    # a person nobody describes as the body's voice stays apart from it
    quotes = [
        _q("a", "d1", "totally unacceptable", "Ivan Petrov", "Ivan Petrov called the sanctions totally unacceptable."),
        _q("b", "d2", "totally unacceptable", "Kremlin", "The Kremlin called the sanctions totally unacceptable."),
    ]
    align_quotes(quotes, dates, organisations=ALIASES, aliases=ALIASES)
    assert quotes[0].cluster_id != quotes[1].cluster_id


LONG = "the territorial integrity of every country must be respected by all the parties to the conflict"
STATES = {**ALIASES, "Russia": ["Russia", "la Russie"]}


def test_a_person_of_one_state_and_another_state_are_two_speakers():
    dates = {"d1": "2024-03-01", "d2": "2024-03-01", "d3": "2024-03-01"}
    # "Russian President Ivan Petrov": a person of Russia, even by the state's adjective alone
    petrov = _q("a", "d1", LONG, "Ivan Petrov", f"Russian President Ivan Petrov said {LONG}.")
    china = _q("b", "d2", LONG, "China", f"China said {LONG}.")
    align_quotes([petrov, china], dates, organisations=STATES, aliases=STATES)
    assert petrov.cluster_id != china.cluster_id
    # his own state's words may be his: the Kremlin speaks for Russia
    petrov = _q("a", "d1", LONG, "Ivan Petrov", f"Russian President Ivan Petrov said {LONG}.")
    kremlin = _q("c", "d3", LONG, "Kremlin", f"The Kremlin said {LONG}.")
    align_quotes([petrov, kremlin], dates, organisations=STATES, aliases=STATES)
    assert petrov.cluster_id == kremlin.cluster_id
    # and a person no sentence places in any state may report a state's words
    doe = _q("d", "d1", LONG, "Jane Doe", f"Jane Doe said {LONG}.")
    china = _q("b", "d2", LONG, "China", f"China said {LONG}.")
    align_quotes([doe, china], dates, organisations=STATES, aliases=STATES)
    assert doe.cluster_id == china.cluster_id


def test_a_title_in_capitals_and_a_title_that_governs_no_name():
    # a title's capitalised words between the state and the role ("Danish Foreign Minister"), a
    # word of rank too: a deputy speaks for the state (any state of states.STATE_BODIES)
    r = _roles(("Mette Lund", "Danish Foreign Minister Mette Lund said the plan was dead."),
               ("Ole Berg", "Danish Deputy Foreign Minister Ole Berg said the plan was dead."))
    assert r.of_any("mette lund") == {"denmark"} and r.of_any("ole berg") == {"denmark"}
    assert r.holders("minister", "denmark") == ["Mette Lund"]
    # a title a preposition governs after the name is someone else's: the one addressed
    r = _roles(("Ivan Petrov", "Ivan Petrov a déclaré au chef du Pentagone que les vols étaient provocateurs."),
               ("Jane Doe", "According to Pentagon chief Jane Doe, the flights were provocative."))
    assert r.of("ivan petrov") == frozenset()
    assert r.of("jane doe") == {"united states"}


def test_a_name_with_a_word_that_is_also_a_function_word():
    # "Son" of a Korean name is the French « son » too: the name still holds the title
    r = _roles(("Pak Son Mi", '"We stand by our friends," North Korean Foreign Minister Pak Son Mi said.'))
    assert r.holders("minister", "north korea") == ["Pak Son Mi"]
    assert r.of_any("pak son mi") == {"north korea"}


def test_a_title_of_another_office_titles_nobody():
    # a rank before the title ("former", « ancien ») and a role that is the complement of
    # another ("the spokesman of the Russian president") are offices the name does not hold
    r = _roles(("Ivan Sokol", "Former Russian President Ivan Sokol said the plan was dead."),
               ("Olga Fox", "L'ancienne présidente russe Olga Fox a jugé la visite utile."),
               ("Ivan Petrov", "« Non », a déclaré le porte-parole du président russe, Ivan Petrov."),
               ("Piotr Belov", "Russian President Piotr Belov said the plan was dead."))
    assert r.holders("president", "russia") == ["Piotr Belov"]
    assert r.holders("spokesperson", "russia") == ["Ivan Petrov"]
    assert r.of_any("ivan sokol") == {"russia"} and r.of_any("ivan petrov") == {"russia"}
