import dataclasses

import pytest

from philosophy_studio.content.persona_templates import persona_templates
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.progress import progress
from philosophy_studio.domain.steps import Step
from philosophy_studio.services.interchange import demo_workshop


@pytest.mark.parametrize("language", list(Language))
def test_three_complete_templates_per_language(language: Language) -> None:
    templates = persona_templates(language)
    assert len(templates) == 3
    for template in templates:
        assert template.name and template.customer_type and template.channels and template.needs
        # Each template alone describes a persona well enough for the step to count.
        workshop = dataclasses.replace(demo_workshop(language), personas=(template,))
        assert progress(workshop, Step.PERSONAS).done >= 1
