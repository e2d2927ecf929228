#include "CliContext.h"
#include "clinical/JsonFields.h"
#include "storage/DiskState.h"
#include "security/SiteVault.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Well-formed UTF-8 (Unicode, table 3-7): no overlong forms, surrogates or code points past
// U+10FFFF, which Qt's decoder replaces.
bool validUtf8(const unsigned char *b, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        const unsigned char c = b[i];
        std::size_t extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        if (b[i + 1] < lo || b[i + 1] > hi)
            return false;
        for (std::size_t k = 2; k <= extra; ++k)
            if (b[i + k] < 0x80 || b[i + k] > 0xBF)
                return false;
        i += extra + 1;
    }
    return true;
}

// The bytes every password read as text always gave (QString::fromUtf8, then toUtf8, which
// slots were derived from): without a leading byte order mark (a file saved by Notepad), and,
// should the line not be valid UTF-8 (a Latin-1 terminal), with Qt's replacement characters,
// through a QString wiped at once; valid UTF-8, the common case, never leaves guarded memory.
Secret passwordBytes(const unsigned char *bytes, std::size_t size)
{
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        bytes += 3;
        size -= 3;
    }
    if (validUtf8(bytes, size))
        return Secret::fromUtf8(bytes, size);
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    Secret secret(text);
    wipe(text);
    return secret;
}

// Reads one line from the terminal with echo off, so a password never shows.
Result<Secret> promptHidden(const QString &prompt, const QString &field)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Secret();
    tty.write(prompt.toUtf8());
    termios old{};
    const int fd = tty.handle();
    const bool isTerm = tcgetattr(fd, &old) == 0;
    if (isTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    auto line = readSecretLine(tty, field);
    if (isTerm)
        tcsetattr(fd, TCSAFLUSH, &old);
    tty.write("\n");
    return line;
}
} // namespace

Result<Secret> readSecretLine(QIODevice &device, const QString &field)
{
    SecureBytes line(kMaxSecretBytes + 1);   // and a carriage return before the newline
    std::size_t n = 0;
    bool tooLong = false;
    char c = 0;
    while (device.read(&c, 1) == 1 && c != '\n') {
        if (n < line.size())
            line.data()[n++] = static_cast<unsigned char>(c);
        else
            tooLong = true;   // read to the line's end all the same: what follows is not a password
    }
    c = 0;
    if (n > 0 && line.data()[n - 1] == '\r')
        --n;
    if (tooLong || n > kMaxSecretBytes)
        return Error::invalid(field, Tr::tr("--%1: a password or key longer than %2 bytes is not accepted").arg(field).arg(kMaxSecretBytes));
    return passwordBytes(line.data(), n);
}

int exitCodeFor(ErrorKind kind) { return static_cast<int>(kind); }

// stdout may be a pipe (scripts, services): hand each line on at once.
void flush(QIODevice *device)
{
    if (auto *file = qobject_cast<QFile *>(device))
        file->flush();
}

CliContext::CliContext(QStringList args, QIODevice *in, QIODevice *out, QIODevice *err)
    : m_args(std::move(args)), m_in(in), m_out(out), m_err(err)
{
}

Status CliContext::parse(const QSet<QString> &flags, const QSet<QString> &valued)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const bool inlineValue = name.contains(QLatin1Char('='));
        if (inlineValue) {
            value = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= m_args.size())
                    return Error::usage(Tr::tr("--%1 needs a value.").arg(name));
                value = m_args[++i];
            }
            m_values.insert(name, value);
        } else {
            return Error::usage(Tr::tr("Unknown option --%1 for this command.").arg(name));
        }
    }
    return {};
}

Result<QString> CliContext::required(const QString &name) const
{
    if (!m_values.contains(name) || m_values.value(name).isEmpty())
        return Error::usage(Tr::tr("--%1 is required.").arg(name));
    return m_values.value(name);
}

QByteArray CliContext::readAllInput() { return m_in->readAll(); }

Result<Secret> CliContext::readSecret(const QString &stdinFlag, const QString &prompt)
{
    if (flag(stdinFlag))
        return readSecretLine(*m_in, stdinFlag);
    MUCO_READ(secret, promptHidden(prompt, stdinFlag));
    if (secret.isEmpty())
        return Error::denied(Tr::tr("No password was given (use --%1 or a terminal).").arg(stdinFlag));
    return secret;
}

Status CliContext::requireOneFile() const
{
    if (m_positional.size() != 1)
        return Error::usage(Tr::tr("Give exactly one input FILE, or - for standard input."));
    return {};
}

Result<QByteArray> CliContext::readFileArgument()
{
    MUCO_TRY(requireOneFile());
    const QString name = m_positional.first();
    if (name == QLatin1String("-"))
        return readAllInput();
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly))
        return Error::usage(Tr::tr("%1 cannot be read (%2).").arg(name, f.errorString()));
    return f.readAll();
}

Result<QJsonObject> CliContext::readJsonArgument()
{
    MUCO_READ(bytes, readFileArgument());
    return json::parseObject(bytes);
}

Result<std::unique_ptr<Session>> CliContext::signIn(Secret *signature)
{
    auto db = required(QStringLiteral("db"));
    if (!db.ok())
        return db.error();
    if (!has(QStringLiteral("user")) || option(QStringLiteral("user")).isEmpty())
        return Error::denied(Tr::tr("This command needs a sign-in: give --user NAME."));
    auto password = readSecret(QStringLiteral("password-stdin"), Tr::tr("Password for %1: ").arg(option(QStringLiteral("user"))));
    if (!password.ok())
        return password.error();
    auto session = SiteVault::signIn(db.value(), option(QStringLiteral("user")), password.value(), clock);
    if (signature && session.ok())
        *signature = std::move(password).value();
    // Reading goes on when the disk is full or read-only; say so once (stdout stays the command's).
    if (session.ok())
        if (auto why = unwritableDisk((*session)->databasePath()))
            printError(Tr::tr("Read-only: %1").arg(why->message));
    return session;
}

int CliContext::fail(const Error &error)
{
    printError(error.message);
    return exitCodeFor(error.kind);
}

int CliContext::printJson(const QJsonObject &object)
{
    m_out->write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    flush(m_out);
    return Ok;
}

void CliContext::print(const QString &text)
{
    m_out->write(text.toUtf8());
    if (!text.endsWith(QLatin1Char('\n')))
        m_out->write("\n");
    flush(m_out);
}

void CliContext::printError(const QString &text)
{
    QString line = text.trimmed();
    m_err->write(QStringLiteral("%1: %2\n").arg(program, line).toUtf8());
    flush(m_err);
}

QSet<QString> signedInFlags(std::initializer_list<QString> more)
{
    QSet<QString> s{kJson, kPasswordStdin};
    for (const QString &m : more)
        s.insert(m);
    return s;
}

QSet<QString> signedInValues(std::initializer_list<QString> more)
{
    QSet<QString> s{kDb, kUser};
    for (const QString &m : more)
        s.insert(m);
    return s;
}

} // namespace muco::cli
