#pragma once
// A password or a recovery key as the person gave it: its UTF-8 bytes in locked, guarded
// memory (SecureBytes), from where it is read until Argon2id has run, so that it is never left
// in ordinary heap memory that a crash, a swap file or a core dump could keep (issue 11, M6).
// The CLI reads it from standard input or the terminal straight into one (cli/CliContext).
// Move-only, like SecureBytes.
//
// It can be made from a QString implicitly: a line edit holds its text as a QString whatever we
// do (the dialogs clear theirs once read), and so do tests. That QString is the caller's copy;
// this one is guarded.
#include "common/SecureBytes.h"
#include <QString>
#include <cstddef>

namespace muco {

class Secret {
public:
    Secret() = default;
    Secret(const QString &text);   // implicit: see above
    explicit Secret(SecureBytes utf8) : m_utf8(std::move(utf8)) {}
    static Secret fromUtf8(const unsigned char *bytes, std::size_t size);

    const unsigned char *data() const { return m_utf8.data(); }
    std::size_t size() const { return m_utf8.size(); }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    // Characters (Unicode code points), for the rules on a password's length.
    std::size_t characters() const;
    bool equals(const Secret &other) const { return m_utf8.equals(other.m_utf8); }
    // A second guarded copy, for the rare caller that must hand one on and keep its own.
    Secret copy() const { return fromUtf8(data(), size()); }

private:
    SecureBytes m_utf8;
};

} // namespace muco
