"""SigningController: File → Sign…, Amend… and Properties for one document.

Signing and amending go through ``bodymap.signing`` (the keys, the signature, the amendment
chain) and are written by the file controller, which reopens the record read-only. The
dialogs go through the window's ``Dialogs`` seam, so tests answer them without showing one;
their forms and the properties page load when first asked for, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from pydantic import JsonValue
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from bodymap import i18n, signing
from bodymap.i18n import translate
from bodymap.model import Session, isolate
from bodymap.ui import preferences
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument
from bodymap.ui.files import FileController
from bodymap.ui.signature_status import signer

if TYPE_CHECKING:
    from bodymap.ui.signing_forms import Passphrase

MESSAGE_MS = 10000


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the passphrase's deliberately slow key derivation runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def key_exists(name: str) -> bool:
    """Whether this computer holds a key for ``name``; an unsafe key file counts as one, so
    that signing reports it instead of asking for a new key."""
    try:
        return signing.has_key(name)
    except signing.KeyFileError:
        return True


def asker(passphrase: Passphrase) -> Callable[[bool], str]:
    """What ``signing.signer_key`` asks for the passphrase (its argument: a new key?)."""

    def ask(new: bool) -> str:
        if new and passphrase.repeated is None:
            raise signing.PassphraseError(
                translate(
                    "signing",
                    "there is no signing key for this name on this computer yet: try again, and "
                    "type a new passphrase twice",
                )
            )
        if new and passphrase.repeated != passphrase.typed:
            raise signing.PassphraseError(translate("signing", "the two passphrases differ"))
        return passphrase.typed

    return ask


class SigningController(QObject):
    """Signs and amends the document's record, and shows its properties."""

    def __init__(
        self,
        doc: SessionDocument,
        files: FileController,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._files = files
        self.dialogs = dialogs
        self._status = status
        self._parent = parent

    # --- menu entries -------------------------------------------------------------------------

    def can_sign(self) -> bool:
        """Whether File → Sign… is offered: a draft that may be written."""
        return not self._doc.signed and not self._doc.opened_read_only

    def can_amend(self) -> bool:
        """Whether File → Amend… is offered: a signed, intact record that may be written."""
        return (
            self._doc.signed and self._files.verification.intact and not self._doc.opened_read_only
        )

    def bind(self, sign: QAction, amend: QAction) -> None:
        """Keep the Sign… and Amend… actions enabled exactly when they can be used."""

        def update() -> None:
            sign.setEnabled(self.can_sign())
            amend.setEnabled(self.can_amend())

        self._doc.path_changed.connect(update)
        self._doc.session_reset.connect(update)
        self._files.verified.connect(update)
        update()

    # --- signing ---------------------------------------------------------------------------------

    def _refuse(self, title: str, text: str) -> bool:
        self.dialogs.error(self._parent, title, text)
        return False

    def sign(self) -> bool:
        """Sign the saved session: ask, make or unlock the key, sign, write, reopen read-only.

        Returns whether the record was signed; why not is said in a dialog.
        """
        from bodymap.ui.signing_forms import SignForm

        doc = self._doc
        session = doc.session
        if doc.signed:
            return self._refuse(
                translate("signing", "Already signed"),
                translate("signing", "This record is signed: amend it instead."),
            )
        if doc.path is None or doc.is_modified() or self._files.pending_input():
            return self._refuse(
                translate("signing", "Save first"),
                translate(
                    "signing",
                    "Save the session before signing it: the record signed is the file as saved.",
                ),
            )
        if doc.opened_read_only:
            return self._refuse(
                translate("signing", "Not signed"),
                translate("signing", "This file cannot be signed: {why}.").format(why=doc.refusal),
            )
        if not session.points:
            return self._refuse(
                translate("signing", "Nothing to sign"),
                translate("signing", "This session has no points: there is no procedure to sign."),
            )
        problem = signing.unsignable(session)
        if problem is not None:
            return self._refuse(
                translate("signing", "Not signed"),
                translate("signing", "The record was NOT signed: {problem}.").format(
                    problem=problem
                ),
            )
        if not confirm_warnings(doc, self.dialogs, self._parent, "sign"):
            return False
        form = SignForm(signer=session.encounter.clinician, key_exists=key_exists)
        request = self.dialogs.sign(self._parent, form)
        if request is None:
            return False
        try:
            with _busy():
                outcome = signing.signer_key(
                    request.signer,
                    asker(request.passphrase),
                    clinic_folder=preferences.clinic_folder(),
                    credentials=request.credentials,
                )
                signed = signing.sign(
                    session,
                    outcome.key,
                    credentials=request.credentials or None,
                    meaning=request.meaning,
                )
        except signing.SigningError as exc:
            return self._refuse(
                translate("signing", "Not signed"),
                translate("signing", "The record was NOT signed: {problem}.").format(
                    problem=str(exc).rstrip(".")
                ),
            )
        if not self._files.write_record(signed):
            return False
        self._tell(translate("signing", "Signed"), signed, outcome.messages(isolate))
        return True

    def _tell(self, title: str, record: Session, messages: list[str]) -> None:
        signature = record.signature
        if signature is None:
            return
        when = signing.signed_time(signature.signed_at)
        lines = [
            translate("signing", "Signed by {signer} on {time}.").format(
                signer=signer(signature), time=when
            )
        ]
        if record.amendments:
            last = record.amendments[-1]
            lines = [
                translate("signing", "Amendment {number} added by {author}.").format(
                    number=len(record.amendments), author=isolate(last.author)
                )
            ]
        summary = self._files.verification.summary(isolate)
        lines.append(i18n.sentence(summary) + ".")
        self.dialogs.inform(self._parent, title, "\n\n".join([*lines, *messages]))
        self._status(lines[0], MESSAGE_MS)

    # --- amending ----------------------------------------------------------------------------

    def amend(self) -> bool:
        """Add a signed amendment to the record (optionally correcting one value), write it.

        Returns whether it was added; why not is said in a dialog.
        """
        from bodymap.ui.correctable import correctable_fields
        from bodymap.ui.signing_forms import AmendForm

        doc = self._doc
        session = doc.session
        if not doc.signed:
            return self._refuse(
                translate("signing", "Not signed"),
                translate("signing", "This session is not signed: edit it instead."),
            )
        if not self._files.verification.intact:
            return self._refuse(
                translate("signing", "Cannot amend"),
                translate(
                    "signing", "This record does not verify, so nothing may be added to it: {why}."
                ).format(why=self._files.verification.detail),
            )
        if doc.path is None or doc.opened_read_only:
            return self._refuse(
                translate("signing", "Cannot amend"),
                translate("signing", "This file cannot be written: {why}.").format(why=doc.refusal),
            )
        try:
            fields = tuple(correctable_fields(session, doc.diagram))
        except signing.CorrectionError as exc:
            return self._refuse(
                translate("signing", "Cannot amend"),
                translate("signing", "An earlier amendment does not fit: {problem}.").format(
                    problem=exc
                ),
            )
        signature = session.signature
        form = AmendForm(
            author=session.encounter.clinician or (signature.signer if signature else ""),
            key_exists=key_exists,
            fields=fields,
            check=lambda pointer, value: self._correction_problem(pointer, value),
        )
        request = self.dialogs.amend(self._parent, form)
        if request is None:
            return False
        try:
            with _busy():
                outcome = signing.signer_key(
                    request.author,
                    asker(request.passphrase),
                    clinic_folder=preferences.clinic_folder(),
                    credentials=request.credentials,
                )
                corrections = [signing.correction(session, p, v) for p, v in request.corrections]
                amended = signing.amend(
                    session,
                    outcome.key,
                    reason=request.reason,
                    text=request.text,
                    corrections=corrections,
                    credentials=request.credentials or None,
                )
        except signing.SigningError as exc:
            return self._refuse(
                translate("signing", "Not amended"),
                translate("signing", "The amendment was NOT added: {problem}.").format(problem=exc),
            )
        if not self._files.write_record(amended):
            return False
        self._tell(translate("signing", "Amended"), amended, outcome.messages(isolate))
        return True

    def _correction_problem(self, pointer: str, value: JsonValue) -> str | None:
        try:
            signing.correction(self._doc.session, pointer, value)
        except signing.CorrectionError as exc:
            return str(exc)
        return None

    # --- properties ------------------------------------------------------------------------------

    def show_properties(self) -> None:
        """File → Properties: file, format, hashes, signature, amendments, audit log."""
        from bodymap.ui.properties import properties_text

        doc = self._doc
        text = properties_text(doc.session, doc.path, self._files.verification)
        self.dialogs.properties(self._parent, text)
