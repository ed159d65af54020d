"""An article whose language the detection does not name is not read as English by default
(review 11, finding 5): prose with too few English function words gets the English-only
warning, and the scripts of Hebrew, Devanagari, Thai and others name their language. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.analysis import ENGLISH_ONLY, UNDETERMINED, analysis_language, language_warnings
from newsdesk.labels import InputFormat
from newsdesk.model import Article
from newsdesk.read.meta import MIN_JUDGED_LETTERS, detect_language, reads_as_english

TURKISH = (
    "Belediye meclisi salı günü okullar ve yollar için yeni bir bütçe kabul etti. Belediye "
    "başkanına göre çalışmalar ilkbaharda başlayacak ve ilk sonuçlar yıl sonundan önce "
    "görülecek. Vatandaşlar görüşlerini ay sonuna kadar belediyeye iletebilir; toplantı "
    "tutanakları da internet sitesinde yayımlanacak."
)
SWAHILI = (
    "Baraza la mji lilipitisha bajeti mpya ya shule na barabara siku ya Jumanne. Kwa mujibu "
    "wa meya, kazi itaanza wakati wa masika na matokeo ya kwanza yataonekana kabla ya mwisho "
    "wa mwaka. Wakazi wanaweza kutoa maoni yao hadi mwisho wa mwezi huu kwenye ofisi za "
    "halmashauri au kupitia simu."
)
VIETNAMESE = (
    "Hội đồng thành phố đã thông qua ngân sách mới cho trường học và đường sá vào thứ Ba. "
    "Theo thị trưởng, công việc sẽ bắt đầu vào mùa xuân và những kết quả đầu tiên sẽ thấy "
    "được trước cuối năm. Người dân có thể gửi ý kiến đến hết tháng này tại trụ sở ủy ban "
    "hoặc qua điện thoại."
)
HEBREW = (
    "מועצת העיר אישרה ביום שלישי תקציב חדש לבתי הספר ולכבישים. לדברי ראש העיר, העבודות "
    "יתחילו באביב והתוצאות הראשונות ייראו עוד לפני סוף השנה."
)
HINDI = (
    "नगर परिषद ने मंगलवार को स्कूलों और सड़कों के लिए नया बजट पारित किया। महापौर के अनुसार "
    "काम वसंत में शुरू होगा और पहले परिणाम साल के अंत से पहले दिखाई देंगे।"
)
THAI = (
    "สภาเมืองได้อนุมัติงบประมาณใหม่สำหรับโรงเรียนและถนนเมื่อวันอังคาร "
    "นายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิ และจะเห็นผลแรกก่อนสิ้นปี"
)
# English that the detection may not name: a results list, poor in function words but
# made of capitalised names, and plain prose.
RESULTS = "\n".join(
    f"{home} {a}, {away} {b}: Ridgeway {n} points, Castellano {n + 2} points, Okafor {n + 1} rebounds."
    for home, away, a, b, n in (
        ("Northfield", "Lakeview", 61, 54, 12),
        ("Harbor City", "Westmont", 48, 47, 9),
        ("Pine Ridge", "Eastbrook", 70, 66, 15),
        ("Millbrook", "Stonegate", 55, 41, 11),
    )
)
ENGLISH = (
    "The council approved a new budget for schools and roads on Tuesday. According to the "
    "mayor, the work will start in the spring and the first results should be visible before "
    "the end of the year, while residents can send their comments until the end of the month."
)


def _article(text: str, language: str | None = None) -> Article:
    return Article(
        source="story.txt",
        title=None,
        published=None,
        authors=[],
        publisher=None,
        language=language,
        tags=[],
        text=text,
        input_format=InputFormat.text,
    )


@pytest.mark.parametrize(("text", "language"), [(HEBREW, "he"), (HINDI, "hi"), (THAI, "th")])
def test_more_scripts_name_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [TURKISH, SWAHILI, VIETNAMESE])
def test_unrecognised_prose_without_english_function_words_is_not_english(text: str) -> None:
    assert detect_language(text) is None  # the case: no stop-word list names it
    assert sum(map(str.isalpha, text)) >= MIN_JUDGED_LETTERS
    assert reads_as_english(text) is False
    assert analysis_language(_article(text)) == UNDETERMINED
    (warning,) = language_warnings(_article(text))
    assert "not recognised" in warning and ENGLISH_ONLY in warning


def test_english_lists_prose_and_short_texts_are_not_warned() -> None:
    assert reads_as_english(RESULTS) is True  # few function words, but a list of names
    assert reads_as_english(ENGLISH) is True
    assert reads_as_english(TURKISH[:120]) is None  # too short to judge
    for text in (RESULTS, ENGLISH, TURKISH[:120]):
        assert language_warnings(_article(text)) == []


def test_a_named_language_is_never_judged_again() -> None:
    assert analysis_language(_article(TURKISH, "tr")) == "tr"
    assert analysis_language(_article(ENGLISH, "en")) == "en"
    assert language_warnings(_article(TURKISH, "en")) == []


def test_analyze_warns_and_lists_no_organisations_for_unrecognised_prose() -> None:
    brief = newsdesk.analyze(
        TURKISH + " Türkiye Büyük Millet Meclisi ve Ankara Büyükşehir Belediyesi açıklama yaptı."
    )
    record = brief.to_dict()
    assert record["language"] is None  # nothing invented in the record
    assert any("not recognised" in w and ENGLISH_ONLY in w for w in brief.warnings)
    assert brief.organizations == []


POLISH = (
    "Rada miasta przyjęła we wtorek nowy budżet na szkoły i drogi. Według burmistrza prace "
    "rozpoczną się wiosną, a pierwsze efekty będą widoczne jeszcze przed końcem roku. "
    "Mieszkańcy mogą zgłaszać swoje uwagi do końca miesiąca w urzędzie lub przez internet."
)
CZECH = (
    "Městská rada v úterý schválila nový rozpočet na školy a silnice. Podle starosty začnou "
    "práce na jaře a první výsledky budou vidět ještě před koncem roku. Obyvatelé mohou své "
    "připomínky podávat do konce měsíce na úřadě nebo přes internet, řekl mluvčí radnice."
)
PORTUGUESE_WITH_POLISH_NAMES = (
    "O treinador Łukasz Wiśniewski disse que a equipa vai jogar em Lisboa no sábado e que o "
    "médio Paweł Nowak está pronto para voltar depois de uma lesão. A direção do clube "
    "confirmou que os bilhetes para o jogo estão à venda desde a manhã de hoje."
)


@pytest.mark.parametrize("text", [POLISH, CZECH])
def test_polish_and_czech_are_not_taken_for_portuguese(text: str) -> None:
    # their "a", "na", "do" are Portuguese stop words; their letters (ł ę ś, ř ě ů) are not
    assert detect_language(text) is None
    (warning,) = language_warnings(_article(text))
    assert "not recognised" in warning and ENGLISH_ONLY in warning


def test_a_few_foreign_names_do_not_unname_a_language() -> None:
    assert detect_language(PORTUGUESE_WITH_POLISH_NAMES) == "pt"


def test_the_letter_lists_come_from_the_data_file_for_every_stop_word_language() -> None:
    import json
    from importlib import resources

    from newsdesk.read import meta

    data = json.loads(
        resources.files("newsdesk").joinpath("data/language-letters.json").read_text("utf-8")
    )["letters"]
    assert data == meta._LETTERS
    assert set(data) == set(meta._STOPWORDS) - {"en"}  # English is never refused
    for letters in data.values():
        assert letters == letters.lower() and all(ord(ch) > 127 for ch in letters)
