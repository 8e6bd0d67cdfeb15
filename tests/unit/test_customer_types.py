"""Each workshop's own customer types: the sector sets, the list's edits and their undo,
personas that refer to a type, templates from other sectors, the interchange and the
migration that gave every older workshop the retail set."""

import dataclasses
import json

import pytest
from sqlalchemy import create_engine, text
from tests_support import DEMO_DIR, assert_exact_undo, stored_document

from philosophy_studio.content.persona_templates import persona_templates
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.customer_types import (
    MAX_CUSTOMER_TYPES,
    CustomerTypeInUseError,
    CustomerTypeKeyError,
    CustomerTypeNameError,
    DuplicateCustomerTypeError,
    Sector,
    TooManyCustomerTypesError,
    UnknownCustomerTypeError,
    catalogue_type,
    check_customer_types,
    customer_type_set,
    follow_language,
    new_type_key,
    retail_types,
    type_for_template,
    with_sector_set,
)
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import CustomerType, Language, Persona, WorkshopInfo
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    PersonaField,
    SetCustomerTypes,
    SetPersonaField,
)
from philosophy_studio.persistence.database import to_url
from philosophy_studio.persistence.migrate import APPLICATION_ID, _alembic_config
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

RETAIL_KEYS = ["prospect", "new", "impulse", "discount", "loyal"]
HOSTILE = '=HYPERLINK("x") <b>&amp;</b> \u202eters\u202c 😀 مرحبا'


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


def demo_document(language: str) -> dict:
    return json.loads((DEMO_DIR / f"demo-{language}.json").read_text(encoding="utf-8"))


# --- the sets -------------------------------------------------------------------------


def test_every_sector_has_a_whole_set_in_both_languages() -> None:
    keys_seen: set[str] = set()
    for sector in Sector:
        english, turkish = (
            customer_type_set(sector, Language.ENGLISH),
            customer_type_set(sector, Language.TURKISH),
        )
        assert [kind.key for kind in english] == [kind.key for kind in turkish]
        assert len(english) >= 4
        for kind in (*english, *turkish):
            assert kind.name and kind.description and kind.name != kind.description
            assert check_customer_types([kind], Language.TURKISH) == (kind,)
        # A key names one type whichever set it comes from: templates find it by key.
        assert keys_seen.isdisjoint(kind.key for kind in english)
        keys_seen.update(kind.key for kind in english)
    # The five types every older workshop had are the retail set, unchanged.
    assert [kind.key for kind in retail_types(Language.ENGLISH)] == RETAIL_KEYS
    assert [kind.name for kind in retail_types(Language.TURKISH)] == [
        "Potansiyel müşteri",
        "Yeni müşteri",
        "Anlık karar veren alıcı",
        "İndirim arayan müşteri",
        "Sadık müşteri",
    ]


@pytest.mark.parametrize("language", list(Language))
def test_each_template_has_a_type_of_its_own_sector(language: Language) -> None:
    for template in persona_templates(language):
        keys = [kind.key for kind in customer_type_set(template.sector, language)]
        assert template.persona.customer_type in keys, template.persona.name


def test_a_list_is_checked_by_the_languages_case_rules() -> None:
    loyal = CustomerType("loyal", "İndirim")
    assert check_customer_types([loyal], Language.TURKISH) == (loyal,)
    # İ and i are one letter in Turkish; I and ı another.
    with pytest.raises(DuplicateCustomerTypeError, match="indirim"):
        check_customer_types([loyal, CustomerType("own-1", "indirim")], Language.TURKISH)
    assert (
        len(check_customer_types([CustomerType("a", "Işık"), CustomerType("b", "ışık")], Language.ENGLISH))
        == 2
    )
    with pytest.raises(DuplicateCustomerTypeError):
        check_customer_types([CustomerType("a", "Işık"), CustomerType("b", "ışık")], Language.TURKISH)
    with pytest.raises(CustomerTypeNameError):
        check_customer_types([CustomerType("a", " \t\x00 ")], Language.ENGLISH)
    with pytest.raises(CustomerTypeKeyError):
        check_customer_types([CustomerType("a", "A"), CustomerType("a", "B")], Language.ENGLISH)
    with pytest.raises(CustomerTypeKeyError):
        check_customer_types([CustomerType("Bad Key!", "A")], Language.ENGLISH)
    with pytest.raises(TooManyCustomerTypesError):
        check_customer_types(
            [CustomerType(f"own-{n}", f"T{n}") for n in range(MAX_CUSTOMER_TYPES + 1)], Language.ENGLISH
        )


def test_hostile_names_are_kept_as_written_but_cleaned() -> None:
    (kind,) = check_customer_types(
        [CustomerType("own-1", HOSTILE + "\n" + "ş" * 500, "\x07" + HOSTILE * 20)], Language.TURKISH
    )
    assert kind.name.startswith(HOSTILE + " ş") and len(kind.name) == 200
    assert "\x07" not in kind.description and len(kind.description) == 300


def test_new_keys_are_the_first_free_own_number() -> None:
    assert new_type_key(retail_types(Language.ENGLISH)) == "own-1"
    assert new_type_key([CustomerType("own-1", "A"), CustomerType("own-3", "B")]) == "own-2"


def test_a_template_finds_the_type_by_key_then_by_name_else_brings_its_own() -> None:
    language = Language.TURKISH
    renamed = [CustomerType("loyal", "Müdavim"), CustomerType("own-1", "konut abonesi")]
    assert type_for_template(renamed, "loyal", language) == ("loyal", None)
    # Written by the team with the set's name (by Turkish case rules): that one.
    assert type_for_template(renamed, "household", language) == ("own-1", None)
    assert type_for_template(renamed, "caregiver", language) == (
        "caregiver",
        catalogue_type("caregiver", language),
    )
    assert type_for_template(renamed, None, language) == (None, None)
    assert type_for_template(renamed, "unknown-key", language) == (None, None)


def test_a_sector_set_keeps_the_types_personas_have() -> None:
    language = Language.ENGLISH
    types = (*retail_types(language)[:4], CustomerType("loyal", "Regulars"))
    personas = [Persona(id=1, customer_type="loyal"), Persona(id=2, customer_type=None)]
    chosen = with_sector_set(types, personas, Sector.UTILITY, language)
    assert [kind.key for kind in chosen] == [
        *(kind.key for kind in customer_type_set(Sector.UTILITY, language)),
        "loyal",
    ]
    assert chosen[-1].name == "Regulars"


def test_types_nobody_renamed_follow_the_language() -> None:
    types = (
        *retail_types(Language.TURKISH)[:2],
        CustomerType("loyal", "Müdavim"),
        CustomerType("own-1", "Esnaf"),
    )
    followed = follow_language(types, Language.TURKISH, Language.ENGLISH)
    assert [kind.name for kind in followed] == ["Prospect", "New customer", "Müdavim", "Esnaf"]
    assert follow_language(followed, Language.ENGLISH, Language.TURKISH) == types


# --- edits ----------------------------------------------------------------------------


def test_the_list_is_edited_and_undone_exactly(service) -> None:
    types = service.load().customer_types
    renamed = (dataclasses.replace(types[1], name="Yeni abone", description=HOSTILE), *types[:1], *types[2:])
    assert_exact_undo(service, SetCustomerTypes(renamed, expected=types))
    added = (*service.load().customer_types, CustomerType("own-1", "Esnaf İİ", "Mahalle dükkânı"))
    assert_exact_undo(service, SetCustomerTypes(added))
    stored = service.load().customer_types
    assert stored[-1].name == "Esnaf İİ"


def test_a_type_a_persona_has_cannot_be_removed(service) -> None:
    workshop = service.load()
    used = {persona.customer_type for persona in workshop.personas}
    kept = tuple(kind for kind in workshop.customer_types if kind.key not in used)
    before = stored_document(service)
    with pytest.raises(CustomerTypeInUseError) as refused:
        service.execute(SetCustomerTypes(kept))
    assert workshop.personas[0].name in str(refused.value)
    assert stored_document(service) == before
    # Unused ones go, and come back with undo.
    unused = tuple(kind for kind in workshop.customer_types if kind.key in used)
    assert_exact_undo(service, SetCustomerTypes(unused))


def test_someone_elses_change_of_the_list_is_a_conflict(service) -> None:
    seen = service.load().customer_types
    service.execute(SetCustomerTypes((*seen, CustomerType("own-1", "Theirs"))))
    with pytest.raises(EditConflictError) as conflict:
        service.execute(SetCustomerTypes((*seen, CustomerType("own-1", "Mine")), expected=seen))
    assert conflict.value.theirs[-1].name == "Theirs"


def test_a_persona_takes_only_a_type_of_the_workshop(service) -> None:
    persona = service.load().personas[0]
    with pytest.raises(UnknownCustomerTypeError):
        service.execute(SetPersonaField(persona.id, PersonaField.CUSTOMER_TYPE, "caregiver"))
    with pytest.raises(UnknownCustomerTypeError):
        service.execute(AddPersona(Persona(id=0, name="X", customer_type="caregiver"), 0))
    assert_exact_undo(service, SetPersonaField(persona.id, PersonaField.CUSTOMER_TYPE, "prospect"))


def test_a_template_from_another_sector_adds_its_type_in_the_same_undo_step(service) -> None:
    workshop = service.load()
    template = next(t for t in persona_templates(Language.TURKISH) if t.sector is Sector.HEALTHCARE)
    key, new_type = type_for_template(
        workshop.customer_types, template.persona.customer_type, Language.TURKISH
    )
    assert new_type is not None
    command = AddPersona(dataclasses.replace(template.persona, customer_type=key), 9, new_type)
    after = assert_exact_undo(service, command)
    assert after["customer_types"][-1]["name"] == new_type.name
    assert after["personas"][-1]["customer_type"] == key
    # Deleting the persona alone keeps the type: only undoing the template takes it.
    added = service.load().personas[-1]
    service.execute(DeletePersona(added.id))
    assert service.load().customer_types[-1] == new_type


def test_changing_the_workshops_language_renames_the_untouched_types(service) -> None:
    after = assert_exact_undo(service, SetWorkshopField(WorkshopField.LANGUAGE, "en"))
    assert [kind["name"] for kind in after["customer_types"]][:2] == ["Prospect", "New customer"]


# --- the interchange ------------------------------------------------------------------


def test_a_document_without_types_gets_the_retail_set_of_its_language() -> None:
    document = demo_document("tr")
    del document["customer_types"]
    workshop = from_document(document)
    assert workshop.customer_types == retail_types(Language.TURKISH)
    assert to_document(workshop, "x")["customer_types"] == demo_document("tr")["customer_types"]


def test_own_types_go_through_the_interchange() -> None:
    workshop = demo_workshop(Language.ENGLISH)
    own = (CustomerType("own-1", HOSTILE, "Café <owner>"), *workshop.customer_types)
    workshop = dataclasses.replace(
        workshop,
        customer_types=own,
        personas=(dataclasses.replace(workshop.personas[0], customer_type="own-1"), *workshop.personas[1:]),
    )
    document = json.loads(json.dumps(to_document(workshop, "x")))
    assert from_document(document) == dataclasses.replace(workshop, id=0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["personas"][0].update(customer_type="martian"), "none of"),
        (lambda d: d["customer_types"].append(dict(d["customer_types"][0])), "key"),
        (lambda d: d["customer_types"].append({"key": "own-1", "name": "sadık MÜŞTERİ"}), "already"),
        (lambda d: d["customer_types"].append({"key": "own-1", "name": ""}), "needs a name"),
        (lambda d: d["customer_types"].append({"key": "Ünlü", "name": "X"}), "key"),
        (lambda d: d.update(customer_types="retail"), "must be list"),
    ],
)
def test_a_hostile_list_is_refused_with_where(change, message: str) -> None:
    document = demo_document("tr")
    change(document)
    with pytest.raises(InterchangeFormatError, match=message):
        from_document(document)


# --- the migration --------------------------------------------------------------------


def test_older_workshops_get_the_retail_set_in_their_language(workshop_location: str) -> None:
    """Upgrading from 0014 on either backend: each workshop its language's five types,
    its personas' types unchanged; downgrading drops the list again."""
    from alembic import command

    engine = create_engine(to_url(workshop_location))
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0014")
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        with engine.begin() as connection:
            for number, language in ((1, "tr"), (2, "en")):
                connection.execute(
                    text(
                        "INSERT INTO workshop (id, team_name, organisation, facilitator, language, "
                        "approach_notes, value_set_name, survey_question, survey_open, min_respondents, "
                        "keep_question_words, step_timers, version) VALUES (:id, 'T', '', '', :language, "
                        "'', '', '', false, 5, false, '{}', 1)"
                    ),
                    {"id": number, "language": language},
                )
                connection.execute(
                    text(
                        "INSERT INTO persona (workshop_id, position, name, description, customer_type, "
                        "demographics, custom_hours, first_response, tone, channels, needs, pains, "
                        "opportunities, version) VALUES (:id, 0, 'P', '', 'loyal', '', '', '', 50, '[]', "
                        "'[]', '[]', '[]', 1)"
                    ),
                    {"id": number},
                )
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
        for number, language in ((1, Language.TURKISH), (2, Language.ENGLISH)):
            with WorkshopService.open(workshop_location, workshop_id=number) as opened:
                workshop = opened.load()
                assert workshop.customer_types == retail_types(language)
                assert workshop.personas[0].customer_type == "loyal"
                assert workshop.logo is None and workshop.accent_colour == ""
                opened.execute(SetCustomerTypes((*workshop.customer_types, CustomerType("own-1", "Esnaf"))))
                opened.execute(SetPersonaField(workshop.personas[0].id, PersonaField.CUSTOMER_TYPE, "own-1"))
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0014")
        with engine.connect() as connection:
            # The revision before knew only the five retail types.
            assert connection.execute(text("SELECT customer_type FROM persona")).scalars().all() == [
                None,
                None,
            ]
    finally:
        engine.dispose()


def test_a_new_workshop_starts_with_the_retail_set(workshop_location: str) -> None:
    info = WorkshopInfo(team_name="T", language=Language.TURKISH)
    with WorkshopService.create(workshop_location, new_workshop(info)) as created:
        assert created.load().customer_types == retail_types(Language.TURKISH)


# --- the charter ----------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_charter_prints_the_types_stored_name_however_hostile(language: Language) -> None:
    from philosophy_studio.export.charter_content import charter_content
    from philosophy_studio.export.charter_html import build_charter_html
    from philosophy_studio.export.charter_markdown import build_charter_markdown
    from philosophy_studio.export.charter_pdf import build_charter_pdf

    workshop = demo_workshop(language)
    name = "Esnaf <b>S&P</b> " + HOSTILE + " " + "ğ" * 190
    workshop = dataclasses.replace(
        workshop,
        customer_types=(CustomerType("own-1", name[:200]), *workshop.customer_types),
        personas=(dataclasses.replace(workshop.personas[0], customer_type="own-1"), *workshop.personas[1:]),
    )
    content = charter_content(workshop)
    assert content.personas[0].kind.startswith("Esnaf <b>S&P</b>")
    result = build_charter_pdf(content)
    assert result.pages >= 10 and result.report.right_to_left
    assert "Esnaf &lt;b&gt;S&amp;P&lt;/b&gt;" in build_charter_html(content)
    assert "*Esnaf \\<b\\>S\\&P\\</b\\>" in build_charter_markdown(content)


def test_a_new_workshop_can_start_from_another_sectors_set(tmp_path) -> None:
    from philosophy_studio.cli import main

    location = tmp_path / "hastane.pstudio"
    assert (
        main(["new", str(location), "--team", "Hasta Hizmetleri", "--lang", "tr", "--sector", "healthcare"])
        == 0
    )
    assert WorkshopService.read(location).customer_types == customer_type_set(
        Sector.HEALTHCARE, Language.TURKISH
    )
    assert (
        main(["new", str(tmp_path / "x.pstudio"), "--team", "X", "--lang", "en", "--sector", "bakery"]) == 2
    )
