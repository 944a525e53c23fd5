"""The DRIVES family: the cue component :class:`.cue_drives.CueDrives` with its ``cue_*`` modules
(arguments, clauses, frames, targets, topics, the provide frame, word lists), and one module per
reading of a source or a target (``carried``, ``benefits``, ``under_lists`` ...). Above
:mod:`..rules`."""

__all__: list[str] = []
