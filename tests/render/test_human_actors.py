"""Review 13, F10: the human formats (text, Markdown, the terminal) never show an unresolved
subject ("we", "I", "it") as a bare actor, and a trigger that is the end of a word ("’ll")
is shown with its whole word ("they’ll put"), never as a fragment."""

from __future__ import annotations

from newsdesk.labels import InputFormat, Strength
from newsdesk.model import Article, Brief, Commitment
from newsdesk.render import Terminal, markdown, rich, text

SENTENCES = (
    "We will stand tall against the closure, the nurses wrote.",
    "Lena Brandt said they’ll put the new ward on the agenda next month.",
)
TEXT = "\n\n".join(SENTENCES) + "\n"


def _commitment(
    sentence: str, actors: list[str], actor_text: str, trig: str, action: str
) -> Commitment:
    start = TEXT.index(sentence)
    t_start = TEXT.index(trig, start)
    t_end = t_start + len(trig)
    a_start = TEXT.index(action, t_end)
    return Commitment(
        actors=actors,
        actor_text=actor_text,
        trigger=trig,
        action=action,
        strength=Strength.commitment,
        negated=False,
        conditional=None,
        time=None,
        attribution=None,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        confidence=0.9,
        trigger_start=t_start,
        trigger_end=t_end,
        action_start=a_start,
        action_end=a_start + len(action),
    )


def _brief() -> Brief:
    article = Article(
        source="ward.txt",
        title="Ward",
        published=None,
        authors=[],
        publisher=None,
        language="en",
        tags=[],
        text=TEXT,
        input_format=InputFormat.text,
    )
    return Brief(
        article,
        model="test-model",
        commitments=[
            _commitment(SENTENCES[0], [], "We", "will", "stand tall against the closure"),
            _commitment(SENTENCES[1], ["Lena Brandt"], "they", "’ll", "put the new ward"),
        ],
    )


def _outputs() -> dict[str, str]:
    brief = _brief()
    return {
        "text": text.render(brief, Terminal()),
        "markdown": markdown.render(brief, Terminal()),
        "rich": rich.render(brief, Terminal(width=200)),
    }


def test_unresolved_subject_is_never_a_bare_actor() -> None:
    for name, out in _outputs().items():
        assert "(unnamed: We)" in out, name
        assert "] We:" not in out and "| We |" not in out, name
        # the resolved actor is shown as before
        assert "Lena Brandt" in out, name


def test_text_line_of_an_unresolved_subject() -> None:
    lines = [
        ln for ln in _outputs()["text"].splitlines() if ln.startswith("- [") and "stand tall" in ln
    ]
    assert lines == ["- [commitment] (unnamed: We): will stand tall against the closure"]


def test_contraction_joined_to_its_word() -> None:
    for name, out in _outputs().items():
        assert "they’ll put the new ward" in out, name
        assert ": ’ll" not in out and "| ’ll" not in out, name


def test_no_actor_and_no_subject_leaves_no_empty_label() -> None:
    brief = _brief()
    brief.commitments[0].actor_text = ""
    out = text.render(brief, Terminal())
    assert "- [commitment] will stand tall against the closure" in out.splitlines()


def test_trigger_read_back_without_text_still_reads_as_a_word() -> None:
    """A record whose offsets do not fit the text (read back from elsewhere): the record's
    trigger joined to the subject as written."""
    from newsdesk.render.facts import trigger

    record = {"trigger": "’ll", "actor_text": "they", "trigger_start": 500, "trigger_end": 503}
    assert trigger("short", record) == "they’ll"
