"""The sentence-level relation rules, one module per relation: :mod:`.drives`,
:mod:`.includes`, :mod:`.implements` (with the subject finders of :mod:`.subjects`), on the
shared helpers of :mod:`.common`."""

from .common import Found, RuleBase, clauses
from .drives import DrivesRules
from .groups import GroupRules
from .implements import ImplementsRules
from .includes import IncludesRules
from .projects import ProjectRules
from .subjects import SubjectRules

__all__ = ["DrivesRules", "Found", "GroupRules", "ImplementsRules", "IncludesRules",
           "ProjectRules", "RuleBase", "SubjectRules", "clauses"]
