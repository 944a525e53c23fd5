"""The INCLUDES family: the cue component :class:`.cue_includes.CueIncludes` with its ``cue_*``
modules, the lists closed by 等 (``etc_*``), the checks of a list's items, and the readers of a
document's parts, units, subsidiaries, records and events held during another. Above
:mod:`..rules`."""

__all__: list[str] = []
