"""Keyboard accessibility checks over a shown top-level window, as a keyboard user meets it.

``audit(window)`` lists what is wrong with what is visible in it right now:
- an input without an accessible name (nor a label whose buddy it is),
- two visible controls (tab bar texts included) with the same mnemonic letter, a mnemonic
  label without a buddy,
- a focusable control that Tab never reaches, Tab stuck in a control, a needless Tab stop
  (a scroll area around controls that Tab reaches anyway),
- a layout whose parts Tab visits out of reading order (rows top-to-bottom, left-to-right).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStackedLayout,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
MAX_TABS = 400


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({text or name!r})"


def shown_widgets(top: QWidget) -> list[QWidget]:
    """The visible widgets of ``top``'s own window (not those of its child dialogs)."""
    return [top] + [w for w in top.findChildren(QWidget)
                    if w.window() is top and w.isVisible()]


def _internal(widget: QWidget) -> bool:
    """Parts named through their owner: the line edit inside a combo box or spin box, and a
    table's headers."""
    return isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(),
                                                          QComboBox | QAbstractSpinBox)


def _focus_target(widget: QWidget | None) -> QWidget | None:
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def unnamed_inputs(top: QWidget) -> list[str]:
    widgets = shown_widgets(top)
    buddies = {id(_focus_target(label.buddy())) for label in widgets
               if isinstance(label, QLabel) and label.buddy() is not None}
    problems = []
    for widget in widgets:
        textless = isinstance(widget, QCheckBox | QRadioButton) and not widget.text().strip()
        if not (isinstance(widget, INPUTS) or textless) or _internal(widget):
            continue
        if widget.isEnabled() and not widget.accessibleName().strip() \
                and id(widget) not in buddies:
            problems.append(f"no accessible name: {describe(widget)}")
    return problems


def mnemonic(text: str) -> str | None:
    """The letter after the first single '&' ("&&" is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].lower()
        index += 1
    return None


def mnemonic_texts(top: QWidget) -> list[str]:
    """Texts that carry a mnemonic, of everything visible in ``top`` at the same time."""
    texts = []
    for widget in shown_widgets(top):
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count())
                         if widget.isTabVisible(i))
    return [text for text in texts if mnemonic(text)]


def dead_mnemonics(top: QWidget) -> list[str]:
    """A label's '&' works only with a buddy; without one the ampersand is shown as it is."""
    return [f"mnemonic label without a buddy: {describe(w)}" for w in shown_widgets(top)
            if isinstance(w, QLabel) and mnemonic(w.text()) and w.buddy() is None]


def mnemonic_clashes(top: QWidget) -> list[str]:
    users: dict[str, list[str]] = defaultdict(list)
    for text in mnemonic_texts(top):
        users[mnemonic(text) or ""].append(text)
    return [f"mnemonic {letter!r} used by {texts}" for letter, texts in sorted(users.items())
            if len(texts) > 1]


def tab_stops(top: QWidget) -> list[QWidget]:
    """What Tab should stop at: shown, enabled, accepting Tab focus, not proxying it."""
    tab = Qt.FocusPolicy.TabFocus.value
    return [w for w in shown_widgets(top)
            if w is not top and w.isEnabled() and w.focusPolicy().value & tab == tab
            and w.focusProxy() is None]


def first_in_chain(top: QWidget, stops: list[QWidget]) -> QWidget | None:
    widget = top.nextInFocusChain()
    while widget is not top and widget is not None:
        if any(widget is stop for stop in stops):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _stop_group(widget: QWidget) -> list[QWidget]:
    """Exclusive radio buttons are one Tab stop (arrow keys move between them)."""
    if isinstance(widget, QRadioButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return list(group.buttons())
        parent = widget.parentWidget()
        if group is None and widget.autoExclusive() and parent is not None:
            return [w for w in parent.findChildren(QRadioButton)
                    if w.parentWidget() is parent and w.autoExclusive()]
    return [widget]


def tab_walk(top: QWidget, start: QWidget,
             stops: list[QWidget]) -> tuple[list[QWidget], bool]:
    """Press Tab from ``start`` until focus comes back to it; the distinct stops in order,
    and whether it came back (False: Tab got stuck or went round without it)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order = [start]
    for _ in range(MAX_TABS):
        current = top.focusWidget() or start
        QTest.keyClick(current, Qt.Key.Key_Tab)
        now = top.focusWidget()
        if now is None:
            break
        if now is start and (order[-1] is not start or len(stops) == 1):
            return order, True
        if now is not order[-1]:
            order.append(now)
    return order, False


def _visual_items(layout: QLayout) -> list[QLayoutItem]:
    """The layout's items in reading order (top-to-bottom, then left-to-right)."""
    count = layout.count()
    if isinstance(layout, QGridLayout):
        keys = [layout.getItemPosition(i)[:2] for i in range(count)]
    elif isinstance(layout, QFormLayout):
        keys = [(row, role.value) for row, role in
                (layout.getItemPosition(i) for i in range(count))]
    else:
        keys = [(i, 0) for i in range(count)]
        if isinstance(layout, QBoxLayout) and layout.direction() in (
                QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop):
            keys = [(-i, 0) for i in range(count)]
    ordered = sorted(range(count), key=lambda i: keys[i])
    return [layout.itemAt(i) for i in ordered]


def _item_widgets(item: QLayoutItem) -> list[QWidget]:
    widget = item.widget()
    if widget is not None:
        return [widget, *widget.findChildren(QWidget)]
    layout = item.layout()
    if layout is not None:
        return [w for i in range(layout.count()) for w in _item_widgets(layout.itemAt(i))]
    return []


def out_of_reading_order(top: QWidget, order: list[QWidget]) -> list[str]:
    """In every layout, Tab must finish one item (a row, a field) before the next one."""
    position = {id(w): i for i, w in enumerate(order)}
    problems = []
    for layout in top.findChildren(QLayout):
        owner = layout.parentWidget()
        if owner is None or owner.window() is not top or not owner.isVisible() \
                or isinstance(layout, QStackedLayout):
            continue
        blocks = []
        for item in _visual_items(layout):
            widgets = _item_widgets(item)
            visited = sorted(position[id(w)] for w in widgets if id(w) in position)
            if visited:
                blocks.append(visited)
        for before, after in zip(blocks, blocks[1:], strict=False):
            if before[-1] > after[0]:
                problems.append(
                    f"Tab out of reading order in {type(layout).__name__} of "
                    f"{describe(owner)}: {describe(order[after[0]])} is visited before "
                    f"{describe(order[before[-1]])}")
    return problems


def tab_problems(top: QWidget) -> list[str]:
    stops = tab_stops(top)
    start = first_in_chain(top, stops)
    if start is None:
        return []
    order, came_back = tab_walk(top, start, stops)
    problems = [] if came_back else [
        f"Tab did not come back to {describe(start)}; it ended in {describe(order[-1])}"]
    visited = {id(w) for w in order}
    problems += [f"Tab never reaches {describe(w)}" for w in stops
                 if not any(id(member) in visited for member in _stop_group(w))]
    problems += [f"Tab stops at the scroll area around {describe(w.widget())}, not a control"
                 for w in stops if isinstance(w, QScrollArea) and w.widget() is not None]
    return problems + out_of_reading_order(top, order)


def audit(top: QWidget) -> list[str]:
    """Everything a keyboard or screen-reader user would stumble on in ``top`` as shown."""
    return unnamed_inputs(top) + dead_mnemonics(top) + mnemonic_clashes(top) + tab_problems(top)
