"""Search terms for knowledge-base text, the same on every database: words, their stems, and CJK bigrams.

Chinese and Japanese have no spaces between words and Korean glues particles to its words, so a
word-based tokenizer would index "提现到账时间" or "출금이" as one long token that a search for
"提现" or "출금" never matches. Runs of CJK characters are therefore indexed as overlapping bigrams
(two-character pieces) and a query is cut the same way: "提现" is one bigram and finds every text that
contains it. (SQLite's `trigram` tokenizer and PostgreSQL's pg_trgm cannot match two-character
queries, the most common length of a Chinese or Korean search word.) Words in other scripts are kept
as written, without accents, and as their Snowball stem in the text's language, so "withdrawals"
finds "withdrawal" and "вывода" finds "вывод".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable

import snowballstemmer

# Han (with extensions and compatibility ideographs), kana, Hangul syllables and jamo.
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKENS = re.compile(rf"([{_CJK}]+)|((?:(?![{_CJK}])[^\W_])+)")
_STEMMERS = {"en": "english", "es": "spanish", "ru": "russian", "tr": "turkish", "ar": "arabic"}
# A query word of unknown language is stemmed as each language its script is written in.
_SCRIPT_LANGUAGES = {"latin": ("en", "es", "tr"), "cyrillic": ("ru",), "arabic": ("ar",)}
MAX_WORD = 40  # longer "words" are hashes or garbage: kept whole, never stemmed
MAX_QUERY_TERMS = 48
_local = threading.local()  # Snowball stemmers keep state: one set per thread
# Function words a query may drop: they match nearly every article and would drown the words that matter
# (PostgreSQL's ranking has no IDF of its own; on both databases they only add noise).
STOPWORDS = frozenset("""
a an the and or but of to in on at for from by with about as is are was were be been am do does did have has
had not no i me my we our you your he she it its they them their this that these those what which who how why
when where can could would should will please hi hello thanks thank there here
el la los las un una unos unas y o de del al en con por para que es son mi mis tu su sus no se lo le me ya hola
и в во не на я с со что как а но по к у же вы мы он она они мой моя мои ваш это из за от до ли бы здравствуйте
bir ve ile bu şu o ben sen biz siz için de da mi mı mu mü ne çok ama gibi daha merhaba
""".split())


def _stemmer(language: str) -> snowballstemmer.stemmer | None:
    cache: dict[str, snowballstemmer.stemmer] = _local.__dict__.setdefault("stemmers", {})
    name = _STEMMERS.get(language)
    if name is None:
        return None
    if name not in cache:
        cache[name] = snowballstemmer.stemmer(name)
    return cache[name]


def normalize(text: str) -> str:
    """Compatibility forms folded (full-width letters, half-width kana), case folded, combining marks
    (Arabic vowel signs) dropped after composition."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if unicodedata.category(ch) != "Mn")


def _script(word: str) -> str:
    first = word[0]
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    return "latin"


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]


def _word_terms(word: str, languages: Iterable[str]) -> list[str]:
    terms = [word]
    if len(word) > MAX_WORD or word.isdigit():
        return terms
    plain = _unaccented(word)
    terms.append(plain)
    for language in languages:
        stemmer = _stemmer(language)
        if stemmer is not None:
            terms.append(stemmer.stemWord(word))
            terms.append(_unaccented(stemmer.stemWord(word)))
    return terms


def terms(text: str, language: str | None = None, drop: frozenset[str] = frozenset()) -> list[str]:
    """The terms of a text, in order and with repeats (term frequency counts for ranking).

    With `language` (the text's own, e.g. "ru" or "zh_TW") words are stemmed as that language;
    without it (a query) as every language their script is written in."""
    out: list[str] = []
    base = (language or "").split("_")[0]
    for cjk, word in _TOKENS.findall(normalize(text)):
        if cjk:
            out.extend(_bigrams(cjk))
            continue
        if word in drop:
            continue
        languages = (base,) if language else _SCRIPT_LANGUAGES[_script(word)]
        out.extend(dict.fromkeys(_word_terms(word, languages)))
    return out


def document(text: str, language: str) -> str:
    """What goes into an index column: the text's terms, space-separated."""
    return " ".join(terms(text, language))


def query_terms(text: str, limit: int = MAX_QUERY_TERMS) -> list[str]:
    """The distinct terms of a query, in order, at most `limit`; function words left out unless that is
    all the query has."""
    kept = terms(text, drop=STOPWORDS) or terms(text)
    return list(dict.fromkeys(kept))[:limit]
