#include "ReadOnlyLook.h"
#include <QPalette>
#include <QWidget>

namespace muco::ui {

void showReadOnly(QWidget *field, bool readOnly)
{
    if (!readOnly) {
        field->setPalette(QPalette());   // back to what it inherits
        return;
    }
    QPalette p = field->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::Base, p.color(group, QPalette::Window));
    field->setPalette(p);
}

} // namespace muco::ui
