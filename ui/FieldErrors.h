#pragma once
// Shows a core Error at the field it names: a message under the field, the field
// marked and focused. One helper for every form, so bad input always looks the same.
#include "common/Result.h"
#include <QHash>
#include <QLabel>
#include <QPointer>

class QFormLayout;
class QWidget;

namespace muco::ui {

class FieldErrors {
public:
    // Adds `field` as a row of the form, with an error line under it; `key` is the
    // field name core uses in Error::field.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    // Shows the error at its field (or in the general line); returns true if placed at a field.
    bool show(const Error &error, QLabel *general);
    // Several at once, each at its field, the first focused (a form that named one problem at a
    // time made its user submit once per mistake).
    void showAll(const QList<Error> &errors, QLabel *general);
    void clear();
    // The errors of these fields only: a rule over several fields (a sum) is answered by
    // correcting any one of them, and its message is not left at the others.
    void clear(const QStringList &keys);
    QString message(const QString &key) const;
    // Marks the fields that have an open data query (key -> the note to show under the field,
    // e.g. the query's question); every other field's mark is removed. Errors are unaffected.
    void markQueried(const QHash<QString, QString> &notes);
    QString queryNote(const QString &key) const;

private:
    bool place(const Error &error, QLabel *general, bool focus);
    struct Entry {
        QPointer<QWidget> field;
        QPointer<QLabel> error;
        QPointer<QLabel> query;
    };
    QHash<QString, Entry> m_fields;
};

} // namespace muco::ui
