"""Mentions: the mention records of one document (:mod:`.mention_types`),
:func:`.find.find_mentions` and the finders it runs: organisations and their short forms, local and
short names, quoted and numbered names, facilities, events, funds, systems, amounts and the units a
company declares. Above :mod:`..words`."""

__all__: list[str] = []
