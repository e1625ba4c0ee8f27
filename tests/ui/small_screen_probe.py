"""Run by ``test_small_screen`` in a subprocess: the window on the screen it is started with.

Prints, as JSON, for each state of the details (a point with an injection, with dry needling,
the Patient tab, the Procedure tab) how wide each scroll area's content needs to be and how
wide it is, and saves a picture of the window in each state to the folder given.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QGroupBox, QScrollArea

from bodymap.model import DryNeedling, TriggerPoint
from bodymap.ui import MainWindow
from bodymap.ui.app import configure_application_identity


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def measure(window: MainWindow) -> list[dict[str, object]]:
    details = window.completed().details
    found = []
    for area in details.findChildren(QScrollArea):
        if not area.isVisible():
            continue
        content = area.widget()
        viewport = area.viewport().width()
        groups = [
            (box.title(), box.mapTo(content, box.rect().topRight()).x())
            for box in content.findChildren(QGroupBox)
            if box.isVisible()
        ]
        found.append(
            {
                "viewport": viewport,
                "content_needs": content.minimumSizeHint().width(),
                "scroll_range": area.horizontalScrollBar().maximum(),
                "groups_past_the_edge": [title for title, right in groups if right >= viewport],
                "groups": [title for title, _ in groups],
            }
        )
    return found


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))
    configure_application_identity()
    window = MainWindow()
    window.show()
    settle(app)
    parts = window.completed()
    parts.files.open_example()
    points = window.session.points

    def dry(p: TriggerPoint) -> TriggerPoint:
        return p.model_copy(update={"treatment": DryNeedling()})

    window.doc.edit_points([points[5].id], "Set treatment", dry)
    report: dict[str, object] = {
        "window": [window.width(), window.height()],
        "screen": [window.screen().size().width(), window.screen().size().height()],
        "scale": window.devicePixelRatio(),
        "states": {},
    }
    states: dict[str, object] = {}
    for name, point in (("injection", points[2]), ("dry needling", points[5])):
        window.scene.select_ids([point.id])
        parts.details.setCurrentIndex(0)
        settle(app)
        states[f"Points tab, {name}"] = measure(window)
        window.grab().save(str(out / f"points-{name.replace(' ', '-')}.png"))
    for index, name in ((1, "Patient tab"), (2, "Procedure tab")):
        parts.details.setCurrentIndex(index)
        settle(app)
        states[name] = measure(window)
        window.grab().save(str(out / f"{name.split()[0].lower()}.png"))
    report["states"] = states
    print(json.dumps(report))  # noqa: T201 - the test reads it
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
