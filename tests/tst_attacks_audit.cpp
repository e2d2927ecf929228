// Attacks on the audit trail and electronic signatures by an insider (issue 11, C1): a
// signed-in user unwraps their own key slot outside MucoTrack, opens the database with the
// raw key and rewrites history. Each test failed on the code before per-user signing keys
// (the chain was unkeyed SHA-256: `audit verify` said intact); docs/security.md says what
// signatures stop and what only anchoring at the central site stops.
#include "Enrollment.h"
#include "TestSite.h"
#include "TrialDevices.h"
#include "demo/DirectTransport.h"
#include "central/AuditAnchors.h"
#include "central/CentralAuditTrail.h"
#include "central/CentralService.h"
#include "clinical/Exam.h"
#include "records/Assessments.h"
#include "records/Minimisation.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/SourceVerification.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "records/RecordSignature.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/KeyCertificate.h"
#include "security/KeySlotFile.h"
#include "security/SigningKey.h"
#include "security/SiteVault.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/AuditAnchoring.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <sodium.h>

using namespace muco;

namespace {

// What the monitor did: his own slot, his own password, the format from this repository.
std::unique_ptr<Database> openWithExtractedKey(const test::TestSite &site, const QString &user)
{
    return site.openWithExtractedKey(user);
}

// The attacker's own copy of the row hash (the code is public): the chain is re-hashed from
// `fromSeq` on, and the head in meta put in step.
void rechain(Database &db, qint64 fromSeq)
{
    auto rows = db.prepare(QStringLiteral(
        "SELECT seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value, reason, prev_hash"
        " FROM audit WHERE seq >= ? ORDER BY seq"));
    rows->bind(1, fromSeq);
    QString prev;
    qint64 last = 0;
    QList<std::pair<qint64, QStringList>> updates;
    QVERIFY(rows->forEachRow([&](const Statement &r) {
        if (prev.isEmpty())
            prev = r.text(10);
        const QJsonArray parts{QString::number(r.integer(0)), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                               r.text(6), r.text(7), r.text(8), r.text(9), prev};
        const QByteArray bytes = QJsonDocument(parts).toJson(QJsonDocument::Compact);
        unsigned char out[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()));
        const QString hash = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
        updates.append({r.integer(0), {prev, hash}});
        prev = hash;
        last = r.integer(0);
    }).ok());
    for (const auto &[seq, hashes] : updates) {
        auto up = db.prepare(QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?"));
        up->bind(1, hashes[0]).bind(2, hashes[1]).bind(3, seq);
        QVERIFY(up->run().ok());
    }
    auto head = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)"));
    head->bind(1, QStringLiteral("%1:%2").arg(last).arg(prev));
    QVERIFY(head->run().ok());
}

qint64 seqOf(Database &db, const QString &where)
{
    return db.scalarInt(QStringLiteral("SELECT min(seq) FROM audit WHERE ") + where).value();
}

// A signed grade by the doctor, then more work by others after it.
QString signedAssessment(const test::TestSite &site)
{
    auto coord = site.signIn(QStringLiteral("coord"));
    const QString patient = Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), {}, {}, QStringLiteral("1966-01-20"),
                                                   QStringLiteral("male")})->id;
    auto doctor = site.signIn(QStringLiteral("doctor"));
    Exam f;
    f.sorenessReported = f.erythemaSeen = true;
    f.diet = DietTolerated::NormalSolid;
    f.pain = Severity::Mild;
    auto a = Assessments::record(*doctor, patient, QDate(2026, 11, 20), f, {{1}, {1}});
    if (!a.ok() || !Assessments::sign(*doctor, a->id, test::kPassword).ok())
        return {};
    (void)Patients::add(*coord, {{}, QStringLiteral("Li Wei"), {}, {}, QStringLiteral("1970-03-02"), QStringLiteral("female")});
    return a->id;
}

// An enrolled patient randomized by the coordinator (signed as Randomize signs it): its
// randomization's id, empty if it failed.
QString randomized(const test::TestSite &site)
{
    auto coord = site.signIn(QStringLiteral("coord"));
    const auto patient = test::addEnrolledPatient(*coord, QStringLiteral("Sun Li"));
    if (!patient.ok()) {
        qWarning("%s", qPrintable(patient.error().message));
        return {};
    }
    if (const Status arm = test::writeArm(*coord, patient.value(), QStringLiteral("experimental")); !arm.ok()) {
        qWarning("%s: %s", qPrintable(arm.error().field), qPrintable(arm.error().message));
        return {};
    }
    const auto allocation = Randomizations::forPatient(coord->db(), patient.value());
    return allocation.ok() && allocation.value() ? allocation.value()->id : QString();
}

// What the central site holds of `field` of `table` record `id` (its canonical JSON text), if any.
QString centralValue(CentralStore &store, const QString &table, const QString &id, const QString &field)
{
    auto rows = store.backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = ? AND record_id = ? AND field = ?"),
                                      {table, id, field});
    return rows.ok() && !rows->isEmpty() ? rows->first().at(0).toString() : QString();
}

// What `audit verify` says of the signed records (empty when every signature holds).
QString signatureProblem(const test::TestSite &site, qint64 *verified = nullptr)
{
    auto s = site.signIn(QStringLiteral("admin"));
    auto v = AuditChain::verify(s->db());
    auto check = RecordSignature::check(*s, v->publicKeys, v->signingSinceUtc);
    if (!check.ok())
        return check.error().message;
    if (verified)
        *verified = check->verified;
    return check->problem;
}

AuditVerification verifyAs(const test::TestSite &site, const QString &user)
{
    auto s = site.signIn(user);
    auto v = AuditChain::verify(s->db());
    if (v.ok())
        return v.value();
    AuditVerification failed;
    failed.intact = false;
    failed.problem = v.error().message;
    return failed;
}

// What the insider does to a change still in the outbox: each pending change of `recordId`
// that sets `field` (every one, with `add`) gets `value` (and the record itself too), as if it
// had always said so.
void editPending(Database &db, const QString &table, const QString &recordId, const QString &field, const QJsonValue &value,
                 bool add = false)
{
    auto rows = db.prepare(QStringLiteral("SELECT id, fields FROM change_log WHERE record_id = ? AND acked_utc IS NULL"));
    rows->bind(1, recordId);
    QList<std::pair<QString, QString>> edits;
    QVERIFY(rows->forEachRow([&](const Statement &r) {
        QJsonObject fields = QJsonDocument::fromJson(r.text(1).toUtf8()).object();
        if (!fields.contains(field) && !add)
            return;
        fields.insert(field, value);
        edits.append({r.text(0), QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))});
    }).ok());
    QVERIFY2(!edits.isEmpty(), qPrintable(field));
    for (const auto &[id, fields] : edits) {
        auto up = db.prepare(QStringLiteral("UPDATE change_log SET fields = ? WHERE id = ?"));
        up->bind(1, fields).bind(2, id);
        QVERIFY(up->run().ok());
    }
    auto row = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
    row->bind(1, value.toVariant()).bind(2, recordId);
    QVERIFY(row->run().ok());
}

// The signature an assessment holds, as the insider reads it with the database key.
QString storedSignature(Database &db, const QString &id)
{
    auto read = db.prepare(QStringLiteral("SELECT signature FROM assessments WHERE id = ?"));
    read->bind(1, id);
    QString signature;
    (void)read->forEachRow([&](const Statement &r) { signature = r.text(0); });
    return signature;
}

// The signature the central site holds for a record (its canonical JSON text), if any.
// A user's signing key, from their own slot and password (what each insider holds of his own).
SigningKey keyOf(const test::TestSite &site, const QString &user)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
    auto mine = KeySlotFile::open(*keys->find(QStringLiteral("user"), user), test::kPassword);
    return SigningKey(user, std::move(mine->signingSeed));
}

// The id of the first row `sql` reads (empty for none).
QString firstId(Database &db, const QString &sql)
{
    QString id;
    auto st = db.prepare(sql);
    (void)st->forEachRow([&](const Statement &r) { id = r.text(0); });
    return id;
}

// What the insider does with the database key to record `id` of `table`, signed as it was made
// and still waiting to be sent: `how` is "content" (`field` takes `value`), "signer" (`signer`
// is named in each of `signerFields` and signs the central part with his own key), "strip"
// (the central part removed) or "unsign" (the signature and the signer removed).
void alterSignedAsMade(const test::TestSite &site, const TableSpec &table, const QString &id, const QString &how, const QString &field,
                       const QJsonValue &value, const QString &signer, const QStringList &signerFields)
{
    auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
    auto read = db->prepare(QStringLiteral("SELECT signature FROM %1 WHERE id = ?").arg(table.name));
    read->bind(1, id);
    QString signature;
    QVERIFY(read->forEachRow([&](const Statement &r) { signature = r.text(0); }).ok());
    QVERIFY2(!RecordSignature::centralPart(signature).isEmpty(), qPrintable(signature));
    if (how == QLatin1String("content")) {
        editPending(*db, table.name, id, field, value);
    } else if (how == QLatin1String("signer")) {
        for (const QString &f : signerFields)
            editPending(*db, table.name, id, f, signer);
        auto s = site.signIn(QStringLiteral("admin"));
        const QVariantMap row = RecordSignature::declared(table, RecordStore::read(*s, table, id).value());
        const QString forged = QStringLiteral("central:")
                               + QString::fromLatin1(keyOf(site, signer).sign(RecordSignature::centralMessage(table.name, id, row)).toHex());
        editPending(*db, table.name, id, QStringLiteral("signature"), forged);
    } else if (how == QLatin1String("strip")) {
        editPending(*db, table.name, id, QStringLiteral("signature"), RecordSignature::sitePart(signature));
    } else {
        editPending(*db, table.name, id, QStringLiteral("signature"), QJsonValue());
        editPending(*db, table.name, id, QStringLiteral("signed_by"), QJsonValue());
    }
}

// The signed grade `id`, still waiting to be sent, lowered and given a central signature by
// `key` in its signer's name: a well-made signature, by the wrong key unless the central site
// was made to take it as the signer's.
void forgeGrade(const test::TestSite &site, const QString &id, const SigningKey &key)
{
    auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
    const QString signature = storedSignature(*db, id);
    editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("who_grade"), 0);
    auto s = site.signIn(QStringLiteral("admin"));
    const QVariantMap row = RecordSignature::declared(Assessments::table(), RecordStore::read(*s, Assessments::table(), id).value());
    const QByteArray message = RecordSignature::centralMessage(QStringLiteral("assessments"), id, row);
    const QString forged = RecordSignature::sitePart(signature) + QStringLiteral(" central:") + QString::fromLatin1(key.sign(message).toHex());
    QVERIFY(RecordSignature::centralHolds(forged, message, {key.publicKey()}));
    editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signature"), forged);
}

const QString kFreshPassword = QStringLiteral("another-password-2");

// What the administrator does to the doctor's account: deactivate, demote (to nurse) or reset.
void changeDoctor(const test::TestSite &site, const QString &change)
{
    auto admin = site.signIn(QStringLiteral("admin"));
    const QString doctor = QStringLiteral("doctor");
    if (change == QLatin1String("deactivate"))
        QVERIFY(Accounts::deactivate(*admin, doctor, QStringLiteral("left the trial")).ok());
    else if (change == QLatin1String("demote"))
        QVERIFY(Accounts::setRole(*admin, doctor, Role::Nurse, QStringLiteral("joined the ward")).ok());
    else
        QVERIFY(Accounts::resetPassword(*admin, doctor, kFreshPassword, KdfCost::fast()).ok());
}

// A new patient, added by the coordinator, graded by `doctor`: the draft's id, empty if it failed.
QString draftGrade(const test::TestSite &site, Session &doctor)
{
    auto coord = site.signIn(QStringLiteral("coord"));
    const auto patient = Patients::add(*coord, {{}, QStringLiteral("Zhou Min"), {}, {}, QStringLiteral("1962-05-05"), QStringLiteral("male")});
    if (!patient.ok())
        return {};
    Exam f;
    f.sorenessReported = f.erythemaSeen = true;
    const auto graded = Assessments::record(doctor, patient->id, QDate(2026, 11, 20), f, {{1}, {1}});
    return graded.ok() ? graded->id : QString();
}

QString centralSignature(CentralStore &store, const QString &recordId)
{
    auto rows = store.backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = 'assessments' AND record_id = ?"
                                                     " AND field = 'signature'"), {recordId});
    return rows.ok() && !rows->isEmpty() ? rows->first().at(0).toString() : QString();
}

} // namespace

class TestAttacksAudit : public QObject {
    Q_OBJECT

    // A central site in a folder of its own, and one device of site GX01 enrolled with it.
    struct Anchored {
        QTemporaryDir dir;
        std::shared_ptr<CentralStore> store;
        std::shared_ptr<CentralService> service;
        test::TestSite site;
        std::unique_ptr<DirectTransport> transport;
        QString deviceId;
        QString token;

        Anchored() : Anchored(nullptr) {}
        // With `first`: another device of the same site, at first's central site.
        explicit Anchored(const Anchored *first)
        {
            if (first) {
                store = first->store;
                service = first->service;
            } else {
                store = std::make_shared<CentralStore>(CentralBackend::openEmbedded(dir.path(), true).value(), Clock::system());
                service = std::make_shared<CentralService>(*store);
            }
            // As `sync enroll` does: the enrolling administrator's own key certificate is pinned.
            auto admin = site.signIn(QStringLiteral("admin"));
            auto e = store->enroll(store->createEnrollmentCode(QStringLiteral("GX01")).value(), QStringLiteral("GX01"),
                                   KeyCertificates::root(*admin).value());
            deviceId = e->deviceId;
            token = e->token;
            transport = std::make_unique<DirectTransport>(*service, e->token);
        }
        // What anyone holding the device's token can send: every role can read it.
        ServiceResponse postKeys(const QJsonObject &body)
        {
            return service->handle({"POST", QStringLiteral("/v1/keys"), {}, "Bearer " + token.toLatin1(), {},
                                    QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        int heldKeys(const SigningKey &key)
        {
            return store->backend().query(QStringLiteral("SELECT count(*) FROM account_keys WHERE public_key = ?"),
                                          {key.publicKeyHex()})->first().at(0).toInt();
        }
        SyncReport sync(const QString &user = QStringLiteral("doctor"))
        {
            auto s = site.signIn(user);
            SyncClient::Options o;
            o.baseBackoffMs = 1;
            SyncClient client(*s, *transport, o);
            return client.runBlocking();
        }
        // A head as anyone holding the device's token can send it: the device's real head, signed
        // by `key` under `signer`'s name, naming `named` as the key (unsigned without a key);
        // `saidHash`, what it says the chain holds at the anchored row (else the honest hash).
        ServiceResponse postHead(const SigningKey *key, const QString &signer = {}, const QString &named = {}, const QString &saidHash = {})
        {
            const AuditHead head = [&] {
                auto s = site.signIn(QStringLiteral("coord"));
                return AuditChain::head(s->db()).value();
            }();
            const QJsonObject anchored =
                service->handle({"GET", QStringLiteral("/v1/anchor"), {}, "Bearer " + token.toLatin1(), {}, {}}).body.value(QStringLiteral("anchored")).toObject();
            QJsonObject headJson{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
            if (key) {
                headJson.insert(QStringLiteral("signer"), signer);
                headJson.insert(QStringLiteral("signature"), QString::fromLatin1(key->sign(AuditChain::signedMessage(signer, head.hash)).toHex()));
            }
            if (!named.isEmpty())
                headJson.insert(QStringLiteral("public_key"), named);
            QJsonObject body{{QStringLiteral("head"), headJson}, {QStringLiteral("signs"), QLatin1String(RecordSignature::kSignsCentral)}};
            if (!anchored.isEmpty())   // what an honest chain holds there, or what the poster says
                body.insert(QStringLiteral("anchored"), saidHash.isEmpty() ? anchored
                                                                           : QJsonObject{{QStringLiteral("seq"), anchored.value(QStringLiteral("seq"))},
                                                                                         {QStringLiteral("hash"), saidHash}});
            return service->handle({"POST", QStringLiteral("/v1/anchor"), {}, "Bearer " + token.toLatin1(), {},
                                    QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        QJsonObject anchor()
        {
            return service->handle({"GET", QStringLiteral("/v1/anchor"), {}, "Bearer " + token.toLatin1(), {}, {}}).body;
        }
        QString registeredKeyOf(const QString &user)
        {
            return store->backend().query(QStringLiteral("SELECT public_key FROM account_keys WHERE account = ?"),
                                          {opaqueAccountId(user)})->value(0).value(0).toString();
        }
        void work()
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*coord, {{}, QStringLiteral("Wang Fang"), {}, {}, QStringLiteral("1958-07-14"),
                                           QStringLiteral("female")}).ok());
        }
    };

    // The doctor's grade, signed and not yet sent; after `change` to her account (changeDoctor),
    // lowered and signed again with her old key, dated `signedUtc` (an hour after the change
    // when none): refused with an integrity alarm, the refusal naming the grade and `why`, and
    // nothing of the forged signature held at the central site.
    void resignedWithTheOldKeyIsRefused(const QString &change, const std::optional<QString> &signedUtc, const QString &why)
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const SigningKey old = keyOf(a.site, QStringLiteral("doctor"));
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        a.site.clock()->advanceSecs(3600);
        changeDoctor(a.site, change);
        a.site.clock()->advanceSecs(3600);
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signed_utc"), signedUtc.value_or(isoUtc(a.site.clock()->nowUtc())));
        }
        forgeGrade(a.site, id, old);
        const SyncReport refused = a.sync(QStringLiteral("coord"));
        QVERIFY2(!refused.ok, "a grade signed with a withdrawn key reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(id) && refused.error.contains(why), qPrintable(refused.error));
        QVERIFY(centralSignature(*a.store, id).isEmpty());
    }

private slots:
    // C1 as it was shown: a row edited with the extracted key and the chain hashed again.
    void anEditedRowRechainedIsDetected()
    {
        test::TestSite site;
        QVERIFY(!signedAssessment(site).isEmpty());
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db);
            const qint64 seq = seqOf(*db, QStringLiteral("table_name = 'patients' AND field = 'birth_date'"));
            QVERIFY(seq > 0);
            auto edit = db->prepare(QStringLiteral("UPDATE audit SET new_value = '1966-01-21' WHERE seq = ?"));
            edit->bind(1, seq);
            QVERIFY(edit->run().ok());
            rechain(*db, seq);
        }
        const AuditVerification v = verifyAs(site, QStringLiteral("admin"));
        QVERIFY2(!v.intact, "an edited, re-chained trail was reported intact");
        QVERIFY(v.problem.contains(QStringLiteral("signature")));
    }

    // Rows deleted (the monitor's own doings), the rest renumbered and re-chained.
    void deletedRowsRechainedAreDetected()
    {
        test::TestSite site;
        QVERIFY(!signedAssessment(site).isEmpty());
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            const qint64 seq = seqOf(*db, QStringLiteral("action = 'sign_in' AND user_name = 'coord'"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM audit WHERE seq = %1").arg(seq)).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE audit SET seq = -(seq - 1) WHERE seq > %1").arg(seq)).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE audit SET seq = -seq WHERE seq < 0")).ok());
            rechain(*db, seq);
        }
        QVERIFY2(!verifyAs(site, QStringLiteral("admin")).intact, "a trail with a row deleted and re-chained was reported intact");
    }

    // The insider re-signs a row he edited with his own key, in his own name: the rows others
    // signed after it cover its hash, and their signatures no longer hold.
    void aRowResignedByTheInsiderIsDetected()
    {
        test::TestSite site;
        (void)site.signIn(QStringLiteral("monitor"));
        QVERIFY(!signedAssessment(site).isEmpty());
        auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
        auto mine = KeySlotFile::open(*keys->find(QStringLiteral("user"), QStringLiteral("monitor")), test::kPassword);
        const SigningKey monitorKey(QStringLiteral("monitor"), std::move(mine->signingSeed));
        QVERIFY(!monitorKey.isNull());
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            const qint64 seq = seqOf(*db, QStringLiteral("action = 'sign_in' AND user_name = 'monitor'"));
            QVERIFY(seq > 0);
            QVERIFY(db->exec(QStringLiteral("UPDATE audit SET reason = 'nothing to see' WHERE seq = %1").arg(seq)).ok());
            rechain(*db, seq);
            const QString hash = AuditChain::hashAt(*db, seq).value();
            auto sign = db->prepare(QStringLiteral("UPDATE audit SET signature = ? WHERE seq = ?"));
            sign->bind(1, QString::fromLatin1(monitorKey.sign(AuditChain::signedMessage(QStringLiteral("monitor"), hash)).toHex()))
                .bind(2, seq);
            QVERIFY(sign->run().ok());
        }
        const AuditVerification v = verifyAs(site, QStringLiteral("admin"));
        QVERIFY(!v.intact);
        QVERIFY(v.firstBroken > 1);
    }

    // A key of the insider's making registered for the doctor, then an entry in the doctor's name.
    void aKeyForgedForAnotherAccountIsRefused_data()
    {
        QTest::addColumn<QString>("registrar");
        QTest::newRow("registered by the monitor") << "monitor";
        QTest::newRow("registered by itself") << "doctor";
    }

    void aKeyForgedForAnotherAccountIsRefused()
    {
        QFETCH(QString, registrar);
        test::TestSite site;
        auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
        auto mine = KeySlotFile::open(*keys->find(QStringLiteral("user"), QStringLiteral("monitor")), test::kPassword);
        const SigningKey monitorKey(QStringLiteral("monitor"), std::move(mine->signingSeed));
        const SigningKey forged = SigningKey::generate(QStringLiteral("doctor"));
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            const SigningKey &signer = registrar == QLatin1String("monitor") ? monitorKey : forged;
            QVERIFY(AuditChain::registerKey(*db, QStringLiteral("doctor"), forged.publicKey(), QStringLiteral("rotation"),
                                            QDateTime::currentDateTimeUtc(), signer).ok());
            QVERIFY(AuditChain::append(*db, {QStringLiteral("doctor"), QStringLiteral("update"), QStringLiteral("users"),
                                             QStringLiteral("monitor"), QStringLiteral("role"), QStringLiteral("monitor"),
                                             QStringLiteral("administrator"), {}},
                                       QDateTime::currentDateTimeUtc(), &forged).ok());
        }
        const AuditVerification v = verifyAs(site, QStringLiteral("admin"));
        QVERIFY(!v.intact);
        QVERIFY(v.problem.contains(QStringLiteral("doctor")));
    }

    // An entry written in another's name, signed by the writer, or not signed at all.
    void anEntryInAnotherNameIsRefused()
    {
        test::TestSite site;
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(AuditChain::append(*db, {QStringLiteral("admin"), QStringLiteral("update"), QStringLiteral("users"),
                                             QStringLiteral("monitor"), QStringLiteral("role"), QStringLiteral("monitor"),
                                             QStringLiteral("administrator"), {}},
                                       QDateTime::currentDateTimeUtc(), nullptr).ok());
        }
        const AuditVerification v = verifyAs(site, QStringLiteral("admin"));
        QVERIFY(!v.intact);
        QVERIFY(v.problem.contains(QStringLiteral("not signed")));
    }

    // A signed grade changed in the record itself: the electronic signature no longer holds.
    void aSignedGradeEditedInTheRecordIsDetected()
    {
        test::TestSite site;
        const QString id = signedAssessment(site);
        QVERIFY(!id.isEmpty());
        {
            auto s = site.signIn(QStringLiteral("admin"));
            auto v = AuditChain::verify(s->db());
            QVERIFY(v->intact);
            auto check = RecordSignature::check(*s, v->publicKeys, v->signingSinceUtc);
            QVERIFY(check.ok());
            QCOMPARE(check->verified, qint64(1));
            QVERIFY(check->problem.isEmpty());
        }
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            auto edit = db->prepare(QStringLiteral("UPDATE assessments SET who_grade = 0 WHERE id = ?"));
            edit->bind(1, id);
            QVERIFY(edit->run().ok());
        }
        auto s = site.signIn(QStringLiteral("admin"));
        auto v = AuditChain::verify(s->db());
        auto check = RecordSignature::check(*s, v->publicKeys, v->signingSinceUtc);
        QVERIFY(check.ok());
        QVERIFY2(!check->problem.isEmpty(), "an edited signed grade kept a valid signature");
    }

    // Issue 11: a randomization is signed as it is made by the one who randomized ("I randomize
    // this patient"), with both parts: `audit verify` checks the site's, the central site the
    // central part under a key whose role may randomize. Before, it named its signer and held
    // no signature: an insider with the database key could change the arm and nothing told.
    void aRandomizationIsSignedByWhoRandomized()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);   // the keys reach the central site
        const QString id = randomized(a.site);
        QVERIFY(!id.isEmpty());
        QString signature;
        {
            auto s = a.site.signIn(QStringLiteral("admin"));
            signature = RecordStore::read(*s, Randomizations::table(), id)->value(QStringLiteral("signature")).toString();
        }
        QCOMPARE(RecordSignature::sitePart(signature).size(), 128);
        QVERIFY(!RecordSignature::centralPart(signature).isEmpty());
        qint64 verified = 0;
        QCOMPARE(signatureProblem(a.site, &verified), QString());
        QCOMPARE(verified, qint64(2));   // the screening and the randomization
        const SyncReport r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(fromCanonicalJson(centralValue(*a.store, QStringLiteral("randomizations"), id, QStringLiteral("signature"))).toString(),
                 RecordSignature::centralPart(signature));
        // The arm changed in the record with the extracted key: the signature no longer holds.
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            auto edit = db->prepare(QStringLiteral("UPDATE randomizations SET arm = 'control' WHERE id = ?"));
            edit->bind(1, id);
            QVERIFY(edit->run().ok());
        }
        const QString problem = signatureProblem(a.site);
        QVERIFY2(problem.contains(QStringLiteral("randomizations")) && problem.contains(id), qPrintable(problem));
    }

    // The insider changes a randomization before it is sent: its arm, its signer (a nurse, whose
    // role does not randomize, signing with her own key), its central part, or its signature
    // and signer both. The central site refuses the push and raises an alarm; the arm it holds
    // is none.
    void anAlteredRandomizationIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("why");
        QTest::newRow("arm changed") << "content" << "does not hold";
        QTest::newRow("signed by a nurse") << "signer" << "in a role that may sign it";
        QTest::newRow("central part removed") << "strip" << "without the signature the central site checks";
        QTest::newRow("signature and signer removed") << "unsign" << "without the signature of the one who randomized";
    }

    void anAlteredRandomizationIsRefused()
    {
        QFETCH(QString, how);
        QFETCH(QString, why);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QString id = randomized(a.site);
        QVERIFY(!id.isEmpty());
        alterSignedAsMade(a.site, Randomizations::table(), id, how, QStringLiteral("arm"), QStringLiteral("control"), QStringLiteral("nurse"),
                          {QStringLiteral("signed_by")});
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "an altered randomization reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(id) && refused.error.contains(why), qPrintable(refused.error));
        QVERIFY(centralValue(*a.store, QStringLiteral("randomizations"), id, QStringLiteral("arm")).isEmpty());
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);
    }

    // On a monitor's device, the insider changes a source verification mark before it is sent:
    // the record it vouches for (its fingerprint), its signer (the investigator's account there,
    // whose role verifies nothing, signing with his own key), its central part, or its signature
    // and signer both. Before, such marks carried no signature: the central site took each, and
    // the site showed the record verified by whoever the mark named.
    void anAlteredSourceVerificationIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("why");
        QTest::newRow("another record vouched for") << "content" << "does not hold";
        QTest::newRow("signed by an investigator") << "signer" << "in a role that may sign it";
        QTest::newRow("central part removed") << "strip" << "without the signature the central site checks";
        QTest::newRow("signature and signer removed") << "unsign" << "without the signature of its author";
    }

    void anAlteredSourceVerificationIsRefused()
    {
        QFETCH(QString, how);
        QFETCH(QString, why);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        test::TrialDevice m = test::enrolMonitorDevice(*a.store, *a.service, QStringLiteral("monitor"));
        QVERIFY(m.session);
        QVERIFY(test::syncDevice(m).ok);   // the site's patient, the monitor's keys, the anchor
        const QString patient = firstId(m.session->db(), QStringLiteral("SELECT id FROM patients"));
        QVERIFY(!patient.isEmpty());
        QVERIFY(SourceVerification::mark(*m.session, QStringLiteral("patients"), patient, test::kPassword).ok());
        const QString id = firstId(m.session->db(), QStringLiteral("SELECT id FROM sdv_marks"));
        const QString table = SourceVerification::table().name;
        alterSignedAsMade(*m.site, SourceVerification::table(), id, how, QStringLiteral("fingerprint"), QString(64, QLatin1Char('0')),
                          QStringLiteral("doctor"), {QStringLiteral("signed_by"), QStringLiteral("verified_by")});
        const SyncReport refused = test::syncDevice(m);
        QVERIFY2(!refused.ok, "an altered source verification reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(id) && refused.error.contains(why), qPrintable(refused.error));
        QVERIFY(centralValue(*a.store, table, id, QStringLiteral("fingerprint")).isEmpty());
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);
    }

    // On a monitor's device, the insider turns the monitor's raise into an answer in the name of
    // the investigator's account there, signed with that account's own key (certified as an
    // investigator by the device's administrator, so its role may answer). An answer is the
    // site's: refused from a monitor's device. Before, the query showed as answered by the
    // opaque id the site's own investigator signs with (a review).
    void aMonitorsDeviceAnswersNoQuery()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        test::TrialDevice m = test::enrolMonitorDevice(*a.store, *a.service, QStringLiteral("monitor"));
        QVERIFY(m.session);
        QVERIFY(test::syncDevice(m).ok);
        const QString patient = firstId(m.session->db(), QStringLiteral("SELECT id FROM patients"));
        auto q = Queries::raise(*m.session, patient, QStringLiteral("patients"), patient, QStringLiteral("sex"), QStringLiteral("Source?"),
                                test::kPassword);
        QVERIFY(q.ok());
        const QString id = firstId(m.session->db(), QStringLiteral("SELECT id FROM query_messages"));
        const QString table = Queries::messageTable().name;
        {
            auto db = m.site->openWithExtractedKey(QStringLiteral("monitor"));
            editPending(*db, table, id, QStringLiteral("kind"), QStringLiteral("answer"));
        }
        alterSignedAsMade(*m.site, Queries::messageTable(), id, QStringLiteral("signer"), {}, {}, QStringLiteral("doctor"),
                          {QStringLiteral("signed_by"), QStringLiteral("author")});
        const SyncReport refused = test::syncDevice(m);
        QVERIFY2(!refused.ok, "a monitor's device answered a query");
        QVERIFY2(refused.error.contains(QStringLiteral("does not answer queries")), qPrintable(refused.error));
        QVERIFY(centralValue(*a.store, table, id, QStringLiteral("kind")).isEmpty());
    }

    // A mark that names its signer without the central part is refused from any device, also
    // one that never said it signs them (its token used before its first sync): nothing
    // honest ever made one, since the signer and the signature came together. Before, it was
    // taken from such a device under whichever monitor it named (a review).
    void aSignerWithoutSignatureIsRefusedFromAnyDevice()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        test::TrialDevice m = test::enrolMonitorDevice(*a.store, *a.service, QStringLiteral("monitor"));
        QVERIFY(m.session);
        auto coord = a.site.signIn(QStringLiteral("coord"));
        const QString patient = firstId(coord->db(), QStringLiteral("SELECT id FROM patients"));
        const QString mark = newUuid();
        const QJsonObject change{{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), QStringLiteral("sdv_marks")},
                                 {QStringLiteral("record_id"), mark},
                                 {QStringLiteral("fields"), QJsonObject{{QStringLiteral("patient_id"), patient},
                                                                        {QStringLiteral("target_table"), QStringLiteral("patients")},
                                                                        {QStringLiteral("target_id"), patient},
                                                                        {QStringLiteral("fingerprint"), QString(64, QLatin1Char('b'))},
                                                                        {QStringLiteral("verified_by"), opaqueAccountId(QStringLiteral("alice"))},
                                                                        {QStringLiteral("signed_by"), opaqueAccountId(QStringLiteral("alice"))},
                                                                        {QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}}},
                                 {QStringLiteral("old"), QJsonObject{}}};
        const ServiceResponse r = a.service->handle({"POST", QStringLiteral("/v1/push"), {}, "Bearer " + m.token.toLatin1(), {},
                                                     QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}}).toJson(QJsonDocument::Compact)});
        QCOMPARE(r.status, 409);
        QVERIFY2(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("without the signature the central site checks")),
                 qPrintable(r.body.value(QStringLiteral("error")).toString()));
        QVERIFY(centralValue(*a.store, QStringLiteral("sdv_marks"), mark, QStringLiteral("fingerprint")).isEmpty());
    }

    // A monitor's device names itself with the code of a site (GX01), and its administrator
    // certifies a key of his own for the account id of that site's investigator. Its keys are
    // kept apart from the site's: the grade signed with that key is refused. Before, a monitor's
    // device registered no keys at all.
    void aMonitorDeviceCertifiesNoKeyOfASite()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        test::TestSite mon(QStringLiteral("GX01"));
        auto admin = mon.signIn(QStringLiteral("admin"));
        const QJsonObject body{{QStringLiteral("code"), a.store->createMonitorEnrollmentCode().value()}, {QStringLiteral("site"), QStringLiteral("GX01")},
                               {QStringLiteral("root"), KeyCertificates::root(*admin)->toJson()}};
        const ServiceResponse enrolled = a.service->handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)});
        QCOMPARE(enrolled.status, 200);
        const QString token = enrolled.body.value(QStringLiteral("token")).toString();
        // The insider's key, certified as the site's investigator's by the monitor device's administrator.
        const SigningKey planted = SigningKey::generate(QStringLiteral("doctor"));
        const KeyCertificate c = KeyCertificate::make(QStringLiteral("GX01"), admin->signingKey(), opaqueAccountId(QStringLiteral("doctor")),
                                                      planted.publicKey(), QStringLiteral("investigator"), QDateTime::currentDateTimeUtc());
        const ServiceResponse keys = a.service->handle({"POST", QStringLiteral("/v1/keys"), {}, "Bearer " + token.toLatin1(), {},
                                                        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{}},
                                                                                  {QStringLiteral("certificates"), QJsonArray{c.toJson()}}})
                                                            .toJson(QJsonDocument::Compact)});
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.body.value(QStringLiteral("certified")).toInt(), 1);   // taken, as the monitor device's own
        const QString grade = signedAssessment(a.site);
        QVERIFY(!grade.isEmpty());
        forgeGrade(a.site, grade, planted);
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a key certified by a monitor's device signed a site's grade");
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(grade) && refused.error.contains(QStringLiteral("does not hold")), qPrintable(refused.error));
        // The planted key stays the monitor's device's, in its own key space.
        QCOMPARE(a.store->backend().query(QStringLiteral("SELECT site FROM account_keys WHERE public_key = ?"), {planted.publicKeyHex()})
                     ->value(0).value(0).toString(),
                 QStringLiteral("monitor:GX01"));
    }

    // The same insider, after the randomization reached the central site, changes its arm
    // through the write path (no new signature): before, a conflict at the central site, no
    // alarm, and the device went on showing the changed arm.
    // Or the investigator signs the other arm again in his own name, both parts with his own key:
    // a signature that holds, over a record that must not change.
    void aRandomizationChangedAfterItWasSentIsRefused_data()
    {
        QTest::addColumn<bool>("signedAgain");
        QTest::newRow("unsigned") << false;
        QTest::newRow("signed again by the investigator") << true;
    }

    void aRandomizationChangedAfterItWasSentIsRefused()
    {
        QFETCH(bool, signedAgain);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QString id = randomized(a.site);
        QVERIFY(!id.isEmpty());
        QVERIFY(a.sync().ok);
        {
            auto who = a.site.signIn(signedAgain ? QStringLiteral("doctor") : QStringLiteral("coord"));
            QVariantMap fields{{QStringLiteral("arm"), QStringLiteral("control")}};
            if (signedAgain) {
                fields.insert(QStringLiteral("signed_by"), QStringLiteral("doctor"));
                QVariantMap row = RecordStore::read(*who, Randomizations::table(), id).value();
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    row.insert(it.key(), it.value());
                fields.insert(QStringLiteral("signature"), RecordSignature::sign(*who, Randomizations::table(), id, row));
            }
            Transaction tx(who->db());
            QVERIFY(RecordStore::update(*who, {&Randomizations::table(), id, fields, QStringLiteral("the other arm")}).ok());
            QVERIFY(tx.commit().ok());
        }
        const SyncReport refused = a.sync();
        QVERIFY(!refused.ok);
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(id) && refused.error.contains(QStringLiteral("arm")), qPrintable(refused.error));
        QCOMPARE(fromCanonicalJson(centralValue(*a.store, QStringLiteral("randomizations"), id, QStringLiteral("arm"))).toString(),
                 QStringLiteral("experimental"));
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);
        if (signedAgain)   // the signature holds over the record as it now stands, but not the trail
            QVERIFY2(signatureProblem(a.site).contains(QStringLiteral("no longer what the audit trail recorded")),
                     qPrintable(signatureProblem(a.site)));
    }

    // On the device: `audit verify` finds a randomization signed as it was made (its trail says
    // so) whose signature and signer were cleared, whose signer was renamed, whose signature was
    // cleared and time moved back, or whose arm was changed. Before, the first three passed: a
    // record without a signer was not looked at, and one without a signature signed before
    // signing began (by its own time) was taken as from before.
    void anAlteredRandomizationFailsAuditVerify_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("signature and signer cleared") << "UPDATE randomizations SET signature = NULL, signed_by = NULL WHERE id = ?";
        QTest::newRow("signer renamed") << "UPDATE randomizations SET signed_by = 'someone' WHERE id = ?";
        QTest::newRow("signature cleared, time moved back")
            << "UPDATE randomizations SET signature = NULL, signed_utc = '2001-01-01T00:00:00.000Z' WHERE id = ?";
        QTest::newRow("arm changed") << "UPDATE randomizations SET arm = 'control' WHERE id = ?";
        QTest::newRow("marked deleted") << "UPDATE randomizations SET deleted = 1 WHERE id = ?";
        QTest::newRow("removed") << "DELETE FROM randomizations WHERE id = ?";
    }

    void anAlteredRandomizationFailsAuditVerify()
    {
        QFETCH(QString, edit);
        test::TestSite site;
        const QString id = randomized(site);
        QVERIFY(!id.isEmpty());
        QCOMPARE(signatureProblem(site), QString());
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            auto st = db->prepare(edit);
            st->bind(1, id);
            QVERIFY(st->run().ok());
        }
        const QString problem = signatureProblem(site);
        QVERIFY2(problem.contains(id), qPrintable(problem));
    }

    // What a device says it signs stays noted when its head has not moved since the last anchor
    // (an automatic sync with nothing new): the transaction was rolled back on that answer.
    void whatADeviceSignsIsNotedOnARepeatedHead()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        QVERIFY(a.store->backend().exec(QStringLiteral("DELETE FROM randomization_signers")).ok());
        const ServiceResponse asked = a.service->handle({"GET", QStringLiteral("/v1/anchor"), {}, "Bearer " + a.token.toLatin1(), {}, {}});
        const QJsonObject anchored = asked.body.value(QStringLiteral("anchored")).toObject();
        QVERIFY(!anchored.isEmpty());
        const QJsonObject body{{QStringLiteral("head"), anchored}, {QStringLiteral("anchored"), anchored},
                               {QStringLiteral("signs"), QLatin1String(RecordSignature::kSignsCentral)},
                               {QLatin1String(RecordSignature::kSignsRandomizations), true}};
        const ServiceResponse again = a.service->handle({"POST", QStringLiteral("/v1/anchor"), {}, "Bearer " + a.token.toLatin1(), {},
                                                         QJsonDocument(body).toJson(QJsonDocument::Compact)});
        QCOMPARE(again.status, 200);
        QCOMPARE(a.store->backend().query(QStringLiteral("SELECT count(*) FROM randomization_signers"))->first().at(0).toInt(), 1);
    }

    // A randomization made before randomizations were signed (migration 21) and not yet sent
    // when the program was upgraded: `audit verify` takes it as from before, the device says it
    // does not yet sign its randomizations (the anchor comes before the push), and the central
    // site takes it; once it is sent, the device says it does, and a randomization without a
    // signature is refused from then on. Before, such a device would have been refused for good.
    void aRandomizationFromBeforeSignaturesStillSyncs()
    {
        Anchored a;
        a.work();
        // As the program before made it: signer, time and meaning, no signature (its trail
        // recorded none); the signer's fields are written in beside it here.
        QString id;
        {
            auto coord = a.site.signIn(QStringLiteral("coord"));
            const auto patient = test::addEnrolledPatient(*coord, QStringLiteral("Sun Li"));
            QVERIFY(patient.ok());
            Transaction tx(coord->db());
            auto made = RecordStore::create(*coord, {&Randomizations::table(), {},
                                                     {{QStringLiteral("patient_id"), patient.value()}, {QStringLiteral("stratum"), coord->site()},
                                                      {QStringLiteral("sequence"), 1}, {QStringLiteral("arm"), QStringLiteral("experimental")},
                                                      {QStringLiteral("source"), QStringLiteral("online")},
                                                      {QStringLiteral("allocated_utc"), isoUtc(coord->now())}},
                                                     {}});
            QVERIFY(made.ok());
            QVERIFY(tx.commit().ok());
            id = made->id;
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const QString table = QStringLiteral("randomizations");
            editPending(*db, table, id, QStringLiteral("signed_by"), QStringLiteral("coord"), true);
            editPending(*db, table, id, QStringLiteral("signed_utc"), isoUtc(coord->now()), true);
            editPending(*db, table, id, QStringLiteral("signature_meaning"), Randomizations::signatureMeaning(), true);
        }
        QCOMPARE(signatureProblem(a.site), QString());
        const auto says = [&] {
            auto s = a.site.signIn(QStringLiteral("coord"));
            return AuditAnchoring::request(*s, {})->value(QLatin1String(RecordSignature::kSignsRandomizations)).toBool();
        };
        QCOMPARE(says(), false);
        const SyncReport first = a.sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(fromCanonicalJson(centralValue(*a.store, QStringLiteral("randomizations"), id, QStringLiteral("arm"))).toString(),
                 QStringLiteral("experimental"));
        // Sent: the next sync's anchor (before its push) says the device signs its randomizations.
        const auto signers = [&] {
            return a.store->backend().query(QStringLiteral("SELECT count(*) FROM randomization_signers"))->first().at(0).toInt();
        };
        QCOMPARE(signers(), 0);
        QCOMPARE(says(), true);
        QVERIFY(a.sync().ok);
        QCOMPARE(signers(), 1);
        // From now on, one sent without a signature is refused; stripping it does not make the
        // device say it does not sign them (its trail recorded the signature).
        const QString next = randomized(a.site);
        QVERIFY(!next.isEmpty());
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            editPending(*db, QStringLiteral("randomizations"), next, QStringLiteral("signature"), QJsonValue());
        }
        QCOMPARE(says(), true);
        const SyncReport refused = a.sync();
        QVERIFY(!refused.ok);
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(next), qPrintable(refused.error));
    }

    // A source verification mark made before migration 24 (no signer, no signature: its trail
    // recorded none) and still waiting to be sent: the device does not say it signs them, and
    // the central site takes it; once it is sent the device says so, and a mark without its
    // signature is refused from then on.
    void aSourceVerificationFromBeforeSignaturesStillSyncs()
    {
        Anchored a;
        a.work();
        auto monitor = a.site.signIn(QStringLiteral("monitor"));
        const QString patient = firstId(monitor->db(), QStringLiteral("SELECT id FROM patients"));
        QString id;
        {
            Transaction tx(monitor->db());
            auto made = RecordStore::create(*monitor, {&SourceVerification::table(), {},
                                                       {{QStringLiteral("patient_id"), patient}, {QStringLiteral("target_table"), QStringLiteral("patients")},
                                                        {QStringLiteral("target_id"), patient}, {QStringLiteral("fingerprint"), QString(64, QLatin1Char('a'))},
                                                        {QStringLiteral("verified_by"), QStringLiteral("monitor")},
                                                        {QStringLiteral("verified_utc"), isoUtc(monitor->now())},
                                                        {QStringLiteral("signature_meaning"), SourceVerification::signatureMeaning()}},
                                                       {}});
            QVERIFY(made.ok());
            QVERIFY(tx.commit().ok());
            id = made->id;
        }
        QCOMPARE(signatureProblem(a.site), QString());
        const auto says = [&] { return AuditAnchoring::request(*monitor, {})->value(QLatin1String(RecordSignature::kSignsMonitoring)).toBool(); };
        const auto signers = [&] {
            return a.store->backend().query(QStringLiteral("SELECT count(*) FROM monitoring_signers"))->first().at(0).toInt();
        };
        QCOMPARE(says(), false);
        const SyncReport first = a.sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!centralValue(*a.store, QStringLiteral("sdv_marks"), id, QStringLiteral("fingerprint")).isEmpty());
        QCOMPARE(signers(), 0);
        QCOMPARE(says(), true);
        QVERIFY(a.sync().ok);
        QCOMPARE(signers(), 1);
        // From now on, one sent without its signature is refused, and stripping it does not make
        // the device say it does not sign them (its trail recorded the signature).
        QVERIFY(SourceVerification::mark(*monitor, QStringLiteral("patients"), patient, test::kPassword).ok());
        const QString next = firstId(monitor->db(), QStringLiteral("SELECT id FROM sdv_marks WHERE signature IS NOT NULL"));
        QVERIFY(!next.isEmpty());
        alterSignedAsMade(a.site, SourceVerification::table(), next, QStringLiteral("unsign"), {}, {}, {}, {});
        QCOMPARE(says(), true);
        const SyncReport refused = a.sync();
        QVERIFY(!refused.ok);
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(next) && refused.error.contains(QStringLiteral("without the signature of its author")),
                 qPrintable(refused.error));
    }

    // Anchoring: every sync anchors the head; a history rewritten (edited and re-hashed)
    // before the anchored row is refused at the next sync and raises an alarm, the device's
    // new data stays in its outbox, and `mucotrack-central integrity` names the device.
    void aRewrittenHistoryIsRefusedAtTheNextSync()
    {
        Anchored a;
        a.work();
        SyncReport first = a.sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        a.work();
        QVERIFY(a.sync().ok);   // the anchor moves on with honest work
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const qint64 seq = seqOf(*db, QStringLiteral("table_name = 'patients' AND field = 'birth_date'"));
            auto edit = db->prepare(QStringLiteral("UPDATE audit SET new_value = '1958-07-15' WHERE seq = ?"));
            edit->bind(1, seq);
            QVERIFY(edit->run().ok());
            rechain(*db, seq);
        }
        a.work();
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a rewritten history synced");
        QVERIFY(refused.integrity);
        QCOMPARE(refused.pushed, 0);
        QVERIFY(refused.pending > 0);
        auto alarms = AuditAnchors(a.store->backend(), a.store->clock()).alarms();
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->first().deviceId, a.deviceId);
        QCOMPARE(alarms->first().site, QStringLiteral("GX01"));
        QVERIFY2(alarms->first().detail.contains(QStringLiteral("rewritten")), qPrintable(alarms->first().detail));
        QVERIFY(a.sync().integrity);   // and at every sync after, until someone looks

        // The operator's view, from the real program.
        const QString central = qEnvironmentVariable("MUCOTRACK_CENTRAL");
        QVERIFY2(!central.isEmpty(), "MUCOTRACK_CENTRAL is not set");
        QProcess p;
        p.start(central, {QStringLiteral("integrity"), QStringLiteral("--data"), a.dir.path(), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray list = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("alarms")).toArray();
        QCOMPARE(list.size(), 1);   // one alarm, however often the device tries again (it read 2 here)
        const QJsonObject alarm = list.first().toObject();
        QCOMPARE(alarm.value(QStringLiteral("device")).toString(), a.deviceId);
        QCOMPARE(alarm.value(QStringLiteral("site")).toString(), QStringLiteral("GX01"));
        QVERIFY(!alarm.value(QStringLiteral("seen_utc")).toString().isEmpty());
        QVERIFY(!alarm.value(QStringLiteral("detail")).toString().isEmpty());
    }

    // The anchored head is the syncing user's word for the chain, signed with her key. Anyone
    // holding the device's token could post a head of his own under her name; the central site
    // kept its signature unread, and anchored it: the device's next honest sync was then refused
    // as a rewritten history. Now a head that does not hold under the key it names is refused
    // with an alarm of its own kind, and the anchor stays where it was.
    void aForgedHeadIsRefusedAndLeavesTheAnchor()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QJsonObject before = a.anchor();
        a.work();
        const SigningKey mallory = SigningKey::generate(QStringLiteral("mallory"));
        const QString doctor = opaqueAccountId(QStringLiteral("doctor"));
        const QString doctorsKey = a.registeredKeyOf(QStringLiteral("doctor"));
        QVERIFY(!doctorsKey.isEmpty());
        // Under the doctor's name and key, signed by another.
        ServiceResponse forged = a.postHead(&mallory, doctor, doctorsKey);
        QCOMPARE(forged.status, 409);
        QVERIFY2(forged.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("not signed by the key it names")),
                 qPrintable(forged.body.value(QStringLiteral("error")).toString()));
        // Under the doctor's name, naming the nurse's key (signed by the nurse's own key or not).
        forged = a.postHead(&mallory, doctor, a.registeredKeyOf(QStringLiteral("nurse")));
        QCOMPARE(forged.status, 409);
        // Unsigned.
        QCOMPARE(a.postHead(nullptr).status, 409);
        QCOMPARE(a.anchor(), before);
        // One alarm for the operator, of its own kind: acknowledging it gives up no anchor.
        auto alarms = AuditAnchors(a.store->backend(), a.store->clock()).alarms();
        QCOMPARE(alarms->size(), 1);
        QVERIFY2(alarms->first().detail.contains(QStringLiteral("not signed by the key it names")), qPrintable(alarms->first().detail));
        // The device itself syncs on, its anchor moving with its honest head.
        const SyncReport honest = a.sync();
        QVERIFY2(honest.ok, qPrintable(honest.error));
        const QJsonObject moved = a.anchor();
        QVERIFY(moved != before);
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).acknowledge(a.deviceId, QStringLiteral("a stolen token, revoked"),
                                                                                 QStringLiteral("operator")).value(), 1);
        QCOMPARE(a.anchor(), moved);   // an alarm about a forged head gives up no anchor
        QVERIFY(a.sync().ok);
    }

    // A token holder posts heads under a key of his own making, which the central site cannot
    // tell from a key the device has not sent yet: none is anchored nor compared. Before, he
    // could go on for ever unremarked; at the fifth in a row the operator is told, once, the
    // anchor stays where it was, and the device's own sync proves its head and counts anew.
    void headsUnderAKeyNeverHeldRaiseAnAlarm()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QJsonObject before = a.anchor();
        a.work();
        const SigningKey mallory = SigningKey::generate(QStringLiteral("mallory"));
        const QString doctor = opaqueAccountId(QStringLiteral("doctor"));
        const auto alarms = [&] { return AuditAnchors(a.store->backend(), a.store->clock()).alarms().value(); };
        for (qint64 i = 1; i <= AuditAnchors::kUnprovenHeadsAlarm + 1; ++i) {
            const ServiceResponse r = a.postHead(&mallory, doctor, mallory.publicKeyHex());
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.value(QStringLiteral("unproven")).toBool());
            QCOMPARE(alarms().size(), i < AuditAnchors::kUnprovenHeadsAlarm ? 0 : 1);
        }
        QVERIFY2(alarms().first().detail.contains(QStringLiteral("keys the central site does not hold")), qPrintable(alarms().first().detail));
        QCOMPARE(a.anchor(), before);
        const SyncReport honest = a.sync();
        QVERIFY2(honest.ok, qPrintable(honest.error));
        QVERIFY(a.anchor() != before);
        QCOMPARE(a.store->backend().query(QStringLiteral("SELECT count(*) FROM unproven_heads"))->first().at(0).toInt(), 0);
    }

    // A head under a key the doctor's password reset withdrew (the central site learns of it
    // with the reset's certificate) proves nothing any more: refused, as her records signed
    // with it after the reset are.
    void aHeadUnderAWithdrawnKeyIsRefused()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        auto before = a.site.signIn(QStringLiteral("doctor"));   // holds the key the reset replaces
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("doctor"), kFreshPassword, KdfCost::fast()).ok());
        }
        QVERIFY(a.sync(QStringLiteral("coord")).ok);   // the reset's certificates reach the central site
        const QJsonObject anchored = a.anchor();
        a.work();
        const ServiceResponse r = a.postHead(&before->signingKey(), opaqueAccountId(QStringLiteral("doctor")), before->signingKey().publicKeyHex());
        QCOMPARE(r.status, 409);
        QVERIFY2(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("withdrawn")),
                 qPrintable(r.body.value(QStringLiteral("error")).toString()));
        QCOMPARE(a.anchor(), anchored);
    }

    // The head is judged before what it says of the chain. A token holder who says the chain
    // no longer holds the anchored row raised the alarm of a rewritten history (the device
    // refused until the operator gave its anchor up): unsigned, it is now a forged head's
    // alarm, which leaves the anchor; under a key the site does not hold, nothing at all.
    void aTokenHoldersHeadIsJudgedBeforeWhatItSaysOfTheChain()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QJsonObject before = a.anchor();
        a.work();
        const QString wrong(64, QLatin1Char('0'));
        const SigningKey made = SigningKey::generate(QStringLiteral("doctor"));
        const ServiceResponse unproven = a.postHead(&made, opaqueAccountId(QStringLiteral("doctor")), made.publicKeyHex(), wrong);
        QCOMPARE(unproven.status, 200);
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
        QCOMPARE(a.postHead(nullptr, {}, {}, wrong).status, 409);
        auto alarms = AuditAnchors(a.store->backend(), a.store->clock()).alarms();
        QCOMPARE(alarms->size(), 1);
        QVERIFY2(alarms->first().detail.contains(QStringLiteral("unsigned")), qPrintable(alarms->first().detail));
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).acknowledge(a.deviceId, QStringLiteral("a stolen token, revoked"),
                                                                                 QStringLiteral("operator")).value(), 1);
        QCOMPARE(a.anchor(), before);
        QVERIFY(a.sync().ok);   // the device's own history is still checked against it
    }

    // A head signed by a key the central site does not hold yet (made up, or honest: a password
    // reset since the last sync, whose key comes after the anchor) proves nothing: it is not
    // anchored, and the device anchors again once its keys are sent. An honest reset anchors
    // within the same sync and raises no alarm.
    void aHeadUnderAKeyNotYetHeldIsAnchoredOnlyOnceProven()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const QJsonObject before = a.anchor();
        a.work();
        const SigningKey unknown = SigningKey::generate(QStringLiteral("doctor"));
        const ServiceResponse unproven = a.postHead(&unknown, opaqueAccountId(QStringLiteral("doctor")), unknown.publicKeyHex());
        QCOMPARE(unproven.status, 200);
        QVERIFY(unproven.body.value(QStringLiteral("unproven")).toBool());
        QCOMPARE(a.anchor(), before);

        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("doctor"), kFreshPassword, KdfCost::fast()).ok());
        }
        // The doctor syncs under her new key, which the central site learns after the anchor.
        auto doctor = a.site.signIn(QStringLiteral("doctor"), kFreshPassword);
        QVERIFY(doctor);
        SyncClient::Options o;
        o.baseBackoffMs = 1;
        SyncClient client(*doctor, *a.transport, o);
        const SyncReport r = client.runBlocking();
        QVERIFY2(r.ok, qPrintable(r.error));
        const AuditHead signedHead = AuditChain::head(doctor->db()).value();
        const QJsonObject anchored = a.anchor().value(QStringLiteral("anchored")).toObject();
        QVERIFY(anchored != before.value(QStringLiteral("anchored")).toObject());   // anchored again, once proven
        QVERIFY(anchored.value(QStringLiteral("seq")).toInteger() > before.value(QStringLiteral("anchored")).toObject().value(QStringLiteral("seq")).toInteger());
        QVERIFY(anchored.value(QStringLiteral("seq")).toInteger() <= signedHead.seq);
        QCOMPARE(AuditChain::hashAt(doctor->db(), anchored.value(QStringLiteral("seq")).toInteger()).value(), anchored.value(QStringLiteral("hash")).toString());
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
    }

    // The tail cut off below the anchored row (or an older copy of the database put back).
    void aTruncatedHistoryIsRefused()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const qint64 last = db->scalarInt(QStringLiteral("SELECT max(seq) FROM audit")).value();
            QVERIFY(db->exec(QStringLiteral("DELETE FROM audit WHERE seq > %1").arg(last - 6)).ok());
            rechain(*db, last - 6);
        }
        const SyncReport r = a.sync(QStringLiteral("admin"));
        QVERIFY(!r.ok);
        QVERIFY(r.integrity);
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);
    }
    // The operator's way out of an alarm (a site put back an older copy of its database, say):
    // after looking at the device, `integrity acknowledge` with a reason. Refused without one,
    // or for a device with no open alarm; then the alarm is kept, marked acknowledged, the
    // device's next sync anchors its trail as it now stands and pushes what it held back, and
    // a later rewrite is caught again. The central audit trail names the anchor given up.
    void theOperatorAcknowledgesAndTheDeviceAnchorsAfresh()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const auto truncate = [&] {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const qint64 last = db->scalarInt(QStringLiteral("SELECT max(seq) FROM audit")).value();
            if (!db->exec(QStringLiteral("DELETE FROM audit WHERE seq > %1").arg(last - 6)).ok())
                return false;
            rechain(*db, last - 6);
            return true;
        };
        QVERIFY(truncate());
        a.work();
        QVERIFY(a.sync().integrity);
        const QString central = qEnvironmentVariable("MUCOTRACK_CENTRAL");
        QVERIFY2(!central.isEmpty(), "MUCOTRACK_CENTRAL is not set");
        struct Run {
            int exit = -1;
            QByteArray out, err;
        };
        const auto run = [&](QStringList args) {
            args << QStringLiteral("--data") << a.dir.path();
            QProcess p;
            p.start(central, args);
            Run r;
            if (p.waitForFinished(30000))
                r = {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
            return r;
        };
        const QString reason = QStringLiteral("Site restored its database from the backup of the day before after a disk failure");
        Run r = run({QStringLiteral("integrity"), QStringLiteral("acknowledge"), QStringLiteral("--device"), a.deviceId});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains("--reason"), r.err.constData());
        // "acknowledge" forgotten: refused, not a listing that looks like it was done.
        r = run({QStringLiteral("integrity"), QStringLiteral("--device"), a.deviceId, QStringLiteral("--reason"), QStringLiteral("checked")});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains("integrity acknowledge"), r.err.constData());
        r = run({QStringLiteral("integrity"), QStringLiteral("acknowledge"), QStringLiteral("--device"), QStringLiteral("no-such-device"),
                 QStringLiteral("--reason"), reason});
        QCOMPARE(r.exit, 4);
        QVERIFY2(r.err.contains("--device") && r.err.contains("no-such-device"), r.err.constData());
        QVERIFY(a.sync().integrity);   // nothing changed
        // One alarm however often the device tries (it was one per refused sync).
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);

        r = run({QStringLiteral("integrity"), QStringLiteral("acknowledge"), QStringLiteral("--device"), a.deviceId,
                 QStringLiteral("--reason"), reason, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("acknowledged")).toInt(), 1);
        r = run({QStringLiteral("integrity"), QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alarms")).toArray().isEmpty());
        r = run({QStringLiteral("integrity"), QStringLiteral("--all"), QStringLiteral("--json")});
        const QJsonArray kept = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alarms")).toArray();
        QCOMPARE(kept.size(), 1);
        const QJsonObject ack = kept.first().toObject().value(QStringLiteral("acknowledged")).toObject();
        QCOMPARE(ack.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(ack.value(QStringLiteral("by")).toString().startsWith(QStringLiteral("operator:")));
        // Acknowledged once: a second time finds nothing open.
        r = run({QStringLiteral("integrity"), QStringLiteral("acknowledge"), QStringLiteral("--device"), a.deviceId,
                 QStringLiteral("--reason"), reason});
        QCOMPARE(r.exit, 4);

        const SyncReport after = a.sync();
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY(after.pushed > 0);
        QCOMPARE(after.pending, 0);
        a.work();
        QVERIFY(a.sync().ok);
        QVERIFY(truncate());
        QVERIFY(a.sync().integrity);   // anchored afresh, and checked against it
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);

        auto trail = CentralAuditTrail(a.store->backend(), a.store->clock()).entries();
        QVERIFY(trail.ok());
        const CentralAuditEntry *acknowledged = nullptr;
        for (const CentralAuditEntry &e : trail.value())
            if (e.event == QLatin1String(CentralAuditTrail::kIntegrityAcknowledged))
                acknowledged = &e;
        QVERIFY(acknowledged);
        QCOMPARE(acknowledged->deviceId, a.deviceId);
        QVERIFY(acknowledged->actor.startsWith(QStringLiteral("operator:")));
        // The reason's hash, not its text: the trail's rows stay for good.
        QCOMPARE(acknowledged->detail.value(QStringLiteral("reason_sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(reason.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(!QJsonDocument(acknowledged->detail).toJson().contains(reason.toUtf8()));
        QVERIFY(acknowledged->detail.value(QStringLiteral("anchor_given_up")).toObject().value(QStringLiteral("seq")).toInteger() > 0);
        QVERIFY(CentralAuditTrail(a.store->backend(), a.store->clock()).verify()->intact);
    }

    // Honest devices raise no alarm: an anchor whose answer was lost is asked for again.
    void aLostAnswerRaisesNoAlarm()
    {
        Anchored a;
        a.work();
        int dropped = 0;
        a.transport->dropResponse = [&dropped](const QString &path) {
            return path.endsWith(QLatin1String("anchor")) && dropped++ < 3;
        };
        const SyncReport r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        a.transport->dropResponse = {};
        a.work();
        QVERIFY(a.sync().ok);
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
    }
    // Signatures checked at the central site: the device sends its accounts' keys (from its
    // verified trail) and each signed record carries a second signature over what the central
    // site holds. Honest work syncs, and only that part leaves the site.
    void aSignedRecordIsCheckedAtTheCentralSite()
    {
        Anchored a;
        // No request names a user, nor holds the site's part of a signature (the head's signer
        // went by name before): watched from the first sync, which sends the keys.
        QStringList paths, leaks;
        QString sitePart;
        a.transport->observe = [&](const QString &path, const QJsonObject &body) {
            paths.append(path);
            // Role ids ("monitor") are no names: a key certificate states its account's role.
            static const QRegularExpression role(QStringLiteral("\"role\":\"[a-z]+\""));
            const QString text = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)).remove(role);
            for (const QString &user : {QStringLiteral("doctor"), QStringLiteral("coord"), QStringLiteral("admin"), QStringLiteral("monitor")})
                if (text.contains(QLatin1Char('"') + user + QLatin1Char('"')) || text.contains(QLatin1Char('"') + user + QLatin1Char(' ')))
                    leaks.append(path + QLatin1Char(' ') + user);
            if (!sitePart.isEmpty() && text.contains(sitePart))
                leaks.append(path + QStringLiteral(" the site's signature"));
        };
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        {
            auto s = a.site.signIn(QStringLiteral("admin"));
            sitePart = RecordSignature::sitePart(RecordStore::read(*s, Assessments::table(), id)->value(QStringLiteral("signature")).toString());
            QCOMPARE(sitePart.size(), 128);
        }
        const SyncReport r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(paths.contains(QStringLiteral("/v1/keys")));
        const QString held = fromCanonicalJson(centralSignature(*a.store, id)).toString();
        QVERIFY2(held.startsWith(QLatin1String("central:")), qPrintable(held));
        QVERIFY2(!held.contains(QLatin1Char(' ')), "the site's part of the signature left the site");
        // What the device holds: both parts, the site's first.
        auto s = a.site.signIn(QStringLiteral("admin"));
        const QString local = RecordStore::read(*s, Assessments::table(), id)->value(QStringLiteral("signature")).toString();
        QCOMPARE(local, sitePart + QLatin1Char(' ') + held);
        // The keys the central site holds are by opaque id, one per account of the site.
        auto keys = a.store->backend().query(QStringLiteral("SELECT account FROM account_keys WHERE site = 'GX01'"));
        QVERIFY(keys.ok());
        QVERIFY(keys->size() >= 4);
        for (const QVariantList &k : keys.value())
            QVERIFY2(Minimisation::isOpaqueAccountId(k.at(0).toString()), qPrintable(k.at(0).toString()));
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
        // Nothing new registered: no keys sent again.
        paths.clear();
        a.work();
        QVERIFY(a.sync().ok);
        QVERIFY(paths.contains(QStringLiteral("/v1/anchor")));
        QVERIFY(!paths.contains(QStringLiteral("/v1/keys")));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }

    // Honest: two devices of the site edit one draft grade, and the doctor signs it on the one
    // whose value lost (a conflict it has not resolved). Before, the central site held the other
    // value beside the signature, refused the push (exit 7, an integrity alarm) and the signing
    // device sent nothing more. Now what was signed is taken (the change carries it, and the
    // signature holds over it); the other value is a conflict both devices show; the other
    // device shows the record as it was signed; and a conflict on a signed record is resolved
    // only by the value the record holds, on either device.
    void twoDevicesEditingOneDraftDoNotBlockTheSigner()
    {
        Anchored a;
        Anchored b(&a);
        auto coord = a.site.signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), {}, {}, QStringLiteral("1966-01-20"),
                                                       QStringLiteral("male")})->id;
        auto doctor = a.site.signIn(QStringLiteral("doctor"));
        Exam f;
        f.sorenessReported = f.erythemaSeen = true;
        f.diet = DietTolerated::NormalSolid;
        f.pain = Severity::Mild;
        auto draft = Assessments::record(*doctor, patient, QDate(2026, 11, 20), f, {{1}, {1}});
        QVERIFY(draft.ok());
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        const auto setGrade = [&](const test::TestSite &site, int grade) {
            auto s = site.signIn(QStringLiteral("doctor"));
            Transaction tx(s->db());
            return RecordStore::update(*s, {&Assessments::table(), draft->id, {{QStringLiteral("who_grade"), grade}}, QStringLiteral("re-examined")}).ok()
                   && tx.commit().ok();
        };
        const auto gradeOn = [&](Session &s) { return RecordStore::read(s, Assessments::table(), draft->id)->value(QStringLiteral("who_grade")).toInt(); };
        const auto resolving = [](Session &s, bool keepDevice) {
            const QList<SyncConflict> open = SyncEngine::conflicts(s).value();
            return open.size() == 1 ? SyncEngine::resolve(s, open.first().id, keepDevice, QStringLiteral("checked"))
                                    : Status(Error::invalid(QStringLiteral("test"), QStringLiteral("%1 conflicts open").arg(open.size())));
        };
        QVERIFY(setGrade(b.site, 0));
        QVERIFY(b.sync().ok);
        QVERIFY(setGrade(a.site, 2));
        QCOMPARE(a.sync().conflicts, 1);   // central 0, this device's 2 (kept here)
        QVERIFY(Assessments::sign(*doctor, draft->id, test::kPassword).ok());
        // Signed over 2: taking the central 0 would put a value the signature does not cover
        // into the record; keeping the 2 it holds is what it signed.
        const Status took = resolving(*doctor, false);
        QVERIFY(!took.ok());
        QCOMPARE(took.error().field, QStringLiteral("conflict"));
        QVERIFY(resolving(*doctor, true).ok());
        const SyncReport signedSync = a.sync();
        QVERIFY2(signedSync.ok, qPrintable(signedSync.error));
        auto held = a.store->backend().query(QStringLiteral("SELECT value FROM records WHERE record_id = ? AND field = 'who_grade'"), {draft->id});
        QCOMPARE(fromCanonicalJson(held->first().at(0).toString()).toInt(), 2);
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());

        const SyncReport pulled = b.sync();
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        auto onB = b.site.signIn(QStringLiteral("doctor"));
        const QList<SyncConflict> open = SyncEngine::conflicts(*onB).value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("who_grade"));
        QCOMPARE(open.first().centralValue.toInt(), 2);
        QCOMPARE(open.first().deviceValue.toInt(), 0);
        // Shown as signed, with what was signed (not its own 0 beside the doctor's signature).
        QCOMPARE(RecordStore::read(*onB, Assessments::table(), draft->id)->value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        QCOMPARE(gradeOn(*onB), 2);
        const Status kept = resolving(*onB, true);
        QVERIFY(!kept.ok());
        QCOMPARE(kept.error().field, QStringLiteral("conflict"));
        QVERIFY(resolving(*onB, false).ok());
        QCOMPARE(gradeOn(*onB), 2);
        QVERIFY(b.sync().ok);
        QVERIFY(a.sync().ok);
        QCOMPARE(SyncEngine::status(*doctor)->conflicts, 0);
        QCOMPARE(SyncEngine::status(*onB)->conflicts, 0);
        QCOMPARE(gradeOn(*doctor), 2);
    }

    // The insider lowers a signed grade (the primary endpoint) before it is synced, in the
    // record and in the outbox (the doctor's signatures left as they were). After the device's
    // keys reached the central site, the central site finds the signature does not hold,
    // refuses and alarms once; before, the device itself finds it when it checks its signed
    // records to send its first keys, and sends nothing.
    void aSignedGradeEditedBeforeSyncIsRefused_data()
    {
        QTest::addColumn<bool>("afterKeys");
        QTest::newRow("by the central site") << true;
        QTest::newRow("by the device, before its first keys") << false;
    }

    void aSignedGradeEditedBeforeSyncIsRefused()
    {
        QFETCH(bool, afterKeys);
        Anchored a;
        if (afterKeys) {
            a.work();
            QVERIFY(a.sync().ok);
        }
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("who_grade"), 0);
        }
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "an edited signed grade reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY(centralSignature(*a.store, id).isEmpty());
        QVERIFY(refused.pending > 0);
        QVERIFY(a.sync().integrity);
        auto alarms = AuditAnchors(a.store->backend(), a.store->clock()).alarms();
        if (!afterKeys) {
            QVERIFY2(refused.error.contains(QStringLiteral("audit verify")), qPrintable(refused.error));
            QVERIFY(alarms->isEmpty());
            // Nothing but the enrolling administrator's key, pinned at enrolment.
            QCOMPARE(a.store->backend().query(QStringLiteral("SELECT count(*) FROM account_keys"))->first().at(0).toInt(), 1);
            return;
        }
        QVERIFY2(refused.error.contains(id), qPrintable(refused.error));
        QCOMPARE(alarms->size(), 1);   // once, however often the device tries
        QCOMPARE(alarms->first().deviceId, a.deviceId);
        QVERIFY2(alarms->first().detail.contains(id), qPrintable(alarms->first().detail));
    }

    // The insider's own key over the edited record, in the signer's name; or the central part
    // taken away from a record signed since the device sends keys.
    void aForgedOrMissingCentralSignatureIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("re-signed with the insider's key") << "forge";
        QTest::newRow("central part removed") << "strip";
        QTest::newRow("signature and signer removed, state kept") << "unsign";
        QTest::newRow("marked draft, signature kept") << "draft";
    }

    void aForgedOrMissingCentralSignatureIsRefused()
    {
        QFETCH(QString, how);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);   // the keys reach the central site
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        if (how == QLatin1String("forge")) {
            forgeGrade(a.site, id, keyOf(a.site, QStringLiteral("monitor")));
        } else {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const QString signature = storedSignature(*db, id);
            if (how == QLatin1String("strip")) {
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signature"), RecordSignature::sitePart(signature));
            } else if (how == QLatin1String("unsign")) {
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signature"), QJsonValue());
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signed_by"), QJsonValue());
            } else {
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("state"), QStringLiteral("draft"));
            }
        }
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a signed grade without the signer's central signature reached the central site");
        QVERIFY(refused.integrity);
        QCOMPARE(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->size(), 1);
    }

    // Records signed before the program signed for the central site have no central part: the
    // device lists them with its first keys (after checking their signatures here), and the
    // central site takes them; a record signed later without one is refused. Gaining nothing:
    // setting the device's bookmark so that its keys (and the list) are never sent (the device
    // said it signs for the central site when it anchored), or clearing a lowered grade's
    // signature and moving its signing time back to before signing keys (only records whose
    // site signature is checked here are listed).
    void aRecordSignedBeforeIsTakenOnlyFromTheFirstList_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("listed with the first keys") << "listed";
        QTest::newRow("bookmark set so that no keys are sent") << "withheld";
        QTest::newRow("signature cleared, signing time moved back") << "cleared";
    }

    void aRecordSignedBeforeIsTakenOnlyFromTheFirstList()
    {
        QFETCH(QString, how);
        Anchored a;
        const auto strip = [&](const QString &id, bool clear) {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const QString signature = storedSignature(*db, id);
            editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signature"),
                        clear ? QJsonValue() : QJsonValue(RecordSignature::sitePart(signature)));
            if (clear) {
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("who_grade"), 0);
                editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signed_utc"), QStringLiteral("2020-01-01T00:00:00.000Z"));
            }
            if (how == QLatin1String("withheld"))
                QVERIFY(db->exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('keys_sent_seq', '999999')")).ok());
        };
        const QString before = signedAssessment(a.site);   // as a program from before signed it
        strip(before, how == QLatin1String("cleared"));
        const SyncReport first = a.sync();
        QCOMPARE(first.ok, how == QLatin1String("listed"));
        if (how == QLatin1String("listed")) {
            auto exempt = a.store->backend().query(QStringLiteral("SELECT record_id FROM signing_exemptions"));
            QCOMPARE(exempt->size(), 1);
            QCOMPARE(exempt->first().at(0).toString(), before);
            QVERIFY(centralSignature(*a.store, before).isEmpty() || fromCanonicalJson(centralSignature(*a.store, before)).isNull());
        } else {
            QVERIFY(first.integrity);
            QVERIFY2(first.error.contains(before), qPrintable(first.error));
            return;
        }
        // A later list is not taken: the bookmark put back sends the keys and a list again.
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('keys_sent_seq', '0')")).ok());
        }
        const QString after = signedAssessment(a.site);
        strip(after, false);
        const SyncReport second = a.sync();
        QVERIFY2(!second.ok, "a record signed since, without a central part, reached the central site");
        QVERIFY(second.integrity);
        QVERIFY2(second.error.contains(after), qPrintable(second.error));
        QCOMPARE(a.store->backend().query(QStringLiteral("SELECT count(*) FROM signing_exemptions"))->first().at(0).toInt(), 1);
    }

    // A record on the list of records signed before is taken as its device signed it. Once the
    // central site holds it signed, the insider lowers its grade and sends the old signature
    // along with it, as if signing again; or first takes the signature away in one change and
    // signs the lowered grade again in the next (the list would vouch for it afresh). Neither
    // is a signature the central site checks: the push is refused and the central grade stays.
    // Its signing time alone may still change (two devices from before signed one draft
    // offline, and a clinician kept one device's time).
    void aRecordSignedBeforeChangesOnlyWithASignatureChecked_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("lowered, sent with the old signature") << "resigned";
        QTest::newRow("signature taken away, then lowered and signed") << "unsigned";
        QTest::newRow("honest: its signing time alone") << "time";
    }

    void aRecordSignedBeforeChangesOnlyWithASignatureChecked()
    {
        QFETCH(QString, how);
        Anchored a;
        const QString id = signedAssessment(a.site);
        QString siteSignature, signedUtc;
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            siteSignature = RecordSignature::sitePart(storedSignature(*db, id));
            editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signature"), siteSignature);
            auto read = db->prepare(QStringLiteral("SELECT signed_utc FROM assessments WHERE id = ?"));
            read->bind(1, id);
            QVERIFY(read->next().value());
            signedUtc = read->text(0);
        }
        QVERIFY(a.sync().ok);
        QCOMPARE(a.store->backend().query(QStringLiteral("SELECT count(*) FROM signing_exemptions"))->first().at(0).toInt(), 1);
        const auto central = [&](const QString &field) {
            auto rows = a.store->backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = 'assessments'"
                                                                " AND record_id = ? AND field = ?"), {id, field});
            return rows->isEmpty() ? QJsonValue() : fromCanonicalJson(rows->first().at(0).toString());
        };
        QCOMPARE(central(QStringLiteral("who_grade")), QJsonValue(1));
        {
            // What the insider writes into the outbox with the database key.
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            const auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
            int version = 8;
            const auto send = [&](const QJsonObject &fields, const QJsonObject &old) {
                auto logged = db->prepare(QStringLiteral("INSERT INTO change_log (id, table_name, record_id, version, base_version, fields,"
                                                         " old_fields, changed_by, changed_utc) VALUES (?, 'assessments', ?, ?, ?, ?, ?, 'doctor', ?)"));
                logged->bind(1, newUuid()).bind(2, id).bind(3, qint64(version + 1)).bind(4, qint64(version)).bind(5, json(fields))
                    .bind(6, json(old)).bind(7, isoUtc(QDateTime::currentDateTimeUtc()));
                ++version;
                return logged->run().ok();
            };
            const QJsonObject signedMarks{{QStringLiteral("state"), QStringLiteral("signed")}, {QStringLiteral("signed_by"), QStringLiteral("doctor")},
                                          {QStringLiteral("signature"), siteSignature}};
            if (how == QLatin1String("resigned")) {
                QVERIFY(send({{QStringLiteral("who_grade"), 0}, {QStringLiteral("signature"), siteSignature}},
                             {{QStringLiteral("who_grade"), 1}, {QStringLiteral("signature"), siteSignature}}));
            } else if (how == QLatin1String("unsigned")) {
                QVERIFY(send({{QStringLiteral("state"), QStringLiteral("draft")}, {QStringLiteral("signed_by"), QJsonValue()},
                              {QStringLiteral("signature"), QJsonValue()}}, signedMarks));
                QJsonObject again = signedMarks;
                again.insert(QStringLiteral("who_grade"), 0);
                QVERIFY(send(again, {{QStringLiteral("state"), QStringLiteral("draft")}, {QStringLiteral("signed_by"), QJsonValue()},
                                     {QStringLiteral("signature"), QJsonValue()}, {QStringLiteral("who_grade"), 1}}));
            } else {
                QVERIFY(send({{QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T10:00:00.000Z")}, {QStringLiteral("signature"), siteSignature}},
                             {{QStringLiteral("signed_utc"), signedUtc}, {QStringLiteral("signature"), siteSignature}}));
            }
        }
        const SyncReport r = a.sync();
        QCOMPARE(central(QStringLiteral("who_grade")), QJsonValue(1));
        QCOMPARE(central(QStringLiteral("state")), QJsonValue(QStringLiteral("signed")));
        if (how == QLatin1String("time")) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(central(QStringLiteral("signed_utc")), QJsonValue(QStringLiteral("2026-11-20T10:00:00.000Z")));
            return;
        }
        QVERIFY2(!r.ok, "a record signed before took a new grade without a signature the central site checks");
        QVERIFY(r.integrity);
        QVERIFY2(r.error.contains(id), qPrintable(r.error));
    }

    // A key written into the trail for the doctor by the insider (with the database key, signed
    // by himself) never reaches the central site: the chain is verified before any key leaves.
    void aKeyForgedIntoTheTrailIsNotSent()
    {
        Anchored a;
        const SigningKey monitorKey = keyOf(a.site, QStringLiteral("monitor"));
        const SigningKey forged = SigningKey::generate(QStringLiteral("doctor"));
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            QVERIFY(AuditChain::registerKey(*db, QStringLiteral("doctor"), forged.publicKey(), QStringLiteral("rotation"),
                                            QDateTime::currentDateTimeUtc(), monitorKey).ok());
        }
        const SyncReport r = a.sync(QStringLiteral("coord"));
        QVERIFY(!r.ok);
        QVERIFY(r.integrity);
        auto held = a.store->backend().query(QStringLiteral("SELECT count(*) FROM account_keys WHERE public_key = ?"),
                                             {QString::fromLatin1(forged.publicKey().toHex())});
        QCOMPARE(held->first().at(0).toInt(), 0);
    }
    // Anyone holding the device's token (every role can read it) registers a key of his own in
    // the doctor's name, then sends the doctor's signed grade lowered and signed with it: with
    // the bare key (taken before certificates), certified by his own key calling itself an
    // administrator, or certified by his real key (the monitor's, not an administrator's).
    void aKeyRegisteredByATokenHolderIsNotTaken_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("bare key") << "bare";
        QTest::newRow("certified by a key calling itself an administrator") << "self";
        QTest::newRow("certified by a key that is not an administrator's") << "monitor";
    }

    void aKeyRegisteredByATokenHolderIsNotTaken()
    {
        QFETCH(QString, how);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);   // the device's certificates reach the central site
        const SigningKey mine = SigningKey::generate(QStringLiteral("doctor"));
        QJsonObject request{{QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("account"), Minimisation::opaqueAccountId(QStringLiteral("doctor"))},
                                                                              {QStringLiteral("public_key"), mine.publicKeyHex()}}}}};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray certificates;
        if (how == QLatin1String("self")) {
            const SigningKey boss = SigningKey::generate(QStringLiteral("boss"));
            certificates.append(KeyCertificate::make(QStringLiteral("GX01"), boss, QStringLiteral("boss"), boss.publicKey(),
                                                     QStringLiteral("administrator"), now).toJson());
            certificates.append(KeyCertificate::make(QStringLiteral("GX01"), boss, QStringLiteral("doctor"), mine.publicKey(),
                                                     QStringLiteral("investigator"), now).toJson());
        } else if (how == QLatin1String("monitor")) {
            certificates.append(KeyCertificate::make(QStringLiteral("GX01"), keyOf(a.site, QStringLiteral("monitor")), QStringLiteral("doctor"),
                                                     mine.publicKey(), QStringLiteral("investigator"), now).toJson());
        }
        request.insert(QStringLiteral("certificates"), certificates);
        const ServiceResponse r = a.postKeys(request);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("unproven")).toInt(), static_cast<int>(certificates.size()));
        QCOMPARE(a.heldKeys(mine), 0);
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        forgeGrade(a.site, id, mine);
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a grade signed with a key the token holder registered reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY(centralSignature(*a.store, id).isEmpty());
    }

    // A key planted under the doctor's id at a central site from before certificates (a bare key
    // sent with the token) retires when the doctor's real key is certified: it signs nothing.
    void aKeyPlantedBeforeCertificatesRetires()
    {
        Anchored a;
        const SigningKey mine = SigningKey::generate(QStringLiteral("doctor"));
        QVERIFY(a.store->backend().exec(QStringLiteral("INSERT INTO account_keys (site, account, public_key, device_id, registered_utc)"
                                                       " VALUES ('GX01', ?, ?, ?, '2026-11-01T00:00:00.000Z')"),
                                        {Minimisation::opaqueAccountId(QStringLiteral("doctor")), mine.publicKeyHex(), a.deviceId}).ok());
        a.work();
        QVERIFY(a.sync().ok);   // the doctor's real key, certified
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        forgeGrade(a.site, id, mine);
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a grade signed with a key planted before certificates reached the central site");
        QVERIFY(refused.integrity);
    }

    // Roles at the central site: the monitor's own key, certified as a monitor's, signs a grade in
    // his own name (a monitor may not sign grades); refused, though the signature is his.
    void aKeyCertifiedForAnotherRoleSignsNothing()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const SigningKey monitorKey = keyOf(a.site, QStringLiteral("monitor"));
        QCOMPARE(a.heldKeys(monitorKey), 1);   // known to the central site, as a monitor's
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        {
            auto db = openWithExtractedKey(a.site, QStringLiteral("monitor"));
            editPending(*db, QStringLiteral("assessments"), id, QStringLiteral("signed_by"), QStringLiteral("monitor"));
        }
        forgeGrade(a.site, id, monitorKey);
        const SyncReport refused = a.sync();
        QVERIFY2(!refused.ok, "a grade signed by a monitor's key reached the central site");
        QVERIFY(refused.integrity);
        QVERIFY2(refused.error.contains(QStringLiteral("role")), qPrintable(refused.error));
    }

    // Staff leave, change jobs and forget passwords while a device is offline. What the doctor
    // signed while she could sign reaches the central site when the device next syncs, after the
    // administrator deactivated, demoted or reset her: the certificate in force at the signing
    // time decides. Before, the latest one did: the whole push was refused, an integrity alarm
    // raised for honest data, and the device could send nothing more.
    void aGradeSignedBeforeTheSignerLeftStillSyncs_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("deactivated") << "deactivate";
        QTest::newRow("demoted to nurse") << "demote";
        QTest::newRow("password reset") << "reset";
    }

    void aGradeSignedBeforeTheSignerLeftStillSyncs()
    {
        QFETCH(QString, change);
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);   // the doctor's key is certified at the central site
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        a.site.clock()->advanceSecs(3600);
        changeDoctor(a.site, change);
        const SyncReport r = a.sync(QStringLiteral("coord"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(fromCanonicalJson(centralSignature(*a.store, id)).toString().startsWith(QLatin1String("central:")));
        QVERIFY(AuditAnchors(a.store->backend(), a.store->clock()).alarms()->isEmpty());
        if (change != QLatin1String("reset"))
            return;
        // Her new key signs from the reset on.
        a.site.clock()->advanceSecs(60);
        auto doctor = a.site.signIn(QStringLiteral("doctor"), kFreshPassword);
        QVERIFY(doctor);
        const QString later = draftGrade(a.site, *doctor);
        QVERIFY(!later.isEmpty());
        QVERIFY(Assessments::sign(*doctor, later, kFreshPassword).ok());
        const SyncReport next = a.sync(QStringLiteral("coord"));
        QVERIFY2(next.ok, qPrintable(next.error));
        QVERIFY(fromCanonicalJson(centralSignature(*a.store, later)).toString().startsWith(QLatin1String("central:")));
    }

    // The other side of it: the doctor's old key, kept by an insider (or by the doctor who
    // left), signs nothing dated after the change. A grade lowered and signed with it at a time
    // after the deactivation, demotion or reset is refused; before this version a reset key
    // signed for ever.
    void aKeySignsNothingAfterItsHolderLeft_data() { aGradeSignedBeforeTheSignerLeftStillSyncs_data(); }

    void aKeySignsNothingAfterItsHolderLeft()
    {
        QFETCH(QString, change);
        // Deactivated or demoted, she held no key that signs; reset, her new key does, and the
        // signature (well made with the old key: forgeGrade checks it) does not hold under it.
        resignedWithTheOldKeyIsRefused(change, std::nullopt,
                                       change == QLatin1String("reset") ? QStringLiteral("does not hold") : QStringLiteral("then held no key"));
    }

    // The signing time chooses the certificate in force: the doctor's old key, after she left,
    // signing at a "time" that is not one (which compared before every certificate, and so
    // fell under her first) is refused, not taken as signed while she still could.
    void aSigningTimeThatIsNoTimeIsRefused_data()
    {
        QTest::addColumn<QString>("signedUtc");
        QTest::newRow("empty") << "";
        QTest::newRow("a year") << "2026";
        QTest::newRow("a space for the T") << "2026-11-20 12:00:00.000Z";
        QTest::newRow("no such day") << "2026-02-30T12:00:00.000Z";
        // Text before the withdrawal (10:00Z), a time after it (14:30Z).
        QTest::newRow("a zone") << "2026-11-20T09:30:00.000-05:00";
    }

    void aSigningTimeThatIsNoTimeIsRefused()
    {
        QFETCH(QString, signedUtc);
        resignedWithTheOldKeyIsRefused(QStringLiteral("deactivate"), signedUtc, QStringLiteral("not a time"));
    }

    // A certificate's time orders it among the key's others (the one in force): only the form
    // every device writes (isoUtc) is taken; another ISO 8601 form of a time compared as text
    // out of its place (a zone, no milliseconds).
    void aCertificateTimeThatIsNoTimeIsRefused_data()
    {
        QTest::addColumn<QString>("certifiedUtc");
        QTest::addColumn<bool>("taken");
        QTest::newRow("as devices write it") << "2026-11-20T12:00:00.000Z" << true;
        QTest::newRow("no milliseconds") << "2026-11-20T12:00:00Z" << false;
        QTest::newRow("a zone") << "2026-11-20T09:30:00.000-05:00" << false;
        QTest::newRow("a date") << "2026-11-20" << false;
        QTest::newRow("empty") << "" << false;
    }

    void aCertificateTimeThatIsNoTimeIsRefused()
    {
        QFETCH(QString, certifiedUtc);
        QFETCH(bool, taken);
        const SigningKey admin = SigningKey::generate(QStringLiteral("admin"));
        const SigningKey doctor = SigningKey::generate(QStringLiteral("doctor"));
        QJsonObject json = KeyCertificate::make(QStringLiteral("GX01"), admin, QStringLiteral("doctor"), doctor.publicKey(),
                                                QStringLiteral("investigator"), QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()))
                               .toJson();
        json.insert(QStringLiteral("certified_utc"), certifiedUtc);
        const auto read = KeyCertificate::fromJson(json, QStringLiteral("certificates[0]"));
        QCOMPARE(read.ok(), taken);
        if (!taken)
            QCOMPARE(read.error().field, QStringLiteral("certificates[0].certified_utc"));
    }

    // A new recovery key withdraws the old one at the central site, which took it as one that
    // certifies keys: the old key's latest certificate there says deactivated.
    void aReplacedRecoveryKeyIsWithdrawn()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        const auto recoveryKeys = [&] {
            QMap<QString, QString> out;   // key -> its latest certificate's role
            auto rows = a.store->backend().query(QStringLiteral("SELECT public_key, role FROM key_certificates WHERE account = ?"
                                                                " ORDER BY certified_utc, role"),
                                                 {Minimisation::opaqueAccountId(QStringLiteral("#recovery"))});
            for (const QVariantList &r : rows.value())
                out.insert(r.at(0).toString(), r.at(1).toString());
            return out;
        };
        const QMap<QString, QString> before = recoveryKeys();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first(), QStringLiteral("recovery"));
        a.site.clock()->advanceSecs(60);
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(SiteVault::replaceRecoveryKey(*admin, KdfCost::fast()).ok());
        }
        QVERIFY(a.sync().ok);
        QMap<QString, QString> after = recoveryKeys();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.value(before.firstKey()), QStringLiteral("deactivated"));
        after.remove(before.firstKey());
        QCOMPARE(after.first(), QStringLiteral("recovery"));
    }

    // One administrator resets another's password: the other's old key is withdrawn, and the
    // certificates it made before are still sent with the rest. They were taken before, so they
    // are not unproven now, and the device is not told to enrol again for nothing.
    void anAdministratorResetByAnotherLeavesNoWarning()
    {
        Anchored a;
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::add(*admin, QStringLiteral("admin2"), {}, Role::Administrator, test::kPassword, KdfCost::fast()).ok());
        }
        a.site.clock()->advanceSecs(60);
        (void)a.site.signIn(QStringLiteral("admin2"));   // certifies every key with admin2's own
        a.work();
        const SyncReport first = a.sync();
        QVERIFY2(first.ok && first.warnings.isEmpty(), qPrintable(first.error + first.warnings.join(QLatin1Char(' '))));
        a.site.clock()->advanceSecs(60);
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("admin2"), kFreshPassword, KdfCost::fast()).ok());
        }
        a.work();
        QVERIFY(a.sync().ok);   // the withdrawal reaches the central site
        // Every later keys request sends admin2's earlier certificates again.
        a.site.clock()->advanceSecs(60);
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::add(*admin, QStringLiteral("nurse2"), {}, Role::Nurse, test::kPassword, KdfCost::fast()).ok());
        }
        const SyncReport next = a.sync();
        QVERIFY2(next.ok, qPrintable(next.error));
        QVERIFY2(next.warnings.isEmpty(), qPrintable(next.warnings.join(QLatin1Char(' '))));
        // And the doctor's key, certified by admin2's old key too, still signs.
        const QString id = signedAssessment(a.site);
        QVERIFY(!id.isEmpty());
        const SyncReport signedSync = a.sync();
        QVERIFY2(signedSync.ok, qPrintable(signedSync.error));
    }

    // A key a password reset replaced before this version was not withdrawn then: each
    // administrator's first sign-in after the upgrade looks at the whole trail again.
    void aKeyReplacedBeforeTheUpgradeIsWithdrawnAtTheNextSignIn()
    {
        test::TestSite site;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("doctor"), kFreshPassword, KdfCost::fast()).ok());
        }
        const auto withdrawn = [&] {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            return db->scalarInt(QStringLiteral("SELECT count(*) FROM key_certificates WHERE role = 'deactivated'")).value_or(-1);
        };
        QCOMPARE(withdrawn(), 1);
        {
            // As the version before left it: no withdrawal, its bookmark at the head.
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM key_certificates WHERE role = 'deactivated'")).ok());
            QVERIFY(db->exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'certified_seq%'")).ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO meta (key, value) SELECT 'certified_seq:admin', max(seq) FROM audit")).ok());
        }
        QCOMPARE(withdrawn(), 0);
        (void)site.signIn(QStringLiteral("admin"));
        QCOMPARE(withdrawn(), 1);
    }

    // A session that outlives a password reset holds the withdrawn key: it may not sign with it
    // (the central site would refuse the grade, and the device's whole push with it).
    void aSessionFromBeforeAResetSignsNothing()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const QString graded = draftGrade(site, *doctor);
        QVERIFY(!graded.isEmpty());
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("doctor"), kFreshPassword, KdfCost::fast()).ok());
        }
        const auto signedOld = Assessments::sign(*doctor, graded, kFreshPassword);
        QVERIFY2(!signedOld.ok(), "a session from before the reset signed with the withdrawn key");
        QVERIFY2(signedOld.error().message.contains(QStringLiteral("sign in again")), qPrintable(signedOld.error().message));
        auto again = site.signIn(QStringLiteral("doctor"), kFreshPassword);
        QVERIFY(again);
        QVERIFY(Assessments::sign(*again, graded, kFreshPassword).ok());
    }

    // An account made after enrolment: the administrator certifies its key at once, the
    // certificate chains to the enrolling administrator's key, and its signatures count.
    void aNewAccountsKeyIsCertifiedAndSigns()
    {
        Anchored a;
        a.work();
        QVERIFY(a.sync().ok);
        {
            auto admin = a.site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::add(*admin, QStringLiteral("doctor2"), {}, Role::Investigator, test::kPassword, KdfCost::fast()).ok());
        }
        auto doctor = a.site.signIn(QStringLiteral("doctor2"));
        const QString graded = draftGrade(a.site, *doctor);
        QVERIFY(!graded.isEmpty());
        QVERIFY(Assessments::sign(*doctor, graded, test::kPassword).ok());
        const SyncReport r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(fromCanonicalJson(centralSignature(*a.store, graded)).toString().startsWith(QLatin1String("central:")));
        auto role = a.store->backend().query(QStringLiteral("SELECT role FROM key_certificates WHERE account = ?"),
                                             {Minimisation::opaqueAccountId(QStringLiteral("doctor2"))});
        QCOMPARE(role->size(), 1);
        QCOMPARE(role->first().at(0).toString(), QStringLiteral("investigator"));
    }

    // The root is the enrolling administrator's own certificate: anything else, or none (a token
    // holder's first certificates would pin one), is refused by name, and the code stays unused
    // for the right enrolment.
    // A monitor's device too, since its monitors sign (before, its root was not asked for).
    void anEnrolmentWithAWrongRootIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("monitor");
        QTest::newRow("another site") << "site" << false;
        QTest::newRow("a nurse's role") << "role" << false;
        QTest::newRow("signed by another key") << "signer" << false;
        QTest::newRow("none (a client from before roots)") << "none" << false;
        QTest::newRow("monitor's device, signed by another key") << "signer" << true;
        QTest::newRow("monitor's device, none") << "none" << true;
    }

    void anEnrolmentWithAWrongRootIsRefused()
    {
        QFETCH(QString, how);
        QFETCH(bool, monitor);
        QTemporaryDir dir;
        CentralStore store(CentralBackend::openEmbedded(dir.path(), true).value(), Clock::system());
        CentralService service(store);
        test::TestSite site(QStringLiteral("GX01"));
        auto admin = site.signIn(QStringLiteral("admin"));
        const QString code = monitor ? store.createMonitorEnrollmentCode().value() : store.createEnrollmentCode(QStringLiteral("GX01")).value();
        const SigningKey key = keyOf(site, QStringLiteral("admin"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        KeyCertificate root = KeyCertificate::make(how == QLatin1String("site") ? QStringLiteral("GX02") : QStringLiteral("GX01"), key,
                                                   QStringLiteral("admin"), key.publicKey(),
                                                   how == QLatin1String("role") ? QStringLiteral("nurse") : QStringLiteral("administrator"), now);
        if (how == QLatin1String("signer"))
            root.signature = QString::fromLatin1(SigningKey::generate(QStringLiteral("admin")).sign(root.message()).toHex());
        QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("site"), QStringLiteral("GX01")}, {QStringLiteral("root"), root.toJson()}};
        if (how == QLatin1String("none"))
            body.remove(QStringLiteral("root"));
        const ServiceResponse r = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("administrator")), qPrintable(r.body.value(QStringLiteral("error")).toString()));
        auto right = store.enroll(code, QStringLiteral("GX01"), KeyCertificates::root(*admin).value());
        QVERIFY2(right.ok(), "the code was used by the refused enrolment");
    }

    // A device enrolled by a program from before roots, that registered keys then (every
    // account's, the monitor's among them): no root is taken from its certificates, so the
    // monitor cannot make his own key, held before, the administrator's. It is enrolled again.
    void anOlderDevicesRootIsNotTakenFromItsKeys()
    {
        QTemporaryDir dir;
        CentralStore store(CentralBackend::openEmbedded(dir.path(), true).value(), Clock::system());
        CentralService service(store);
        test::TestSite site(QStringLiteral("GX01"));
        auto e = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value());
        const SigningKey monitor = keyOf(site, QStringLiteral("monitor"));
        // What the central site from before took: every account's bare key.
        for (const QString &user : {QStringLiteral("admin"), QStringLiteral("monitor")})
            QVERIFY(store.backend().exec(QStringLiteral("INSERT INTO account_keys (site, account, public_key, device_id, registered_utc)"
                                                        " VALUES ('GX01', ?, ?, ?, '2026-11-01T00:00:00.000Z')"),
                                         {Minimisation::opaqueAccountId(user), keyOf(site, user).publicKeyHex(), e->deviceId}).ok());
        const SigningKey mine = SigningKey::generate(QStringLiteral("doctor"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject forged{{QStringLiteral("keys"), QJsonArray{}},
                                 {QStringLiteral("certificates"),
                                  QJsonArray{KeyCertificate::make(QStringLiteral("GX01"), monitor, QStringLiteral("monitor"), monitor.publicKey(),
                                                                  QStringLiteral("administrator"), now).toJson(),
                                             KeyCertificate::make(QStringLiteral("GX01"), monitor, QStringLiteral("doctor"), mine.publicKey(),
                                                                  QStringLiteral("investigator"), now).toJson()}}};
        const ServiceResponse r = service.handle({"POST", QStringLiteral("/v1/keys"), {}, "Bearer " + e->token.toLatin1(), {},
                                                  QJsonDocument(forged).toJson(QJsonDocument::Compact)});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("unproven")).toInt(), 2);
        QVERIFY(store.backend().query(QStringLiteral("SELECT 1 FROM device_roots"))->isEmpty());
        QCOMPARE(store.backend().query(QStringLiteral("SELECT count(*) FROM account_keys WHERE public_key = ?"),
                                       {mine.publicKeyHex()})->first().at(0).toInt(), 0);
        // The device's own certificates are not taken either, and its sync says what to do.
        DirectTransport transport(service, e->token);
        auto doctor = site.signIn(QStringLiteral("doctor"));
        SyncClient::Options o;
        o.baseBackoffMs = 1;
        const SyncReport synced = SyncClient(*doctor, transport, o).runBlocking();
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(synced.warnings.size(), 1);
        QVERIFY2(synced.warnings.first().contains(QStringLiteral("sync enroll")), qPrintable(synced.warnings.first()));
        QVERIFY(store.backend().query(QStringLiteral("SELECT 1 FROM device_roots"))->isEmpty());
    }

    // The monitor read patient identities from the audit table: names and record numbers
    // were copied there in clear. The trail now says a field of identity changed, not its text.
    void identitiesAreNotCopiedIntoTheAuditTrail()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto p = Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), QStringLiteral("MRN-77123"), QStringLiteral("13900001111"),
                                        QStringLiteral("1966-01-20"), QStringLiteral("male")});
        QVERIFY(p.ok());
        {
            Transaction tx(coord->db());
            QVERIFY(RecordStore::update(*coord, {&Patients::identityTable(), p->id, {{QStringLiteral("name"), QStringLiteral("Chen Jiě")}},
                                                 QStringLiteral("spelling")}).ok());
            QVERIFY(tx.commit().ok());
        }
        auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
        // The record number whole: its digits alone turn up in the hex of keys and signatures.
        const qint64 leaked = db->scalarInt(QStringLiteral(
            "SELECT count(*) FROM audit WHERE old_value LIKE '%Chen%' OR new_value LIKE '%Chen%' OR new_value LIKE '%MRN-77123%'"
            " OR new_value LIKE '%13900001111%'")).value();
        QCOMPARE(leaked, qint64(0));
        // What changed, by whom and why is still there.
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'patient_identity' AND field = 'name'"
                                              " AND user_name = 'coord'")).value(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestAttacksAudit)
#include "tst_attacks_audit.moc"
