"""langdetect, called less and faster: a cheap same-language test and a cache.

The detect stage asks one question of most paragraphs: "is this in the
document's language?". For ordinary prose the answer is plain from cheap
evidence, and langdetect (seven random-walk trials over 55 language profiles,
in pure Python) is only needed where that evidence is unclear.

``detect_langs(text, seed)``
    Exactly ``langdetect.detect_langs(text)`` with ``DetectorFactory.seed =
    seed``: langdetect's own factory (profiles loaded once per process),
    ``Detector`` class, trials and random stream. What langdetect repeats on
    every call is done once: each character's normalisation is memoised in a
    ``str.translate`` table and each word's n-grams in a dictionary; with
    numpy, the trials multiply whole probability rows (the same IEEE
    operations element by element, the normalising sum still Python's
    ``sum`` in the same order). N-grams, random draws and probabilities are
    identical (``tests/test_detect.py`` checks). Answers are cached per
    (seed, text) in a bounded LRU (``CACHE_SIZE``; ``forget_answers``).

``check(text, lang, others)``
    The cheap test. Three kinds of evidence, from real resources:

    * script: every letter is in a script of the language's most frequent
      words (wordfreq);
    * frequent words: at least ``MIN_SHARE`` of the text's words are among
      the language's ``TOP_WORDS`` most frequent (``wordfreq.top_n_list``)
      that are ``FREQ_RATIO`` times as frequent in it as in each language of
      ``others`` (``wordfreq.word_frequency``), and ``MIN_RATIO`` times the
      share of any of ``others`` by the same rule;
    * character n-grams: the naive-Bayes log-likelihood of all the text's
      n-grams (langdetect's own n-grams, profile frequencies and smoothing)
      under every langdetect profile written in the same script(s); the
      language must beat each of them by ``MIN_MARGIN`` nats per n-gram.

    When all agree it returns the language's posterior under that n-gram
    model (above 0.9999 on everything measured); otherwise None, and the
    caller asks langdetect. The thresholds are conservative against the
    spread seen on the sample and English fixture articles (n-gram margins
    0.14-0.53 nats, frequent-word shares 0.23-0.58 in the right language, 0
    to 0.04 in the other).

Everything is process-wide and lazy: importing this module loads neither
langdetect, wordfreq nor numpy.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from typing import Any, NamedTuple

# --------------------------------------------------------------------------- #
# Settings
# --------------------------------------------------------------------------- #
CACHE_SIZE = 20_000  # texts whose langdetect answer is kept (LRU)
CACHE_KEY_CHARS = 1_000  # longer texts are keyed by a digest, so an entry stays small
WORD_CACHE_SIZE = 200_000  # distinct words whose n-grams/scores are kept (cleared when full)

TOP_WORDS = 300  # its most frequent words (wordfreq)
FREQ_RATIO = 10.0  # ... this many times as frequent in it as in each other language
SCRIPT_WORDS = 5_000  # the language's scripts: those of its most frequent words' letters
MIN_WORDS = 6  # fewer words than this: no verdict
MIN_SHARE = 0.2  # at least this share of the words are the language's frequent words
MIN_RATIO = 4.0  # and at least this many times as many as any competing language's
MIN_NGRAMS = 30  # fewer n-grams than this: no verdict
MIN_MARGIN = 0.1  # nats per n-gram by which the language beats every other profile

log = logging.getLogger(__name__)

STATS: Counter[str] = Counter()  # process-wide counters: calls, cache hits, verdicts

_lock = threading.Lock()


# --------------------------------------------------------------------------- #
# langdetect, exactly, without the repeated work
# --------------------------------------------------------------------------- #
class _State:
    factory: Any = None
    detector_cls: Any = None
    norm_table: Any = None
    numpy: Any = None
    ngram_map: dict[str, list[float]] | None = None


_state = _State()
_rows: dict[str, Any] = {}  # n-gram -> its profile probabilities as an array
_cache: OrderedDict[Any, tuple[Any, ...]] = OrderedDict()
_word_ngrams: dict[str, tuple[str, ...]] = {}


def _ensure_loaded() -> None:
    """langdetect's own factory (profiles loaded once per process) and our
    Detector subclass; imported here so that importing this module is cheap."""
    if _state.factory is not None:
        return
    with _lock:
        if _state.factory is not None:
            return
        import langdetect.detector_factory as df
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        try:
            import numpy as _np
        except ImportError:  # then the trials run on langdetect's own lists
            _np = None

        df.init_factory()  # no-op when langdetect already loaded its profiles

        class NormTable(dict):
            """ord -> NGram.normalize(chr), filled on first use of each character."""

            def __missing__(self, key: int) -> str:
                value = NGram.normalize(chr(key))
                self[key] = value
                return value

        class MemoDetector(Detector):
            """langdetect's Detector with an equivalent, memoised front end."""

            def append(self, text: str) -> None:
                text = self.URL_RE.sub(" ", text)
                text = self.MAIL_RE.sub(" ", text)
                text = NGram.normalize_vi(text)
                # the original copies character by character, dropping a space
                # that follows a space, up to max_text_length characters
                self.text += _SPACE_RUNS.sub(" ", text[: self.max_text_length])

            def cleaning_text(self) -> None:
                latin = len(_LATIN.findall(self.text))
                # (the original also means to skip Latin Extended Additional,
                # but compares a block number with a name, so counts it)
                non_latin = len(_NON_LATIN.findall(self.text))
                if latin * 2 < non_latin:
                    super().cleaning_text()  # rare: let the original strip Latin letters

            def _extract_ngrams(self) -> list[str]:
                return _extract(self.text)

        detector_cls = MemoDetector
        if _np is not None:

            class ArrayDetector(MemoDetector):
                """... and the trials on arrays: the same IEEE additions,
                multiplications and divisions element by element, and the
                normalising sum still Python's ``sum`` over the same floats in
                the same order, so every probability is bit-identical."""

                def _init_probability(self):
                    return _np.array(super()._init_probability(), dtype=_np.float64)

                def _update_lang_prob(self, prob, word, alpha) -> bool:
                    if word is None or word not in self.word_lang_prob_map:
                        return False
                    row = _rows.get(word)
                    if row is None:
                        row = _rows[word] = _np.array(self.word_lang_prob_map[word], dtype=_np.float64)
                    prob *= alpha / self.BASE_FREQ + row
                    return True

                def _normalize_prob(self, prob) -> float:
                    total = sum(prob.tolist())
                    if total == 0:
                        raise ZeroDivisionError("float division by zero")
                    prob /= total
                    return float(prob.max())

                def _sort_probability(self, prob):
                    return super()._sort_probability([float(p) for p in prob])

            detector_cls = ArrayDetector

        _state.numpy = _np
        _state.norm_table = NormTable()
        _state.ngram_map = df._factory.word_lang_prob_map
        _state.detector_cls = detector_cls
        _state.factory = df._factory


_SPACE_RUNS = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


def _words(text: str) -> list[str]:
    """The text normalised as langdetect does, cut after each space: every
    word keeps the space that follows it (the last one may have none)."""
    parts = text.translate(_state.norm_table).split(" ")
    last = parts.pop()
    out = [w + " " for w in parts if w]
    if last:
        out.append(last)
    return out


def _ngrams_of(key: str) -> tuple[str, ...]:
    """The n-grams langdetect's ``_extract_ngrams`` takes from one normalised
    word and the space after it: a port of ``NGram.add_char`` without the
    normalisation, which is already done. The state after a space is the
    initial state, so words are independent and can be memoised."""
    found = _word_ngrams.get(key)
    if found is not None:
        return found
    table = _state.ngram_map
    out = []
    grams, capital = " ", False
    for ch in key:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w and w != " " and w in table:
                out.append(w)
    result = tuple(out)
    if len(_word_ngrams) >= WORD_CACHE_SIZE:
        _word_ngrams.clear()
    _word_ngrams[key] = result
    return result


def _extract(text: str) -> list[str]:
    out: list[str] = []
    get = _word_ngrams.get
    for key in _words(text):
        grams = get(key)
        out.extend(grams if grams is not None else _ngrams_of(key))
    return out


def _cache_key(text: str, seed: int | None) -> Any:
    if len(text) <= CACHE_KEY_CHARS:
        return (seed, text)
    import hashlib

    return (seed, len(text), hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())


def detect_langs(text: str, seed: int | None = 0) -> list[Any]:
    """``langdetect.detect_langs(text)`` under ``seed``: langdetect's
    ``Language`` objects (``.lang``, ``.prob``), best first. Raises langdetect's
    ``LangDetectException`` when the text has no features, as langdetect does
    (not cached)."""
    key = _cache_key(text, seed)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            STATS["cache_hits"] += 1
            return list(hit)
    _ensure_loaded()
    detector = _state.detector_cls(_state.factory)
    detector.seed = seed
    detector.append(text)
    result = tuple(detector.get_probabilities())
    STATS["langdetect_calls"] += 1
    with _lock:
        _cache[key] = result
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return list(result)


def forget_answers() -> None:
    """Forget the cached answers only: a run's texts, once all are detected."""
    with _lock:
        _cache.clear()


def clear_caches() -> None:
    """Forget cached answers, word n-grams and counters (tests, benchmarks)."""
    with _lock:
        _cache.clear()
        _rows.clear()
        _word_ngrams.clear()
        for scorer in _scorers.values():
            scorer.words.clear()
        STATS.clear()


# --------------------------------------------------------------------------- #
# The cheap test
# --------------------------------------------------------------------------- #
SMOOTHING = 0.5 / 10_000  # langdetect's ALPHA_DEFAULT / BASE_FREQ
_TOKEN = re.compile(r"[^\W\d_]+")
_profiles: dict[tuple[str, tuple[str, ...]], Profile | None] = {}
_scorers: dict[frozenset[str], Scorer] = {}
_script_of: dict[str, str] = {}


class Scorer:
    """Log-probabilities of langdetect's n-grams under the profiles written in
    some scripts (a matrix, one row per n-gram that any of them has), and the
    rows of each word seen, memoised."""

    def __init__(self, scripts: frozenset[str]):
        np = _state.numpy
        own = _profile_scripts()
        self.langs = [lang for lang, sc in zip(_state.factory.langlist, own) if sc in scripts]
        columns = [j for j, sc in enumerate(own) if sc in scripts]
        grams = [g for g, probs in _state.ngram_map.items() if any(probs[j] for j in columns)]
        self.row = {g: i for i, g in enumerate(grams)}
        probs = np.array([_state.ngram_map[g] for g in grams], dtype=np.float64)[:, columns]
        self.logs = np.log(probs + SMOOTHING)
        self.words: dict[str, tuple[int, Any]] = {}

    def word(self, key: str) -> tuple[int, Any]:
        """(number of n-grams, summed log-probabilities) of one word and its space."""
        found = self.words.get(key)
        if found is None:
            row = self.row
            rows = [row[g] for g in _ngrams_of(key) if g in row]
            found = (len(rows), self.logs[rows].sum(axis=0) if rows else None)
            if len(self.words) >= WORD_CACHE_SIZE:
                self.words.clear()
            self.words[key] = found
        return found

    def totals(self, text: str) -> tuple[int, Any]:
        """(number of n-grams, their summed log-probability under each profile)."""
        n, vectors = 0, []
        get = self.words.get
        for key in _words(text):
            k, vec = get(key) or self.word(key)
            if k:
                n += k
                vectors.append(vec)
        if not n:
            return 0, None
        return n, _state.numpy.sum(vectors, axis=0)


class Profile(NamedTuple):
    lang: str
    scripts: frozenset[str]
    words: frozenset[str]  # frequent in lang, and FREQ_RATIO times as frequent as in each of `others`
    others: tuple[tuple[str, frozenset[str]], ...]  # (language, its words by the same rule)


class Evidence(NamedTuple):
    """What the cheap test saw (for tests and reports)."""

    words: int
    share: float  # of words that are the language's frequent words
    other_share: float  # the best competing known language's share
    scripts_ok: bool
    ngrams: int = 0
    margin: float = -math.inf  # nats per n-gram over the best other profile
    runner_up: str | None = None  # that profile
    prob: float = 0.0  # the language's posterior under the n-gram model


def script(ch: str) -> str:
    """The Unicode script of a letter, as the first word of its name (LATIN, CYRILLIC, CJK, ...)."""
    found = _script_of.get(ch)
    if found is None:
        found = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
        _script_of[ch] = found
    return found


def _profile_scripts() -> list[str]:
    """The script of each langdetect profile: the one its letter frequencies are mostly in."""
    mass: list[Counter[str]] = [Counter() for _ in _state.factory.langlist]
    for g, probs in _state.ngram_map.items():
        if len(g) == 1 and g.isalpha():
            sc = script(g)
            for j, p in enumerate(probs):
                mass[j][sc] += p
    return [m.most_common(1)[0][0] if m else "" for m in mass]


def _top(lang: str, n: int) -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list(lang, n) if _TOKEN.fullmatch(w)]


def _distinctive(lang: str, others: tuple[str, ...]) -> frozenset[str]:
    """``lang``'s ``TOP_WORDS`` most frequent words that are at least
    ``FREQ_RATIO`` times as frequent in it as in each of ``others`` (wordfreq)."""
    from wordfreq import word_frequency

    words = set()
    for w in _top(lang, TOP_WORDS):
        f = word_frequency(w, lang)
        if all(f >= FREQ_RATIO * word_frequency(w, o) for o in others):
            words.add(w)
    return frozenset(words)


def _build_profile(lang: str, others: tuple[str, ...]) -> Profile | None:
    top = _top(lang, TOP_WORDS)
    if lang not in _state.factory.langlist or not top or _state.numpy is None:
        return None
    letters = Counter(script(c) for w in _top(lang, SCRIPT_WORDS) for c in w)
    total = sum(letters.values())
    scripts = frozenset(s for s, n in letters.items() if n >= 0.01 * total)
    rivals = tuple((other, _distinctive(other, (lang,))) for other in others)
    result = Profile(lang, scripts, _distinctive(lang, others), rivals)
    with _lock:
        if scripts not in _scorers:
            _scorers[scripts] = Scorer(scripts)
    return result if lang in _scorers[scripts].langs else None


def profile(lang: str, others: tuple[str, ...]) -> Profile | None:
    """The cheap test's resources for ``lang`` against ``others``; None when
    wordfreq, langdetect or numpy lacks what it needs (then there is no cheap
    verdict)."""
    found = _profiles.get((lang, others), False)
    if found is not False:
        return found
    _ensure_loaded()
    key = (lang, tuple(sorted(set(others) - {lang})))
    result = _profiles.get(key, False)
    if result is False:
        try:
            result = _build_profile(lang, key[1])
        except Exception as exc:  # noqa: BLE001 - e.g. wordfreq needs jieba/MeCab for zh/ja/ko
            log.debug("no cheap language test for %s: %s", lang, exc)
            result = None
    with _lock:
        _profiles[key] = _profiles[(lang, others)] = result
    return result


def evidence(text: str, prof: Profile) -> Evidence:
    """The cheap test's measurements of ``text`` for the language of ``prof``
    (n-grams only when the script is right)."""
    scripts_ok = all(script(c) in prof.scripts for c in set(text) if c.isalpha())
    tokens = _TOKEN.findall(text.lower())
    n_words = len(tokens)
    share = other_share = 0.0
    if n_words:
        share = sum(map(prof.words.__contains__, tokens)) / n_words
        for _, words in prof.others:
            other_share = max(other_share, sum(map(words.__contains__, tokens)) / n_words)
    if not scripts_ok:
        return Evidence(n_words, share, other_share, scripts_ok)

    scorer = _scorers[prof.scripts]
    n_grams, totals = scorer.totals(text)
    if not n_grams:
        return Evidence(n_words, share, other_share, scripts_ok)
    i = scorer.langs.index(prof.lang)
    mine = float(totals[i])
    totals[i] = -math.inf
    j = int(totals.argmax())
    best_other = float(totals[j])
    totals[i] = mine
    np = _state.numpy
    prob = float(1.0 / np.exp(totals - mine).sum()) if best_other - mine < 700 else 0.0
    if best_other == -math.inf:  # the only profile in its script
        return Evidence(n_words, share, other_share, scripts_ok, n_grams, math.inf, None, prob)
    return Evidence(n_words, share, other_share, scripts_ok, n_grams, (mine - best_other) / n_grams,
                    scorer.langs[j], prob)


def verdict(ev: Evidence) -> bool:
    """True when the evidence is clear enough to skip langdetect."""
    return (
        ev.scripts_ok
        and ev.words >= MIN_WORDS
        and ev.share >= MIN_SHARE
        and ev.share >= MIN_RATIO * ev.other_share
        and ev.ngrams >= MIN_NGRAMS
        and ev.margin >= MIN_MARGIN
    )


def check(text: str, lang: str | None, others: tuple[str, ...] = ()) -> float | None:
    """The cheap test: ``lang``'s probability under the n-gram model when the
    text is clearly in ``lang`` by script, frequent words and n-grams (compared
    with ``others`` for frequent words, with every langdetect profile of the
    same script for n-grams); None when it is not or the evidence is thin (ask
    langdetect)."""
    prof = profile(lang, others) if lang else None
    if prof is None:
        STATS["check_unsure"] += 1
        return None
    ev = evidence(text, prof)
    if verdict(ev):
        STATS["check_same"] += 1
        return ev.prob
    STATS["check_unsure"] += 1
    return None
