"""Qt's own dialogs in Finnish and Swedish where Qt's catalogues miss a string.

Qt's qtbase_fi leaves the file dialog's "&Look in:" and "Files of &type:" in English (it has
them only without the mnemonic). Naming them here puts them into Verkosto's own catalogues
(tools/i18n.py update), which Qt asks when its own has no translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
