// A push's reads and writes are batched (central/PushBatch, issue 14): a few statements per
// push instead of about twelve per change, which made PostgreSQL the slow backend. Checked on
// the embedded store and, when MUCOTRACK_TEST_POSTGRES names one, on PostgreSQL: what the
// batching must keep (a change sees the changes before it in the same push, exactly as if
// each had been pushed alone; a refused change leaves nothing of its push) and what it must
// not slip back to (statements counted per push, whatever its size; the subject-ID lookup
// through its index).
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "central/PushBatch.h"
#include "common/CanonicalJson.h"
#include "common/Ids.h"
#include <QJsonArray>
#include <algorithm>
#include <atomic>
#include <thread>
#include <QJsonDocument>
#include <QTemporaryDir>
#include "CentralSchema.h"
#include <QtTest>

using namespace muco;

namespace {

QJsonObject change(const QString &table, const QString &record, const QJsonObject &fields, const QJsonObject &old = {},
                   const QString &id = newUuid())
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
            {QStringLiteral("fields"), fields}, {QStringLiteral("old"), old}, {QStringLiteral("changed_by"), QStringLiteral("nurse")},
            {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
}

QJsonObject lab(const QString &patient, const QString &value)
{
    return {{QStringLiteral("patient_id"), patient}, {QStringLiteral("panel"), QStringLiteral("blood_count")},
            {QStringLiteral("analyte"), QStringLiteral("hemoglobin")}, {QStringLiteral("value"), value},
            {QStringLiteral("unit"), QStringLiteral("g/L")}, {QStringLiteral("collected_utc"), QStringLiteral("2026-11-20T07:00:00.000Z")}};
}

} // namespace

class TestCentralPushBatch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));

    std::unique_ptr<CentralStore> freshStore()
    {
        QFETCH_GLOBAL(QString, backend);
        static int n = 0;
        auto b = backend == QLatin1String("postgres")
            ? CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"))
            : CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/c%1").arg(++n), true);
        if (!b.ok())
            qFatal("%s", qPrintable(b.error().message));
        if (backend == QLatin1String("postgres") && !test::emptyCentralSchema(**b))
            qFatal("the central schema could not be made again");
        return std::make_unique<CentralStore>(std::move(b).value(), m_clock);
    }

    static QStringList recordColumns()
    {
        return {QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("change_id")};
    }

    static bool onPostgres()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("postgres");
    }

    // A new patient of site GX01 numbered n, as a device pushes it.
    static QJsonObject numberedPatient(int n)
    {
        return change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-%1").arg(n, 4, 10, QLatin1Char('0'))}});
    }

    static DeviceIdentity enroll(CentralStore &store, const QString &site)
    {
        auto e = store.enroll(store.createEnrollmentCode(site).value());
        return {e->deviceId, e->site};
    }

    // Everything a push decides: stored values, owners, the feed, the conflicts (ids aside).
    static QStringList state(CentralStore &store)
    {
        QStringList out;
        for (const char *sql : {"SELECT table_name, record_id, field, value, change_id FROM records ORDER BY table_name, record_id, field",
                                "SELECT table_name, record_id, site FROM record_sites ORDER BY table_name, record_id",
                                "SELECT id, table_name, record_id, fields FROM changes ORDER BY seq",
                                "SELECT table_name, record_id, field, central_value, device_value, change_id, status FROM conflicts"
                                " ORDER BY change_id, field"}) {
            auto rows = store.backend().query(QString::fromLatin1(sql));
            if (!rows.ok())
                return {rows.error().message};
            for (const QVariantList &r : rows.value()) {
                QStringList cells;
                for (const QVariant &v : r)
                    cells << v.toString();
                out << cells.join(QLatin1Char('|'));
            }
            out << QStringLiteral("--");
        }
        return out;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded") << QStringLiteral("embedded");
        if (!qEnvironmentVariableIsEmpty("MUCOTRACK_TEST_POSTGRES"))
            QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // Before: about twelve statements per change (6,000 for this push), each a round trip to
    // PostgreSQL. Now a push of 500 new records costs a few dozen, and the next no more.
    void aPushCostsAFewStatementsWhateverItsSize()
    {
        auto store = freshStore();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        for (int round = 0; round < 2; ++round) {
            QJsonArray batch;
            for (int p = 0; p < 50; ++p) {
                const QString patient = newUuid();
                batch.append(change(QStringLiteral("patients"), patient,
                                    {{QStringLiteral("subject_id"), QStringLiteral("GX01-%1").arg(round * 50 + p + 1, 4, 10, QLatin1Char('0'))},
                                     {QStringLiteral("sex"), QStringLiteral("male")}}));
                for (int l = 0; l < 9; ++l)
                    batch.append(change(QStringLiteral("lab_results"), newUuid(), lab(patient, QString::number(100 + l))));
            }
            const qint64 before = store->backend().statementCount();
            auto r = store->push(device, batch);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->value(QStringLiteral("acked")).toArray().size(), 500);
            const qint64 used = store->backend().statementCount() - before;
            // The prefetch (change ids, owners, the 50 patients' subject-ID holders in one UNION ALL:
            // they were a lookup each, 75 statements on PostgreSQL and 95 on SQLite), the
            // multi-row writes, the trail, where there were 6,000. On PostgreSQL each list is one
            // JSON parameter and each table's rows one statement: 10.
            QFETCH_GLOBAL(QString, backend);
            const qint64 most = backend == QLatin1String("postgres") ? 12 : 60;
            QVERIFY2(used <= most, qPrintable(QStringLiteral("%1 statements for 500 changes").arg(used)));
        }
        auto rows = store->backend().query(QStringLiteral("SELECT count(*) FROM changes"));
        QCOMPARE(rows->first().at(0).toInt(), 1000);
        rows = store->backend().query(QStringLiteral("SELECT count(*) FROM records"));
        QCOMPARE(rows->first().at(0).toInt(), 100 * 2 + 900 * 6);
    }

    // Each change of a push sees the ones before it: a lab of a patient created in the same
    // push, an update of a value set in the same push (the old value it names), a stale update
    // (a conflict against the newer value), the same change twice (applied once), a subject ID
    // taken in the same push in another case (a conflict, a free ID). The same changes pushed
    // one by one leave exactly the same store.
    void changesInOnePushSeeEachOther()
    {
        const QString patient = newUuid(), other = newUuid(), result = newUuid(), held = newUuid(), third = newUuid();
        // Before the push: a patient holding GX01-0009.
        const QJsonObject earlier = change(QStringLiteral("patients"), held, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0009")}});
        const QString repeated = newUuid();
        const QJsonArray changes{
            change(QStringLiteral("patients"), patient, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}, {QStringLiteral("sex"), QStringLiteral("female")}}),
            change(QStringLiteral("lab_results"), result, lab(patient, QStringLiteral("120")), {}, repeated),
            change(QStringLiteral("lab_results"), result, {{QStringLiteral("value"), QStringLiteral("121")}}, {{QStringLiteral("value"), QStringLiteral("120")}}),
            change(QStringLiteral("lab_results"), result, {{QStringLiteral("value"), QStringLiteral("99")}}, {{QStringLiteral("value"), QStringLiteral("120")}}),
            change(QStringLiteral("lab_results"), result, lab(patient, QStringLiteral("120")), {}, repeated),
            // Set again after its conflict opened: the conflict shows the value now held.
            change(QStringLiteral("lab_results"), result, {{QStringLiteral("value"), QStringLiteral("122")}}, {{QStringLiteral("value"), QStringLiteral("121")}}),
            change(QStringLiteral("patients"), other, {{QStringLiteral("subject_id"), QStringLiteral("gx01-0001")}, {QStringLiteral("sex"), QStringLiteral("male")}}),
            change(QStringLiteral("patients"), patient, {{QStringLiteral("status"), QStringLiteral("enrolled")}}, {{QStringLiteral("status"), QJsonValue::Null}}),
            change(QStringLiteral("patients"), third, {{QStringLiteral("subject_id"), QStringLiteral("gx01-0009")}}),
        };
        QStringList together, oneByOne;
        {
            auto store = freshStore();
            const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
            QVERIFY(store->push(device, {earlier}).ok());
            auto r = store->push(device, changes);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->value(QStringLiteral("acked")).toArray().size(), changes.size());
            // The stale value, the subject ID taken in the push, the one taken before it.
            QCOMPARE(r->value(QStringLiteral("conflicts")).toArray().size(), 3);
            auto once = store->backend().query(QStringLiteral("SELECT count(*) FROM changes WHERE id = ?"), {repeated});
            QCOMPARE(once->first().at(0).toInt(), 1);
            together = state(*store);
        }
        {
            auto store = freshStore();
            const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
            QVERIFY(store->push(device, {earlier}).ok());
            for (const QJsonValue &c : changes)
                QVERIFY(store->push(device, {c}).ok());
            oneByOne = state(*store);
        }
        QCOMPARE(together, oneByOne);
        // What the store holds: the value updated in the push, the other patient's proposed ID.
        QVERIFY(together.join(QLatin1Char('\n')).contains(QStringLiteral("lab_results|%1|value|[\"122\"]").arg(result)));
        QVERIFY2(together.join(QLatin1Char('\n')).contains(QStringLiteral("lab_results|%1|value|[\"122\"]|[\"99\"]").arg(result)), qPrintable(together.join(QLatin1Char('\n'))));
        QVERIFY(together.join(QLatin1Char('\n')).contains(QStringLiteral("patients|%1|subject_id|[\"GX01-").arg(other)));
        QVERIFY(!together.join(QLatin1Char('\n')).contains(QStringLiteral("patients|%1|subject_id|[\"gx01-0009\"]").arg(third)));
    }

    // Values of every kind reach the store as sent, written in rows of JSON on PostgreSQL:
    // quotes, backslashes, control characters, other scripts, numbers, null, and an absent
    // changed_by, which is SQL's NULL as before (not an empty text).
    void everyKindOfValueIsStoredAsSent()
    {
        auto store = freshStore();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const QString patient = newUuid(), ae = newUuid();
        const QJsonObject fields{{QStringLiteral("term_specify"), QStringLiteral("say \"no\" \\ C:\\path\ttab\nline \x01 口腔黏膜炎 \U0001F600")},
                                 {QStringLiteral("action_taken"), QStringLiteral("C:\\dir \"quoted\" \\\\server")},
                                 {QStringLiteral("grade"), 3}, {QStringLiteral("dose"), 2.5}, {QStringLiteral("serious"), true},
                                 {QStringLiteral("outcome"), QJsonValue()}, {QStringLiteral("patient_id"), patient}};
        QJsonObject withoutAuthor = change(QStringLiteral("adverse_events"), ae, fields);
        withoutAuthor.remove(QStringLiteral("changed_by"));
        auto r = store->push(device, {change(QStringLiteral("patients"), patient, {{QStringLiteral("sex"), QStringLiteral("female")}}),
                                      withoutAuthor});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            auto v = store->backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = 'adverse_events' AND record_id = ?"
                                                           " AND field = ?"), {ae, it.key()});
            QVERIFY(v.ok());
            QCOMPARE(v->size(), 1);
            QCOMPARE(v->first().at(0).toString(), canonicalJson(it.value()));
        }
        auto c = store->backend().query(QStringLiteral("SELECT fields, changed_by IS NULL FROM changes WHERE record_id = ?"), {ae});
        QVERIFY(c.ok());
        QCOMPARE(QJsonDocument::fromJson(c->first().at(0).toString().toUtf8()).object(), fields);
        QVERIFY(c->first().at(1).toBool());
        // The feed hands it on as it came.
        const DeviceIdentity other = enroll(*store, QStringLiteral("GX01"));
        auto pulled = store->pull(other, 0, 100);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->value(QStringLiteral("changes")).toArray().at(1).toObject().value(QStringLiteral("fields")).toObject(), fields);
    }

    // The same subject ID with a letter beyond ASCII, taken by two patients of a site, is found
    // taken on either backend (the stored value and the one asked for fold their case alike).
    void aSubjectIdBeyondAsciiTakenTwiceIsAConflict()
    {
        auto store = freshStore();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const QString id = QStringLiteral("ÉX-0001");
        QVERIFY(store->push(device, {change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), id}})}).ok());
        auto r = store->push(device, {change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), id}})});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->value(QStringLiteral("conflicts")).toArray().size(), 1);
    }

    // A text with an unpaired surrogate (Qt's JSON parser lets it through) is refused before
    // anything is written, naming where it is; nothing of its push is stored.
    void anUnpairedSurrogateIsRefusedNamingWhere()
    {
        auto store = freshStore();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const QStringList before = state(*store);
        const QString broken = QStringLiteral("lab-") + QChar(0xD800) + QStringLiteral("x");
        const QString patient = newUuid();
        for (const auto &[which, c] : {std::pair{QStringLiteral("changes[1].record_id"),
                                                 change(QStringLiteral("lab_results"), broken, lab(patient, QStringLiteral("120")))},
                                       std::pair{QStringLiteral("changes[1].fields.value"),
                                                 change(QStringLiteral("lab_results"), newUuid(), lab(patient, broken))}}) {
            auto r = store->push(device, {change(QStringLiteral("patients"), patient, {{QStringLiteral("sex"), QStringLiteral("male")}}), c});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ErrorKind::Invalid);
            QCOMPARE(r.error().field, which);
            QCOMPARE(state(*store), before);
        }
    }

    // A change that is refused (it names another site's record) refuses its whole push: nothing
    // the changes before it set in the batch is written.
    void aRefusedChangeLeavesNothingOfItsPush()
    {
        auto store = freshStore();
        const DeviceIdentity first = enroll(*store, QStringLiteral("GX01"));
        const DeviceIdentity second = enroll(*store, QStringLiteral("GX02"));
        const QString theirs = newUuid(), ours = newUuid();
        QVERIFY(store->push(first, {change(QStringLiteral("patients"), theirs, {{QStringLiteral("sex"), QStringLiteral("male")}})}).ok());
        const QStringList before = state(*store);
        auto r = store->push(second, {change(QStringLiteral("patients"), ours, {{QStringLiteral("sex"), QStringLiteral("female")}}),
                                      change(QStringLiteral("lab_results"), newUuid(), lab(ours, QStringLiteral("130"))),
                                      change(QStringLiteral("lab_results"), newUuid(), lab(theirs, QStringLiteral("130")))});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QCOMPARE(state(*store), before);
    }

    // The subject-ID lookup runs for every patient pushed: through its index, not a scan of
    // every patient's fields (the push slowed as the store grew).
    void theSubjectLookupUsesItsIndex()
    {
        QFETCH_GLOBAL(QString, backend);
        auto store = freshStore();
        const QString explain = backend == QLatin1String("postgres") ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ");
        if (backend == QLatin1String("postgres"))
            QVERIFY(store->backend().exec(QStringLiteral("SET enable_seqscan = off")).ok());   // an empty table is read whole otherwise
        // Values written in (PostgreSQL prepares no EXPLAIN); the same plan as for parameters.
        QString one = PushBatch::subjectHolderSql();
        for (const char *literal : {"'GX01'", "'a-record'", "'\"GX01-0001\"'"})
            one.replace(one.indexOf(QLatin1Char('?')), 1, QString::fromLatin1(literal));
        // The push's lookups together: every branch of the UNION ALL through the index; on
        // PostgreSQL, the join from the JSON list.
        QString together = PushBatch::subjectHoldersSql(2);
        for (const char *literal : {"'\"GX01-0001\"'", "'\"GX01-0001\"'", "'\"GX01-0002\"'", "'\"GX01-0002\"'"})
            together.replace(together.indexOf(QLatin1Char('?')), 1, QString::fromLatin1(literal));
        if (backend == QLatin1String("postgres"))
            together = PushBatch::subjectHoldersJsonSql().replace(QLatin1Char('?'), QStringLiteral("'[\"[\\\"GX01-0001\\\"]\", \"[\\\"GX01-0002\\\"]\"]'"));
        for (const QString &sql : {one, together}) {
            auto plan = store->backend().query(explain + sql);
            QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
            QStringList text;
            for (const QVariantList &r : plan.value())
                for (const QVariant &v : r)
                    text << v.toString();
            const qsizetype branches = sql == one || backend == QLatin1String("postgres") ? 1 : 2;
            QVERIFY2(text.join(QLatin1Char(' ')).count(QLatin1String("records_subject")) >= branches, qPrintable(text.join(QLatin1Char('\n'))));
        }
        if (backend != QLatin1String("postgres"))
            return;
        QVERIFY(store->backend().exec(QStringLiteral("SET enable_seqscan = on")).ok());
        // A trial's worth of patients, the statistics taken: each subject ID asked is looked up
        // in the index by its value (an Index Cond on the list's element), not hashed against
        // every patient's ID read from the whole index (the plan PostgreSQL chose for a join
        // from the list: 39 ms a push at 10,000 patients, growing with the trial).
        for (const char *sql : {"INSERT INTO records (table_name, record_id, field, value, change_id) SELECT 'patients', 'p' || g,"
                                " 'subject_id', '[\"GX01-' || g || '\"]', 'c' || g FROM generate_series(1, 5000) AS g",
                                "INSERT INTO record_sites (table_name, record_id, site) SELECT 'patients', 'p' || g, 'GX01'"
                                " FROM generate_series(1, 5000) AS g",
                                "ANALYZE records", "ANALYZE record_sites"})
            QVERIFY(store->backend().exec(QString::fromLatin1(sql)).ok());
        const QString asked = QStringLiteral("'[\"[\\\"GX01-17\\\"]\", \"[\\\"GX01-4242\\\"]\"]'");
        auto plan = store->backend().query(explain + PushBatch::subjectHoldersJsonSql().replace(QLatin1Char('?'), asked));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QStringList lines;
        for (const QVariantList &r : plan.value())
            lines << r.value(0).toString();
        const bool byValue = std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.contains(QLatin1String("Index Cond")) && l.contains(QLatin1String("lower(j.v)"));
        });
        QVERIFY2(byValue, qPrintable(lines.join(QLatin1Char('\n'))));
        // And it answers: each asked ID with its holder.
        auto found = store->backend().query(PushBatch::subjectHoldersJsonSql().replace(QLatin1Char('?'), asked));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QStringList holders;
        for (const QVariantList &r : found.value())
            holders << r.value(0).toString() + QLatin1Char(' ') + r.value(1).toString() + QLatin1Char(' ') + r.value(2).toString();
        holders.sort();
        QCOMPARE(holders, (QStringList{QStringLiteral("[\"GX01-17\"] p17 GX01"), QStringLiteral("[\"GX01-4242\"] p4242 GX01")}));
    }

    // A push's rows go in as one bulk insert per table (PostgreSQL: COPY, whose text format
    // escapes backslashes, tabs, line breaks and returns, and spells NULL \N). Every text comes
    // back as it was given, a null one as NULL, an empty one empty.
    void bulkInsertedRowsComeBackAsGiven()
    {
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const QStringList texts{QStringLiteral("back\\slash \\\\server"), QStringLiteral("tab\there"), QStringLiteral("line\nbreak\r\n"),
                                QStringLiteral("\\N"), QStringLiteral("\\."), QStringLiteral(""), QString(),
                                QStringLiteral("口腔黏膜炎 \U0001F600"), QStringLiteral("it's \"quoted\" ? $1"), QStringLiteral("\x01\x7f")};
        QList<QVariantList> rows;
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows << QVariantList{QStringLiteral("t"), QStringLiteral("r%1").arg(i), QStringLiteral("f"), texts[i], qlonglong(i)};
        QVERIFY(b.begin().ok());
        auto s = b.insertRows(QStringLiteral("records"), {QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("field"),
                                                          QStringLiteral("value"), QStringLiteral("change_id")}, rows);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(b.commit().ok());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            auto v = b.query(QStringLiteral("SELECT value, value IS NULL, change_id FROM records WHERE record_id = ?"), {QStringLiteral("r%1").arg(i)});
            QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
            QCOMPARE(v->size(), 1);
            QCOMPARE(v->first().at(0).toString(), texts[i].isNull() ? QString() : texts[i]);
            QCOMPARE(v->first().at(1).toBool(), texts[i].isNull());
            QCOMPARE(v->first().at(2).toString(), QString::number(i));
        }
    }

    // A bulk insert that fails (a key already held) is an error, leaves nothing of its rows and
    // leaves the connection usable: the transaction rolls back and the next one works.
    void aFailedBulkInsertLeavesNothingAndTheConnectionUsable()
    {
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const QStringList columns{QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("site")};
        QVERIFY(b.insertRows(QStringLiteral("record_sites"), columns, {{QStringLiteral("t"), QStringLiteral("held"), QStringLiteral("GX01")}}).ok());
        for (int attempt = 0; attempt < 2; ++attempt) {
            QVERIFY(b.begin().ok());
            auto s = b.insertRows(QStringLiteral("record_sites"), columns,
                                  {{QStringLiteral("t"), QStringLiteral("new"), QStringLiteral("GX01")},
                                   {QStringLiteral("t"), QStringLiteral("held"), QStringLiteral("GX02")}});
            QVERIFY(!s.ok());
            b.rollback();
        }
        auto rows = b.query(QStringLiteral("SELECT record_id, site FROM record_sites WHERE table_name = ? ORDER BY record_id"), {QStringLiteral("t")});
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().at(1).toString(), QStringLiteral("GX01"));
    }

    // Rows sent ahead (PostgreSQL: into a COPY left open while the push goes on) that the
    // database refuses fail the statement after them, or the commit, never silently: nothing of
    // the transaction stays and the connection serves the next one.
    void aRefusedStreamedRowFailsWhatFollowsIt()
    {
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const QStringList columns{QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("site")};
        QVERIFY(b.insertRows(QStringLiteral("record_sites"), columns, {{QStringLiteral("t"), QStringLiteral("held"), QStringLiteral("GX01")}}).ok());
        const auto sites = [&] {
            auto rows = b.query(QStringLiteral("SELECT record_id, site FROM record_sites WHERE table_name = ? ORDER BY record_id"), {QStringLiteral("t")});
            QStringList out;
            for (const QVariantList &r : rows.ok() ? rows.value() : QList<QVariantList>{{rows.error().message}})
                out << r.value(0).toString() + QLatin1Char('|') + r.value(1).toString();
            return out;
        };
        // Refused at the next statement, then at the commit.
        for (const bool atCommit : {false, true}) {
            QVERIFY(b.begin().ok());
            Status s = b.streamRows(QStringLiteral("record_sites"), columns,
                                    {{QStringLiteral("t"), QStringLiteral("new"), QStringLiteral("GX01")},
                                     {QStringLiteral("t"), QStringLiteral("held"), QStringLiteral("GX02")}});
            // On PostgreSQL the rows are only sent: the refusal comes with what follows them.
            QCOMPARE(s.ok(), onPostgres());
            if (s.ok())
                s = atCommit ? b.commit() : Status(b.query(QStringLiteral("SELECT count(*) FROM record_sites")).error());
            QVERIFY2(!s.ok(), atCommit ? "the commit" : "the statement after the rows");
            b.rollback();
            QCOMPARE(sites(), QStringList{QStringLiteral("held|GX01")});
        }
        // Rows streamed and then read in the same transaction are there; committed, they stay.
        QVERIFY(b.begin().ok());
        QVERIFY(b.streamRows(QStringLiteral("record_sites"), columns, {{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("GX01")}}).ok());
        QVERIFY(b.streamRows(QStringLiteral("record_sites"), columns, {{QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("GX02")}}).ok());
        auto seen = b.query(QStringLiteral("SELECT count(*) FROM record_sites WHERE table_name = ?"), {QStringLiteral("t")});
        QVERIFY2(seen.ok(), seen.ok() ? "" : qPrintable(seen.error().message));
        QCOMPARE(seen->first().at(0).toInt(), 3);
        QVERIFY(b.streamRows(QStringLiteral("record_sites"), columns, {{QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("GX03")}}).ok());
        QVERIFY(b.commit().ok());
        QCOMPARE(sites(), (QStringList{QStringLiteral("a|GX01"), QStringLiteral("b|GX02"), QStringLiteral("c|GX03"), QStringLiteral("held|GX01")}));
    }

    // A push whose fields, sent ahead, the database refuses (here a field row left without its
    // record's owner, so that the push takes the record for a new one) fails as a whole, leaves
    // the store as it was, and the device's next push is stored.
    void aPushWhoseRowsAreRefusedLeavesNothing()
    {
        auto store = freshStore();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const QString orphan = newUuid();
        QVERIFY(store->backend().insertRows(QStringLiteral("records"), recordColumns(),
                                            {{QStringLiteral("lab_results"), orphan, QStringLiteral("value"), QStringLiteral("[\"1\"]"), QStringLiteral("x")}}).ok());
        const QStringList before = state(*store);
        const QString patient = newUuid();
        QJsonArray batch{change(QStringLiteral("patients"), patient, {{QStringLiteral("sex"), QStringLiteral("male")}}),
                         change(QStringLiteral("lab_results"), orphan, lab(patient, QStringLiteral("130")))};
        for (int i = 0; i < 20; ++i)
            batch.append(change(QStringLiteral("lab_results"), newUuid(), lab(patient, QString::number(100 + i))));
        auto r = store->push(device, batch);
        QVERIFY(!r.ok());
        QCOMPARE(state(*store), before);
        auto next = store->push(device, {change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("sex"), QStringLiteral("female")}})});
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
    }

    // PostgreSQL ends the central site's connection (a restart, a failover, an idle timeout):
    // the next push opens it again and is stored, where every later request failed until the
    // service was restarted. A loss inside a transaction is not papered over: the rest of its
    // statements fail rather than run outside it, and nothing of it stays.
    void aLostConnectionIsOpenedAgainBetweenTransactions()
    {
        if (!onPostgres())
            QSKIP("the embedded store has no connection to lose");
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const auto patient = numberedPatient;
        QVERIFY(store->push(device, {patient(1)}).ok());
        const QString kill = QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())");
        QVERIFY(!b.query(kill).ok());   // ends the very connection it runs on
        auto second = store->push(device, {patient(2)});
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        // Opened again with its settings: without them each lookup was planned once for good.
        auto setting = b.query(QStringLiteral("SELECT current_setting('plan_cache_mode'), current_setting('client_encoding')"));
        QVERIFY2(setting.ok(), setting.ok() ? "" : qPrintable(setting.error().message));
        QCOMPARE(setting->first().at(0).toString(), QStringLiteral("force_custom_plan"));
        QCOMPARE(setting->first().at(1).toString(), QStringLiteral("UTF8"));
        // Ended from elsewhere while the service is idle (a restart): libpq learns of it only at
        // the next statement, the push's BEGIN, which opens it again and begins once more.
        auto pid = b.query(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.ok());
        {
            auto other = CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"));
            QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
            auto ended = (*other)->query(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->first().at(0)});
            QVERIFY2(ended.ok() && ended->first().at(0).toBool(), ended.ok() ? "not ended" : qPrintable(ended.error().message));
        }
        QTest::qWait(100);   // the server's end of it closes
        auto third = store->push(device, {patient(4)});
        QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().message));

        QVERIFY(b.begin().ok());
        QVERIFY(b.exec(QStringLiteral("INSERT INTO record_sites (table_name, record_id, site) VALUES ('t', 'lost', 'GX01')")).ok());
        QVERIFY(!b.query(kill).ok());
        QVERIFY(!b.exec(QStringLiteral("INSERT INTO record_sites (table_name, record_id, site) VALUES ('t', 'after', 'GX01')")).ok());
        b.rollback();
        auto rows = b.query(QStringLiteral("SELECT count(*) FROM record_sites WHERE table_name = 't'"));
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->first().at(0).toLongLong(), 0);
        rows = b.query(QStringLiteral("SELECT count(*) FROM changes"));
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->first().at(0).toLongLong(), 3);
        QVERIFY(store->push(device, {patient(3)}).ok());
        // Another thread is refused, as Qt's driver refuses it: libpq's connection is not shared.
        Status fromElsewhere;
        std::thread([&] { fromElsewhere = b.exec(QStringLiteral("SELECT 1")); }).join();
        QVERIFY(!fromElsewhere.ok());
        QVERIFY(b.exec(QStringLiteral("SELECT 1")).ok());
        // A COMMIT or ROLLBACK from another thread does nothing: the transaction stays open for
        // its own thread (the flag was cleared without COMMIT sent, and the next BEGIN ran
        // inside it, warned about only, its writes committed with the old ones).
        QVERIFY(b.begin().ok());
        QVERIFY(b.exec(QStringLiteral("INSERT INTO record_sites (table_name, record_id, site) VALUES ('t', 'kept', 'GX01')")).ok());
        std::thread([&] {
            fromElsewhere = b.commit();
            b.rollback();
        }).join();
        QVERIFY(!fromElsewhere.ok());
        QVERIFY(!b.begin().ok());   // still open here
        QVERIFY(b.commit().ok());
        rows = b.query(QStringLiteral("SELECT count(*) FROM record_sites WHERE table_name = 't'"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().at(0).toLongLong(), 1);
        // A CentralTransaction whose COMMIT failed rolls back as it ends: it took the transaction
        // for ended, and the next BEGIN found it still open ("a transaction is already open").
        {
            CentralTransaction tx(b);
            QVERIFY(tx.begun().ok());
            QVERIFY(b.exec(QStringLiteral("INSERT INTO record_sites (table_name, record_id, site) VALUES ('t', 'unsaid', 'GX01')")).ok());
            std::thread([&] { fromElsewhere = tx.commit(); }).join();
            QVERIFY(!fromElsewhere.ok());
        }
        QVERIFY(b.begin().ok());
        b.rollback();
        rows = b.query(QStringLiteral("SELECT count(*) FROM record_sites WHERE record_id = 'unsaid'"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().at(0).toLongLong(), 0);
        // A connection left inside a transaction this backend did not begin is not begun on.
        QVERIFY(b.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(!b.begin().ok());
        QVERIFY(b.exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(b.begin().ok());
        b.rollback();
    }

    // Reads in a snapshot transaction (an export's) see the store as it stood at the first:
    // a push committed in between shows in none of them. A plain BEGIN showed it to the reads
    // after it (READ COMMITTED).
    void aSnapshotSeesNothingCommittedAfterItsFirstRead()
    {
        if (!onPostgres())
            QSKIP("SQLite's transaction is one snapshot, and its writer waits for it");
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        const auto patient = numberedPatient;
        QVERIFY(store->push(device, {patient(1)}).ok());
        auto other = CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"));
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        CentralStore second(std::move(other).value(), m_clock);
        QVERIFY(b.beginSnapshot().ok());
        auto before = b.query(QStringLiteral("SELECT count(*) FROM changes"));
        QVERIFY(before.ok());
        QCOMPARE(before->first().at(0).toLongLong(), 1);
        QVERIFY(second.push(device, {patient(2)}).ok());
        auto after = b.query(QStringLiteral("SELECT count(*) FROM records WHERE table_name = 'patients'"));
        QVERIFY(after.ok());
        QCOMPARE(after->first().at(0).toLongLong(), 1);
        // Read only: nothing can be written in it.
        QVERIFY(!b.exec(QStringLiteral("INSERT INTO record_sites (table_name, record_id, site) VALUES ('t', 'x', 'GX01')")).ok());
        b.rollback();
        auto now = b.query(QStringLiteral("SELECT count(*) FROM changes"));
        QVERIFY(now.ok());
        QCOMPARE(now->first().at(0).toLongLong(), 2);
    }

    // The connection is lost while a push is under way (here: waiting for the write lock that
    // another process holds): the push fails whole, nothing of it stays, and the central trail
    // says it was interrupted, not refused (its COMMIT could have been done). Sent again, it is
    // stored.
    void aPushInterruptedByALostConnectionIsNotCalledRefused()
    {
        if (!onPostgres())
            QSKIP("the embedded store has no connection to lose");
        auto store = freshStore();
        CentralBackend &b = store->backend();
        const DeviceIdentity device = enroll(*store, QStringLiteral("GX01"));
        auto pid = b.query(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.ok());
        const QVariant ours = pid->first().at(0);
        std::atomic<bool> holding{false}, ended{false};
        // Another process of the central site: its own connection, on its own thread.
        std::thread other([&] {
            auto o = CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"));
            if (!o.ok() || !(*o)->begin().ok() || !(*o)->lockWrites().ok())
                return;
            holding = true;
            QThread::msleep(400);   // the push is waiting for the lock by now
            auto r = (*o)->query(QStringLiteral("SELECT pg_terminate_backend(?)"), {ours});
            ended = r.ok() && r->first().at(0).toBool();
            (*o)->rollback();
        });
        for (int i = 0; i < 500 && !holding; ++i)
            QThread::msleep(10);
        QVERIFY(holding);
        const QJsonObject patient = change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}});
        auto r = store->push(device, {patient});
        other.join();
        QVERIFY(ended);
        QVERIFY(!r.ok());
        auto events = b.query(QStringLiteral("SELECT event FROM central_audit ORDER BY seq DESC LIMIT 1"));
        QVERIFY2(events.ok(), events.ok() ? "" : qPrintable(events.error().message));
        QCOMPARE(events->first().at(0).toString(), QStringLiteral("push_interrupted"));
        auto count = b.query(QStringLiteral("SELECT count(*) FROM changes"));
        QVERIFY(count.ok());
        QCOMPARE(count->first().at(0).toLongLong(), 0);
        auto again = store->push(device, {patient});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->value(QStringLiteral("acked")).toArray().size(), 1);
    }

    // Parameters are the program's `?`, numbered for PostgreSQL: one inside a quoted literal or
    // name is text, as SQLite reads it. A number is a number, a null text NULL, on both backends.
    void aQuestionMarkInALiteralIsNotAParameter()
    {
        auto store = freshStore();
        auto r = store->backend().query(QStringLiteral("SELECT 'why?' || ?, 'it''s?' || ?, ? + 1, CAST(? AS TEXT) IS NULL, count(*) AS \"n?\" FROM records"),
                                        {QStringLiteral("x"), QStringLiteral("y"), 41, QString()});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->first().at(0).toString(), QStringLiteral("why?x"));
        QCOMPARE(r->first().at(1).toString(), QStringLiteral("it's?y"));
        QCOMPARE(r->first().at(2).toInt(), 42);
        QVERIFY(r->first().at(3).toBool());
        QCOMPARE(r->first().at(4).toLongLong(), 0);
        // Texts as parameters come back as they went, a null one as NULL; one holding U+0000 is
        // refused (PostgreSQL) or kept whole (SQLite), never cut short at it.
        for (const QString &text : QStringList{QStringLiteral("it's \"x\""), QStringLiteral("C:\\dir\tx\ny"), QStringLiteral("口腔 \U0001F600"),
                                    QStringLiteral(""), QString(), QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))}) {
            auto back = store->backend().query(QStringLiteral("SELECT CAST(? AS TEXT), CAST(? AS TEXT) IS NULL"), {text, text});
            if (text.contains(QChar(0)) && onPostgres()) {
                QVERIFY(!back.ok());   // refused: PostgreSQL's text would end at it
                continue;
            }
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
            QCOMPARE(back->first().at(0).toString(), text.isNull() ? QString() : text);
            QCOMPARE(back->first().at(1).toBool(), text.isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestCentralPushBatch)
#include "tst_central_push_batch.moc"
