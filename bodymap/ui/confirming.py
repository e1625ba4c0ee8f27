"""Before Save, Print, Export and Sign: the warning-level problems, listed and confirmed once.

Never a refusal (nothing may be lost) and never silent (clinical-basis §8.6): when the session
has warning-level problems (a dose over its maximum, an allergy conflict, consent or time-out
missing, a needle longer than advised, …) the user is asked once, through the ``Dialogs``
seam, to go back or to go on anyway. Autosave never asks.
"""

from __future__ import annotations

from typing import Literal, Protocol

from PySide6.QtWidgets import QWidget

from bodymap import clinical
from bodymap.anatomy import load_diagram
from bodymap.model import Session
from bodymap.ui.dialogs import Dialogs
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.location import sites

Action = Literal["save", "print", "export", "sign"]
"""What is about to happen; the answer button reads "Save anyway", "Print anyway", …"""


class Checked(Protocol):
    """What the check reads of a document: its session."""

    @property
    def session(self) -> Session:
        """The session as it is now."""
        ...


def blocking_problems(document: Checked) -> list[clinical.ClinicalWarning]:
    """The warning-level problems of the document's session; a :class:`SessionDocument`'s
    from the sites it keeps, so the question lists what the panels show."""
    if isinstance(document, SessionDocument):
        return clinical.blocking_warnings(document.session, document.diagram, sites=sites(document))
    return clinical.blocking_warnings(document.session, load_diagram())


def confirm_warnings(
    document: Checked, dialogs: type[Dialogs], parent: QWidget, action: Action
) -> bool:
    """Whether to go on with ``action``: True when there is no warning-level problem or the
    user chose "<action> anyway"; False when they chose to go back (nothing has changed)."""
    problems = blocking_problems(document)
    if not problems:
        return True
    return dialogs.confirm_warnings(parent, action, [w.message for w in problems])
