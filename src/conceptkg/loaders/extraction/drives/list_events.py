"""A list after a DRIVES cue that is the subject of an event (extraction/drives/cue_targets.py):
``推动A、B等技术在C场景落地`` and ``推动A、B、C各环节协同发展`` drive the event the items take part
in (落地 somewhere, developing together), not each item: the items are no targets. Read from the
words after the list's last separator: a preposition of place or direction there
(``DRIVES.list_event_preps``: 在, 向, 从, 到, 往) followed by more words, or a word of joint
action (``drive_joint_words``: 协同, 融合, 联动).
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["list_is_event_subject"]


def list_is_event_subject(ctx: SentenceContext, toks: list[Tok], i: int) -> bool:
    """The words ``toks[i:]`` after a cue open a list (a 、 before the clause's end) whose
    last part holds a preposition of ``DRIVES.list_event_preps`` with words after it, or a
    ``drive_joint_words`` word: the list names the subjects of an event."""
    end = next((k for k in range(i, len(toks)) if toks[k].tag == "x" and toks[k].text != "、"),
               len(toks))
    seps = [k for k in range(i, end) if toks[k].text == "、"]
    if not seps:
        return False
    last = toks[seps[-1] + 1:end]
    preps = ctx.lex.cues("DRIVES", "list_event_preps")
    if any(t.tag == "p" and t.text in preps and j + 1 < len(last) for j, t in enumerate(last)):
        return True
    text = ctx.sim[last[0].start:last[-1].end] if last else ""
    return any(w in text for w in ctx.lex.list("drive_joint_words"))
