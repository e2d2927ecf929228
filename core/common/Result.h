#pragma once
// A result type for the core API (after Nextcloud's common/result.h): no exceptions
// cross the core boundary; every failure carries a readable sentence and a kind that
// the command-line tools map to their documented exit codes.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace muco {

enum class ErrorKind {
    Usage = 2,       // the caller asked for something malformed
    Denied = 3,      // authentication failed or permission denied
    Invalid = 4,     // input that violates a rule (field named in Error::field)
    Storage = 5,     // database missing, locked, corrupt or unwritable
    Network = 6,     // central site unreachable or refused
    Integrity = 7,   // audit chain broken
};

struct Error {
    Error() = default;
    // Not an aggregate: {kind, message, field} and {kind, message} stay complete initialisers.
    Error(ErrorKind k, QString m, QString f = {}, QString r = {})
        : kind(k), message(std::move(m)), field(std::move(f)), reason(std::move(r)) {}

    ErrorKind kind = ErrorKind::Invalid;
    QString message;  // one clear sentence for a person, naming the field when there is one
    QString field;    // the offending field, when there is one (JSON path or column)
    QString reason;   // why, without the field's name: for a message shown beside the field

    // The message without the field's name, for a form that shows it at the field itself.
    QString why() const { return reason.isEmpty() ? message : reason; }

    static Error invalid(const QString &field, const QString &why)
    {
        return {ErrorKind::Invalid, field.isEmpty() ? why : field + QStringLiteral(": ") + why, field, why};
    }
    static Error storage(const QString &why) { return {ErrorKind::Storage, why, {}}; }
    static Error denied(const QString &why) { return {ErrorKind::Denied, why, {}}; }
    static Error usage(const QString &why) { return {ErrorKind::Usage, why, {}}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}           // NOLINT: implicit on purpose
    Result(Error error) : m_v(std::move(error)) {}       // NOLINT
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const Error &error() const { return std::get<1>(m_v); }
    // For a display that has a sensible default when the value cannot be read.
    T value_or(T fallback) const & { return ok() ? std::get<0>(m_v) : std::move(fallback); }
private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}   // NOLINT
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace muco

// Unwraps a Result<T> into a new variable `var`, returning the error from the caller:
// the one idiom for "use it if it worked", so no unchecked value() can throw.
#define MUCO_READ(var, expr)                          \
    auto var##_r = (expr);                            \
    if (!var##_r.ok()) return var##_r.error();        \
    auto var = std::move(var##_r).value() /* NOLINT(bugprone-macro-parentheses): a declarator */

// Propagate a failure to the caller; keeps call sites flat.
#define MUCO_TRY(expr)                                                   \
    do {                                                                 \
        auto muco_try_result_ = (expr);                                  \
        if (!muco_try_result_.ok()) return muco_try_result_.error();     \
    } while (false)
