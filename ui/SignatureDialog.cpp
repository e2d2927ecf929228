#include "SignatureDialog.h"
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
SignatureDialog::Prompt &testPrompt()
{
    static SignatureDialog::Prompt prompt;
    return prompt;
}
std::function<QString(const QString &)> &testReason()
{
    static std::function<QString(const QString &)> prompt;
    return prompt;
}
} // namespace

static QString &lastSubjectShown()
{
    static QString subject;
    return subject;
}

SignatureDialog::SignatureDialog(const QString &signer, const QString &meaning, QWidget *parent, const QString &subject)
    : QDialog(parent), m_password(new QLineEdit)
{
    setWindowTitle(tr("Sign"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("signaturePassword"));
    auto *text = new QLabel(tr("<b>Meaning of this signature:</b> %1").arg(meaning.toHtmlEscaped()));
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Signed by:"), new QLabel(signer));
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    // What is signed, named: a password asked with only the meaning did not say which patient or
    // which decision it signed (a walkthrough).
    if (!subject.isEmpty()) {
        auto *what = new QLabel(tr("<b>Signing:</b> %1").arg(subject.toHtmlEscaped()));
        what->setObjectName(QStringLiteral("signatureSubject"));
        what->setWordWrap(true);
        v->addWidget(what);
    }
    v->addWidget(text);
    v->addLayout(form);
    v->addWidget(buttons);
    setMinimumWidth(420);
}

Secret SignatureDialog::takePassword()
{
    Secret taken(m_password->text());
    m_password->clear();
    return taken;
}

QString SignatureDialog::lastSubject() { return lastSubjectShown(); }

std::optional<Secret> SignatureDialog::ask(QWidget *parent, const QString &signer, const QString &meaning, const QString &subject)
{
    lastSubjectShown() = subject;
    if (testPrompt()) {
        const std::optional<QString> typed = testPrompt()(meaning);
        return typed ? std::optional<Secret>(Secret(*typed)) : std::nullopt;
    }
    SignatureDialog d(signer, meaning, parent, subject);
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return d.takePassword();
}

void SignatureDialog::setPromptForTests(Prompt prompt) { testPrompt() = std::move(prompt); }

QString askReason(QWidget *parent, const QString &what)
{
    if (testReason())
        return testReason()(what);
    // OK with nothing typed asks again, saying why: it had cancelled the change without a word.
    QString prompt = QObject::tr("%1\nWhy is saved data being changed? (kept in the audit trail)").arg(what);
    for (;;) {
        bool ok = false;
        const QString reason = QInputDialog::getText(parent, QObject::tr("Reason for the change"), prompt, QLineEdit::Normal, {}, &ok);
        if (!ok)
            return {};
        if (!reason.trimmed().isEmpty())
            return reason.trimmed();
        prompt = QObject::tr("%1\nA reason is required: why is saved data being changed? (kept in the audit trail; Cancel keeps the data as it was)")
                     .arg(what);
    }
}

void setReasonPromptForTests(std::function<QString(const QString &)> prompt) { testReason() = std::move(prompt); }

} // namespace muco::ui
