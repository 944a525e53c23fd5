"""What fills a relation's slots: noun phrases (:mod:`.phrases`) and the spans they are cut from
(:mod:`.spans`), and the lexicon-free argument finder (:mod:`.finder`) with its names and types of
arguments (:mod:`.entities`), list items (:mod:`.items`), kinds of words (:mod:`.kinds`), subject
repair and anaphora. Above :mod:`..lists`."""

__all__: list[str] = []
