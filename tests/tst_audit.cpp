// The audit trail: every change audited with old and new value and reason; the hash
// chain finds an edited, deleted, reordered or truncated row and names the first one.
#include "TestSite.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/AuditChain.h"
#include "security/SigningKey.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "common/Clock.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <sodium.h>
#include <QtTest>

using namespace muco;

class TestAudit : public QObject {
    Q_OBJECT

    // A site with a few audited changes; returns the doctor's session.
    static std::unique_ptr<Session> populated(const test::TestSite &site)
    {
        auto s = site.signIn(QStringLiteral("doctor"));
        for (int i = 0; i < 3; ++i)
            (void)Patients::add(*s, {{}, QStringLiteral("Patient %1").arg(i), {}, {}, QStringLiteral("1970-01-01"), QStringLiteral("male")});
        return s;
    }

    // A patient with four audited fields, inside the caller's transaction.
    static bool createIn(Session &s, const QString &subject)
    {
        static int number = 5000;
        auto r = RecordStore::create(s, {&Patients::table(), {}, {{QStringLiteral("subject_id"), subject},
                                                                 {QStringLiteral("subject_number"), ++number},
                                                                 {QStringLiteral("status"), QStringLiteral("screening")},
                                                                 {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}}, {}});
        if (!r.ok())
            qWarning() << r.error().message;
        return r.ok();
    }

    // One patient with four audited fields, written by `s` in one transaction.
    static QString createPatient(Session &s, const QString &subject)
    {
        Transaction tx(s.db());
        if (!createIn(s, subject) || !tx.commit().ok())
            return {};
        return subject;
    }

    static QString metaHead(Database &db)
    {
        auto st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
        return st->next().value() ? st->text(0) : QString();
    }

    static qint64 maxSeq(Database &db) { return db.scalarInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")).value(); }

private slots:
    void intactAfterNormalUse()
    {
        test::TestSite site;
        auto s = populated(site);
        auto v = AuditChain::verify(s->db());
        QVERIFY(v.ok());
        QVERIFY(v->intact);
        QVERIFY(v->rows > 20);
        QCOMPARE(v->firstBroken, -1);
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("edited value") << "UPDATE audit SET new_value = 'female' WHERE seq = 12" << qint64(12);
        QTest::newRow("edited user") << "UPDATE audit SET user_name = 'someone' WHERE seq = 9" << qint64(9);
        QTest::newRow("edited time") << "UPDATE audit SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 5" << qint64(5);
        QTest::newRow("deleted row") << "DELETE FROM audit WHERE seq = 10" << qint64(11);
        QTest::newRow("reordered rows") << "UPDATE audit SET seq = CASE seq WHEN 7 THEN 8 ELSE 7 END WHERE seq IN (7, 8)" << qint64(7);
        QTest::newRow("first row deleted") << "DELETE FROM audit WHERE seq = 1" << qint64(2);
    }

    void tamper()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBroken);
        test::TestSite site;
        auto s = populated(site);
        // Reordering by swapping two primary keys needs a detour through a free number.
        if (sql.contains(QStringLiteral("CASE"))) {
            QVERIFY(s->db().exec(QStringLiteral("UPDATE audit SET seq = -7 WHERE seq = 7")).ok());
            QVERIFY(s->db().exec(QStringLiteral("UPDATE audit SET seq = 7 WHERE seq = 8")).ok());
            QVERIFY(s->db().exec(QStringLiteral("UPDATE audit SET seq = 8 WHERE seq = -7")).ok());
        } else {
            QVERIFY(s->db().exec(sql).ok());
        }
        auto v = AuditChain::verify(s->db());
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBroken, firstBroken);
        QVERIFY(!v->problem.isEmpty());
    }

    void truncatedTail()
    {
        test::TestSite site;
        auto s = populated(site);
        const qint64 last = s->db().scalarInt(QStringLiteral("SELECT max(seq) FROM audit")).value();
        QVERIFY(s->db().exec(QStringLiteral("DELETE FROM audit WHERE seq = %1").arg(last)).ok());
        auto v = AuditChain::verify(s->db());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBroken, last);
    }

    void changesRecordWhoWhatOldNewAndReason()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("doctor"));
        auto p = Patients::add(*s, {{}, {}, {}, {}, QStringLiteral("1970-01-01"), QStringLiteral("male")});
        QVERIFY(p.ok());
        RecordWrite noReason{&Patients::table(), p->id, {{QStringLiteral("sex"), QStringLiteral("female")}}, {}};
        {
            Transaction tx(s->db());
            auto r = RecordStore::update(*s, noReason);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, QStringLiteral("reason"));
        }
        RecordWrite withReason = noReason;
        withReason.reason = QStringLiteral("Transcription error in the referral letter");
        {
            Transaction tx(s->db());
            auto r = RecordStore::update(*s, withReason);
            QVERIFY(r.ok());
            QCOMPARE(r->version, 2);
            QVERIFY(tx.commit().ok());
        }
        auto st = s->db().prepare(QStringLiteral(
            "SELECT user_name, action, table_name, record_id, field, old_value, new_value, reason FROM audit ORDER BY seq DESC LIMIT 1"));
        QVERIFY(st->next().value());
        QCOMPARE(st->text(0), QStringLiteral("doctor"));
        QCOMPARE(st->text(1), QStringLiteral("update"));
        QCOMPARE(st->text(2), QStringLiteral("patients"));
        QCOMPARE(st->text(3), p->id);
        QCOMPARE(st->text(4), QStringLiteral("sex"));
        QCOMPARE(st->text(5), QStringLiteral("male"));
        QCOMPARE(st->text(6), QStringLiteral("female"));
        QCOMPARE(st->text(7), withReason.reason);
        // The change log carries the change for sync, based on the version it changed.
        auto log = s->db().prepare(QStringLiteral("SELECT version, base_version, fields FROM change_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1"));
        log->bind(1, p->id);
        QVERIFY(log->next().value());
        QCOMPARE(log->integer(0), 2);
        QCOMPARE(log->integer(1), 1);
        QCOMPARE(log->text(2), QStringLiteral("{\"sex\":\"female\"}"));
    }

    void identityNeverEntersTheChangeLog()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("coord"));
        QVERIFY(Patients::add(*s, {{}, QStringLiteral("Li Lei"), QStringLiteral("MRN-42"), QStringLiteral("555-0101"), {}, {}}).ok());
        auto st = s->db().prepare(QStringLiteral("SELECT table_name, fields FROM change_log"));
        int rows = 0;
        while (st->next().value()) {
            ++rows;
            QCOMPARE(st->text(0), QStringLiteral("patients"));
            for (const char *id : {"Li Lei", "MRN-42", "555-0101"})
                QVERIFY(!st->text(1).contains(QString::fromLatin1(id)));
        }
        QCOMPARE(rows, 1);
    }

    void failedWriteLeavesNothing()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("coord"));
        QVERIFY(Patients::add(*s, {QStringLiteral("GX01-0100"), {}, {}, {}, {}, {}}).ok());
        const qint64 auditBefore = s->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit")).value();
        const qint64 logBefore = s->db().scalarInt(QStringLiteral("SELECT count(*) FROM change_log")).value();
        auto dup = Patients::add(*s, {QStringLiteral("GX01-0100"), QStringLiteral("Someone"), {}, {}, {}, {}});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().field, QStringLiteral("subject-id"));
        QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit")).value(), auditBefore);
        QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM change_log")).value(), logBefore);
        QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value(), 1);
    }

    // Issue 14: a signer's rows in one transaction are signed once, at the last of them; every
    // row is still proven to be its author's, and the head is written once, at commit.
    void aTransactionsRowsAreSignedOnceAtItsEnd()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("doctor"));
        const qint64 before = maxSeq(s->db());
        {
            Transaction tx(s->db());
            for (int i = 0; i < 3; ++i)
                QVERIFY(createIn(*s, QStringLiteral("R-%1").arg(i)));
            // Before the commit: the head in meta has not moved, the chain verifies (the open
            // transaction's own run is pending), and nothing of the run is signed yet.
            QCOMPARE(metaHead(s->db()).section(QLatin1Char(':'), 0, 0).toLongLong(), before);
            QCOMPARE(AuditChain::head(s->db())->seq, before + 12);
            QVERIFY(AuditChain::verify(s->db())->intact);
            QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE seq > %1 AND signature IS NOT NULL").arg(before)).value(), 0);
            QVERIFY(tx.commit().ok());
        }
        Database &db = s->db();
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE seq > %1").arg(before)).value(), 12);
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE seq > %1 AND signer = 'doctor'").arg(before)).value(), 12);
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE seq > %1 AND signature IS NOT NULL").arg(before)).value(), 1);
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT seq FROM audit WHERE seq > %1 AND signature IS NOT NULL").arg(before)).value(), before + 12);
        // The head written at commit is the last row, as it was when every row moved it.
        QCOMPARE(metaHead(db), QStringLiteral("%1:%2").arg(before + 12).arg(AuditChain::hashAt(db, before + 12).value()));
        auto v = AuditChain::verify(db);
        QVERIFY(v->intact);
        QCOMPARE(v->signedRows, v->rows);
        // The run's signature is the doctor's over its first row and its last hash, nobody else's.
        auto st = db.prepare(QStringLiteral("SELECT signature, hash FROM audit WHERE seq = ?"));
        st->bind(1, before + 12);
        QVERIFY(st->next().value());
        const QByteArray sig = QByteArray::fromHex(st->text(0).toLatin1());
        const QByteArray doctorKey = v->publicKeys.value(QStringLiteral("doctor")).last();
        QVERIFY(SigningKey::verify(doctorKey, AuditChain::runMessage(QStringLiteral("doctor"), before + 1, before + 12, st->text(1)), sig));
        QVERIFY(!SigningKey::verify(doctorKey, AuditChain::runMessage(QStringLiteral("doctor"), before + 2, before + 12, st->text(1)), sig));
    }

    void aRolledBackTransactionLeavesTheHeadUnchanged()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("coord"));
        const QString headBefore = metaHead(s->db());
        const qint64 before = maxSeq(s->db());
        {
            Transaction tx(s->db());
            QVERIFY(createIn(*s, QStringLiteral("R-1")));
            QCOMPARE(AuditChain::head(s->db())->seq, before + 4);
        }   // rolled back
        QCOMPARE(metaHead(s->db()), headBefore);
        QCOMPARE(AuditChain::head(s->db())->seq, before);
        QCOMPARE(maxSeq(s->db()), before);
        QVERIFY(!createPatient(*s, QStringLiteral("R-2")).isEmpty());
        QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT min(seq) FROM audit WHERE seq > %1").arg(before)).value(), before + 1);
        QVERIFY(AuditChain::verify(s->db())->intact);
    }

    // A savepoint rolled back inside the transaction takes its rows back and, with them, the
    // head and the pending run kept for the commit (the pull parks a refused change this way).
    void aRolledBackSavepointTakesItsRowsAndTheHeadBack()
    {
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("coord"));
        const qint64 before = maxSeq(s->db());
        {
            Transaction tx(s->db());
            QVERIFY(createIn(*s, QStringLiteral("R-1")));
            {
                Savepoint sp(s->db(), QStringLiteral("test_point"));
                QVERIFY(sp.begun().ok());
                QVERIFY(createIn(*s, QStringLiteral("R-2")));
                QCOMPARE(AuditChain::head(s->db())->seq, before + 8);
                QVERIFY(sp.rollback().ok());
            }
            QCOMPARE(AuditChain::head(s->db())->seq, before + 4);
            QVERIFY(createIn(*s, QStringLiteral("R-3")));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(maxSeq(s->db()), before + 8);
        QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients WHERE subject_id = 'R-2'")).value(), 0);
        QCOMPARE(metaHead(s->db()), QStringLiteral("%1:%2").arg(before + 8).arg(AuditChain::hashAt(s->db(), before + 8).value()));
        auto v = AuditChain::verify(s->db());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->signedRows, v->rows);
    }

    // Tampering with a run signed once: each row of it is still its author's, or the chain breaks
    // at the run's first row.
    void tamperWithARun_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("the run's signature removed") << "UPDATE audit SET signature = NULL WHERE seq = %last";
        QTest::newRow("the run's signature moved to its first row")
            << "UPDATE audit SET signature = (SELECT signature FROM audit WHERE seq = %last) WHERE seq = %first";
        QTest::newRow("a row of the run given to another signer") << "UPDATE audit SET signer = 'coord' WHERE seq = %first + 1";
        QTest::newRow("the run's signer renamed") << "UPDATE audit SET signer = 'coord' WHERE seq BETWEEN %first AND %last";
        QTest::newRow("a row of the run signed alone with another run's signature")
            << "UPDATE audit SET signature = (SELECT signature FROM audit WHERE seq = %first - 1) WHERE seq = %first + 1";
    }

    void tamperWithARun()
    {
        QFETCH(QString, sql);
        test::TestSite site;
        auto s = site.signIn(QStringLiteral("doctor"));
        const qint64 first = maxSeq(s->db()) + 1;
        QVERIFY(!createPatient(*s, QStringLiteral("R-1")).isEmpty());
        const qint64 last = maxSeq(s->db());
        QCOMPARE(last, first + 3);
        QVERIFY(!createPatient(*s, QStringLiteral("R-2")).isEmpty());   // signed after it
        sql.replace(QStringLiteral("%first"), QString::number(first)).replace(QStringLiteral("%last"), QString::number(last));
        QVERIFY(s->db().exec(sql).ok());
        auto v = AuditChain::verify(s->db());
        QVERIFY(v.ok());
        QVERIFY2(!v->intact, qPrintable(sql));
        QCOMPARE(v->firstBroken, first);
    }

    // A row slipped in under the doctor's name (with the database key, not the doctor's) and left
    // for the doctor's next run to cover: the run's signature names where it began.
    void aRowSlippedInBeforeAnHonestRunIsNotCoveredByIt()
    {
        test::TestSite site;
        {
            auto s = site.signIn(QStringLiteral("doctor"));
            QVERIFY(!createPatient(*s, QStringLiteral("R-1")).isEmpty());
        }
        qint64 forged = 0;
        {
            auto s = site.signIn(QStringLiteral("coord"));   // anyone with the database key
            const SigningKey notTheDoctors = SigningKey::generate(QStringLiteral("doctor"));
            Transaction tx(s->db());
            QVERIFY(AuditChain::append(s->db(), {QStringLiteral("doctor"), QStringLiteral("update"), QStringLiteral("patients"),
                                                 QStringLiteral("x"), QStringLiteral("status"), {}, QStringLiteral("withdrawn"), QStringLiteral("none")},
                                       QDateTime::currentDateTimeUtc(), &notTheDoctors).ok());
            forged = AuditChain::head(s->db())->seq;
            QVERIFY(tx.commit().ok());
            QVERIFY(s->db().exec(QStringLiteral("UPDATE audit SET signature = NULL WHERE seq = %1").arg(forged)).ok());
        }
        auto doctor = site.signIn(QStringLiteral("doctor"));
        QVERIFY(!createPatient(*doctor, QStringLiteral("R-2")).isEmpty());
        auto v = AuditChain::verify(doctor->db());
        QVERIFY(!v->intact);
        QVERIFY(v->firstBroken <= forged);
        QVERIFY2(v->problem.contains(QStringLiteral("signature")) || v->problem.contains(QStringLiteral("not signed")), qPrintable(v->problem));
    }

    // The hash covers the JSON array of the row's fields, as it always did (older chains and an
    // attacker's re-hashing use QJsonDocument): the same bytes whether written directly (plain
    // text) or through QJsonDocument (anything else).
    void rowHashIsTheJsonArrayOfItsFields_data()
    {
        QTest::addColumn<QString>("text");
        QString printable;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            printable += QChar(c);
        QTest::newRow("plain") << QStringLiteral("GX01-0001");
        QTest::newRow("every printable ASCII character") << printable;
        QTest::newRow("empty") << QString(QStringLiteral(""));
        QTest::newRow("null") << QString();
        QTest::newRow("quote") << QStringLiteral("say \"no\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\temp");
        QTest::newRow("slash") << QStringLiteral("1/2");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc\r");
        QTest::newRow("control character") << QString(QChar(0x01));
        QTest::newRow("delete") << QString(QChar(0x7f));
        QTest::newRow("Chinese") << QStringLiteral("口腔黏膜炎");
        QTest::newRow("outside the BMP") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800));
    }

    void rowHashIsTheJsonArrayOfItsFields()
    {
        QFETCH(QString, text);
        const QString at = QStringLiteral("2026-11-25T08:00:00.000Z");
        const QString prev(64, QLatin1Char('0'));
        for (int where = 0; where < 3; ++where) {
            AuditEntry e{QStringLiteral("coord"), QStringLiteral("update"), QStringLiteral("patients"), QStringLiteral("id-1"),
                         QStringLiteral("status"), QStringLiteral("screening"), QStringLiteral("enrolled"), {}};
            (where == 0 ? e.newValue : where == 1 ? e.reason : e.user) = text;
            const QJsonArray parts{QStringLiteral("7"), at, e.user, e.action, e.table, e.recordId, e.field, e.oldValue,
                                   e.newValue, e.reason, prev};
            const QByteArray bytes = QJsonDocument(parts).toJson(QJsonDocument::Compact);
            unsigned char out[crypto_hash_sha256_BYTES];
            crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                               static_cast<unsigned long long>(bytes.size()));
            QCOMPARE(AuditChain::rowHash(7, at, e, prev),
                     QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex()));
        }
    }

    void isoUtcIsQtsIsoDateWithMs_data()
    {
        QTest::addColumn<QDateTime>("time");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("usual") << QDateTime(QDate(2026, 11, 25), QTime(8, 0), utc);
        QTest::newRow("last millisecond of a year") << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), utc);
        QTest::newRow("a few milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), utc);
        QTest::newRow("year 1000") << QDateTime(QDate(1000, 1, 1), QTime(0, 0), utc);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), utc);
        QTest::newRow("year 999") << QDateTime(QDate(999, 6, 1), QTime(12, 0), utc);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), utc);
        QTest::newRow("another zone") << QDateTime(QDate(2026, 3, 1), QTime(1, 30, 0, 250), QTimeZone(8 * 3600));
        QTest::newRow("now") << QDateTime::currentDateTimeUtc();
    }

    void isoUtcIsQtsIsoDateWithMs()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(isoUtc(time), time.toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(isIsoUtc(isoUtc(time)) || time.date().year() > 9999);
    }

    // What the central site takes as a signing time: only isoUtc's own form, which orders as time.
    void isIsoUtcIsIsoUtcsFormOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("usual") << "2026-11-20T12:00:00.000Z" << true;
        QTest::newRow("leap day") << "2028-02-29T23:59:59.999Z" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("a year") << "2026" << false;
        QTest::newRow("no milliseconds") << "2026-11-20T12:00:00Z" << false;
        QTest::newRow("a zone") << "2026-11-20T12:00:00.000+08:00" << false;
        QTest::newRow("no zone") << "2026-11-20T12:00:00.0000" << false;
        QTest::newRow("lower-case z") << "2026-11-20T12:00:00.000z" << false;
        QTest::newRow("a space for the T") << "2026-11-20 12:00:00.000Z" << false;
        QTest::newRow("a space before") << " 2026-11-20T12:00:00.000Z" << false;
        QTest::newRow("no such day") << "2026-02-30T12:00:00.000Z" << false;
        QTest::newRow("not a leap year") << "2026-02-29T12:00:00.000Z" << false;
        QTest::newRow("hour 24") << "2026-11-20T24:00:00.000Z" << false;
        QTest::newRow("second 60") << "2026-11-20T12:00:60.000Z" << false;
        QTest::newRow("month 13") << "2026-13-20T12:00:00.000Z" << false;
    }

    void isIsoUtcIsIsoUtcsFormOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(isIsoUtc(text), accepted);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
