#include "FieldErrors.h"
#include <QFormLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace muco::ui {

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *error = new QLabel;
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(field);
    v->addWidget(error);
    form->addRow(label, box);
    m_fields.insert(key, {field, error});
}

bool FieldErrors::show(const Error &error, QLabel *general)
{
    clear();
    auto it = m_fields.find(error.field);
    if (it == m_fields.end() || !it->field) {
        if (general) {
            general->setText(error.message);
            general->show();
            general->window()->adjustSize();
        }
        return false;
    }
    // The field is named by the label beside it; the message says why.
    QString why = error.message;
    if (why.startsWith(error.field + QStringLiteral(": ")))
        why = why.mid(error.field.size() + 2);
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    it->error->setText(why);
    it->error->show();
    it->field->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
    it->field->setFocus();
    it->field->window()->adjustSize();   // room for the message, never clipped
    return true;
}

void FieldErrors::clear()
{
    for (Entry &e : m_fields) {
        if (e.error) {
            e.error->clear();
            e.error->hide();
        }
        if (e.field)
            e.field->setStyleSheet(QString());
    }
}

QString FieldErrors::message(const QString &key) const
{
    auto it = m_fields.find(key);
    return it != m_fields.end() && it->error && !it->error->isHidden() ? it->error->text() : QString();
}

} // namespace muco::ui
