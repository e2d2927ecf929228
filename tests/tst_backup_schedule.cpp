// Scheduled backups (issue 13): daily by default, into the administrator's folder, the
// newest few kept; any signed-in user sets off a backup that is due, only an administrator
// changes the plan; rotation touches this site's backups and nothing else.
#include "TestSite.h"
#include "security/BackupSchedule.h"
#include "security/KeySlotFile.h"
#include "security/SiteBackup.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco;

class TestBackupSchedule : public QObject {
    Q_OBJECT

    static QStringList backupsIn(const QString &folder)
    {
        return QDir(folder).entryList({QStringLiteral("mucotrack-*.db")}, QDir::Files, QDir::Name);
    }

private slots:
    void dailyByDefaultBesideTheDatabase()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        auto nurse = site.signIn(QStringLiteral("nurse"));
        const BackupPlan plan = BackupSchedule::plan(*nurse).value();
        QVERIFY(!plan.folderChosen);
        QCOMPARE(plan.folder, QFileInfo(site.path()).absoluteDir().filePath(QStringLiteral("backups")));
        QCOMPARE(plan.keep, 7);
        QCOMPARE(plan.everyDays, 1);
        QCOMPARE(BackupSchedule::due(*nurse).value(), true);   // never taken

        // A nurse sets off the due backup: the plan is the administrator's, the copy encrypted.
        auto made = BackupSchedule::backUpNow(*nurse);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(QFile::exists(made.value()) && QFile::exists(KeySlotFile::pathFor(made.value())));
        QCOMPARE(QFileInfo(made.value()).absolutePath(), plan.folder);
        QCOMPARE(QFile::permissions(plan.folder) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QVERIFY(SiteBackup::verify(made.value(), site.recoveryKey()).value().audit.intact);

        QCOMPARE(BackupSchedule::due(*nurse).value(), false);
        site.clock()->advanceSecs(23 * 3600);
        QCOMPARE(BackupSchedule::due(*nurse).value(), false);
        site.clock()->advanceSecs(3600);
        QCOMPARE(BackupSchedule::due(*nurse).value(), true);   // a day after the last one
    }

    void onlyAnAdministratorChangesThePlan_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<QString>("field");   // empty: saved
        QTest::newRow("saved") << "admin" << "OUT" << 3 << 2 << "";
        QTest::newRow("on demand only") << "admin" << "OUT" << 1 << 0 << "";
        QTest::newRow("nurse") << "nurse" << "OUT" << 3 << 1 << "denied";
        QTest::newRow("no folder") << "admin" << "OUT/missing" << 3 << 1 << "to";
        QTest::newRow("keep 0") << "admin" << "OUT" << 0 << 1 << "keep";
        QTest::newRow("keep 366") << "admin" << "OUT" << 366 << 1 << "keep";
        QTest::newRow("every -1") << "admin" << "OUT" << 3 << -1 << "every-days";
        QTest::newRow("every 31") << "admin" << "OUT" << 3 << 31 << "every-days";
    }

    void onlyAnAdministratorChangesThePlan()
    {
        QFETCH(QString, user);
        QFETCH(QString, folder);
        QFETCH(int, keep);
        QFETCH(int, everyDays);
        QFETCH(QString, field);
        test::TestSite site;
        QTemporaryDir out;
        folder.replace(QStringLiteral("OUT"), out.path());
        auto s = site.signIn(user);
        const Status set = BackupSchedule::setPlan(*s, folder, keep, everyDays);
        const BackupPlan plan = BackupSchedule::plan(*s).value();
        if (field.isEmpty()) {
            QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
            QVERIFY(plan.folderChosen);
            QCOMPARE(plan.folder, out.path());
            QCOMPARE(plan.keep, keep);
            QCOMPARE(plan.everyDays, everyDays);
            QCOMPARE(BackupSchedule::due(*s).value(), everyDays > 0);
            return;
        }
        QVERIFY(!set.ok());
        if (field == QLatin1String("denied"))
            QCOMPARE(set.error().kind, ErrorKind::Denied);
        else
            QCOMPARE(set.error().field, field);
        QVERIFY(!plan.folderChosen);   // nothing of a refused plan was kept
        QCOMPARE(plan.keep, 7);
    }

    void rotationKeepsTheNewestOfThisSiteOnly()
    {
        test::TestSite site;
        QTemporaryDir out;
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(BackupSchedule::setPlan(*admin, out.path(), 3, 1).ok());
        // Another site's backup and an unrelated file in the same folder are never touched.
        const QStringList foreign = {QStringLiteral("mucotrack-GX02-20200101-000000-000.db"), QStringLiteral("notes.txt"),
                                     QStringLiteral("mucotrack-GX01-old-copy.db")};
        for (const QString &name : foreign) {
            QFile f(QDir(out.path()).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            site.clock()->advanceSecs(86400);
            auto b = BackupSchedule::backUpNow(*admin);
            QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
            made << QFileInfo(b.value()).fileName();
        }
        QStringList expected = foreign.mid(0, 1) + foreign.mid(2, 1) + made.mid(2);
        expected.sort();
        QCOMPARE(backupsIn(out.path()), expected);
        for (const QString &name : made.mid(0, 2))
            QVERIFY(!QFile::exists(KeySlotFile::pathFor(QDir(out.path()).filePath(name))));   // key files went with them
        for (const QString &name : made.mid(2))
            QVERIFY(QFile::exists(KeySlotFile::pathFor(QDir(out.path()).filePath(name))));
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("notes.txt"))));
    }

    void aFailedBackupIsKeptForTheApp()
    {
        test::TestSite site;
        QTemporaryDir out;
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(BackupSchedule::setPlan(*admin, out.path(), 3, 1).ok());
        QVERIFY(QDir(out.path()).removeRecursively());   // the USB disk was taken away
        QVERIFY(!BackupSchedule::backUpNow(*admin).ok());
        const BackupPlan plan = BackupSchedule::plan(*admin).value();
        QVERIFY(!plan.lastError.isEmpty());
        QVERIFY(!plan.lastUtc.isValid());
        QCOMPARE(BackupSchedule::due(*admin).value(), true);   // tried again at the next check
    }
};

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backup_schedule.moc"
