#pragma once
// Key material in locked, guarded memory (sodium_malloc) that is zeroed on release.
// Move-only: a key never gets silently copied into ordinary heap memory.
#include <QByteArray>
#include <QString>
#include <cstddef>

namespace muco {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes fromHex(const QString &hex);   // empty on malformed input

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes &other) const;
    // Lower-case hex. The caller owns the copy: use it only for the recovery paths
    // that must show the key (raw-key, the PRAGMA key statement) and wipe it after.
    QByteArray toHex() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrite a transient buffer (a password, a hex key) before it is freed.
void wipe(QByteArray &bytes);
void wipe(QString &text);

// libsodium must be initialised once before any use; safe to call repeatedly.
bool initSodium();

} // namespace muco
