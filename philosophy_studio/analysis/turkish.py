"""Turkish lemmas of the word forms of a corpus, and their dictionary forms.

Turkish is agglutinative: müşteri, müşterilerimizin and müşteriye are one word for the
analysis, and so are görüyorum, gördüklerini and görmek. The lemma of each distinct
form comes from simplemma's Turkish table (lemma_table.py), then our rules:

1. A form the table lacks is looked up again as ALL-CAPS text typed without Turkish
   letters reads once lower-cased (TESISI → tesısı → tesisi), then split into a root
   and a valid chain of inflectional endings (plural, possessive, case, copula; verbal
   endings), with the sound changes of inflection undone (consonant softening
   dürüstlüğ → dürüstlük, vowel drop sabr → sabır, vowel narrowing istiyor → iste); the
   longest root the table knows gives the lemma. Failing that, a root that is itself a
   form of the corpus (four letters or more) does, so misspelt or new words still group
   with their inflections. A form still unknown may be typed without Turkish letters
   or with letters repeated (guzel, çoook: spelling.py). Otherwise the form is its own
   lemma. A bare aorist or future the table lists as a word of its own (ister, sever,
   gelir, gelecek) is the verb when the answers use that verb and never inflect the
   noun.
2. Derivations stay apart where the table strips them: saygı / saygılı, dürüst /
   dürüstlük, ses / sessiz, yardım / yardımcı are different words to a team naming its
   values (the facilitator merges them if the team sees one value there), and so are
   nouns and the verbs made of them (temiz / temizle-), and nouns of an action and
   their verb (davranış / davran-, giriş / gir-). This is also how the treebanks of
   reviews and general text we measure on (UD Turkish-Tourism, -BOUN, -IMST) mostly
   annotate; UD Turkish-IMST strips -lI and -sIz, and BOUN strips -(y)Iş. Measured on
   their train and dev splits, stripping the derivations as the table does would lower
   B-cubed F1 on all three (Tourism train 0.982 → 0.979, IMST train 0.964 → 0.952,
   BOUN dev 0.967 → 0.961).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable

from philosophy_studio.analysis.lemma_table import lemma_table
from philosophy_studio.analysis.spelling import corrections
from philosophy_studio.analysis.tokens import lower
from philosophy_studio.domain.language import Language

MIN_ROOT = 3
# A root found only in the corpus (not in the table) must be this long: shorter ones
# join unrelated words (kar + tı, yol + daş).
CORPUS_ROOT = 4

_H = "[ıiuü]"
_A = "[ae]"
_D = "[dt]"
_PLURAL = f"l{_A}r"
_POSSESSIVE = f"(?:{_H}?m{_H}z|{_H}?n{_H}z|{_H}?m|{_H}?n|s?{_H}|l{_A}r{_H})"
_CASE = f"(?:n?{_D}{_A}n|n?{_D}{_A}|n?{_H}n|y?l{_A}|{_H}yl{_A}|y?{_H}|y?{_A}|n{_H}|n{_A}|c{_A}|ç{_A}|c{_A}k)"
# The copula on a noun or adjective: present (hızlı-yız, hızlı-sınız, hızlı-dır), past,
# evidential and conditional each with its person ending (hızlı-y-dı-nız, hızlı-y-mış-lar,
# hızlı-y-sa-k), and -(y)ken (hızlı-y-ken).
_PRESENT_COPULA = f"(?:{_D}{_H}r|y?{_H}z|s{_H}n{_H}z|y?{_H}m|s{_H}n|{_D}{_H}rl{_A}r|l{_A}r)"
_COPULA_PERSON = f"(?:m|n|k|n{_H}z|l{_A}r)"
_COPULA = (
    f"(?:{_PRESENT_COPULA}|(?:y?{_D}{_H}|y?s{_A}){_COPULA_PERSON}?"
    f"|y?m{_H}ş(?:{_PRESENT_COPULA}|y?{_D}{_H}{_COPULA_PERSON}?)?|y?ken)"
)
_NOMINAL = f"(?:{_PLURAL})?(?:{_POSSESSIVE})?(?:{_CASE})?(?:ki(?:{_CASE})?)?(?:{_COPULA})?"
# Without the person endings of the past copula: whether güldük reads only as a verb.
_BARE_COPULA = (
    f"(?:{_D}{_H}r|y?{_H}z|s{_H}n{_H}z|y?{_H}m|s{_H}n|y?{_D}{_H}|y?m{_H}ş|y?s{_A}|{_D}{_H}rl{_A}r|l{_A}r)"
)
_BARE_NOMINAL = f"(?:{_PLURAL})?(?:{_POSSESSIVE})?(?:{_CASE})?(?:ki(?:{_CASE})?)?(?:{_BARE_COPULA})?"
# -(I)yo[r]: the progressive as it is said and often typed (yapıyom, geliyo, gidiyoz).
_VERBAL_STEM = (
    f"(?:m{_A}k|m{_A}|y?{_H}ş|{_D}{_H}[kğ]|y?{_A}c{_A}[kğ]|y?{_A}n|{_H}?yo[rmnz]?|y?{_A}r|{_H}r|m{_A}z"
    f"|{_D}{_H}|m{_H}ş|s{_A}|y?{_A}bil|m{_A}l{_H}|y?{_H}p|y?{_A}r{_A}k|m{_A}d{_A}n|y?{_H}c{_H}|r)"
)
_IMPERATIVE = f"(?:s{_H}n(?:l{_A}r)?|y?{_H}n{_H}z|y?{_H}n)"
_PERSON = f"(?:{_H}m|s{_H}n|{_H}z|s{_H}n{_H}z|l{_A}r|m|n|k|n{_H}z|y{_H}m|y{_H}z)"
# Negation, and the abilitive vowel before it (bul-a-ma-dık: could not find; bil-e-mez).
_NEGATION = f"(?:y?{_A}(?=m{_A}))?(?:m{_A}y?)?"
_VERBAL = f"{_NEGATION}(?:(?:{_VERBAL_STEM}){{1,3}}(?:{_PERSON}|{_NOMINAL})?|{_IMPERATIVE})"
_NOMINAL_CHAIN = re.compile(_NOMINAL)
_AORIST = re.compile(f"(?:{_A}|{_H})?r")
_FUTURE = re.compile(f"y?{_A}c{_A}k")
# Endings only a noun takes after -(A)r/-Ir or -(y)AcAk (case, possessive, a plural
# with either; the aorist takes -Im and -Iz as persons, and -lAr-DI as a verb does).
_NOUN_EVIDENCE = re.compile(
    f"(?!{_H}[mz]$)(?:{_H}|{_A}|{_D}{_A}|l{_A}(?!r)|l{_A}r(?:{_H}|{_A}|{_D}{_A}|l{_A})).*"
)
_BARE_NOMINAL_CHAIN = re.compile(_BARE_NOMINAL)
_VERBAL_CHAIN = re.compile(_VERBAL)
# Voice (passive, causative, reflexive) before the verbal endings: temizle-n-di,
# sonlan-dır-dı.
_CASE_ADVERB = re.compile(f"y?l{_A}|y{_A}|l{_A}r{_H}")
_CONDITIONAL = re.compile(f"y?s{_A}")
_VOICED_VERBAL_CHAIN = re.compile(f"(?:{_D}{_H}r|t|{_H}l|{_H}n|n){{0,2}}{_VERBAL}")
# Derivations that make a new noun or adjective: -lI (saygılı), -lIk (dürüstlük),
# -sIz (sessiz), -CI (yardımcı), the agent noun or adjective of a verb -(y)IcI
# (kullanıcı, yaratıcı, kalıcı), also in sequence (başarısızlık, futbolculuk), and the
# noun of an action -(y)Iş (giriş, dönüş, bakış, kullanışlı): an entrance is no going in,
# and all three treebanks annotate it so, where the lemma table strips it.
_AGENT_NOUN = re.compile(f"y?{_H}c{_H}")
_NOMINAL_DERIVATIONS = (
    re.compile(f"l{_H}[kğ]"),
    re.compile(f"l{_H}"),
    re.compile(f"s{_H}z"),
    re.compile(f"[cç]{_H}"),
    _AGENT_NOUN,
    re.compile(f"y?{_H}ş"),
)
# et- makes verbs of the noun before it (tatmin et-, memnun et-): its -(y)IcI is part of
# that compound (tatmin edici), as the treebanks read it.
_COMPOUND_VERBS = frozenset({"et"})
# Inflected forms that became words of their own (adverbs and postpositions): on time
# is not time, sincerely is not inside.
_LEXICALISED = frozenset(
    [
        "zamanında", "yerine", "zorunda", "yakından", "tekrardan", "hakkında", "sayesinde", "yüzünden",
        "yüzden", "aslında", "içten", "gerçekten", "özellikle", "genellikle", "kesinlikle",
        "öncelikle", "anında",
    ]
)  # fmt: skip
# Words whose lemma no table look-up gives right, read by one pattern (a look-up is done
# for every candidate root of every form):
# - the lexicalised forms above, also with the copula (zorundayım, zamanındaydı, içtendi);
# - değil (is not) with the copula, as any adjective takes it (değil-di-niz, değil-se-k,
#   değil-ken): the table reads some of its forms as passives of değ- (to touch);
# - the personal pronouns whose stem changes (ben → bana, sen → sana, o → onunla), with
#   their case endings: the table takes sana for san (fame), seni for a word of its own,
#   onunla for on (ten); ben and sen with the copula (bendim: it was me; not bent);
# - burada, orada, nerede as they are said and typed (burda, ordan, nerdeydin): the table
#   takes burda for bur (and nerdeyse is neredeyse, almost).
_FIXED_LEMMAS = re.compile(
    f"(?P<lexicalised>{'|'.join(sorted(_LEXICALISED))})(?:{_COPULA})?"
    f"|(?P<degil>değil)(?:{_COPULA})?"
    f"|(?P<ben>bana|ben(?:i|den|de|im(?:le|ki)?|{_COPULA}))"
    f"|(?P<sen>sana|sen(?:i|den|de|in(?:le|ki)?|{_COPULA}))"
    "|(?P<o>on(?:u|a|dan|da|un(?:la|ki)?|lar(?:ı|a|dan|da|ın|la)?))"
    f"|(?P<bura>burd[ae]n?(?:ki)?(?:{_COPULA})?)"
    f"|(?P<ora>ord[ae]n?(?:ki)?(?:{_COPULA})?)"
    f"|(?P<şura>şurd[ae]n?(?:ki)?(?:{_COPULA})?)"
    "|(?P<neredeyse>nerdeyse)"  # almost: no nerde-yse
    f"|(?P<nere>nerd[ae]n?(?:ki)?(?:{_COPULA})?)"
)
_FIXED_LEMMA_OF = {
    "degil": "değil", "ben": "ben", "sen": "sen", "o": "o",
    "bura": "bura", "ora": "ora", "şura": "şura", "nere": "nere", "neredeyse": "neredeyse",
}  # fmt: skip
# The question particle is one word whatever its vowel: the table gives mi for mı,
# mu and mü alone but mü for müydü and mu for mudur.
_QUESTION_PARTICLE = {"mı": "mi", "mu": "mi", "mü": "mi"}
# -lA, -lAn, -lAş make a verb of a noun: temizle-, ilgilen-, karşılaş-.
_VERB_DERIVATION = re.compile(f"l{_A}[nş]?")

_VOWELS = frozenset("aeıioöuüâîû")
_BACK_VOWELS = frozenset("aıouâû")
# The high vowel that follows a vowel by harmony (kapı → kapısı, göz → gözü).
_HIGH_VOWEL = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
_SOFTENED = {"ğ": "k", "b": "p", "c": "ç", "d": "t"}
_SOFTENS = {hard: soft for soft, hard in _SOFTENED.items()}
# A Turkish word can end in two consonants only when the last is one of these
# (dost, renk, Türk, kalp, sevinç, raks); a root ending otherwise is a fragment.
_FINAL_CLUSTER_ENDS = frozenset("tkpçs")
# Vowel drop is a property of a closed set of words (sabır → sabrı, but kalın → kalını);
# restoring the vowel anywhere else would join unrelated words (yüzlü, yüzle).
_VOWEL_DROP_WORDS = frozenset(
    [
        "ağız", "akıl", "alın", "asıl", "azim", "beyin", "boyun", "burun", "cisim", "emir", "fikir",
        "göğüs", "gönül", "hapis", "hüküm", "hüzün", "isim", "kahır", "karın", "kayıt", "keşif",
        "kısım", "koyun", "metin", "nakil", "nehir", "oğul", "omuz", "ömür", "resim", "sabır", "seyir",
        "şehir", "şekil", "şükür", "vakit", "zihin", "zikir", "zulüm",
    ]
)  # fmt: skip
NOMINAL, VERBAL = 0, 1


def _ending_kind(ending: str, root_length: int) -> int:
    """NOMINAL, VERBAL, or 2 for not a valid ending."""
    if _NOMINAL_CHAIN.fullmatch(ending):
        return NOMINAL
    # Short verbal endings on three-letter roots join unrelated words (kar + ar = karar).
    if (root_length > MIN_ROOT or len(ending) >= 3) and _VERBAL_CHAIN.fullmatch(ending):
        return VERBAL
    return 2


def _sound_variants(root: str, ending: str) -> list[str]:
    """``root`` as it is before inflection changed its sound (only when the ending
    starts with a vowel, the context of both changes)."""
    variants = [root]
    if not ending or ending[0] not in _VOWELS:
        # Vowel narrowing before -yor (-yo as said): istiyor, istiyo ← iste.
        if ending.startswith("yo") and root[-1:] in "ıiuü" and len(root) >= MIN_ROOT:
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


def _candidate_roots(form: str) -> list[tuple[str, int]]:
    """(root, NOMINAL or VERBAL) for every valid root + ending split of ``form``
    other than the form itself, longest root first, nominal before verbal at a cut."""
    found: list[tuple[str, int]] = []
    for cut in range(len(form) - 1, MIN_ROOT - 1, -1):
        root, ending = form[:cut], form[cut:]
        kind = _ending_kind(ending, cut)
        if kind < 2 and _could_end_a_word(root):
            found.extend((variant, kind) for variant in _sound_variants(root, ending))
    return found


def _derivation_ends(rest: str, depth: int = 0) -> list[int]:
    """Where a sequence of nominal derivations starting ``rest`` can end, longest first."""
    if depth == 3:
        return []
    ends = []
    for pattern in _NOMINAL_DERIVATIONS:
        match = pattern.match(rest)
        if match:
            ends.append(match.end())
            ends += [match.end() + end for end in _derivation_ends(rest[match.end() :], depth + 1)]
    return sorted(set(ends), reverse=True)


def _hardened(stem: str) -> str:
    """A derived stem as a lemma: its softened last consonant hardened (dürüstlüğ →
    dürüstlük)."""
    return stem[:-1] + _SOFTENED[stem[-1]] if stem[-1] in _SOFTENED else stem


def keep_derivation(form: str, lemma: str) -> str:
    """The lemma for ``form`` when the table gave ``lemma``: ``lemma`` itself, or the
    derived word ``form`` is an inflection of (saygılıydı → saygılı, not saygı)."""
    if form == lemma or len(lemma) < 2:
        return lemma
    softened = lemma[:-1] + _SOFTENS[lemma[-1]] if lemma[-1] in _SOFTENS else lemma
    if not form.startswith((lemma, softened)):
        return lemma
    rest = form[len(lemma) :]
    if lemma in _COMPOUND_VERBS and _AGENT_NOUN.match(rest):
        return lemma
    for end in _derivation_ends(rest):
        if _NOMINAL_CHAIN.fullmatch(rest[end:]):
            return _hardened(form[: len(lemma) + end])
    verb = _VERB_DERIVATION.match(rest)
    if verb and not _NOMINAL_CHAIN.fullmatch(rest):
        tail = rest[verb.end() :]
        if tail and _VOICED_VERBAL_CHAIN.fullmatch(tail):
            return lemma + rest[: verb.end()]
    return lemma


def _capitalised(form: str) -> str:
    first = {"i": "İ", "ı": "I"}.get(form[0], form[0].upper())
    return first + form[1:]


def _dotted(form: str) -> str | None:
    """``form`` with every dotless ı read as i, as a word typed in capitals without
    Turkish letters (TESISI) reads once lower-cased; None when it has no ı."""
    return form.replace("ı", "i") if "ı" in form else None


class TurkishLemmas:
    """Lemmas of the forms of one corpus (``present``: they attest roots the table
    lacks)."""

    def __init__(self, present: Collection[str]) -> None:
        self._table = lemma_table(Language.TURKISH)
        # Look-ups in the low-memory table cost about 10 µs; many forms ask the same
        # (a lemma's infinitive, a root).
        self._looked_up: dict[str, str | None] = {}
        self._present = frozenset(present)
        self._sorted = sorted(self._present)
        self._found: dict[str, str] = {}

    def _get(self, key: str) -> str | None:
        if key not in self._looked_up:
            self._looked_up[key] = self._table.get(key)
        return self._looked_up[key]

    def _lookup(self, form: str) -> str | None:
        lemma = self._get(form)
        if lemma is None:
            # Proper nouns are capitalised in the table (İstanbul, Ankara).
            lemma = self._get(_capitalised(form))
        if lemma is None:
            return None
        lemma = lower(lemma, Language.TURKISH, normalised=True)
        return _QUESTION_PARTICLE.get(lemma, lemma)

    def known(self, form: str) -> str | None:
        """The lemma the table gives ``form``, derivations kept; None when the table
        knows neither the form nor its dotted reading. The dotted reading also wins over
        the form's own lemma when the answers attest it but not that lemma, and that
        lemma is itself a caps-mangled spelling of the start of the dotted one
        (ılgılıydı beside ilgili: the table lists ılgı for it). Never otherwise: aynı
        stays aynı, alınız (of al-) is no Ali."""
        fixed = _FIXED_LEMMAS.fullmatch(form)
        if fixed:
            return fixed.group("lexicalised") or _FIXED_LEMMA_OF[fixed.lastgroup or ""]
        direct = self._table_lemma(form)
        dotted = _dotted(form)
        if dotted is None or direct in self._present:
            return direct
        lemma = self._table_lemma(dotted)
        if direct is None:
            return lemma
        attested = dotted in self._present or lemma in self._present
        mangled = "ı" in direct and lemma is not None and lemma.startswith(direct.replace("ı", "i"))
        return lemma if attested and mangled else direct

    def _table_lemma(self, spelling: str) -> str | None:
        lemma = self._lookup(spelling)
        if lemma is None:
            return None
        if lemma == spelling:
            lemma = self._participle_verb(spelling) or self._inflected_lemma(spelling)
        if lemma in _VOWEL_DROP_WORDS:
            shorter = self._passive_of(spelling, lemma) if spelling != lemma else self._genitive_of(lemma)
            lemma = shorter or lemma
        derived = keep_derivation(spelling, lemma)
        return derived if derived != lemma else self._longer_verb(spelling, lemma)

    def _genitive_of(self, noun: str) -> str | None:
        """The word ``noun`` is the genitive or possessive of, where it also reads as a
        noun that drops its vowel (beyin: brain, beyni; Ahmet beyin: Mr Ahmet's): the
        answers use the shorter word and never the noun's own stem (beyn-). None
        otherwise."""
        root, dropped = noun[:-2], noun[:-2] + noun[-1]
        if len(root) < MIN_ROOT:
            return None  # isim is no is-im (soot)
        if root in self._present and self._lookup(root) == root and not self._starting(dropped):
            return root
        return None

    def _passive_of(self, form: str, noun: str) -> str | None:
        """The verb whose passive ``form`` is, where the table gives it a noun that
        drops its vowel (alın: forehead, alnı) as a verb of its own: alınıyor, alınan,
        alınması are al-ın-, as the treebanks read them. None when ``form`` may be the
        noun."""
        ending = form[len(noun) :]
        verb = noun[:-2]
        if not (noun[-2] in "ıiuü" and noun[-1] in "nl") or self._get(infinitive(verb)) != verb:
            return None
        if _NOMINAL_CHAIN.fullmatch(ending):
            return None  # alında, koyunun (of the sheep): the noun's own endings
        return verb if _VOICED_VERBAL_CHAIN.fullmatch(noun[-2:] + ending) else None

    def _participle_verb(self, form: str) -> str | None:
        """The verb ``form`` is the bare aorist or future of, where the table lists it as
        a word of its own (sever, ister, gelir, gelecek: hayvansever, ister … ister,
        income, the future): the answers use it as the verb (seviyorum, istedim) and never
        inflect it as a noun (geliri, gelirleri, gelire, gelecekte). None otherwise."""
        last = next((letter for letter in reversed(form) if letter in _HIGH_VOWEL), None)
        future = form.endswith(("acak", "ecek"))
        if last is None or not (form.endswith("r") or future):
            return None
        # The first person takes only the verb's reading (severim: I love).
        probe = form[:-1] + "ğ" if future else form
        verb = self._lookup(probe + _HIGH_VOWEL[last] + "m")
        if verb is None or verb == form or self._get(infinitive(verb)) != verb:
            return None
        stems = [verb, verb[:-1] + _SOFTENS[verb[-1]]] if verb[-1] in _SOFTENS else [verb]
        suffix = _FUTURE if future else _AORIST
        stem = next((s for s in stems if form.startswith(s) and suffix.fullmatch(form[len(s) :])), None)
        if stem is None:
            return None
        if any(_NOUN_EVIDENCE.fullmatch(other[len(form) :]) for other in self._starting(form)):
            return None
        # gittik and gidiyoruz both attest git-, istiyorum iste-.
        roots = [*stems, verb[:-1] + _HIGH_VOWEL[verb[-1]]] if verb[-1] in "ae" else stems
        verbal = (
            other
            for root in roots
            for other in self._starting(root)
            if not other.startswith(form)
            and _VOICED_VERBAL_CHAIN.fullmatch(other[len(root) :])
            and (root in stems or other.startswith("yor", len(root)))
        )
        return verb if next(verbal, None) else None

    def _starting(self, prefix: str) -> list[str]:
        """The forms of the corpus that start with ``prefix``, ``prefix`` itself too."""
        start = bisect_left(self._sorted, prefix)
        end = bisect_left(self._sorted, prefix + "\uffff", start)
        return self._sorted[start:end]

    def _inflected_lemma(self, form: str) -> str:
        """The table lists a few inflected forms as lemmas of their own, adverbs made
        with the instrumental, the dative or the plural possessive (sabırla: patiently,
        seneye: next year, geceleri: at night), and words with the conditional copula
        (yoksa: if there is none, or else): for counting they are the word. Only these
        endings, after a root of CORPUS_ROOT letters or more (MIN_ROOT before the
        conditional): shorter endings on shorter roots would take memnun for memnu-n and
        oda for od-a. A word the table inflects in its own right is a noun, not an
        adverb: mahalle (mahallede), sermaye, maliye, Türkiye, hisse are no mahal-le,
        serma-ye, mali-ye, Türki-ye, his-se."""
        if self._has_own_inflections(form):
            return form
        for cut in range(len(form) - 2, len(form) - 5, -1):
            root, ending = form[:cut], form[cut:]
            adverb = len(root) >= CORPUS_ROOT and _CASE_ADVERB.fullmatch(ending)
            # neyse is ne-y-se (whatever), no ney-se.
            buffer = root.endswith("y") and root[-2:-1] in _VOWELS
            conditional = len(root) >= MIN_ROOT and _CONDITIONAL.fullmatch(ending) and not buffer
            if (
                (adverb or conditional)
                and (ending[0] != "y" or root[-1] in _VOWELS)
                and self._get(root) == root
            ):
                return root
        return form

    def _has_own_inflections(self, form: str) -> bool:
        """Whether the table gives ``form`` as the lemma of its locative, genitive,
        plural or possessive (after a final vowel: -dA, -nIn, -lAr, -sI)."""
        high = _HIGH_VOWEL.get(form[-1:])
        if high is None:
            return False
        low = "a" if form[-1] in _BACK_VOWELS else "e"
        return any(
            self._lookup(form + ending) == form for ending in (f"d{low}", f"n{high}n", f"l{low}r", f"s{high}")
        )

    def _longer_verb(self, form: str, lemma: str) -> str:
        """The longest verb the table has that ``form`` is an inflection of, where the
        table took the form for a shorter one: katıldım is katıl- (to join), not the
        passive of kat- (to add). Only verbs grow so (çocuklar is no form of çocukla-)."""
        ending = form[len(lemma) :]
        if self._get(infinitive(lemma)) != lemma or _NOMINAL_CHAIN.fullmatch(ending):
            return lemma
        if _VERBAL_CHAIN.fullmatch(ending):
            return lemma  # bul-amadık reads as bul-, so it is no form of bula-
        for cut in range(len(form) - 1, len(lemma), -1):
            stem = form[:cut]
            # alın- is the passive of al-: the table's verb alın- is its noun (forehead).
            verb = stem not in _VOWEL_DROP_WORDS and self._get(infinitive(stem)) == stem
            if verb and _VOICED_VERBAL_CHAIN.fullmatch(form[cut:]):
                return stem
        return lemma

    def _only_a_noun(self, lemma: str) -> bool:
        """Whether the table knows ``lemma`` as a noun (its plural) and not as a verb (its
        infinitive): a verbal ending cannot follow it (yapı-yom is yap-ıyom, süpermen no
        süper-me-n). A verb our rules made (sınırlan-, of sınır) the table has neither
        way: it takes one."""
        last = next((letter for letter in reversed(lemma) if letter in _VOWELS), "a")
        plural = lemma + ("lar" if last in _BACK_VOWELS else "ler")
        return self._get(infinitive(lemma)) != lemma and self._lookup(plural) == lemma

    def lemma(self, form: str) -> str:
        found = self._found.get(form)
        if found is None:
            self._found[form] = form  # a root's own search never comes back here
            found = self._found[form] = self._search(form)
        return found

    def _search(self, form: str) -> str:
        known = self.known(form)
        if known is not None:
            return known
        roots = _candidate_roots(form)
        for root, kind in roots:
            lemma = self.known(root)
            if lemma is None:
                continue
            lemma = keep_derivation(form, lemma)
            if kind == NOMINAL or not self._only_a_noun(lemma):
                return lemma
        # Shortest root first: chains like sabrımızla → sabrımız → sabır end at the
        # word itself.
        for root, kind in reversed(roots):
            if kind == NOMINAL and len(root) >= CORPUS_ROOT and root in self._present:
                return self.lemma(root)
        return form


def lemmas(forms: Iterable[str]) -> dict[str, str]:
    present = set(forms)
    finder = TurkishLemmas(present)
    found = {form: finder.lemma(form) for form in sorted(present)}
    known = {form: lemma for form, lemma in found.items() if finder.known(form) is not None}
    # A lemma nothing knows (guzel, of guzel and guzeldi) may be misspelt.
    unknown = {lemma for lemma in found.values() if lemma not in known and finder.known(lemma) is None}
    corrected = corrections(
        unknown,
        known,
        finder.known,
        edits=False,
        roots=lambda form: [root for root, _kind in _candidate_roots(form)],
    )
    return {form: corrected.get(lemma, lemma) for form, lemma in found.items()}


def infinitive(root: str) -> str:
    """görmek, almak, hissetmek: -mAk by the root's last vowel."""
    last = next((letter for letter in reversed(root) if letter in _VOWELS), "a")
    return root + ("mak" if last in _BACK_VOWELS else "mek")


def _verbal_evidence(root: str, form: str) -> int:
    """+1 when ``form`` is ``root`` with a verbal ending only (yüzdük), -1 when it reads
    only as a noun or is the root itself (yüzü, yüz), 0 when both (güldü)."""
    if form == root:
        return -1
    stems = [root]
    if root[-1] in _SOFTENS:
        stems.append(root[:-1] + _SOFTENS[root[-1]])  # ediyor ← et, gidiyor ← git
    if root[-1] in "ae":
        stems.append(root[:-1] + ("ı" if root[-1] == "a" else "i"))  # istiyor ← iste
    for stem in stems:
        if form.startswith(stem):
            ending = form[len(stem) :]
            nominal = stem == root and bool(_BARE_NOMINAL_CHAIN.fullmatch(ending))
            verbal = bool(_VOICED_VERBAL_CHAIN.fullmatch(ending))
            if verbal != nominal:
                return 1 if verbal else -1
    return 0


def is_verb(root: str, forms: Iterable[tuple[str, int]] = ()) -> bool:
    """Whether the lemma ``root`` names a verb: the table must know its infinitive as a
    form of it (görmek → gör; gecemek, sabırmak are no words). Where the root is also a
    noun (yüz, gül, güven, at, yaz, et), the corpus ``forms`` of its group (form, count)
    decide: it is a noun when more uses read only as a noun than only as a verb (the
    bare root counts as a noun: a bare verb is an imperative, rare in answers)."""
    table = lemma_table(Language.TURKISH)
    if table.get(infinitive(root)) != root:
        return False
    # No evidence either way (no forms, or only forms like kaldı that read both ways):
    # the table's verb.
    return sum(_verbal_evidence(root, form) * count for form, count in forms) >= 0
