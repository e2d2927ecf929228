#pragma once
// Patients' identities (patient_identity: name, record number, phone) encrypted under the
// identity key (SealedKeys::kIdentity), field by field, with XChaCha20-Poly1305. Each value is
// bound to its patient and field (associated data), so a value moved to another patient or
// field does not open. A value stored before the identity key existed is plain text, read as
// it is until the first holder signs in and encrypts it (IdentityKey).
#include "common/Result.h"
#include "common/SecureBytes.h"
#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>

namespace muco {

class IdentityCipher {
public:
    // The encrypted fields of patient_identity, in the table's column order. The one list that
    // Patients (reads and writes) and IdentityKey (encrypting what was stored in clear) share.
    static constexpr std::array<QByteArrayView, 3> kFields{QByteArrayView("name"), QByteArrayView("mrn"),
                                                           QByteArrayView("phone")};
    static QString fieldName(std::size_t i) { return QString::fromLatin1(kFields.at(i)); }

    // The stored form of `plain` ("mt1:" and base64); empty stays empty (NULL in the table).
    static QString seal(const SecureBytes &key, const QString &patientId, const QString &field, const QString &plain);
    // The text of a stored value: decrypted when sealed, as it is when plain text from before.
    // Fails when the value was sealed under another key, for another patient or field, or altered.
    static Result<QString> open(const SecureBytes &key, const QString &patientId, const QString &field, const QString &stored);
    // The same on the UTF-8 bytes a statement holds, without building strings on the way: the
    // patient list opens three values per patient (50,000 patients: issue 14's budget).
    // Nothing when the value does not open.
    static std::optional<QString> open(const SecureBytes &key, QByteArrayView patientIdUtf8, QByteArrayView field,
                                       QByteArrayView storedUtf8);
    static bool isSealed(const QString &stored);
    static bool isSealed(QByteArrayView utf8);

    // The same construction for another secret, bound to its own associated data (the sync
    // token: SyncToken). A value in clear opens as it is, as above.
    static QString sealValue(const SecureBytes &key, QByteArrayView associatedData, const QString &plain);
    static std::optional<QString> openValue(const SecureBytes &key, QByteArrayView associatedData, QByteArrayView storedUtf8);
};

} // namespace muco
