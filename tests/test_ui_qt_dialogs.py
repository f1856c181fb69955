"""Issue 13, defect 7: Qt's own file dialog spoke English in the Finnish UI ("Look in:",
"Files of type:"). Every text the dialog shows differs from its English in fi and sv."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from ui import i18n


def dialog_texts(qtbot: QtBot, language: str) -> list[str]:
    i18n.install(language)
    dialog = QFileDialog(None, "Verkosto")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as under Xvfb
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() or button.toolTip()
              for button in dialog.findChildren(QAbstractButton)]
    files = dialog.findChild(QTreeView)
    assert files is not None
    header = files.model()
    texts += [str(header.headerData(column, Qt.Orientation.Horizontal))
              for column in range(header.columnCount())]
    return [text for text in texts if text]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_file_dialog_speaks_the_ui_language(qtbot: QtBot, language: str) -> None:
    english = set(dialog_texts(qtbot, "en"))
    shown = dialog_texts(qtbot, language)
    assert len(shown) >= 10
    still_english = [text for text in shown if text in english]
    assert still_english == [], still_english
    i18n.install("fi")
