#include "FieldErrors.h"
#include "CodeLabels.h"
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QFormLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace muco::ui {

namespace {
// A dialog grows to show the message, never clipped. The main window is left alone: resizing
// it to its size hint would shrink a maximized window (its layouts have room already).
void makeRoom(QWidget *w)
{
    if (auto *dialog = qobject_cast<QDialog *>(w->window()))
        dialog->adjustSize();
}
} // namespace

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
    auto *query = new QLabel;
    query->setObjectName(key + QStringLiteral("Query"));
    query->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    query->setWordWrap(true);
    query->hide();
    v->addWidget(field);
    v->addWidget(error);
    v->addWidget(query);
    box->setFocusProxy(field);
    form->addRow(label, box);
    // The label's Alt letter goes to the field itself: QLabel gives focus only to a buddy that
    // accepts it, and the box around field and message does not (Alt+T, Alt+R did nothing).
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
        l->setBuddy(field);
    m_fields.insert(key, {field, error, query});
    // An error goes once its field is edited: it said what to fix, and stood under the fixed
    // field until the next save (a walkthrough typed the question; "say what the query asks" stayed).
    const auto edited = [error, field] {
        if (!error->isHidden()) {
            error->hide();
            field->setStyleSheet(QString());
        }
    };
    if (auto *e = qobject_cast<QLineEdit *>(field))
        QObject::connect(e, &QLineEdit::textEdited, error, edited);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(field))
        QObject::connect(p, &QPlainTextEdit::textChanged, error, edited);
    else if (auto *c = qobject_cast<QComboBox *>(field))
        QObject::connect(c, &QComboBox::currentIndexChanged, error, edited);
    else if (auto *n = qobject_cast<QSpinBox *>(field))
        QObject::connect(n, &QSpinBox::valueChanged, error, edited);
    else if (auto *d = qobject_cast<QDateTimeEdit *>(field))
        QObject::connect(d, &QDateTimeEdit::dateTimeChanged, error, edited);
}

bool FieldErrors::show(const Error &error, QLabel *general)
{
    clear();
    return place(error, general, true);
}

void FieldErrors::showAll(const QList<Error> &errors, QLabel *general)
{
    clear();
    // Those of no field of the form share the general line, every one of them; the first placed
    // at a field is focused, the others wait their turn.
    QStringList elsewhere;
    bool focused = false;
    for (const Error &e : errors) {
        if (place(e, nullptr, !focused))
            focused = true;
        else
            elsewhere << errorText(e);
    }
    if (!general)
        return;
    general->setText(elsewhere.join(QLatin1Char('\n')));
    general->setVisible(!elsewhere.isEmpty());
    if (!elsewhere.isEmpty())
        makeRoom(general);
}

bool FieldErrors::place(const Error &error, QLabel *general, bool focus)
{
    auto it = m_fields.find(error.field);
    if (it == m_fields.end() || !it->field) {
        if (general) {
            general->setText(errorText(error));
            general->show();
            makeRoom(general);
        }
        return false;
    }
    // The field is named by the label beside it; the message says why.
    QString why = error.why();
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    it->error->setText(why);
    it->error->show();
    it->field->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
    if (focus) {
        it->field->setFocus();
        makeRoom(it->field);
    }
    return true;
}

void FieldErrors::clear()
{
    clear(m_fields.keys());
}

void FieldErrors::clear(const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto it = m_fields.find(key);
        if (it == m_fields.end())
            continue;
        if (it->error) {
            it->error->clear();
            it->error->hide();
        }
        if (it->field)
            it->field->setStyleSheet(QString());
    }
}

void FieldErrors::markQueried(const QHash<QString, QString> &notes)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->query)
            continue;
        const QString note = notes.value(it.key());
        it->query->setText(note.isEmpty() ? QString() : QStringLiteral("⚑ ") + note);
        it->query->setVisible(!note.isEmpty());
    }
}

QString FieldErrors::queryNote(const QString &key) const
{
    auto it = m_fields.find(key);
    return it != m_fields.end() && it->query && !it->query->isHidden() ? it->query->text() : QString();
}

QString FieldErrors::message(const QString &key) const
{
    auto it = m_fields.find(key);
    return it != m_fields.end() && it->error && !it->error->isHidden() ? it->error->text() : QString();
}

} // namespace muco::ui
