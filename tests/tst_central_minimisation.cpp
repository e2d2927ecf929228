// Data minimisation at the central site (issue 11, M5; docs/security.md, "Data minimisation"):
// free text (an AE's "Other, specify", reasons, findings, query messages) stays out of the
// central site's reports and exports until reviewed, on the embedded store and PostgreSQL.
// Before, an AE term "Alice Zhang" arrived and left in every export verbatim.
#include "central/CentralAuditTrail.h"
#include "central/CentralSignatures.h"
#include "central/QueryCopies.h"
#include "central/CentralSnapshot.h"
#include "central/IntegrityAlarms.h"
#include "records/Assessments.h"
#include "records/RecordSignature.h"
#include "security/SigningKey.h"
#include "central/CentralStore.h"
#include "central/FreeTextReview.h"
#include "common/CanonicalJson.h"
#include "common/Ids.h"
#include "records/Minimisation.h"
#include "security/KeyCertificate.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include "CentralSchema.h"
#include <QtTest>

using namespace muco;

namespace {

QJsonObject change(const QString &table, const QString &record, const QJsonObject &fields, const QJsonObject &old = {})
{
    return {{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
            {QStringLiteral("fields"), fields}, {QStringLiteral("old"), old},
            {QStringLiteral("changed_by"), QStringLiteral("doctor")},
            {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
}

} // namespace

class TestCentralMinimisation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    std::unique_ptr<CentralStore> m_store;
    DeviceIdentity m_device;
    QString m_patient, m_event;

    bool postgres() const { return m_store->backend().kind() == QLatin1String("postgres"); }

    // An AE term "Other, specify" naming a person, and the patient's withdrawal reason.
    void pushRecords()
    {
        const QString code = m_store->createEnrollmentCode(QStringLiteral("GX01")).value();
        auto e = m_store->enroll(code, QStringLiteral("GX01"));
        QVERIFY(e.ok());
        m_device = {e->deviceId, e->site};
        m_patient = newUuid();
        m_event = newUuid();
        QVERIFY(m_store->push(m_device, {change(QStringLiteral("patients"), m_patient,
                                                {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")},
                                                 {QStringLiteral("status"), QStringLiteral("withdrawn")},
                                                 {QStringLiteral("status_reason"), QStringLiteral("moved in with Bob Li")}}),
                                         change(QStringLiteral("adverse_events"), m_event,
                                                {{QStringLiteral("patient_id"), m_patient}, {QStringLiteral("term"), QStringLiteral("Other")},
                                                 {QStringLiteral("term_specify"), QStringLiteral("Alice Zhang")},
                                                 {QStringLiteral("grade"), 2}})}).ok());
    }

    QVariant snapshotValue(const QString &table, const QString &field)
    {
        auto snap = centralSnapshot(m_store->backend(), m_clock->nowUtc());
        if (!snap.ok() || snap->rows(table).isEmpty())
            return QStringLiteral("<no record>");
        return snap->rows(table).first().fields.value(field);
    }

    bool auditMentions(const QString &text)
    {
        auto snap = centralSnapshot(m_store->backend(), m_clock->nowUtc());
        for (const SnapshotAudit &a : snap->audit)
            if (a.newValue.contains(text))
                return true;
        return false;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded") << QStringLiteral("embedded");
        if (!qEnvironmentVariableIsEmpty("MUCOTRACK_TEST_POSTGRES"))
            QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        static int n = 0;
        m_dataDir = m_dir.path() + QStringLiteral("/c%1").arg(++n);
        m_store.reset();
        auto b = backend == QLatin1String("postgres") ? CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"))
                                                      : CentralBackend::openEmbedded(m_dataDir, true);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        if (backend == QLatin1String("postgres"))
            QVERIFY(test::emptyCentralSchema(**b));
        m_store = std::make_unique<CentralStore>(std::move(b).value(), m_clock);
        m_store->setOperator(QStringLiteral("operator:reviewer"));
        pushRecords();
    }

    // Signatures checked here (CentralSignatures), on both backends: keys are taken by opaque
    // account id only; a record signed for the central site is taken once its signer's key is
    // registered and kept without the site's part of its signature; the same signature over an
    // edited grade is refused, with one alarm.
    // The doctor's key, registered with the administrator's certificates (the first, the
    // administrator's own, is the device's root).
    SigningKey registeredDoctor()
    {
        const SigningKey key = SigningKey::generate(QStringLiteral("doctor"));
        const SigningKey admin = SigningKey::generate(QStringLiteral("admin"));
        const QDateTime at = m_clock->nowUtc();
        const QJsonObject request{
            {QStringLiteral("keys"), QJsonArray{}},
            {QStringLiteral("certificates"),
             QJsonArray{KeyCertificate::make(m_device.site, admin, QStringLiteral("admin"), admin.publicKey(), QStringLiteral("administrator"), at).toJson(),
                        KeyCertificate::make(m_device.site, admin, QStringLiteral("doctor"), key.publicKey(), QStringLiteral("investigator"), at).toJson()}}};
        auto r = CentralSignatures(m_store->backend(), m_store->clock()).registerKeys(m_device, request);
        if (!r.ok() || r->value(QStringLiteral("registered")).toInt() != 2)
            qWarning("the doctor's key was not registered: %s", qPrintable(r.ok() ? QStringLiteral("none new") : r.error().message));
        return key;
    }

    // A grade as the doctor signs it on a device holding `content`: the signing change, with
    // what was signed ("signed") as such a device sends it.
    QJsonObject signingChange(const SigningKey &key, const QString &id, const QJsonObject &content, const QJsonObject &sentAsSigned)
    {
        QVariantMap row = content.toVariantMap();
        const QVariantMap signing{{QStringLiteral("state"), QStringLiteral("signed")}, {QStringLiteral("signed_by"), QStringLiteral("doctor")},
                                  {QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                                  {QStringLiteral("signature_meaning"), QStringLiteral("graded")}};
        row.insert(signing);
        QJsonObject fields = QJsonObject::fromVariantMap(signing);
        fields.insert(QStringLiteral("signature"),
                      QString(QStringLiteral("central:") + QString::fromLatin1(key.sign(RecordSignature::centralMessage(QStringLiteral("assessments"), id, row)).toHex())));
        QJsonObject c = change(QStringLiteral("assessments"), id, fields, {{QStringLiteral("state"), QStringLiteral("draft")}});
        c.insert(QStringLiteral("signed"), sentAsSigned);
        return c;
    }

    // The conflicts held for a record, sorted: field, central value, device value, the device it
    // belongs to (by its name in `names`), status.
    QStringList conflictsOf(const QString &record, const QHash<QString, QString> &names)
    {
        auto rows = m_store->backend().query(QStringLiteral("SELECT field, central_value, device_value, device_id, status FROM conflicts"
                                                            " WHERE record_id = ?"), {record});
        QStringList out;
        for (const QVariantList &r : rows.value())
            out << QStringList{r.at(0).toString(), fromCanonicalJson(r.at(1).toString()).toVariant().toString(),
                               fromCanonicalJson(r.at(2).toString()).toVariant().toString(), names.value(r.at(3).toString(), QStringLiteral("?")),
                               r.at(4).toString()}
                       .join(QLatin1Char(' '));
        out.sort();
        return out;
    }

    void signedRecordsAreCheckedOnBothBackends()
    {
        const SigningKey key = SigningKey::generate(QStringLiteral("doctor"));
        const QString publicHex = QString::fromLatin1(key.publicKey().toHex());
        CentralSignatures signatures(m_store->backend(), m_store->clock());
        const auto keys = [&](const QString &account) {
            return QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("account"), account},
                                                                               {QStringLiteral("public_key"), publicHex}}}}};
        };
        auto named = signatures.registerKeys(m_device, keys(QStringLiteral("doctor")));
        QVERIFY(!named.ok());
        QCOMPARE(named.error().field, QStringLiteral("keys[0].account"));
        const QString doctor = Minimisation::opaqueAccountId(QStringLiteral("doctor"));
        // A bare key registers nothing; with the administrator's certificates (the first, the
        // administrator's own, is the device's root) the administrator's and the doctor's keys are
        // new, then known.
        const SigningKey admin = SigningKey::generate(QStringLiteral("admin"));
        const QDateTime at = m_clock->nowUtc();
        QJsonObject certified = keys(doctor);
        certified.insert(QStringLiteral("certificates"),
                         QJsonArray{KeyCertificate::make(m_device.site, admin, QStringLiteral("admin"), admin.publicKey(),
                                                         QStringLiteral("administrator"), at).toJson(),
                                    KeyCertificate::make(m_device.site, admin, QStringLiteral("doctor"), key.publicKey(),
                                                         QStringLiteral("investigator"), at).toJson()});
        for (const auto &[request, registered] : {std::pair{keys(doctor), 0}, std::pair{certified, 2}, std::pair{certified, 0}}) {
            auto r = signatures.registerKeys(m_device, request);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->value(QStringLiteral("registered")).toInt(), registered);
        }

        const auto signedGrade = [&](const QString &id, int grade, int gradeSigned) {
            QVariantMap row{{QStringLiteral("patient_id"), m_patient}, {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")},
                            {QStringLiteral("who_grade"), gradeSigned}, {QStringLiteral("omas_mean"), 0.25},
                            {QStringLiteral("state"), QStringLiteral("signed")}, {QStringLiteral("signed_by"), QStringLiteral("doctor")},
                            {QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                            {QStringLiteral("signature_meaning"), QStringLiteral("graded")}};
            const QString central = QString::fromLatin1(key.sign(RecordSignature::centralMessage(QStringLiteral("assessments"), id, row)).toHex());
            row.insert(QStringLiteral("who_grade"), grade);
            row.insert(QStringLiteral("signature"), QString(QStringLiteral("00ff00ff central:") + central));
            return change(QStringLiteral("assessments"), id, QJsonObject::fromVariantMap(row));
        };
        const QString honest = newUuid();
        auto pushed = m_store->push(m_device, {signedGrade(honest, 3, 3)});
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
        auto held = m_store->backend().query(QStringLiteral("SELECT value FROM records WHERE record_id = ? AND field = 'signature'"), {honest});
        const QString kept = fromCanonicalJson(held->first().at(0).toString()).toString();
        QVERIFY2(kept.startsWith(QLatin1String("central:")) && !kept.contains(QLatin1String("00ff00ff")), qPrintable(kept));

        const QString edited = newUuid();
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto refused = m_store->push(m_device, {signedGrade(edited, 2, 3)});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, ErrorKind::Integrity);
        }
        auto alarms = integrityAlarms(*m_store);
        QCOMPARE(alarms->size(), 1);
        QVERIFY(alarms->first().detail.contains(edited));

        // The honest record, deleted or marked draft afterwards: its signature no longer covers
        // it (a tombstone is a field the signer did not sign; reports count the state).
        const QJsonObject signedFields = signedGrade(honest, 3, 3).value(QStringLiteral("fields")).toObject();
        const QList<QJsonObject> later{{{QStringLiteral("deleted"), 1}}, {{QStringLiteral("state"), QStringLiteral("draft")}}};
        for (const QJsonObject &fields : later) {
            QJsonObject old;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                old.insert(it.key(), it.key() == QLatin1String("deleted") ? QJsonValue(0) : signedFields.value(it.key()));
            auto r = m_store->push(m_device, {change(QStringLiteral("assessments"), honest, fields, old)});
            QVERIFY2(!r.ok(), qPrintable(fields.keys().join(QLatin1Char(','))));
            QCOMPARE(r.error().kind, ErrorKind::Integrity);
        }
    }

    // A record held here signed, from a device from before (no central part): a correction that
    // supersedes it is taken from a device that signs for the central site, and an edit of its
    // content made elsewhere while it was a draft becomes a conflict, never part of what was signed.
    void aSignedRecordChangesOnlyByItsState()
    {
        const QString id = newUuid();
        const QJsonObject signedRow{{QStringLiteral("patient_id"), m_patient}, {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")},
                                    {QStringLiteral("who_grade"), 3}, {QStringLiteral("state"), QStringLiteral("signed")},
                                    {QStringLiteral("signed_by"), QStringLiteral("doctor")},
                                    {QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                                    {QStringLiteral("signature_meaning"), QStringLiteral("graded")},
                                    {QStringLiteral("signature"), QStringLiteral("00ff00ff")}};
        auto legacy = m_store->push(m_device, {change(QStringLiteral("assessments"), id, signedRow)});
        QVERIFY2(legacy.ok(), legacy.ok() ? "" : qPrintable(legacy.error().message));
        QVERIFY(CentralSignatures::markSigningDevice(m_store->backend(), m_device, QStringLiteral("2026-11-21T00:00:00.000Z")).ok());

        auto edit = m_store->push(m_device, {change(QStringLiteral("assessments"), id, {{QStringLiteral("who_grade"), 2}},
                                                   {{QStringLiteral("who_grade"), 3}})});
        QVERIFY2(edit.ok(), edit.ok() ? "" : qPrintable(edit.error().message));
        QCOMPARE(edit->value(QStringLiteral("conflicts")).toArray().size(), 1);
        auto grade = m_store->backend().query(QStringLiteral("SELECT value FROM records WHERE record_id = ? AND field = 'who_grade'"), {id});
        QCOMPARE(fromCanonicalJson(grade->first().at(0).toString()).toInt(), 3);

        auto superseded = m_store->push(m_device, {change(QStringLiteral("assessments"), id, {{QStringLiteral("state"), QStringLiteral("superseded")}},
                                                         {{QStringLiteral("state"), QStringLiteral("signed")}})});
        QVERIFY2(superseded.ok(), superseded.ok() ? "" : qPrintable(superseded.error().message));
        QVERIFY(integrityAlarms(*m_store)->isEmpty());
    }

    // Devices of the site edit one draft grade while offline; one signs it over its own value
    // (issue 11: the central site held another's value beside the signature, refused the push
    // and the signing device sent nothing more). What it signed is taken: every value left out
    // (the one displaced, a third device's open conflict) is a conflict against the signed
    // value, the signer's own closes, and other devices pull the signed grade. A "signed" the
    // signature does not hold over, or naming another site's patient, is refused still, leaving
    // nothing.
    void aGradeSignedOverAnotherDevicesEditIsTaken()
    {
        const SigningKey key = registeredDoctor();
        const auto enrolled = [&](const QString &site) {
            auto e = m_store->enroll(m_store->createEnrollmentCode(site).value(), site);
            return e.ok() ? DeviceIdentity{e->deviceId, e->site} : DeviceIdentity{};
        };
        const DeviceIdentity other = enrolled(QStringLiteral("GX01")), third = enrolled(QStringLiteral("GX01"));
        QVERIFY(!other.deviceId.isEmpty() && !third.deviceId.isEmpty());
        const QHash<QString, QString> names{{m_device.deviceId, QStringLiteral("signer")}, {other.deviceId, QStringLiteral("other")},
                                            {third.deviceId, QStringLiteral("third")}};
        const auto grade = [&](const QString &id) {
            auto v = m_store->backend().query(QStringLiteral("SELECT value FROM records WHERE record_id = ? AND field = 'who_grade'"), {id});
            return v->isEmpty() ? -1 : fromCanonicalJson(v->first().at(0).toString()).toInt();
        };
        const auto draft = [&](int who, const QString &patient = {}) {
            return QJsonObject{{QStringLiteral("patient_id"), patient.isEmpty() ? m_patient : patient},
                               {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")}, {QStringLiteral("who_grade"), who},
                               {QStringLiteral("omas_mean"), 0.25}};
        };
        const auto edit = [&](const QString &id, int who) {
            return change(QStringLiteral("assessments"), id, {{QStringLiteral("who_grade"), who}}, {{QStringLiteral("who_grade"), 1}});
        };
        const auto started = [&] {
            const QString id = newUuid();
            QJsonObject fields = draft(1);
            fields.insert(QStringLiteral("state"), QStringLiteral("draft"));
            const bool ok = m_store->push(m_device, {change(QStringLiteral("assessments"), id, fields)}).ok()
                            && m_store->push(other, {edit(id, 2)}).ok();
            return ok ? id : QString();
        };

        // The third device's edit and the signer's raised conflicts in earlier pushes; then it signs.
        const QString id = started();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_store->push(third, {edit(id, 5)})->value(QStringLiteral("conflicts")).toArray().size(), 1);
        QCOMPARE(m_store->push(m_device, {edit(id, 3)})->value(QStringLiteral("conflicts")).toArray().size(), 1);
        auto signedPush = m_store->push(m_device, {signingChange(key, id, draft(3), draft(3))});
        QVERIFY2(signedPush.ok(), qPrintable(signedPush.ok() ? QString() : signedPush.error().message));
        QCOMPARE(grade(id), 3);
        QCOMPARE(conflictsOf(id, names), (QStringList{QStringLiteral("who_grade 2 3 signer resolved"), QStringLiteral("who_grade 2 5 third resolved"),
                                                      QStringLiteral("who_grade 3 2 other open"), QStringLiteral("who_grade 3 5 third open")}));
        QCOMPARE(signedPush->value(QStringLiteral("conflicts")).toArray().size(), 4);   // told at once: two closed, two opened
        auto feed = m_store->pull(other, 0, 100);
        const QJsonArray changes = feed->value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.last()[QStringLiteral("fields")][QStringLiteral("who_grade")].toInt(), 3);
        QVERIFY(integrityAlarms(*m_store)->isEmpty());

        // Edit and signature in one push, but "signed" names a grade the signature does not
        // cover, or another site's patient: refused, and nothing of the push stays (not even the
        // edit's conflict).
        const QString code = m_store->createEnrollmentCode(QStringLiteral("GX02")).value();
        auto elsewhere = m_store->enroll(code, QStringLiteral("GX02"));
        QVERIFY(elsewhere.ok());
        const QString theirs = newUuid();
        QVERIFY(m_store->push({elsewhere->deviceId, elsewhere->site},
                              {change(QStringLiteral("patients"), theirs, {{QStringLiteral("subject_id"), QStringLiteral("GX02-0001")}})}).ok());
        const QString forged = started();
        QVERIFY(!forged.isEmpty());
        for (const auto &[sentAsSigned, kind] : {std::pair{draft(4), ErrorKind::Integrity}, std::pair{draft(3, theirs), ErrorKind::Denied}}) {
            auto refused = m_store->push(m_device, {edit(forged, 3), signingChange(key, forged, draft(3), sentAsSigned)});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, kind);
            QCOMPARE(grade(forged), 2);
            QVERIFY(conflictsOf(forged, names).isEmpty());
        }
        // The same push, honest: taken.
        auto honest = m_store->push(m_device, {edit(forged, 3), signingChange(key, forged, draft(3), draft(3))});
        QVERIFY2(honest.ok(), qPrintable(honest.ok() ? QString() : honest.error().message));
        QCOMPARE(grade(forged), 3);
        QCOMPARE(conflictsOf(forged, names), (QStringList{QStringLiteral("who_grade 2 3 signer resolved"), QStringLiteral("who_grade 3 2 other open")}));
    }

    // Signatures stored whole before only central parts were kept: reduced once, in the
    // records, the feed and the conflicts, so the keys now held cannot test guesses against them.
    void storedSitePartsAreScrubbedOnce()
    {
        CentralBackend &b = m_store->backend();
        const QString record = newUuid();
        const QString whole = QStringLiteral("aaaa central:bbbb");
        QVERIFY(b.exec(QStringLiteral("INSERT INTO records (table_name, record_id, field, value, change_id) VALUES ('assessments', ?, 'signature', ?, 'c1')"),
                       {record, canonicalJson(whole)}).ok());
        QVERIFY(b.exec(QStringLiteral("INSERT INTO records (table_name, record_id, field, value, change_id) VALUES ('screenings', ?, 'signature', ?, 'c2')"),
                       {record, canonicalJson(QStringLiteral("cccc"))}).ok());
        const QString changeId = newUuid();
        QVERIFY(b.exec(QStringLiteral("INSERT INTO changes (id, site, device_id, table_name, record_id, fields, changed_by, changed_utc, received_utc)"
                                      " VALUES (?, 'GX01', 'd', 'assessments', ?, ?, 'U.000000000000', 'x', 'x')"),
                       {changeId, record, QStringLiteral("{\"signature\":\"aaaa central:bbbb\",\"who_grade\":3}")}).ok());
        QVERIFY(b.exec(QStringLiteral("DELETE FROM central_upgrades")).ok());
        QVERIFY(CentralSignatures::scrubSiteParts(b).ok());
        auto values = b.query(QStringLiteral("SELECT table_name, value FROM records WHERE record_id = ? ORDER BY table_name"), {record});
        QCOMPARE(fromCanonicalJson(values->at(0).at(1).toString()).toString(), QStringLiteral("central:bbbb"));
        QVERIFY(fromCanonicalJson(values->at(1).at(1).toString()).isNull());
        auto feed = b.query(QStringLiteral("SELECT fields FROM changes WHERE id = ?"), {changeId});
        const QJsonObject fields = QJsonDocument::fromJson(feed->first().at(0).toString().toUtf8()).object();
        QCOMPARE(fields.value(QStringLiteral("signature")).toString(), QStringLiteral("central:bbbb"));
        QCOMPARE(fields.value(QStringLiteral("who_grade")).toInt(), 3);
        QCOMPARE(b.query(QStringLiteral("SELECT count(*) FROM central_upgrades"))->first().at(0).toInt(), 1);
        // Once: a value stored since is not looked at again.
        QVERIFY(b.exec(QStringLiteral("UPDATE records SET value = ? WHERE record_id = ? AND table_name = 'screenings'"),
                       {canonicalJson(QStringLiteral("dddd")), record}).ok());
        QVERIFY(CentralSignatures::scrubSiteParts(b).ok());
        values = b.query(QStringLiteral("SELECT table_name, value FROM records WHERE record_id = ? ORDER BY table_name"), {record});
        QCOMPARE(fromCanonicalJson(values->at(1).at(1).toString()).toString(), QStringLiteral("dddd"));
    }

    // A query raised on the birth date, and an answer correcting it, as a device from before
    // 4aa66ae sends them (the full dates): the central site keeps the years, in its records and
    // its feed, whether the query came in the same push or an earlier one. A query on another
    // field keeps its values.
    void anOlderDevicesQueryCopiesKeepTheYear()
    {
        const auto query = [&](const QString &id, const QString &table, const QString &field, const QString &value) {
            return change(QStringLiteral("queries"), id,
                          {{QStringLiteral("patient_id"), m_patient}, {QStringLiteral("target_table"), table},
                           {QStringLiteral("target_id"), table == QLatin1String("patients") ? m_patient : m_event},
                           {QStringLiteral("field"), field}, {QStringLiteral("value_at_raise"), value},
                           {QStringLiteral("raised_by"), QStringLiteral("monitor")}, {QStringLiteral("raised_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}});
        };
        const auto answer = [&](const QString &id, const QString &queryId, const QString &corrected) {
            return change(QStringLiteral("query_messages"), id,
                          {{QStringLiteral("query_id"), queryId}, {QStringLiteral("patient_id"), m_patient}, {QStringLiteral("step"), 2},
                           {QStringLiteral("kind"), QStringLiteral("answer")}, {QStringLiteral("text"), QStringLiteral("corrected")},
                           {QStringLiteral("corrected_value"), corrected}, {QStringLiteral("author"), QStringLiteral("coord")}});
        };
        const QString onBirth = newUuid(), onGrade = newUuid(), sameAnswer = newUuid(), laterAnswer = newUuid(), gradeAnswer = newUuid();
        QVERIFY(m_store->push(m_device, {query(onBirth, QStringLiteral("patients"), QStringLiteral("birth_date"), QStringLiteral("1958-03-10")),
                                         answer(sameAnswer, onBirth, QStringLiteral("1958-04-02")),
                                         query(onGrade, QStringLiteral("adverse_events"), QStringLiteral("grade"), QStringLiteral("2"))}).ok());
        QVERIFY(m_store->push(m_device, {answer(laterAnswer, onBirth, QStringLiteral("1959-01-31")), answer(gradeAnswer, onGrade, QStringLiteral("3"))}).ok());
        // An answer to a query the central site does not hold: what it asked about cannot be
        // told, so a date keeps its year (review: it was kept whole).
        const QString stray = newUuid();
        QVERIFY(m_store->push(m_device, {answer(stray, newUuid(), QStringLiteral("1958-03-10"))}).ok());
        const auto stored = [&](const QString &table, const QString &id, const QString &field) {
            auto r = m_store->backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = ? AND record_id = ? AND field = ?"), {table, id, field});
            return r.ok() && !r->isEmpty() ? fromCanonicalJson(r->first().at(0).toString()).toVariant().toString() : QStringLiteral("<none>");
        };
        QCOMPARE(stored(QStringLiteral("queries"), onBirth, QStringLiteral("value_at_raise")), QStringLiteral("1958"));
        QCOMPARE(stored(QStringLiteral("query_messages"), sameAnswer, QStringLiteral("corrected_value")), QStringLiteral("1958"));
        QCOMPARE(stored(QStringLiteral("query_messages"), laterAnswer, QStringLiteral("corrected_value")), QStringLiteral("1959"));
        QCOMPARE(stored(QStringLiteral("queries"), onGrade, QStringLiteral("value_at_raise")), QStringLiteral("2"));
        QCOMPARE(stored(QStringLiteral("query_messages"), gradeAnswer, QStringLiteral("corrected_value")), QStringLiteral("3"));
        QCOMPARE(stored(QStringLiteral("query_messages"), stray, QStringLiteral("corrected_value")), QStringLiteral("1958"));
        auto feed = m_store->backend().query(QStringLiteral("SELECT fields FROM changes WHERE table_name IN ('queries', 'query_messages')"));
        QVERIFY(feed.ok());
        QCOMPARE(feed->size(), 6);
        for (const QVariantList &r : feed.value()) {
            const QJsonObject fields = QJsonDocument::fromJson(r.at(0).toString().toUtf8()).object();
            for (const char *copy : {"value_at_raise", "corrected_value"})   // no date is left
                QVERIFY2(fields.value(QLatin1String(copy)).toString().size() <= 4, qPrintable(r.at(0).toString()));
        }
    }

    // Copies stored before the central site reduced them: reduced once, in the records, the
    // feed and the conflicts; a query on another field, and its answer, keep theirs.
    void storedQueryBirthDatesAreScrubbedOnce()
    {
        CentralBackend &b = m_store->backend();
        const QString onBirth = newUuid(), onGrade = newUuid(), birthAnswer = newUuid(), gradeAnswer = newUuid();
        const auto record = [&](const QString &table, const QString &id, const QString &field, const QJsonValue &value) {
            return b.exec(QStringLiteral("INSERT INTO records (table_name, record_id, field, value, change_id) VALUES (?, ?, ?, ?, 'c')"),
                          {table, id, field, canonicalJson(value)}).ok();
        };
        const QString onEmpty = newUuid();
        for (const auto &[id, table, field, value] : {std::tuple{onBirth, "patients", "birth_date", "1958-03-10"}, std::tuple{onGrade, "adverse_events", "grade", "2"},
                                                      std::tuple{onEmpty, "patients", "birth_date", ""}}) {
            QVERIFY(record(QStringLiteral("queries"), id, QStringLiteral("target_table"), QString::fromLatin1(table)));
            QVERIFY(record(QStringLiteral("queries"), id, QStringLiteral("field"), QString::fromLatin1(field)));
            QVERIFY(record(QStringLiteral("queries"), id, QStringLiteral("value_at_raise"), QString::fromLatin1(value)));
        }
        for (const auto &[id, queryId, value] : {std::tuple{birthAnswer, onBirth, "1958-04-02"}, std::tuple{gradeAnswer, onGrade, "2026-11-03"}}) {
            QVERIFY(record(QStringLiteral("query_messages"), id, QStringLiteral("query_id"), queryId));
            QVERIFY(record(QStringLiteral("query_messages"), id, QStringLiteral("corrected_value"), QString::fromLatin1(value)));
        }
        const auto feedRow = [&](const QString &table, const QString &id, const QString &fields) {
            const QString changeId = newUuid();
            const bool ok = b.exec(QStringLiteral("INSERT INTO changes (id, site, device_id, table_name, record_id, fields, changed_by, changed_utc, received_utc)"
                                                  " VALUES (?, 'GX01', 'd', ?, ?, ?, 'U.000000000000', 'x', 'x')"),
                                   {changeId, table, id, fields}).ok();
            return ok ? changeId : QString();
        };
        const QString raisedChange = feedRow(QStringLiteral("queries"), onBirth,
                                             QStringLiteral("{\"field\":\"birth_date\",\"target_table\":\"patients\",\"value_at_raise\":\"1958-03-10\"}"));
        const QString answerChange = feedRow(QStringLiteral("query_messages"), birthAnswer, QStringLiteral("{\"corrected_value\":\"1958-04-02\"}"));
        const QString gradeChange = feedRow(QStringLiteral("query_messages"), gradeAnswer, QStringLiteral("{\"corrected_value\":\"2026-11-03\"}"));
        QVERIFY(!raisedChange.isEmpty() && !answerChange.isEmpty() && !gradeChange.isEmpty());
        QVERIFY(b.exec(QStringLiteral("INSERT INTO conflicts (id, site, table_name, record_id, field, central_value, device_value, device_id, change_id, status, created_utc)"
                                      " VALUES ('k1', 'GX01', 'query_messages', ?, 'corrected_value', ?, ?, 'd', 'c', 'open', 'x')"),
                       {birthAnswer, canonicalJson(QStringLiteral("1958-04-02")), canonicalJson(QStringLiteral("1957-12-30"))}).ok());
        QVERIFY(b.exec(QStringLiteral("DELETE FROM central_upgrades WHERE name = 'query_birth_dates'")).ok());
        QVERIFY(QueryCopies::scrubStored(b).ok());

        const auto stored = [&](const QString &table, const QString &id, const QString &field) {
            auto r = b.query(QStringLiteral("SELECT value FROM records WHERE table_name = ? AND record_id = ? AND field = ?"), {table, id, field});
            return fromCanonicalJson(r->first().at(0).toString()).toString();
        };
        QCOMPARE(stored(QStringLiteral("queries"), onBirth, QStringLiteral("value_at_raise")), QStringLiteral("1958"));
        QCOMPARE(stored(QStringLiteral("query_messages"), birthAnswer, QStringLiteral("corrected_value")), QStringLiteral("1958"));
        QCOMPARE(stored(QStringLiteral("queries"), onGrade, QStringLiteral("value_at_raise")), QStringLiteral("2"));
        QCOMPARE(stored(QStringLiteral("query_messages"), gradeAnswer, QStringLiteral("corrected_value")), QStringLiteral("2026-11-03"));
        QCOMPARE(b.query(QStringLiteral("SELECT value FROM records WHERE table_name = 'queries' AND record_id = ? AND field = 'value_at_raise'"), {onEmpty})
                     ->first().at(0).toString(), canonicalJson(QString(QLatin1String(""))));   // as stored: "" had become null
        const auto fed = [&](const QString &changeId, const QString &field) {
            auto r = b.query(QStringLiteral("SELECT fields FROM changes WHERE id = ?"), {changeId});
            return QJsonDocument::fromJson(r->first().at(0).toString().toUtf8()).object().value(field).toString();
        };
        QCOMPARE(fed(raisedChange, QStringLiteral("value_at_raise")), QStringLiteral("1958"));
        QCOMPARE(fed(raisedChange, QStringLiteral("target_table")), QStringLiteral("patients"));
        QCOMPARE(fed(answerChange, QStringLiteral("corrected_value")), QStringLiteral("1958"));
        QCOMPARE(fed(gradeChange, QStringLiteral("corrected_value")), QStringLiteral("2026-11-03"));
        auto conflict = b.query(QStringLiteral("SELECT central_value, device_value FROM conflicts WHERE id = 'k1'"));
        QCOMPARE(fromCanonicalJson(conflict->first().at(0).toString()).toString(), QStringLiteral("1958"));
        QCOMPARE(fromCanonicalJson(conflict->first().at(1).toString()).toString(), QStringLiteral("1957"));
        // Once: a value stored since is not looked at again.
        QVERIFY(b.exec(QStringLiteral("UPDATE records SET value = ? WHERE table_name = 'queries' AND record_id = ? AND field = 'value_at_raise'"),
                       {canonicalJson(QStringLiteral("1958-03-10")), onBirth}).ok());
        QVERIFY(QueryCopies::scrubStored(b).ok());
        QCOMPARE(stored(QStringLiteral("queries"), onBirth, QStringLiteral("value_at_raise")), QStringLiteral("1958-03-10"));
    }

    // Unreviewed free text is left out of the records and their audit trail alike; everything
    // else is there.

    void freeTextStaysOutOfReportsUntilReviewed()
    {
        QVERIFY(snapshotValue(QStringLiteral("adverse_events"), QStringLiteral("term_specify")).isNull());
        QVERIFY(snapshotValue(QStringLiteral("patients"), QStringLiteral("status_reason")).isNull());
        QCOMPARE(snapshotValue(QStringLiteral("adverse_events"), QStringLiteral("term")).toString(), QStringLiteral("Other"));
        QCOMPARE(snapshotValue(QStringLiteral("patients"), QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
        QVERIFY(!auditMentions(QStringLiteral("Alice Zhang")));
        QVERIFY(!auditMentions(QStringLiteral("Bob Li")));

        auto pending = FreeTextReview(m_store->backend(), m_store->clock()).pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        QStringList fields;
        for (const FreeTextValue &v : pending.value())
            fields << v.table + QLatin1Char('.') + v.field + QLatin1Char('=') + v.value;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("adverse_events.term_specify=Alice Zhang"),
                                      QStringLiteral("patients.status_reason=moved in with Bob Li")}));

        // Reviewed (here: the reviewer decided the words may go): in the reports from now on.
        QVERIFY(FreeTextReview(m_store->backend(), m_store->clock())
                    .review(QStringLiteral("adverse_events"), m_event, QStringLiteral("term_specify"), m_store->operatorActor()).ok());
        QCOMPARE(snapshotValue(QStringLiteral("adverse_events"), QStringLiteral("term_specify")).toString(), QStringLiteral("Alice Zhang"));
        QVERIFY(auditMentions(QStringLiteral("Alice Zhang")));
        QVERIFY(snapshotValue(QStringLiteral("patients"), QStringLiteral("status_reason")).isNull());
        QCOMPARE(FreeTextReview(m_store->backend(), m_store->clock()).pending()->size(), 1);
        const CentralAuditEntry last = CentralAuditTrail(m_store->backend(), m_store->clock()).entries()->last();
        QCOMPARE(last.event, QStringLiteral("free_text_reviewed"));
        QCOMPARE(last.actor, QStringLiteral("operator:reviewer"));
        QCOMPARE(last.detail.value(QStringLiteral("record_id")).toString(), m_event);
        QVERIFY(!QJsonDocument(last.detail).toJson().contains("Alice"));

        // A later change of the text is left out again until someone reads it.
        QVERIFY(m_store->push(m_device, {change(QStringLiteral("adverse_events"), m_event,
                                                {{QStringLiteral("term_specify"), QStringLiteral("Carol Wu")}},
                                                {{QStringLiteral("term_specify"), QStringLiteral("Alice Zhang")}})}).ok());
        QVERIFY(snapshotValue(QStringLiteral("adverse_events"), QStringLiteral("term_specify")).isNull());
        QVERIFY(!auditMentions(QStringLiteral("Carol Wu")));
        QVERIFY(auditMentions(QStringLiteral("Alice Zhang")));   // the reviewed value, in its history
    }

    void onlyFreeTextFieldsAreReviewed()
    {
        FreeTextReview review(m_store->backend(), m_store->clock());
        QCOMPARE(review.review(QStringLiteral("adverse_events"), m_event, QStringLiteral("term"), m_store->operatorActor()).error().field,
                 QStringLiteral("--field"));
        QCOMPARE(review.review(QStringLiteral("adverse_events"), newUuid(), QStringLiteral("term_specify"), m_store->operatorActor()).error().field,
                 QStringLiteral("--record"));
        QCOMPARE(review.pending()->size(), 2);
    }

    // The operator's view, from the real program: the list, a review, and the ODM export.
    void theCommandsListReviewAndExport()
    {
        const QString central = qEnvironmentVariable("MUCOTRACK_CENTRAL");
        QVERIFY2(!central.isEmpty(), "MUCOTRACK_CENTRAL is not set");
        const QStringList store = postgres() ? QStringList{QStringLiteral("--postgres"), qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES")}
                                             : QStringList{QStringLiteral("--data"), m_dataDir};
        const QString out = m_dir.filePath(QStringLiteral("trial-%1.xml").arg(m_store->backend().kind()));
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(central, args + store);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        auto listed = run({QStringLiteral("free-text"), QStringLiteral("--json")});
        QCOMPARE(listed.first, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.second).object().value(QStringLiteral("pending")).toArray().size(), 2);

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--out"), out}).first, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray xml = f.readAll();
        f.close();
        QVERIFY(xml.contains("GX01-0001"));
        QVERIFY(!xml.contains("Alice Zhang"));
        QVERIFY(!xml.contains("Bob Li"));

        QCOMPARE(run({QStringLiteral("free-text"), QStringLiteral("review"), QStringLiteral("--table"), QStringLiteral("adverse_events"),
                      QStringLiteral("--record"), m_event, QStringLiteral("--field"), QStringLiteral("term_specify")}).first, 0);
        QCOMPARE(run({QStringLiteral("free-text"), QStringLiteral("review"), QStringLiteral("--table"), QStringLiteral("adverse_events"),
                      QStringLiteral("--record"), m_event, QStringLiteral("--field"), QStringLiteral("term")}).first, 4);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--out"), out}).first, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        xml = f.readAll();
        QVERIFY(xml.contains("Alice Zhang"));
        QVERIFY(!xml.contains("Bob Li"));
    }
};

QTEST_GUILESS_MAIN(TestCentralMinimisation)
#include "tst_central_minimisation.moc"
