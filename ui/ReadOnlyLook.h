#pragma once
// A field shown read-only (its text still selectable and copied) looks it: the window's colour
// behind the text instead of the white of a field that takes typing. A monitor's walkthrough
// found the radiotherapy plan's read-only fields white, with a cursor, beside greyed boxes.
class QWidget;

namespace muco::ui {

void showReadOnly(QWidget *field, bool readOnly);

} // namespace muco::ui
