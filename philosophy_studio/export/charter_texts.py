"""The charter's own fixed words, in each workshop language.

The charter speaks the workshop's language whatever language the app's interface is
in, so these are plain tables rather than Qt translations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.model import (
    Approach,
    Availability,
    BehaviourKind,
    Channel,
    GuidelineQuestion,
    Language,
    Segment,
    SharingChannel,
)


@dataclass(frozen=True)
class CharterTexts:
    title: str
    vision: str
    values: str
    value_set: str
    values_in_practice: str
    questions: dict[GuidelineQuestion, str]
    metrics: str
    metric_columns: tuple[str, str, str, str]
    behaviours: str
    behaviour_kinds: dict[BehaviourKind, str]
    personas: str
    segments: dict[Segment, str]
    availability_label: str
    availability: dict[Availability, str]
    first_response: str
    tone_label: str
    tones: tuple[str, str, str]
    channels_label: str
    channels: dict[Channel, str]
    approach: str
    approaches: dict[Approach, str]
    leaders: str
    sharing: str
    sharing_columns: tuple[str, str, str, str]
    sharing_channels: dict[SharingChannel, str]
    commitment: str
    commitment_intro: str
    signature_columns: tuple[str, str, str, str]  # name, role, signature, date
    facilitator_role: str
    facilitated_by: str
    # Where the charter stands among its kept versions (see charter_versions.py).
    version: str
    version_draft: str
    page: str
    months: tuple[str, ...]

    def date(self, value: dt.date) -> str:
        return f"{value.day} {self.months[value.month - 1]} {value.year}"

    def page_of(self, page: int, total: int) -> str:
        return self.page.format(page=page, total=total)

    def tone(self, tone: int) -> str:
        formal, balanced, informal = self.tones
        if tone <= 33:
            return formal
        return balanced if tone <= 66 else informal


_ENGLISH = CharterTexts(
    title="Our customer service philosophy",
    vision="Our vision",
    values="Our values",
    value_set="Our values at a glance: {name}",
    values_in_practice="Our values in practice",
    questions={
        GuidelineQuestion.MEANING: "What it means for our team",
        GuidelineQuestion.EFFECT: "What happens when we live it",
        GuidelineQuestion.MISREADINGS: "How it could be misread",
        GuidelineQuestion.MEASUREMENT: "How we check that we live it",
        GuidelineQuestion.CUSTOMER_IMPACT: "What it does for our customer relationships",
    },
    metrics="Metrics and targets",
    metric_columns=("Metric", "How we measure", "Target", "How often"),
    behaviours="Do’s and don’ts",
    behaviour_kinds={BehaviourKind.DO: "We do", BehaviourKind.DONT: "We don’t"},
    personas="Who we serve",
    segments={
        Segment.B2C: "Consumers (B2C)",
        Segment.B2B: "Businesses (B2B)",
        Segment.EDUCATION: "Education",
        Segment.PUBLIC: "Public sector",
        Segment.OTHER: "Other",
    },
    availability_label="Expects support",
    availability={
        Availability.ALWAYS: "around the clock, 24/7",
        Availability.BUSINESS_HOURS: "during business hours",
        Availability.CUSTOM: "",
    },
    first_response="First reply",
    tone_label="Tone",
    tones=("formal", "friendly but professional", "relaxed and informal"),
    channels_label="Channels, most preferred first",
    channels={
        Channel.PHONE: "Phone",
        Channel.LIVE_CHAT: "Live chat",
        Channel.EMAIL: "E-mail",
        Channel.SOCIAL_MEDIA: "Social media",
        Channel.VIDEO: "Video call",
        Channel.SELF_SERVICE: "Self-service and FAQ",
        Channel.SMS: "SMS",
        Channel.LETTER: "Letter",
        Channel.IN_PERSON: "In person",
    },
    approach="Our service approach",
    approaches={
        Approach.PROBLEM_FOCUSED: "Problem-focused",
        Approach.CUSTOMER_CENTRED: "Customer-centred",
    },
    leaders="How our leaders set the example",
    sharing="How we share this philosophy",
    sharing_columns=("Where", "What", "Who", "When"),
    sharing_channels={
        SharingChannel.INTERACTIONS: "Customer interactions",
        SharingChannel.ADVERTISING: "Advertising",
        SharingChannel.WEBSITE: "Website and platforms",
        SharingChannel.WORD_OF_MOUTH: "Word of mouth",
        SharingChannel.OTHER: "Other",
    },
    commitment="Our commitment",
    commitment_intro="With our signatures we promise to bring these values to every "
    "customer, in every conversation, every day.",
    signature_columns=("Name", "Role", "Signature", "Date"),
    facilitator_role="Workshop facilitator",
    facilitated_by="Workshop facilitated by {name}",
    version="Version {number} · kept on {date}",
    version_draft="Draft of version {number} · changed since version {previous} of {date}",
    page="Page {page} of {total}",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
)

_TURKISH = CharterTexts(
    title="Müşteri hizmetleri felsefemiz",
    vision="Vizyonumuz",
    values="Değerlerimiz",
    value_set="Bir bakışta değerlerimiz: {name}",
    values_in_practice="Değerlerimiz iş başında",
    questions={
        GuidelineQuestion.MEANING: "Ekibimiz için anlamı",
        GuidelineQuestion.EFFECT: "Yaşattığımızda neler olur",
        GuidelineQuestion.MISREADINGS: "Nasıl yanlış anlaşılabilir",
        GuidelineQuestion.MEASUREMENT: "Ona bağlı kaldığımızı nasıl ölçeriz",
        GuidelineQuestion.CUSTOMER_IMPACT: "Müşteri ilişkilerimize katkısı",
    },
    metrics="Ölçütler ve hedefler",
    metric_columns=("Ölçüt", "Nasıl ölçeriz", "Hedef", "Ne sıklıkla"),
    behaviours="Yaparız, yapmayız",
    behaviour_kinds={BehaviourKind.DO: "Yaparız", BehaviourKind.DONT: "Yapmayız"},
    personas="Kimlere hizmet ediyoruz",
    segments={
        Segment.B2C: "Bireysel (B2C)",
        Segment.B2B: "Kurumsal (B2B)",
        Segment.EDUCATION: "Eğitim",
        Segment.PUBLIC: "Kamu",
        Segment.OTHER: "Diğer",
    },
    availability_label="Beklediği destek",
    availability={
        Availability.ALWAYS: "günün her saati, 7/24",
        Availability.BUSINESS_HOURS: "mesai saatlerinde",
        Availability.CUSTOM: "",
    },
    first_response="İlk yanıt",
    tone_label="Üslup",
    tones=("resmî", "samimi ama profesyonel", "rahat ve samimi"),
    channels_label="Kanallar, en çok tercih edilenden başlayarak",
    channels={
        Channel.PHONE: "Telefon",
        Channel.LIVE_CHAT: "Canlı sohbet",
        Channel.EMAIL: "E-posta",
        Channel.SOCIAL_MEDIA: "Sosyal medya",
        Channel.VIDEO: "Görüntülü görüşme",
        Channel.SELF_SERVICE: "Self servis ve SSS",
        Channel.SMS: "SMS",
        Channel.LETTER: "Mektup",
        Channel.IN_PERSON: "Yüz yüze",
    },
    approach="Hizmet yaklaşımımız",
    approaches={
        Approach.PROBLEM_FOCUSED: "Sorun odaklı",
        Approach.CUSTOMER_CENTRED: "Müşteri odaklı",
    },
    leaders="Liderlerimiz nasıl örnek olur",
    sharing="Bu felsefeyi nasıl paylaşıyoruz",
    sharing_columns=("Nerede", "Ne", "Kim", "Ne zaman"),
    sharing_channels={
        SharingChannel.INTERACTIONS: "Müşteriyle temaslar",
        SharingChannel.ADVERTISING: "Reklam",
        SharingChannel.WEBSITE: "Web sitesi ve platformlar",
        SharingChannel.WORD_OF_MOUTH: "Ağızdan ağıza",
        SharingChannel.OTHER: "Diğer",
    },
    commitment="Sözümüz",
    commitment_intro="İmzalarımızla bu değerleri her gün, her görüşmede, her müşterimize "
    "yansıtacağımıza söz veriyoruz.",
    signature_columns=("Ad soyad", "Görevi", "İmza", "Tarih"),
    facilitator_role="Atölyeyi yöneten",
    facilitated_by="Atölyeyi yöneten: {name}",
    version="Sürüm {number} · {date} tarihinde kaydedildi",
    version_draft="Sürüm {number} taslağı · {date} tarihli sürüm {previous} kaydedildikten sonra değişti",
    page="Sayfa {page} / {total}",
    months=(
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
)

_TEXTS = {Language.ENGLISH: _ENGLISH, Language.TURKISH: _TURKISH}


def charter_texts(language: Language) -> CharterTexts:
    return _TEXTS[language]
