"""A language picker: the languages met in Finnish services by name, any other code typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from planner.languages import language_name as name_in
from ui import i18n

# Most common first: the national languages, then the largest client language groups.
COMMON = ("fi", "sv", "en", "se", "ru", "et", "ar", "so", "fa", "prs", "ku", "ckb", "uk",
          "sq", "vi", "th", "zh", "tr", "ti", "fse", "fss")
# QLocale knows no name for these ISO 639-3 codes (its own names are in the language itself).
_NATIVE = {"en": "English", "zh": "中文", "prs": "دری (Dari)", "fse": "suomalainen viittomakieli",
           "fss": "finlandssvenskt teckenspråk", "ku": "Kurdî", "ckb": "کوردیی ناوەندی"}


def language_name(code: str) -> str:
    """The language's own name, so a client can recognise it: ``ar`` → ``العربية``."""
    if code in _NATIVE:
        return _NATIVE[code]
    language = QLocale.codeToLanguage(code)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale(language).nativeLanguageName() or QLocale.languageToString(language)


def spoken(code: str | None) -> str:
    """A language by its name in the UI language, and in its own when that differs (what
    the client would recognise): "arabia (العربية)"; nothing for no language."""
    if not code:
        return ""
    name = name_in(code, i18n.current())
    own = language_name(code).split(" (")[0]  # "دری (Dari)": its own name alone
    return name if own in (name, code) or not own else f"{name} ({own})"


class LanguageCombo(QComboBox):
    """Editable: pick ``fi – suomi`` or type any ISO 639 code; :meth:`code` gives the code."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_empty:
            self.addItem("", "")
        for code in COMMON:
            self.addItem(f"{code} – {language_name(code)}", code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        return text.split(" ", 1)[0].lower()  # a code typed by hand

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")
