"""Lists of items: where a list starts in a clause and what count it names (:mod:`.list_items`),
its first item, the tally or bare kind word that closes it and lists of manner words. Above
:mod:`..mentions`."""

__all__: list[str] = []
