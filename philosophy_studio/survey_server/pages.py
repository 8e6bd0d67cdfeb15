"""The HTML the phones see: small, self-contained pages in the workshop's language.

No scripts, fonts or images: one inline style sheet, allowed by its hash in the
Content-Security-Policy. Every piece of text from outside this module (the question,
what someone typed, the token) passes through ``escape``. These pages are served by a
process that may have no Qt at all (the headless server), so their two languages live
here rather than in the Qt catalogues.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from enum import StrEnum
from html import escape

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import PulseRating
from philosophy_studio.domain.rules.values import clustered

STYLE = """
:root{color-scheme:light dark;--fg:#111;--bg:#fff;--accent:#0b57d0;--soft:#555;--bad:#a50e0e}
@media (prefers-color-scheme:dark){
:root{--fg:#f2f2f2;--bg:#121212;--accent:#8ab4f8;--soft:#bbb;--bad:#f28b82}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);
font:1.15rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.45rem;line-height:1.3;margin:.5rem 0 1rem;overflow-wrap:anywhere}
p{overflow-wrap:anywhere}
.note{color:var(--soft);font-size:1rem}
.error{color:var(--bad);font-weight:600;border-left:.3rem solid var(--bad);padding-left:.6rem}
label{display:block;font-weight:600;margin:1rem 0 .4rem}
textarea,input[type=text]{width:100%;font:inherit;color:inherit;background:transparent;
border:2px solid var(--soft);border-radius:.5rem;padding:.7rem}
textarea{min-height:10rem;resize:vertical}
input[type=text]{font-size:1.6rem;letter-spacing:.15em;text-align:center}
input.line{font-size:inherit;letter-spacing:normal;text-align:left}
textarea.short{min-height:5rem}
button{display:block;width:100%;min-height:3.2rem;margin-top:1.2rem;font:inherit;font-weight:700;
color:#fff;background:var(--accent);border:0;border-radius:.5rem}
@media (prefers-color-scheme:dark){button{color:#111}}
:focus-visible{outline:3px solid var(--accent);outline-offset:3px}
a{color:var(--accent);display:inline-block;min-height:2.75rem;padding:.6rem 0}
fieldset{border:2px solid var(--soft);border-radius:.5rem;margin:0 0 1rem;padding:.5rem .9rem .7rem}
h2{font-size:1.2rem;line-height:1.3;margin:1.6rem 0 .6rem;color:var(--accent);overflow-wrap:anywhere}
h2.ungrouped{font-style:italic;color:var(--soft)}
legend{font-weight:700;padding:0 .3rem;overflow-wrap:anywhere}
fieldset p{margin:.2rem 0 .4rem}
.dots{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}
.dots label{display:flex;align-items:center;gap:.5rem;margin:0;font-weight:400;min-height:2.75rem}
input[type=radio]{width:1.5rem;height:1.5rem;margin:0;accent-color:var(--accent)}
"""

STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")

CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{STYLE_HASH}'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class Text(StrEnum):
    SURVEY_TITLE = "survey_title"
    ANONYMITY = "anonymity"
    ANSWER_LABEL = "answer_label"
    SEND = "send"
    THANKS_TITLE = "thanks_title"
    THANKS_BODY = "thanks_body"
    JOIN_TITLE = "join_title"
    JOIN_HINT = "join_hint"
    JOIN_LABEL = "join_label"
    JOIN_BUTTON = "join_button"
    WRONG_CODE = "wrong_code"
    ROTATED = "rotated"
    THROTTLED_TITLE = "throttled_title"
    THROTTLED = "throttled"
    EMPTY = "empty"
    CLOSED_TITLE = "closed_title"
    CLOSED = "closed"
    ENDED_TITLE = "ended_title"
    ENDED = "ended"
    NOT_YET_TITLE = "not_yet_title"
    NOT_YET = "not_yet"
    BAD_LINK_TITLE = "bad_link_title"
    BAD_LINK = "bad_link"
    USED_TITLE = "used_title"
    USED = "used"
    STALE_TITLE = "stale_title"
    STALE = "stale"
    TOO_LONG_TITLE = "too_long_title"
    TOO_LONG = "too_long"
    REFUSED_TITLE = "refused_title"
    REFUSED = "refused"
    NOT_FOUND_TITLE = "not_found_title"
    NOT_FOUND = "not_found"
    FAILED_TITLE = "failed_title"
    FAILED = "failed"
    NEW_FORM = "new_form"
    VOTE_TITLE = "vote_title"
    VOTE_RULES = "vote_rules"
    VOTE_ANONYMITY = "vote_anonymity"
    VOTE_SEND = "vote_send"
    NOT_GROUPED = "not_grouped"
    VOTE_THANKS = "vote_thanks"
    DOT = "dot"
    DOTS = "dots"
    NO_DOTS = "no_dots"
    TOO_MANY_DOTS = "too_many_dots"
    VOTING_CLOSED_TITLE = "voting_closed_title"
    VOTING_CLOSED = "voting_closed"
    NEW_ROUND_TITLE = "new_round_title"
    NEW_ROUND = "new_round"
    CARDS_TITLE = "cards_title"
    CARDS_HINT = "cards_hint"
    CARDS_ANONYMITY = "cards_anonymity"
    CARD_NAME_LABEL = "card_name_label"
    CARD_MEANING_LABEL = "card_meaning_label"
    CARD_SEND = "card_send"
    CARD_THANKS = "card_thanks"
    ANOTHER_CARD = "another_card"
    NO_CARD_NAME = "no_card_name"
    CARD_TOO_LONG = "card_too_long"
    TOO_MANY_CARDS = "too_many_cards"
    CARDS_CLOSED_TITLE = "cards_closed_title"
    CARDS_CLOSED = "cards_closed"
    PULSE_TITLE = "pulse_title"
    PULSE_HINT = "pulse_hint"
    PULSE_ANONYMITY = "pulse_anonymity"
    PULSE_LIVED = "pulse_lived"
    PULSE_LEADERS = "pulse_leaders"
    PULSE_EXAMPLE = "pulse_example"
    PULSE_SEND = "pulse_send"
    PULSE_THANKS = "pulse_thanks"
    PULSE_EMPTY = "pulse_empty"
    PULSE_CLOSED_TITLE = "pulse_closed_title"
    PULSE_CLOSED = "pulse_closed"


TEXTS: dict[Language, dict[Text, str]] = {
    Language.ENGLISH: {
        Text.SURVEY_TITLE: "Team survey",
        Text.ANONYMITY: "Anonymous: your name, your device and the time are not recorded.",
        Text.ANSWER_LABEL: "Your answer",
        Text.SEND: "Send answer",
        Text.THANKS_TITLE: "Thank you!",
        Text.THANKS_BODY: "Your answer has been saved. You can close this page now.",
        Text.JOIN_TITLE: "Join the survey",
        Text.JOIN_HINT: "Type the 8-digit code shown on the projected screen, or scan its QR code.",
        Text.JOIN_LABEL: "Code from the screen",
        Text.JOIN_BUTTON: "Join",
        Text.WRONG_CODE: "That code is not right. Check the screen and try again.",
        Text.ROTATED: "Too many wrong codes, so the code has changed. Type the new code from the screen.",
        Text.THROTTLED_TITLE: "Please wait a moment",
        Text.THROTTLED: "There are too many attempts right now. Wait a minute, then try again.",
        Text.EMPTY: "Please write an answer before sending it.",
        Text.CLOSED_TITLE: "The survey is closed",
        Text.CLOSED: "No answers are being collected right now, so nothing was saved. "
        "Ask the facilitator if you expected it to be open.",
        Text.ENDED_TITLE: "The survey has ended",
        Text.ENDED: "This survey took answers until {until}, so nothing was saved. "
        "Thank you if you answered before then.",
        Text.NOT_YET_TITLE: "The survey has not opened yet",
        Text.NOT_YET: "This survey takes answers from {start}. Nothing was saved; "
        "come back then with the same link.",
        Text.BAD_LINK_TITLE: "This link does not work",
        Text.BAD_LINK: "The link is wrong or no longer valid. Scan the QR code on the screen again, "
        "or type the code shown there.",
        Text.USED_TITLE: "Already sent",
        Text.USED: "This form has already been sent, and its answer is saved only once. "
        "To add another answer, open a new form.",
        Text.STALE_TITLE: "This form has expired",
        Text.STALE: "The form is too old, or the survey was restarted. Nothing was saved. "
        "Open a new form and send your answer again.",
        Text.TOO_LONG_TITLE: "Too long to send",
        Text.TOO_LONG: "Your answer is longer than this form accepts, so nothing was saved. "
        "Go back, shorten it, and send it again.",
        Text.REFUSED_TITLE: "Request refused",
        Text.REFUSED: "This request did not come from the survey page, so it was refused.",
        Text.NOT_FOUND_TITLE: "Nothing here",
        Text.NOT_FOUND: "There is no such page. Scan the QR code on the screen to reach the survey.",
        Text.FAILED_TITLE: "Not saved yet",
        Text.FAILED: "Your answer could not be saved just now. Go back and send it again in a moment.",
        Text.NEW_FORM: "Open a new form",
        Text.VOTE_TITLE: "Place your dots",
        Text.VOTE_RULES: "You have {dots} dots. Put them on the values that matter most to you, "
        "at most {per_card} on one value.",
        Text.VOTE_ANONYMITY: "Anonymous: only the totals are kept, never who placed which dot.",
        Text.VOTE_SEND: "Send my dots",
        Text.NOT_GROUPED: "Not grouped yet",
        Text.VOTE_THANKS: "Your dots have been counted. The totals stay hidden until the facilitator "
        "shows them. You can close this page now.",
        Text.DOT: "{count} dot",
        Text.DOTS: "{count} dots",
        Text.NO_DOTS: "Place at least one dot before sending.",
        Text.TOO_MANY_DOTS: "That is more than you have: {dots} dots in all, at most {per_card} on "
        "one value. Take some away and send again.",
        Text.VOTING_CLOSED_TITLE: "The voting is closed",
        Text.VOTING_CLOSED: "No voting round is open right now, so nothing was counted. "
        "Ask the facilitator if you expected it to be open.",
        Text.NEW_ROUND_TITLE: "A new round has started",
        Text.NEW_ROUND: "This ballot belonged to an earlier round, so it was not counted. "
        "Open the new ballot and place your dots again.",
        Text.CARDS_TITLE: "Suggest a value",
        Text.CARDS_HINT: "Which value should guide how we serve our customers? One value per card; "
        "send as many cards as you like.",
        Text.CARDS_ANONYMITY: "Anonymous: the card goes on the board without your name, your device "
        "or the time.",
        Text.CARD_NAME_LABEL: "The value, in a few words",
        Text.CARD_MEANING_LABEL: "What it means to you (optional)",
        Text.CARD_SEND: "Put it on the board",
        Text.CARD_THANKS: "Your card is on the board. The facilitator decides when the room sees the cards.",
        Text.ANOTHER_CARD: "Suggest another value",
        Text.NO_CARD_NAME: "Write the value's name before sending the card.",
        Text.CARD_TOO_LONG: "A value's name is at most a few words and its meaning a sentence or two, "
        "so nothing was saved. Go back, shorten it, and send it again.",
        Text.TOO_MANY_CARDS: "One phone can add at most {most} cards, and this one has. "
        "Talk to the facilitator if you have more ideas.",
        Text.CARDS_CLOSED_TITLE: "The board is not taking cards",
        Text.CARDS_CLOSED: "Cards from phones are not being collected right now, so nothing was saved. "
        "Ask the facilitator if you expected it to be open.",
        Text.PULSE_TITLE: "Staff pulse",
        Text.PULSE_HINT: "For each of our values, choose from 1 (not at all) to 5 (fully). Leave out what "
        "you cannot judge.",
        Text.PULSE_ANONYMITY: "Anonymous: your name, your device and the time are not recorded, and the "
        "results are shown only once enough people have answered.",
        Text.PULSE_LIVED: "How well did we live this value in the last month?",
        Text.PULSE_LEADERS: "How well do our leaders model it?",
        Text.PULSE_EXAMPLE: "An example you saw (optional)",
        Text.PULSE_SEND: "Send my answers",
        Text.PULSE_THANKS: "Your answers are saved. Thank you for taking part.",
        Text.PULSE_EMPTY: "Choose a number for at least one value before sending.",
        Text.PULSE_CLOSED_TITLE: "The pulse is closed",
        Text.PULSE_CLOSED: "This check-in's pulse takes no answers right now, so nothing was saved. Ask the "
        "facilitator if it should be open.",
    },
    Language.TURKISH: {
        Text.SURVEY_TITLE: "Ekip anketi",
        Text.ANONYMITY: "Anonimdir: adınız, cihazınız ve saat kaydedilmez.",
        Text.ANSWER_LABEL: "Yanıtınız",
        Text.SEND: "Yanıtı gönder",
        Text.THANKS_TITLE: "Teşekkürler!",
        Text.THANKS_BODY: "Yanıtınız kaydedildi. Bu sayfayı artık kapatabilirsiniz.",
        Text.JOIN_TITLE: "Ankete katılın",
        Text.JOIN_HINT: "Yansıtılan ekrandaki 8 haneli kodu yazın ya da ekrandaki QR kodunu okutun.",
        Text.JOIN_LABEL: "Ekrandaki kod",
        Text.JOIN_BUTTON: "Katıl",
        Text.WRONG_CODE: "Bu kod doğru değil. Ekrana bakıp yeniden deneyin.",
        Text.ROTATED: "Çok sayıda yanlış kod girildiği için kod değişti. Ekrandaki yeni kodu yazın.",
        Text.THROTTLED_TITLE: "Lütfen biraz bekleyin",
        Text.THROTTLED: "Şu anda çok fazla deneme yapılıyor. Bir dakika bekleyip yeniden deneyin.",
        Text.EMPTY: "Göndermeden önce lütfen bir yanıt yazın.",
        Text.CLOSED_TITLE: "Anket kapalı",
        Text.CLOSED: "Şu anda yanıt toplanmıyor; bu yüzden hiçbir şey kaydedilmedi. "
        "Açık olması gerekiyorsa kolaylaştırıcıya sorun.",
        Text.ENDED_TITLE: "Anket sona erdi",
        Text.ENDED: "Bu anket {until} saatine kadar yanıt aldı; bu yüzden hiçbir şey kaydedilmedi. "
        "Daha önce yanıt verdiyseniz teşekkürler.",
        Text.NOT_YET_TITLE: "Anket henüz açılmadı",
        Text.NOT_YET: "Bu anket {start} itibarıyla yanıt alacak. Hiçbir şey kaydedilmedi; "
        "o zaman aynı bağlantıyla yeniden gelin.",
        Text.BAD_LINK_TITLE: "Bu bağlantı çalışmıyor",
        Text.BAD_LINK: "Bağlantı hatalı ya da artık geçerli değil. Ekrandaki QR kodunu yeniden okutun "
        "veya oradaki kodu yazın.",
        Text.USED_TITLE: "Zaten gönderildi",
        Text.USED: "Bu form daha önce gönderildi ve yanıtı yalnızca bir kez kaydedildi. "
        "Bir yanıt daha eklemek için yeni bir form açın.",
        Text.STALE_TITLE: "Bu formun süresi doldu",
        Text.STALE: "Form çok eski ya da anket yeniden başlatıldı; hiçbir şey kaydedilmedi. "
        "Yeni bir form açıp yanıtınızı yeniden gönderin.",
        Text.TOO_LONG_TITLE: "Gönderilemeyecek kadar uzun",
        Text.TOO_LONG: "Yanıtınız bu formun kabul ettiğinden uzun olduğu için kaydedilmedi. "
        "Geri dönüp kısaltın ve yeniden gönderin.",
        Text.REFUSED_TITLE: "İstek reddedildi",
        Text.REFUSED: "Bu istek anket sayfasından gelmediği için reddedildi.",
        Text.NOT_FOUND_TITLE: "Burada bir şey yok",
        Text.NOT_FOUND: "Böyle bir sayfa yok. Ankete ulaşmak için ekrandaki QR kodunu okutun.",
        Text.FAILED_TITLE: "Henüz kaydedilmedi",
        Text.FAILED: "Yanıtınız şu anda kaydedilemedi. Geri dönüp birazdan yeniden gönderin.",
        Text.NEW_FORM: "Yeni bir form aç",
        Text.VOTE_TITLE: "Noktalarınızı yerleştirin",
        Text.VOTE_RULES: "{dots} noktanız var. Onları sizin için en önemli değerlere verin; "
        "bir değere en çok {per_card} nokta.",
        Text.VOTE_ANONYMITY: "Anonimdir: yalnızca toplamlar saklanır, kimin hangi noktayı verdiği asla.",
        Text.VOTE_SEND: "Noktalarımı gönder",
        Text.NOT_GROUPED: "Henüz kümelenmemiş",
        Text.VOTE_THANKS: "Noktalarınız sayıldı. Kolaylaştırıcı gösterene kadar toplamlar gizli kalır. "
        "Bu sayfayı artık kapatabilirsiniz.",
        Text.DOT: "{count} nokta",
        Text.DOTS: "{count} nokta",
        Text.NO_DOTS: "Göndermeden önce en az bir nokta verin.",
        Text.TOO_MANY_DOTS: "Bu, sahip olduğunuzdan fazla: toplam {dots} nokta, bir değere en çok "
        "{per_card}. Birkaçını geri alıp yeniden gönderin.",
        Text.VOTING_CLOSED_TITLE: "Oylama kapalı",
        Text.VOTING_CLOSED: "Şu anda açık bir oylama turu yok; bu yüzden hiçbir şey sayılmadı. "
        "Açık olması gerekiyorsa kolaylaştırıcıya sorun.",
        Text.NEW_ROUND_TITLE: "Yeni bir tur başladı",
        Text.NEW_ROUND: "Bu oy pusulası önceki bir tura aitti, bu yüzden sayılmadı. "
        "Yeni pusulayı açıp noktalarınızı yeniden verin.",
        Text.CARDS_TITLE: "Bir değer önerin",
        Text.CARDS_HINT: "Müşterilerimize hizmet ederken bize hangi değer yol göstermeli? Her karta "
        "bir değer; istediğiniz kadar kart gönderebilirsiniz.",
        Text.CARDS_ANONYMITY: "Anonimdir: kart panoya adınız, cihazınız ve saat olmadan eklenir.",
        Text.CARD_NAME_LABEL: "Değer, birkaç kelimeyle",
        Text.CARD_MEANING_LABEL: "Sizin için anlamı (isteğe bağlı)",
        Text.CARD_SEND: "Panoya ekle",
        Text.CARD_THANKS: "Kartınız panoda. Kartların odaya ne zaman gösterileceğine kolaylaştırıcı "
        "karar verir.",
        Text.ANOTHER_CARD: "Bir değer daha önerin",
        Text.NO_CARD_NAME: "Kartı göndermeden önce değerin adını yazın.",
        Text.CARD_TOO_LONG: "Bir değerin adı birkaç kelime, anlamı bir iki cümledir; bu yüzden hiçbir "
        "şey kaydedilmedi. Geri dönüp kısaltın ve yeniden gönderin.",
        Text.TOO_MANY_CARDS: "Bir telefon en çok {most} kart ekleyebilir ve bu telefon o sayıya ulaştı. "
        "Başka fikirleriniz varsa kolaylaştırıcıyla konuşun.",
        Text.CARDS_CLOSED_TITLE: "Pano şu anda kart almıyor",
        Text.CARDS_CLOSED: "Şu anda telefonlardan kart toplanmıyor; bu yüzden hiçbir şey kaydedilmedi. "
        "Açık olması gerekiyorsa kolaylaştırıcıya sorun.",
        Text.PULSE_TITLE: "Çalışan nabzı",
        Text.PULSE_HINT: "Her değerimiz için 1 (hiç) ile 5 (tamamen) arasında bir sayı seçin. "
        "Değerlendiremediğiniz soruyu boş bırakın.",
        Text.PULSE_ANONYMITY: "Anonimdir: adınız, cihazınız ve saat kaydedilmez; sonuçlar yalnızca yeterli "
        "sayıda kişi yanıtladığında gösterilir.",
        Text.PULSE_LIVED: "Bu değeri geçen ay ne kadar yaşadık?",
        Text.PULSE_LEADERS: "Liderlerimiz bu değere ne kadar örnek oluyor?",
        Text.PULSE_EXAMPLE: "Gördüğünüz bir örnek (isteğe bağlı)",
        Text.PULSE_SEND: "Yanıtlarımı gönder",
        Text.PULSE_THANKS: "Yanıtlarınız kaydedildi. Katıldığınız için teşekkürler.",
        Text.PULSE_EMPTY: "Göndermeden önce en az bir değer için bir sayı seçin.",
        Text.PULSE_CLOSED_TITLE: "Nabız anketi kapalı",
        Text.PULSE_CLOSED: "Bu ara değerlendirmenin nabız anketi şu anda yanıt almıyor; bu yüzden hiçbir "
        "şey kaydedilmedi. Açık olması gerekiyorsa kolaylaştırıcıya sorun.",
    },
}


def text(language: Language, key: Text) -> str:
    return TEXTS[language][key]


def _page(language: Language, title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language.value}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def _error(message: str | None) -> str:
    return f'<p class="error" role="alert" id="problem">{escape(message)}</p>' if message else ""


def answer_form(
    language: Language, *, action: str, question: str, nonce: str, max_length: int, problem: str | None = None
) -> str:
    described = "anonymity problem" if problem else "anonymity"
    body = (
        f"<h1>{escape(question)}</h1>"
        f'<p class="note" id="anonymity">{escape(text(language, Text.ANONYMITY))}</p>'
        f"{_error(problem)}"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        f'<label for="answer">{escape(text(language, Text.ANSWER_LABEL))}</label>'
        f'<textarea id="answer" name="answer" rows="6" maxlength="{max_length}" required '
        f'aria-describedby="{described}" autocomplete="off"></textarea>'
        f'<button type="submit">{escape(text(language, Text.SEND))}</button>'
        "</form>"
    )
    return _page(language, text(language, Text.SURVEY_TITLE), body)


def join_form(language: Language, nonce: str, problem: str | None = None, action: str = "/join") -> str:
    described = "hint problem" if problem else "hint"
    body = (
        f"<h1>{escape(text(language, Text.JOIN_TITLE))}</h1>"
        f'<p id="hint">{escape(text(language, Text.JOIN_HINT))}</p>'
        f"{_error(problem)}"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        f'<label for="code">{escape(text(language, Text.JOIN_LABEL))}</label>'
        '<input type="text" id="code" name="code" inputmode="numeric" autocomplete="off" '
        f'maxlength="16" required aria-describedby="{described}">'
        f'<button type="submit">{escape(text(language, Text.JOIN_BUTTON))}</button>'
        "</form>"
    )
    return _page(language, text(language, Text.JOIN_TITLE), body)


def _ballot_card(
    language: Language, card: tuple[int, str, str, str], per_card: int, placed: Mapping[int, int]
) -> str:
    card_id, name, description, _cluster = card
    choices = []
    for count in range(per_card + 1):
        checked = " checked" if placed.get(card_id, 0) == count else ""
        label = text(language, Text.DOT if count == 1 else Text.DOTS).format(count=count)
        choices.append(
            f'<label><input type="radio" name="c{card_id}" value="{count}"{checked}>{escape(label)}</label>'
        )
    note = f'<p class="note">{escape(description)}</p>' if description.strip() else ""
    return (
        f"<fieldset><legend>{escape(name)}</legend>{note}"
        f'<div class="dots">{"".join(choices)}</div></fieldset>'
    )


def ballot_form(
    language: Language,
    *,
    action: str,
    nonce: str,
    round_id: int,
    dots: int,
    per_card: int,
    cards: Sequence[tuple[int, str, str, str]],
    placed: Mapping[int, int],
    problem: str | None = None,
) -> str:
    """One fieldset per value card (id, name, description, cluster) with a choice of 0
    to ``per_card`` dots; ``placed`` is what was sent last time, kept when it comes back.
    The cards stand under their cluster's heading as on the board, so a phone shows them
    where the room put them."""
    described = "rules anonymity problem" if problem else "rules anonymity"
    rules = text(language, Text.VOTE_RULES).format(dots=dots, per_card=per_card)
    sets = []
    for cluster, group in clustered(cards, lambda card: card[3]):
        if cluster:
            sets.append(f"<h2>{escape(cluster)}</h2>")
        elif cluster is not None:
            sets.append(f'<h2 class="ungrouped">{escape(text(language, Text.NOT_GROUPED))}</h2>')
        sets.extend(_ballot_card(language, card, per_card, placed) for card in group)
    body = (
        f"<h1>{escape(text(language, Text.VOTE_TITLE))}</h1>"
        f'<p id="rules">{escape(rules)}</p>'
        f'<p class="note" id="anonymity">{escape(text(language, Text.VOTE_ANONYMITY))}</p>'
        f"{_error(problem)}"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8" '
        f'aria-describedby="{described}">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        f'<input type="hidden" name="round" value="{round_id}">'
        f"{''.join(sets)}"
        f'<button type="submit">{escape(text(language, Text.VOTE_SEND))}</button>'
        "</form>"
    )
    return _page(language, text(language, Text.VOTE_TITLE), body)


def _scale(name: str, legend: str, chosen: int | None) -> str:
    choices = "".join(
        f'<label><input type="radio" name="{name}" value="{score}"'
        f"{' checked' if chosen == score else ''}>{score}</label>"
        for score in range(1, 6)
    )
    return f'<fieldset><legend>{escape(legend)}</legend><div class="dots">{choices}</div></fieldset>'


def pulse_form(
    language: Language,
    *,
    action: str,
    nonce: str,
    values: Sequence[tuple[int, str, str]],
    sent: Mapping[int, PulseRating],
    max_length: int,
    problem: str | None = None,
) -> str:
    """Per chosen value (id, name, description) two scales of 1 to 5 and an example;
    ``sent`` (value id -> its ratings) is what was sent last time, kept when the form
    comes back with ``problem``."""
    described = "hint anonymity problem" if problem else "hint anonymity"
    parts = []
    for value_id, name, description in values:
        rating = sent.get(value_id, PulseRating(value_id, None, None))
        note = f'<p class="note">{escape(description)}</p>' if description.strip() else ""
        parts.append(
            f"<h2>{escape(name)}</h2>{note}"
            + _scale(f"l{value_id}", text(language, Text.PULSE_LIVED), rating.lived)
            + _scale(f"m{value_id}", text(language, Text.PULSE_LEADERS), rating.leaders)
            + f'<label for="e{value_id}">{escape(text(language, Text.PULSE_EXAMPLE))}</label>'
            f'<textarea class="short" id="e{value_id}" name="e{value_id}" rows="3" maxlength="{max_length}" '
            f'autocomplete="off">{escape(rating.example)}</textarea>'
        )
    body = (
        f"<h1>{escape(text(language, Text.PULSE_TITLE))}</h1>"
        f'<p id="hint">{escape(text(language, Text.PULSE_HINT))}</p>'
        f'<p class="note" id="anonymity">{escape(text(language, Text.PULSE_ANONYMITY))}</p>'
        f"{_error(problem)}"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8" '
        f'aria-describedby="{described}">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        f"{''.join(parts)}"
        f'<button type="submit">{escape(text(language, Text.PULSE_SEND))}</button>'
        "</form>"
    )
    return _page(language, text(language, Text.PULSE_TITLE), body)


def card_form(
    language: Language,
    *,
    action: str,
    nonce: str,
    name: str,
    meaning: str,
    max_name: int,
    max_meaning: int,
    problem: str | None = None,
) -> str:
    """A value card's name and meaning; ``name`` and ``meaning`` are what was sent last
    time, kept when the form comes back with ``problem``."""
    described = "hint anonymity problem" if problem else "hint anonymity"
    body = (
        f"<h1>{escape(text(language, Text.CARDS_TITLE))}</h1>"
        f'<p id="hint">{escape(text(language, Text.CARDS_HINT))}</p>'
        f'<p class="note" id="anonymity">{escape(text(language, Text.CARDS_ANONYMITY))}</p>'
        f"{_error(problem)}"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        f'<label for="name">{escape(text(language, Text.CARD_NAME_LABEL))}</label>'
        f'<input type="text" class="line" id="name" name="name" maxlength="{max_name}" required '
        f'value="{escape(name)}" aria-describedby="{described}" autocomplete="off">'
        f'<label for="meaning">{escape(text(language, Text.CARD_MEANING_LABEL))}</label>'
        f'<textarea class="short" id="meaning" name="meaning" rows="3" maxlength="{max_meaning}" '
        f'autocomplete="off">{escape(meaning)}</textarea>'
        f'<button type="submit">{escape(text(language, Text.CARD_SEND))}</button>'
        "</form>"
    )
    return _page(language, text(language, Text.CARDS_TITLE), body)


def message(
    language: Language,
    title: Text,
    body: Text,
    link: str | None = None,
    *,
    link_text: Text = Text.NEW_FORM,
    fields: Mapping[str, str] | None = None,
) -> str:
    """A page that only says something: thanks, closed, refused... ``link`` (a path of
    ours) offers a fresh form where that helps, named by ``link_text``; ``fields`` fill
    the body's {names}."""
    more = f'<p><a href="{escape(link)}">{escape(text(language, link_text))}</a></p>' if link else ""
    said = text(language, body).format(**fields) if fields else text(language, body)
    content = f"<h1>{escape(text(language, title))}</h1><p>{escape(said)}</p>{more}"
    return _page(language, text(language, title), content)


def moment(value: dt.datetime) -> str:
    """A moment of the survey's window as a phone shows it: the server's local time,
    to the minute, with its offset from UTC (phones may be set to another zone)."""
    local = value.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
