#pragma once
// Several widgets side by side as one form field (e.g. a check box and its detail).
#include <QHBoxLayout>
#include <QList>
#include <QWidget>

namespace muco::ui {

inline QWidget *inlineRow(const QList<QWidget *> &widgets)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return box;
}

} // namespace muco::ui
