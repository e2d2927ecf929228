#pragma once
// What every mucotrack-cli command shares: its options, its streams, signing in,
// and turning a core Error into the contract's exit status and one sentence on stderr.
#include "common/Secret.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Session.h"
#include <QIODevice>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <initializer_list>
#include <memory>

namespace muco::cli {

enum Exit { Ok = 0, Usage = 2, Denied = 3, Invalid = 4, Storage = 5, Network = 6, Integrity = 7 };

// One line (to a newline or the end) of `device`, read byte by byte straight into guarded
// memory, so that a password passes through no buffer of ours in ordinary memory (`device`
// must be unbuffered: standard input, the terminal and password files are opened so). A
// carriage return before the newline is not part of it. Invalid, naming `field`, past
// kMaxSecretBytes.
constexpr std::size_t kMaxSecretBytes = 1024;
Result<Secret> readSecretLine(QIODevice &device, const QString &field);

class CliContext {
public:
    CliContext(QStringList args, QIODevice *in, QIODevice *out, QIODevice *err);

    // Options the command accepts: flags take no value, the rest take one.
    Status parse(const QSet<QString> &flags, const QSet<QString> &valued);
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString option(const QString &name) const { return m_values.value(name); }
    Result<QString> required(const QString &name) const;
    const QStringList &positional() const { return m_positional; }

    // The first line of standard input, or a prompt on the terminal with echo off, read
    // straight into guarded memory (readSecretLine).
    Result<Secret> readSecret(const QString &stdinFlag, const QString &prompt);
    QByteArray readAllInput();
    // The command's one FILE argument: checked before signing in (a usage error asks for no
    // password), read after it (with -, the password is standard input's first line).
    Status requireOneFile() const;
    // The command's one FILE argument, or - for standard input (what follows the password's line).
    Result<QByteArray> readFileArgument();
    // ... parsed as one JSON object (duplicate keys and syntax errors named by JSON path).
    Result<QJsonObject> readJsonArgument();
    // Signs in with --db, --user and the password; a missing --user is exit 3. A signing
    // command keeps the password (signature) to re-check it as the signature's second component.
    Result<std::unique_ptr<Session>> signIn(Secret *signature = nullptr);

    int fail(const Error &error);
    int printJson(const QJsonObject &object);
    void print(const QString &text);
    void printError(const QString &text);

    std::shared_ptr<Clock> clock = Clock::system();
    QStringList words; // the command's words as typed (CommandTable.h), e.g. {"grade", "who"}
    QString program = QStringLiteral("mucotrack-cli");

private:
    QStringList m_args;
    QStringList m_positional;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QIODevice *m_in;
    QIODevice *m_out;
    QIODevice *m_err;
};

int exitCodeFor(ErrorKind kind);

// The options most commands share (shared/contracts/cli.md), named once.
inline const QString kDb = QStringLiteral("db");
inline const QString kUser = QStringLiteral("user");
inline const QString kJson = QStringLiteral("json");
inline const QString kPasswordStdin = QStringLiteral("password-stdin");
inline const QString kSubject = QStringLiteral("subject-id");
inline const QString kText = QStringLiteral("text");

// What a signed-in command parses: --json and --password-stdin, --db and --user, and its own.
QSet<QString> signedInFlags(std::initializer_list<QString> more = {});
QSet<QString> signedInValues(std::initializer_list<QString> more = {});

} // namespace muco::cli
