"""Repeated sentences: one record per statement. A forum thread keeps a quoted post in the
article ("Quote: … I'm considering selling them."), a page may print a pull quote again, so
the same sentence can stand two or three times in the analysed text; its commitments are
recorded at its first occurrence only (docs/commitments.md, "One record per action").

Two sentences are the same when their words are the same, word for word, once spacing and
quotation marks are set aside: a quote re-quoted ('“Apple will sort it out”' after 'Apple
will sort it out'), curly or straight quotes, a line break inside the sentence. The parse often
ties the line above a quoted post to its first sentence ("Quote:" + a line break + the
sentence): what is compared is the sentence's lines that hold its records, from the line of the
first trigger to the line where the last record ends."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.model import Commitment

# Double quotation marks of any kind are dropped: a sentence quoted whole, or with a phrase of
# it quoted, says the same words. Single ones are one mark ("won’t" and "won't" are one word);
# at the statement's ends they are quotation marks and dropped too.
DOUBLE_QUOTES = '"“”„‟«»〝〞＂″'
SINGLE_QUOTES = "'‘’‚‛‹›`´′"
_FOLD = str.maketrans({**dict.fromkeys(DOUBLE_QUOTES, ""), **dict.fromkeys(SINGLE_QUOTES, "'")})


def statement_key(statement: str) -> str:
    """The words of `statement`, its spacing and quotation marks set aside: two sentences with
    the same key repeat one statement."""
    words = statement.translate(_FOLD).split()
    if words:
        words[0] = words[0].lstrip("'")
        words[-1] = words[-1].rstrip("'")
    return " ".join(w for w in words if w)


def statement_of(text: str, start: int, end: int, records: Sequence[Commitment]) -> str:
    """The statement the `records` of the sentence `text[start:end]` come from: the sentence's
    lines from the one holding the first trigger to the one where the last record ends (an item
    of a list under a lead-in ends on a later line: the sentence's end bounds it)."""
    if not records:
        return text[start:end]
    first = min(r.trigger_start for r in records)
    last = min(end, max(max(r.trigger_end, r.action_end) for r in records))
    line_start = text.rfind("\n", start, first) + 1 or start
    line_end = text.find("\n", last, end)
    return text[line_start : end if line_end < 0 else line_end]


class Statements:
    """The statements of an article that gave records so far, by their key; a repeat of one
    gives no record again."""

    def __init__(self) -> None:
        self._recorded: set[str] = set()

    def repeats(self, statement: str) -> bool:
        """Whether `statement` repeats one that already gave records."""
        return statement_key(statement) in self._recorded

    def recorded(self, statement: str) -> None:
        """`statement` gave records: a later repeat of it gives none."""
        self._recorded.add(statement_key(statement))
