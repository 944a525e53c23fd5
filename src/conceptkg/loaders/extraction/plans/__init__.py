"""The numbered task blocks of a plan (:mod:`.blocks`) and the programmes their paragraphs launch
(:mod:`.launched`), shared by the project rules, the IMPLEMENTS component and the layout readers.
Above :mod:`..arguments`."""

__all__: list[str] = []
