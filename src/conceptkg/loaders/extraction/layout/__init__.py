"""What a document's layout says: its title and box titles (:mod:`.headings`), the place behind a
plan's headings, the responsible units of a plan's tasks, side-bar and glossary enumerations and
counted summaries of a plan's parts. Above :mod:`..rules`."""

__all__: list[str] = []
