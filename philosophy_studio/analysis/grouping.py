"""Which word forms are inflections of one word.

Turkish is agglutinative: müşteri, müşteriler, müşterilerimizin and müşteriye are one
word for the analysis. A stemmer alone does not get there (Snowball gives müşter for
müşteri but müşteri for müşteriler, and knows neither vowel drop nor consonant
softening), so the grouping here works on the distinct forms of the corpus:

1. For each form, every split into root + ending where the ending is a valid chain of
   Turkish inflectional suffixes (plural, possessive, case, the -ki and copula endings;
   for longer roots also the common verbal endings) is a candidate. Roots are at least
   three letters.
2. Each candidate root is also tried with the sound changes undone that inflection
   causes before a vowel: consonant softening (dürüstlüğ → dürüstlük, ekib → ekip,
   ağac → ağaç, kalbi → kalp) and vowel drop (sabr → sabır, ağz → ağız, burn → burun).
3. A candidate counts only when the corpus attests it: it is itself a form that occurs,
   or (for roots of four letters or more) it is the root of at least two distinct forms.
4. Each form joins the group of its shortest attested root (union-find, so chains like
   sabrımız → sabrı → sabır end in one group).

Derivational suffixes (-lı, -lık, -sız, -cı) are deliberately not in the chain: saygı
and saygılı, dürüst and dürüstlük stay apart; the facilitator merges them if the team
sees one value there.

English uses the Snowball English stemmer (PyStemmer), with a short list of stems that
join unrelated words (organ/organization, univers/universe).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from philosophy_studio.domain.language import Language

MIN_ROOT = 3
# Roots this long or longer are attested by being shared between two forms; shorter
# ones (ara-, bil-, gel-) need SHORT_ROOT_OWNERS forms.
SHARED_ROOT = 4
SHORT_ROOT_OWNERS = 3
# Verbal endings on three-letter roots (ara-mak, gel-iyor) must be at least this long:
# short ones join unrelated words (kar + ar = karar).
SHORT_VERB_ENDING = 3

_H = "[ıiuü]"
_A = "[ae]"
_D = "[dt]"
_PLURAL = f"l{_A}r"
_POSSESSIVE = f"(?:{_H}?m{_H}z|{_H}?n{_H}z|{_H}?m|{_H}?n|s?{_H}|l{_A}r{_H})"
_CASE = f"(?:n?{_D}{_A}n|n?{_D}{_A}|n?{_H}n|y?l{_A}|{_H}yl{_A}|y?{_H}|y?{_A}|n{_H}|n{_A}|c{_A}|ç{_A}|c{_A}k)"
_COPULA = f"(?:{_D}{_H}r|y?{_H}z|s{_H}n{_H}z|y?{_H}m|s{_H}n|y?d{_H}|y?m{_H}ş|y?s{_A}|{_D}{_H}rl{_A}r|l{_A}r)"
_NOMINAL = f"(?:{_PLURAL})?(?:{_POSSESSIVE})?(?:{_CASE})?(?:ki(?:{_CASE})?)?(?:{_COPULA})?"
_VERBAL_STEM = (
    f"(?:m{_A}k|m{_A}|y?{_H}ş|{_D}{_H}k|y?{_A}c{_A}[kğ]|y?{_A}n|{_H}?yor|y?{_A}r|{_H}r|m{_A}z"
    f"|{_D}{_H}|m{_H}ş|s{_A}|y?{_A}bil|m{_A}l{_H}|y?{_H}p|y?{_A}r{_A}k|m{_A}d{_A}n|y?{_H}c{_H}|r)"
)
_IMPERATIVE = f"(?:s{_H}n(?:l{_A}r)?|y?{_H}n{_H}z|y?{_H}n)"
_PERSON = f"(?:{_H}m|s{_H}n|{_H}z|s{_H}n{_H}z|l{_A}r|m|n|k|n{_H}z|y{_H}m|y{_H}z)"
_NEGATION = f"(?:m{_A}|m{_A}y)?"
_NOMINAL_CHAIN = re.compile(_NOMINAL)
_VERBAL_CHAIN = re.compile(f"{_NEGATION}(?:(?:{_VERBAL_STEM}){{1,3}}(?:{_PERSON}|{_NOMINAL})?|{_IMPERATIVE})")

_VOWELS = set("aeıioöuü")
_VOICELESS = set("çfhkpsşt")
NOMINAL, VERBAL = 0, 1
_SOFTENED = {"ğ": "k", "b": "p", "c": "ç", "d": "t"}
# A Turkish word can end in two consonants only when the last is one of these
# (dost, renk, Türk, kalp, sevinç, raks); a root ending otherwise is a fragment.
_FINAL_CLUSTER_ENDS = frozenset("tkpçs")
# Vowel drop is a property of a closed set of words (sabır → sabrı, but kalın → kalını);
# restoring the vowel anywhere else would join unrelated words (yüzlü, yüzle).
_VOWEL_DROP_WORDS = frozenset(
    [
        "ağız",
        "akıl",
        "alın",
        "asıl",
        "azim",
        "beyin",
        "boyun",
        "burun",
        "cisim",
        "emir",
        "fikir",
        "göğüs",
        "gönül",
        "hapis",
        "hüküm",
        "hüzün",
        "isim",
        "kahır",
        "karın",
        "kayıt",
        "keşif",
        "kısım",
        "koyun",
        "metin",
        "nakil",
        "nehir",
        "oğul",
        "omuz",
        "ömür",
        "resim",
        "sabır",
        "seyir",
        "şehir",
        "şekil",
        "şükür",
        "vakit",
        "zihin",
        "zikir",
        "zulüm",
    ]
)

# Snowball stems shared by unrelated English words: forms with these stems are grouped
# by their plural and past endings only.
_ENGLISH_FALSE_STEMS = frozenset(
    {"organ", "univers", "general", "news", "polic", "experi", "experienc", "communic"}
)
_ENGLISH_ENDINGS = ("es", "ed", "s", "d")


def _ending_kind(ending: str, root_length: int) -> int:
    """NOMINAL, VERBAL, or 2 for not a valid ending."""
    if _NOMINAL_CHAIN.fullmatch(ending):
        return NOMINAL
    long_enough = root_length > MIN_ROOT or len(ending) >= SHORT_VERB_ENDING
    if long_enough and _VERBAL_CHAIN.fullmatch(ending):
        return VERBAL
    return 2


def _sound_variants(root: str, ending: str) -> list[str]:
    """``root`` as it is before inflection changed its sound (only when the ending
    starts with a vowel, the context of both changes)."""
    variants = [root]
    if not ending or ending[0] not in _VOWELS:
        # Vowel narrowing before -yor: istiyor ← iste, anlıyor ← anla.
        if ending.startswith("yor") and root[-1:] in "ıiuü" and len(root) >= MIN_ROOT:
            variants += [root[:-1] + "e", root[:-1] + "a"]
        return variants
    last = root[-1]
    if last in _SOFTENED:
        variants.append(root[:-1] + _SOFTENED[last])
    elif root.endswith("ng"):
        # renk → rengi: g softens from k only after n.
        variants.append(root[:-1] + "k")
    if len(root) >= MIN_ROOT and last not in _VOWELS and root[-2] not in _VOWELS:
        # Any high vowel: loanwords break harmony (vakit, vakti).
        for vowel in "ıiuü":
            restored = root[:-1] + vowel + last
            # kaydı: the vowel comes back and the d hardens (kayıt).
            for candidate in (restored, restored[:-1] + _SOFTENED.get(last, last)):
                if candidate in _VOWEL_DROP_WORDS:
                    variants.append(candidate)
    return variants


def _could_end_a_word(root: str) -> bool:
    last, before = root[-1], root[-2]
    return last in _VOWELS or before in _VOWELS or last in _FINAL_CLUSTER_ENDS


def _voicing_fits(root: str, ending: str) -> bool:
    """Suffixes that start with d/t or c/ç take t and ç after a voiceless consonant and d
    and c elsewhere (hizmet-te, hizmet-e; never hizme-te)."""
    first = ending[:1]
    if first not in ("d", "t", "c", "ç"):
        return True
    voiceless = root[-1] in _VOICELESS
    return voiceless == (first in ("t", "ç"))


def _candidate_roots(form: str) -> list[tuple[str, int, int]]:
    """(root, where the ending starts, NOMINAL or VERBAL) for every valid root + ending
    split of ``form`` other than the form itself: nominal splits first, then verbal ones
    (a verbal reading of a noun's case ending, baş-a-r-ımız, must not beat
    başar-ımız), each shortest root first."""
    found: list[tuple[int, int, str]] = []
    for cut in range(MIN_ROOT, len(form)):
        root, ending = form[:cut], form[cut:]
        kind = _ending_kind(ending, cut)
        if kind < 2 and _voicing_fits(root, ending):
            found.extend((kind, cut, variant) for variant in _sound_variants(root, ending))
    found.sort(key=lambda item: (item[0], item[1]))
    return [(root, cut, kind) for kind, cut, root in found if root != form]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            # The shorter (then alphabetically first) representative wins: stable keys.
            keep, drop = sorted((a, b), key=lambda item: (len(item), item))
            self.parent[drop] = keep


def _turkish_groups(forms: Collection[str]) -> dict[str, str]:
    present = set(forms)
    candidates = {form: _candidate_roots(form) for form in present}
    roots_of_roots: dict[str, list[tuple[str, int, int]]] = {}
    sharing: dict[str, set[str]] = defaultdict(set)
    verb_sharing: dict[str, set[str]] = defaultdict(set)
    for form, roots in candidates.items():
        for root, _cut, kind in roots:
            sharing[root].add(form)
            if kind == VERBAL:
                verb_sharing[root].add(form)
    shared = {
        root
        for root, owners in sharing.items()
        if len(root) >= SHARED_ROOT and len(owners) > 1 and _could_end_a_word(root)
    }
    # Short verb roots (ara-, bil-, kal-) are attested by several verb forms, and then
    # only for verbal endings: kal-mak and kal-ıcı, but not kal-i-te.
    verb_roots = {
        root
        for root, owners in verb_sharing.items()
        if len(root) < SHARED_ROOT and len(owners) >= SHORT_ROOT_OWNERS and _could_end_a_word(root)
    }
    attested = present | shared
    # Forms that are a noun of the corpus with a case or possessive ending (başa, başı):
    # they are not verb roots, so başar-ımız does not reach baş through başa-r-ımız.
    inflected_nouns = {
        form
        for form, roots in candidates.items()
        if any(kind == NOMINAL and root in present for root, _cut, kind in roots)
    }
    for root in sorted((shared | verb_roots) - present):
        roots_of_roots[root] = _candidate_roots(root)
    union = _UnionFind()
    # A shared root may itself be inflected (istiyor ← iste, düşünme ← düşün): it joins
    # its own root as a form would.
    for form in sorted(present) + sorted(roots_of_roots):
        union.find(form)
        splits = candidates[form] if form in candidates else roots_of_roots[form]
        attested_roots = [
            (root, cut)
            for root, cut, kind in splits
            if root in attested and not (kind == VERBAL and root in inflected_nouns)
        ] or [(root, cut) for root, cut, kind in splits if kind == VERBAL and root in verb_roots]
        if attested_roots:
            # The shortest attested root and its sound-change variants from the same split
            # (istiyor: isti and iste) all name the same word.
            best_cut = attested_roots[0][1]
            for root, cut in attested_roots:
                if cut == best_cut:
                    union.union(form, root)
    return {form: union.find(form) for form in present}


def _english_groups(forms: Collection[str]) -> dict[str, str]:
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    ordered = sorted(forms)
    present = set(ordered)
    stem_of = dict(zip(ordered, stemmer.stemWords(ordered), strict=True))

    def plain(form: str) -> str:
        for ending in _ENGLISH_ENDINGS:
            base = form[: -len(ending)]
            if form.endswith(ending) and base in present and stem_of[base] in _ENGLISH_FALSE_STEMS:
                return base
        return form

    def comparative_base(form: str) -> str | None:
        # quicker, quickest, nicer, happier; not career (care + er would be carer).
        for ending in ("est", "er"):
            if not form.endswith(ending):
                continue
            base = form[: -len(ending)]
            for candidate in (base + "e", base[:-1] + "y" if base.endswith("i") else None, base):
                if candidate and candidate in present and not (candidate == base and base.endswith("e")):
                    return candidate
        return None

    groups = {}
    for form in ordered:
        stem = stem_of[form]
        if stem in _ENGLISH_FALSE_STEMS:
            groups[form] = plain(form)
            continue
        base = comparative_base(form)
        groups[form] = stem_of[base] if base is not None else stem
    return groups


def group_forms(forms: Iterable[str], language: Language) -> dict[str, str]:
    """A group key for every form; forms with equal keys are one word. Deterministic:
    depends only on the set of forms, not on their order."""
    distinct = set(forms)
    if language is Language.TURKISH:
        return _turkish_groups(distinct)
    return _english_groups(distinct)
