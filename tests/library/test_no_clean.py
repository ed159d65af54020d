"""With clean=False (`--no-clean`) the text is the caller's own, unchanged, so offsets index it."""

from __future__ import annotations

import newsdesk

# written for this test: odd spacing, a doubled full stop and a single line break that the
# cleaner would repair or re-flow
TEXT = (
    "Ferry news  from Oban..\n"
    "The council pledged on Monday to reopen the pier by June.\n"
    "Mayor Ann Lee said the town will repave the harbour road next year."
)


def test_clean_false_keeps_the_text_byte_for_byte() -> None:
    article = newsdesk.analyze(TEXT, clean=False).article
    assert article.text == TEXT
    assert article.repairs == []
    assert newsdesk.clean(TEXT).text != TEXT  # cleaning does change it


def test_offsets_of_an_analysis_index_the_callers_text() -> None:
    brief = newsdesk.analyze(TEXT, clean=False)
    assert brief.article.text == TEXT
    assert brief.commitments, "the pledge and the will-clause are undertakings"
    for c in brief.commitments:
        assert TEXT[c.trigger_start : c.trigger_end].strip()
        assert c.sentence.strip() in TEXT
    for person in brief.people:
        for mention in person.mentions:
            assert TEXT[mention.start : mention.end] == mention.text
