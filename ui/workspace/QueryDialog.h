#pragma once
// One step of a data query, as a form: the monitor raises one (choosing a record of the
// patient and one of its fields from lists, never typing names), closes or re-opens it; site
// staff answer, and may correct the value in the same step with the reason the write path
// asks for. Saving is an electronic signature (SignatureDialog: the password again); core
// checks who may take which step, the form only offers what the session may do.
#include "FieldErrors.h"
#include "records/Queries.h"
#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace muco {
class Session;
}

namespace muco::ui {

class QueryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Raise, Answer, Close, Reopen };
    // Raise a query on a record of `patientId`; `table`/`recordId`/`field` preselect one.
    QueryDialog(Session &session, const QString &patientId, QWidget *parent = nullptr, const QString &table = {},
                const QString &recordId = {}, const QString &field = {});
    // Answer, close or re-open `query`.
    QueryDialog(Session &session, Step step, const Query &query, QWidget *parent = nullptr);

    void accept() override;
    Step step() const { return m_step; }
    QString queryId() const { return m_queryId; }   // the query raised or stepped, once saved

    // Test seams: the form's fields, filled as a user fills them.
    QComboBox *recordBox() const { return m_record; }
    QComboBox *fieldBox() const { return m_field; }
    QPlainTextEdit *textField() const { return m_text; }
    QCheckBox *correctBox() const { return m_correct; }
    QLineEdit *newValueField() const { return m_newValue; }
    QComboBox *newChoiceField() const { return m_newChoice; }
    QLineEdit *reasonField() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }

private:
    void buildText(QFormLayout *form, const QString &label);
    void buildCorrection(QFormLayout *form, const Query &query);
    void showFields();
    void showValue();
    QString kind() const;

    Session &m_session;
    Step m_step;
    QString m_patientId;
    QString m_queryId;
    QString m_fieldName;   // the answered query's field
    QComboBox *m_record = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_value = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_correct = nullptr;
    QLineEdit *m_newValue = nullptr;
    QComboBox *m_newChoice = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    FieldErrors m_errors;
};

// A query's thread as HTML for a read-only browser: when (in the site's zone), who, the step,
// what was written, and the value a correction set.
QString queryThreadHtml(const Query &query, const QTimeZone &zone);

} // namespace muco::ui
