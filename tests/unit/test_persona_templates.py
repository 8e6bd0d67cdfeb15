import dataclasses

import pytest

from philosophy_studio.content.persona_templates import Sector, persona_templates
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.progress import progress
from philosophy_studio.domain.steps import Step
from philosophy_studio.services.interchange import demo_workshop


@pytest.mark.parametrize("language", list(Language))
def test_complete_templates_for_every_sector_in_both_languages(language: Language) -> None:
    templates = persona_templates(language)
    # A shop, a utility or public service, business customers and healthcare have two
    # each; education one.
    assert {sector: sum(1 for t in templates if t.sector is sector) for sector in Sector} == {
        Sector.RETAIL: 2,
        Sector.UTILITY: 2,
        Sector.B2B: 2,
        Sector.HEALTHCARE: 2,
        Sector.EDUCATION: 1,
    }
    for template in templates:
        persona = template.persona
        assert persona.name and persona.customer_type and persona.channels and persona.needs
        # Each template alone describes a persona well enough for the step to count.
        workshop = dataclasses.replace(demo_workshop(language), personas=(persona,))
        assert progress(workshop, Step.PERSONAS).done >= 1


def test_the_two_languages_offer_the_same_sectors_and_kinds_of_people() -> None:
    english, turkish = persona_templates(Language.ENGLISH), persona_templates(Language.TURKISH)
    shape = [(t.sector, t.persona.segment, t.persona.customer_type) for t in english]
    assert shape == [(t.sector, t.persona.segment, t.persona.customer_type) for t in turkish]
    assert {t.persona.name for t in english}.isdisjoint({t.persona.name for t in turkish})
