"""The open session: reading it, the verbs that edit it, and where its points lie.

:class:`SessionDocument` is the only way the session changes. Widgets call its edit verbs;
each validates the edit and pushes one undo command, or raises :class:`EditRefused` with a
message for the user. A signed session refuses every edit (only amendments are added to it, by
signing them and writing the file). ``doc.location(point_id)`` (a :class:`PointLocation`) is
where a point lies, computed once per change. The undo commands are private to this package.
"""

from bodymap.ui.document.errors import EditRefused
from bodymap.ui.document.location import PointLocation
from bodymap.ui.document.session_document import Section, SessionDocument

__all__ = ["EditRefused", "PointLocation", "Section", "SessionDocument"]
