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
4. Otherwise the form itself.

Participial adjectives and -ing nouns that name a quality or a thing stay apart from
their verb (caring, amazing, interested, parking, wedding): a team names values after
them.
"""

from __future__ import annotations

from collections.abc import Iterable

from philosophy_studio.analysis.lemma_table import lemma_table
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
    # Abbreviations of reviews and quick answers.
    "mins": "minute", "hrs": "hour", "hr": "hour",
}  # fmt: skip
# Words that look inflected but are lemmas of their own (news is not new + s), and
# irregular forms that are more often a word of their own (left, found, lay).
_OWN_WORDS = frozenset(
    [
        "news", "series", "species", "physics", "economics", "politics", "thanks", "glasses",
        "clothes", "goods", "sales", "savings", "always", "perhaps", "sometimes", "this", "thus",
        "his", "its", "yes", "less", "least", "unless", "various", "serious", "bus", "plus", "lens",
        "people", "left", "found", "lay", "saw", "bit", "lit",
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


def lemmas(forms: Iterable[str]) -> dict[str, str]:
    table = lemma_table(Language.ENGLISH)
    present = set(forms)

    def is_lemma(word: str) -> bool:
        return table.get(word) == word

    found = {}
    for form in sorted(present):
        if form in _IRREGULAR:
            found[form] = _IRREGULAR[form]
            continue
        if form in _OWN_WORDS or form in _OWN_PARTICIPLES:
            found[form] = form
            continue
        given = table.get(form)
        bases = _bases(form)
        base = (
            # The table and our rules agree, and the corpus uses the base.
            next((b for b in bases if b == given and b in present), None)
            # The corpus uses a base the table lists as a lemma (thinking → think, where
            # the table says thinke).
            or next((b for b in bases if b in present and is_lemma(b)), None)
            or next((b for b in bases if b == given), None)
        )
        if base is not None:
            found[form] = _IRREGULAR.get(base, base)
        elif given and given != form and is_lemma(given):
            found[form] = given.lower()
        else:
            found[form] = form
    return found
