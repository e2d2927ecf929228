#pragma once
// Electronic signatures bound to their author (issue 11, C1). Signing a record (a graded
// visit, an eligibility decision) signs with the signer's Ed25519 key what the signature
// means, who, when (UTC) and the hash of the record's content as signed; the signature is
// kept with the record (field `signature`) and so reaches the central site. check() verifies
// every signed record against the keys registered in the (verified) audit chain, so neither
// the signed content nor the signature can be changed, even by someone holding the database key.
// A second signature, over the record as the central site holds it (its minimised form: opaque
// signer, year of birth), lets the central site check it too (docs/security.md, "Signatures
// checked at the central site"): the field holds "<site signature> central:<central signature>",
// and only the central part ever leaves the site (Minimisation), since the site part with the
// signer's public key would let the central site test guesses of a birth date.
#include "common/Result.h"
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QVariantMap>

namespace muco {

class Session;
struct TableSpec;

struct SignatureCheck {
    qint64 verified = 0;
    qint64 notCheckedHere = 0;   // signed by an account of another device (its key is not here)
    qint64 olderThanKeys = 0;    // signed here before this device had signing keys
    QString problem;             // empty when every signature checked holds
};

class RecordSignature {
public:
    // What a device whose records carry a central part says when it anchors ("signs"), so that
    // the central site requires that part of its signed records (central/CentralSignatures).
    static constexpr auto kSignsCentral = "central-v1";
    // The anchor request's flag (true) that its randomizations carry one as well (migration 21).
    // Said once no randomization made before them waits to be sent, so that none is refused for
    // lacking what it never had.
    static constexpr auto kSignsRandomizations = "signs_randomizations";
    // The same for source verification marks and query messages (migration 24).
    static constexpr auto kSignsMonitoring = "signs_monitoring";
    // What is signed: the meaning, who, when, and the hash of the record's fields other than
    // its state and signature fields (a correction supersedes a record; it never edits it).
    static QByteArray message(const TableSpec &table, const QString &id, const QVariantMap &row);
    // The hex signature of `row` (already carrying signed_by, signed_utc, signature_meaning).
    static QString sign(Session &session, const TableSpec &table, const QString &id, const QVariantMap &row);
    // What the central part signs: the same, over the minimised record and the opaque signer:
    // `fields` are every field the record holds (the device: its table's declared fields; the
    // central site: every field it holds for the record), those with a value hashed as text.
    static QByteArray centralMessage(const QString &table, const QString &id, const QVariantMap &fields);
    // `row` restricted to the table's declared fields.
    static QVariantMap declared(const TableSpec &table, const QVariantMap &row);
    // The state and signature fields (state, signed_by, signed_utc, signature_meaning,
    // signature): what signing sets; every other field is what is signed.
    static bool isSignatureField(const QString &field);
    // A table whose records are signed as they are made (RecordStore::create), having no states:
    // randomizations, source verification marks, query messages. Those with states are signed
    // later, by RecordStore::sign.
    static bool signedAsMade(const TableSpec &table);
    // Whether a record counts as signed: state signed or superseded; for a table signed as made,
    // a signer named.
    static bool isSigned(const TableSpec &table, const QString &state, const QString &signedBy);
    // The parts of a `signature` value: "central:<hex>" (or empty), and the site's hex (or empty).
    static QString centralPart(const QString &signature);
    static QString sitePart(const QString &signature);
    // The central part's signature bytes hold for `centralMessage` under one of `keys`.
    static bool centralHolds(const QString &signature, const QByteArray &message, const QList<QByteArray> &keys);
    // Every signed record of every table that keeps signatures.
    // `signingSinceUtc`: when this device began signing (AuditVerification); a record signed
    // before it has no signature to check, one signed since must carry a valid one.
    static Result<SignatureCheck> check(Session &session, const QMap<QString, QList<QByteArray>> &publicKeys,
                                        const QString &signingSinceUtc);
};

} // namespace muco
