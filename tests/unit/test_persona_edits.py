import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Availability, Channel, Language, Persona, Segment
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    MovePersona,
    PersonaField,
    SetPersonaField,
)
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (PersonaField.NAME, "Kurumsal Alıcı Zeynep"),
        (PersonaField.SEGMENT, Segment.PUBLIC),
        (PersonaField.CUSTOMER_TYPE, "discount"),
        (PersonaField.AVAILABILITY, Availability.CUSTOM),
        (PersonaField.TONE, 15),
        (PersonaField.CHANNELS, (Channel.SMS, Channel.LETTER, Channel.PHONE)),
        (PersonaField.NEEDS, ("Faturayı anlamak", "Kesinti bilgisi")),
    ],
)
def test_every_field_and_its_inverse(service, field: PersonaField, value) -> None:
    persona = service.load().personas[0]
    assert_exact_undo(service, SetPersonaField(persona.id, field, value))


def test_add_move_delete_and_undo_keeps_id_and_position(service) -> None:
    assert_exact_undo(service, AddPersona(Persona(id=0, name="Öğretmen Ayla", channels=(Channel.EMAIL,)), 1))
    personas = service.load().personas
    assert personas[1].name == "Öğretmen Ayla"
    assert_exact_undo(service, MovePersona(personas[1].id, 0))
    first = service.load().personas[0]
    outcome = service.execute(DeletePersona(first.id))
    service.execute(outcome.inverse)
    assert service.load().personas[0] == first


def test_values_are_cleaned_and_checked(service) -> None:
    persona = service.load().personas[0]
    service.execute(SetPersonaField(persona.id, PersonaField.TONE, 250))
    service.execute(SetPersonaField(persona.id, PersonaField.CHANNELS, ("phone", "phone", "sms")))
    service.execute(SetPersonaField(persona.id, PersonaField.PAINS, ("  ", "Bekle\x00mek")))
    stored = service.load().personas[0]
    assert stored.tone == 100
    assert stored.channels == (Channel.PHONE, Channel.SMS)
    assert stored.pains == ("Beklemek",)
    with pytest.raises(ValueError):
        service.execute(SetPersonaField(persona.id, PersonaField.SEGMENT, "martian"))
    with pytest.raises(EditConflictError):
        service.execute(SetPersonaField(persona.id, PersonaField.NAME, "X", expected="not the stored name"))
