"""What components read of a sentence and of the sentences before it:
:class:`.context.SentenceContext` and :class:`.context.DocState`, quotation marks of speech, and
what earlier sentences named (a body, a list's head, an initiative, the thing a pronoun stands for,
the subject of reported speech). Above :mod:`..plans`; the sentence rules (:mod:`..rules`) come
next."""

__all__: list[str] = []
