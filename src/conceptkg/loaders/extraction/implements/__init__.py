"""The IMPLEMENTS family: the cue component :class:`.cue_implements.CueImplements` with its
``cue_*`` modules, actors and objects, the other IMPLEMENTS components (commitments, enrolments,
charged works, facility progress) and the checks of agreement parties, offered kinds and postposed
leads. Above :mod:`..rules`."""

__all__: list[str] = []
