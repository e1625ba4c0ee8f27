"""ExportController: File -> Export -> FHIR bundle / CSV / de-identified CSV of the session.

Handed only what it uses: a document-like object (``session`` and ``path``), the dialogs, the
status sink and the parent widget for its dialogs. The export itself is :mod:`bodymap.export`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMenu, QWidget

from bodymap.i18n import Context, translate
from bodymap.ui import preferences
from bodymap.ui.actions import make_action
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.record_files import clinic_keys

if TYPE_CHECKING:
    from bodymap.model import AuditAction, Session

exporting = Context("exporting")


class ExportedDocument(Protocol):
    """What the controller reads of the open document."""

    @property
    def session(self) -> Session:
        """The session as it is now (saved or not)."""
        ...

    @property
    def path(self) -> Path | None:
        """The session's file, if it has one."""
        ...


class ExportController(QObject):
    """The File menu's Export submenu."""

    def __init__(
        self,
        document: ExportedDocument,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
        recorder: Callable[[AuditAction], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.dialogs = dialogs
        self._status = status
        self._parent = parent
        self._recorder = recorder
        """Notes "exported" in the session's audit log and says where the note went."""

    def _done(self, text: str) -> None:
        note = self._recorder("exported") if self._recorder is not None else ""
        self._status(
            translate("exporting", "{done}. {note}").format(done=text, note=note) if note else text,
            8000,
        )

    def populate(self, menu: QMenu) -> QMenu:
        """Add an "Export" submenu to ``menu`` and return it."""
        submenu = menu.addMenu(translate("exporting", "Expor&t"))
        for text, slot, keys in (
            (translate("exporting", "&FHIR Bundle\u2026"), self.export_fhir, "Ctrl+Shift+B"),
            (translate("exporting", "&CSV of Points\u2026"), self.export_csv, "Ctrl+Shift+C"),
            (
                translate("exporting", "CSV of Points, &De-identified\u2026"),
                self.export_deidentified_csv,
                "Ctrl+Alt+D",
            ),
        ):
            make_action(self._parent, text, slot, shortcuts=[keys], menu=submenu)
        return submenu

    def _suggestion(self, suffix: str, *, identified: bool = True) -> str:
        """Beside the session file, named like it; a de-identified export is proposed in the
        documents folder under a plain name, since the session's file and folder names carry
        the patient's identifier and name."""
        path = self._document.path
        if path is not None and identified:
            return str(path.with_name(path.name.removesuffix(".bodymap.json") + suffix))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"{'session' if identified else 'points'}{suffix}")

    def _inputs(self) -> list[Path]:
        path = self._document.path
        return [path] if path is not None else []

    def export_fhir(self) -> Path | None:
        """Write the session as a FHIR R4 bundle, with the printed record, where the user says."""
        from bodymap import export

        if not confirm_warnings(self._document, self.dialogs, self._parent, "export"):
            return None
        path = self.dialogs.export_path(
            self._parent,
            translate("exporting", "Export FHIR Bundle"),
            self._suggestion(".fhir.json"),
            translate("exporting", "JSON (*.json)"),
        )
        if path is None:
            return None
        session = self._document.session
        keys = clinic_keys(session)
        try:
            export.write_fhir(
                session,
                path,
                inputs=self._inputs(),
                identifier_system=preferences.identifier_system() or None,
                key_ring=keys,
            )
        except export.ExportError as exc:
            self.dialogs.error(
                self._parent, translate("exporting", "FHIR bundle not written"), str(exc)
            )
            return None
        self._done(
            translate("exporting", "FHIR bundle written to {file}").format(
                file=export.shown(path.name)
            )
        )
        return path

    def export_csv(self, *, deidentify: bool = False) -> Path | None:
        """Write the session's points as CSV (de-identified if asked) where the user says."""
        from bodymap import export

        if not confirm_warnings(self._document, self.dialogs, self._parent, "export"):
            return None
        if deidentify:
            title = translate("exporting", "Export De-identified CSV")
        else:
            title = translate("exporting", "Export CSV of Points")
        suffix = ".deidentified.csv" if deidentify else ".points.csv"
        path = self.dialogs.export_path(
            self._parent,
            title,
            self._suggestion(suffix, identified=not deidentify),
            translate("exporting", "CSV (*.csv)"),
        )
        if path is None:
            return None
        try:
            rows = export.write_csv(
                [self._document.session], path, deidentify=deidentify, inputs=self._inputs()
            )
        except export.ExportError as exc:
            self.dialogs.error(self._parent, translate("exporting", "CSV not written"), str(exc))
            return None
        self._done(
            exporting.tr("%n points written to {file}", None, rows).format(
                file=export.shown(path.name)
            )
        )
        return path

    def export_deidentified_csv(self) -> Path | None:
        """Write the session's points as de-identified CSV."""
        return self.export_csv(deidentify=True)
