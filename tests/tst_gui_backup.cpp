// Administration > Backups and Restore from a backup (issue 13), driven as an administrator
// would: choose a folder and how many to keep, back up now, then restore the backup into a
// new database with the recovery key; a wrong key or an existing database goes no further.
#include "admin/BackupDialog.h"
#include "admin/RestoreWizard.h"
#include "admin/RecoveryKeyDialog.h"
#include "TestSite.h"
#include "security/BackupSchedule.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QRegularExpression>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace muco;

class TestGuiBackup : public QObject {
    Q_OBJECT
    test::TestSite m_site;
    QTemporaryDir m_usb;
    QString m_backup;

    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name));
    }

private slots:
    void theAdministratorChoosesTheFolderAndBacksUp()
    {
        QVERIFY(m_site.ok());
        auto admin = m_site.signIn(QStringLiteral("admin"));
        ui::BackupDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.status()->text().contains(QStringLiteral("No backup")));
        shot(&dialog, QStringLiteral("backups-default.png"));
        dialog.setFolder(m_usb.path());
        dialog.keep()->setValue(3);
        dialog.everyDays()->setValue(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BackupPlan plan = BackupSchedule::plan(*admin).value();
        QVERIFY(plan.folderChosen);
        QCOMPARE(plan.folder, m_usb.path());
        QCOMPARE(plan.keep, 3);

        ui::BackupDialog again(*admin);
        again.show();
        QTest::mouseClick(again.backUpNowButton(), Qt::LeftButton);
        const QStringList made = QDir(m_usb.path()).entryList({QStringLiteral("mucotrack-GX01-*.db")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        m_backup = QDir(m_usb.path()).filePath(made.first());
        QVERIFY(again.status()->text().startsWith(QStringLiteral("Last backup:")));
        shot(&again, QStringLiteral("backups-taken.png"));
    }

    void aWrongRecoveryKeyGoesNoFurther()
    {
        ui::RestoreWizard wizard;
        wizard.show();
        wizard.backupField()->setText(m_backup);
        wizard.recoveryKeyField()->setText(QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
        wizard.next();
        QVERIFY(wizard.checkResult()->text().startsWith(QStringLiteral("The backup cannot be used")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void theBackupIsRestoredIntoANewDatabase()
    {
        QTemporaryDir newComputer;
        const QString target = QDir(newComputer.path()).filePath(QStringLiteral("restored.db"));
        ui::RestoreWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.backupField()->setText(m_backup);
        wizard.recoveryKeyField()->setText(m_site.recoveryKey());
        wizard.next();
        QVERIFY2(wizard.checkResult()->text().contains(QStringLiteral("intact")), qPrintable(wizard.checkResult()->text()));
        shot(&wizard, QStringLiteral("restore-checked.png"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        // An existing database is never overwritten: the wizard stays, saying why.
        wizard.targetField()->setText(m_site.path());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.outcome()->text().startsWith(QStringLiteral("Not restored")));
        wizard.targetField()->setText(target);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.restoredPath(), target);
        QVERIFY(QFile::exists(target) && QFile::exists(KeySlotFile::pathFor(target)));
        auto signedIn = SiteVault::signIn(target, QStringLiteral("nurse"), test::kPassword, m_site.clock());
        QVERIFY2(signedIn.ok(), signedIn.ok() ? "" : qPrintable(signedIn.error().message));
    }

    // Administration > New recovery key (issue 11): a nurse is told no; the administrator gets
    // a new key, shown once, and the dialog stays until it is confirmed as written down. The
    // old key no longer opens the site; the backup made before still opens with it.
    void anAdministratorReplacesTheRecoveryKey()
    {
        {
            auto nurse = m_site.signIn(QStringLiteral("nurse"));
            ui::RecoveryKeyDialog dialog(*nurse);
            dialog.show();
            QTest::mouseClick(dialog.replaceButton(), Qt::LeftButton);
            QVERIFY(dialog.errorLabel()->isVisible());
            QVERIFY(dialog.keyLabel()->text().isEmpty());
        }
        auto admin = m_site.signIn(QStringLiteral("admin"));
        ui::RecoveryKeyDialog dialog(*admin);
        // Driven inside exec(), as the menu opens it: the key must stay on screen until confirmed.
        QString fresh;
        bool shownAfterEscape = false, closeLockedAtFirst = true;
        QTimer::singleShot(0, &dialog, [&] {
            shot(&dialog, QStringLiteral("recovery-key-ask.png"));
            QTest::mouseClick(dialog.replaceButton(), Qt::LeftButton);
            fresh = dialog.keyLabel()->text();
            QTimer::singleShot(0, &dialog, [&] {
                shot(&dialog, QStringLiteral("recovery-key-new.png"));
                closeLockedAtFirst = !dialog.closeButton()->isEnabled();
                QTest::keyClick(&dialog, Qt::Key_Escape);
                shownAfterEscape = dialog.isVisible();
                dialog.confirmBox()->setChecked(true);
                QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
            });
        });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        QVERIFY(closeLockedAtFirst);
        QVERIFY(shownAfterEscape);
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{4}-){7}[0-9a-f]{4}$")).match(fresh).hasMatch(), qPrintable(fresh));
        QVERIFY(fresh != m_site.recoveryKey());
        QVERIFY(SiteVault::recoverKey(m_site.path(), fresh).ok());
        QCOMPARE(SiteVault::recoverKey(m_site.path(), m_site.recoveryKey()).error().kind, ErrorKind::Denied);
        QVERIFY(SiteVault::recoverKey(m_backup, m_site.recoveryKey()).ok());
    }
};

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
