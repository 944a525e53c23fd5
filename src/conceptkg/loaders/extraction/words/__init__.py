"""Words: jieba's segmentation in one pass (:mod:`.segment`) over its dictionary
(:mod:`.dictionary`), words with a part of speech (:mod:`.tokens`) and the small word classes
(:mod:`.wordclass`). The lowest layer of extraction: it imports no other package of it."""

__all__: list[str] = []
