"""English lemmas of the word forms of a corpus.

A stemmer cannot join went with go or said with say, and simplemma's English table
alone has gaps and slips (felt, thought and left are missing; fixes → fixe,
thinking → thinke, gone → gan). So, in this order:

1. Our table of irregular forms (verbs, a few nouns and adjectives) and contractions
   typed without their apostrophe (didnt, cant).
2. Regular inflection (-s, -es, -ies, -ed, -ied, -ing, with a doubled consonant or a
   silent e restored) when the base it gives is confirmed: the table gives the form
   that base, or the base is a form of the corpus that the table lists as a lemma.
   -er and -est are left alone (teacher, dealer and shower are not comparatives).
3. The table's lemma, when that lemma is itself a lemma in the table (went → go).
4. A name the table knows capitalised (Seattle, France) is a word of its own.
5. A form nothing above knows may be a misspelling of a word of the answers
   (spelling.py: reccomend, servcie, soooo).
6. Otherwise the form itself.

Participial adjectives and -ing nouns that name a quality or a thing stay apart from
their verb (caring, amazing, interested, parking, wedding): a team names values after
them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from philosophy_studio.analysis.lemma_table import lemma_table
from philosophy_studio.analysis.spelling import corrections
from philosophy_studio.domain.language import Language

# base past participle
_IRREGULAR_VERBS = """
be was been; be were been; bear bore born; beat beat beaten; become became become;
begin began begun; bend bent bent; bite bit bitten; blow blew blown; break broke broken;
bring brought brought; build built built; burn burnt burnt; buy bought bought;
catch caught caught; choose chose chosen; come came come; deal dealt dealt;
dig dug dug; do did done; draw drew drawn; dream dreamt dreamt; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed fed; feel felt felt;
fight fought fought; find found found; fly flew flown; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given;
go went gone; grow grew grown; hang hung hung; have had had; hear heard heard;
hide hid hidden; hold held held; keep kept kept; know knew known; lay laid laid;
lead led led; learn learnt learnt; leave left left; lend lent lent; lose lost lost;
make made made; mean meant meant; meet met met; pay paid paid; ride rode ridden;
ring rang rung; rise rose risen; run ran run; say said said; see saw seen;
seek sought sought; sell sold sold; send sent sent; shake shook shaken;
shoot shot shot; sing sang sung; sit sat sat; sleep slept slept; speak spoke spoken;
spend spent spent; stand stood stood; steal stole stolen; stick stuck stuck;
strike struck struck; swear swore sworn; sweep swept swept; swim swam swum;
take took taken; teach taught taught; tear tore torn; tell told told;
think thought thought; throw threw thrown; understand understood understood;
wake woke woken; wear wore worn; win won won; write wrote written
"""
_IRREGULAR: dict[str, str] = {
    form: base
    for entry in _IRREGULAR_VERBS.split(";")
    for base, *forms in [entry.split()]
    for form in forms
    if form != base
}
# The irregular verbs themselves (feed is no fe + ed, nor bring br + ing).
_IRREGULAR_BASES = frozenset(entry.split()[0] for entry in _IRREGULAR_VERBS.split(";"))
_IRREGULAR |= {
    # Present forms of be, have and do, and contractions typed without an apostrophe.
    "am": "be", "is": "be", "are": "be", "has": "have", "does": "do",
    "isnt": "be", "arent": "be", "wasnt": "be", "werent": "be", "aint": "be",
    "dont": "do", "doesnt": "do", "didnt": "do",
    "havent": "have", "hasnt": "have", "hadnt": "have",
    "cant": "can", "cannot": "can", "couldnt": "could", "wont": "will",
    "wouldnt": "would", "shouldnt": "should",
    # Irregular nouns and adjectives.
    "children": "child", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "wives": "wife", "knives": "knife",
    "better": "good", "best": "good", "worse": "bad", "worst": "bad",
    # Abbreviations and spoken forms of reviews and quick answers.
    "mins": "minute", "hrs": "hour", "hr": "hour", "yrs": "year", "yr": "year",
    "gonna": "go", "wanna": "want",
}  # fmt: skip
# Words that look inflected but are lemmas of their own (news is not new + s, a bit is
# not bitten).
_OWN_WORDS = frozenset(
    [
        "news", "series", "species", "physics", "economics", "politics", "thanks", "clothes",
        "goods", "savings", "always", "perhaps", "sometimes", "this", "thus", "his", "its", "yes",
        "less", "least", "unless", "various", "serious", "bus", "plus", "lens", "people", "bit",
    ]
)  # fmt: skip
# Participial adjectives and -ing nouns: qualities and things, not the verb.
_OWN_PARTICIPLES = frozenset(
    [
        "amazing", "interesting", "caring", "welcoming", "willing", "outstanding", "charming",
        "exciting", "surprising", "relaxing", "boring", "accommodating", "understanding", "inviting",
        "refreshing", "disappointing", "frustrating", "annoying", "rewarding", "demanding", "engaging",
        "inspiring", "encouraging", "pleasing", "satisfying", "promising", "interested", "pleased",
        "satisfied", "excited", "relaxed", "detailed", "talented", "skilled", "qualified", "dedicated",
        "devoted", "committed", "organized", "organised", "motivated", "limited", "outdated",
        "overpriced", "shocked", "tired", "worried", "concerned", "involved", "determined", "parking",
        "wedding", "morning", "evening", "building", "clothing", "lighting", "heating", "dining",
        "training", "rating", "pricing", "opening", "warning", "booking",
    ]
)  # fmt: skip
_VOWELS = frozenset("aeiouy")


def _bases(form: str) -> list[str]:
    """Bases regular inflection could have made ``form`` from, most likely first."""
    bases: list[str] = []
    if form.endswith("ies") and len(form) > 4:
        bases.append(form[:-3] + "y")
    elif form.endswith("es") and (form[-3] in "sxzo" or form.endswith(("ches", "shes"))):
        bases += [form[:-2], form[:-1]]
    elif form.endswith("s") and not form.endswith(("ss", "us", "is")):
        bases.append(form[:-1])
    if form.endswith("ied") and len(form) > 4:
        bases.append(form[:-3] + "y")
    elif form.endswith("ed"):
        bases += [form[:-2], form[:-1]]
        if len(form) > 4 and form[-3] == form[-4]:
            bases.append(form[:-3])  # stopped → stop
    if form.endswith("ing") and len(form) > 5:
        bases += [form[:-3], form[:-3] + "e"]
        if form[-4] == form[-5]:
            bases.append(form[:-4])  # sitting → sit
    return [base for base in bases if len(base) >= 2 and _VOWELS & set(base)]


def _lemma(form: str, table: Mapping[str, str], present: Collection[str]) -> str | None:
    """The lemma of ``form``, or None when neither our tables, the rules nor the lemma
    table know it."""
    if form in _OWN_WORDS or form in _OWN_PARTICIPLES or form in _IRREGULAR_BASES:
        return form
    if form in _IRREGULAR:
        return _IRREGULAR[form]
    given = table.get(form)
    bases = _bases(form)
    base = (
        # The table and our rules agree, and the corpus uses the base.
        next((b for b in bases if b == given and b in present), None)
        # The corpus uses a base the table lists as a lemma (thinking → think, where the
        # table says thinke).
        or next((b for b in bases if b in present and table.get(b) == b), None)
        or next((b for b in bases if b == given), None)
    )
    if base is not None:
        # A past takes no -s: thoughts, roses, saws are plurals of nouns, not think, rise, see.
        return base if form.endswith("s") and base in _IRREGULAR else _IRREGULAR.get(base, base)
    if given and given != form and table.get(given) == given:
        return given.lower()
    if given is None:
        # Names are capitalised in the table (Seattle, Chris): known words, never
        # misspellings of a word of the answers (settle, chip).
        name = table.get(form.capitalize())
        return name.lower() if name else None
    return form


def lemmas(forms: Iterable[str]) -> dict[str, str]:
    table = lemma_table(Language.ENGLISH)
    present = set(forms)
    found = {form: _lemma(form, table, present) for form in sorted(present)}
    known = {form: lemma for form, lemma in found.items() if lemma is not None}
    unknown = [form for form, lemma in found.items() if lemma is None]

    def lookup(form: str) -> str | None:
        return _lemma(form, table, present)

    corrected = corrections(unknown, known, lookup, edits=True)
    return {form: known.get(form) or corrected.get(form) or form for form in found}
