#pragma once
// SearchField: the keyboard habits of a search box, the same on every page that has one — Ctrl+F
// (the platform's Find key) puts the cursor in it with its text selected, Escape clears it, and
// Escape in an empty box hands focus to the list it searches.

class QLineEdit;
class QWidget;

namespace SearchField {
// page: the page whose Find key this is (active while the page is shown); results: where an Escape
// in an empty box goes, or nullptr to stay.
void attach(QWidget *page, QLineEdit *edit, QWidget *results);
} // namespace SearchField
