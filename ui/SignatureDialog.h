#pragma once
// Electronic signature: the signer re-enters the password; the meaning of the signature
// is shown verbatim. Tests replace the prompt through setPromptForTests().
#include "common/Secret.h"
#include <QDialog>
#include <functional>
#include <optional>

class QLineEdit;

namespace muco::ui {

class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    // `subject`: what is signed, in words (the patient, the decision), shown above the meaning.
    SignatureDialog(const QString &signer, const QString &meaning, QWidget *parent = nullptr, const QString &subject = {});
    // The password typed, in guarded memory; the line edit is cleared.
    Secret takePassword();

    // The password typed, or nothing when cancelled.
    static std::optional<Secret> ask(QWidget *parent, const QString &signer, const QString &meaning, const QString &subject = {});
    // The subject the last ask() showed, or would have (tests: the prompt replaces the dialog).
    static QString lastSubject();
    using Prompt = std::function<std::optional<QString>(const QString &meaning)>;
    static void setPromptForTests(Prompt prompt);

private:
    QLineEdit *m_password;
};

// A reason for changing saved data (audited). Empty when cancelled. Test seam as above.
QString askReason(QWidget *parent, const QString &what);
void setReasonPromptForTests(std::function<QString(const QString &)> prompt);

} // namespace muco::ui
