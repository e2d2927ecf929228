// What each role may do is decided in core: the checks hold whatever the caller.
#include "TestSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
#include "storage/Statement.h"
#include <QtTest>

using namespace muco;

Q_DECLARE_METATYPE(muco::Role)
Q_DECLARE_METATYPE(muco::Permission)

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        using P = Permission;
        QTest::newRow("nurse cannot sign a grade") << Role::Nurse << P::SignGrade << false;
        QTest::newRow("nurse cannot sign eligibility") << Role::Nurse << P::SignEligibility << false;
        QTest::newRow("nurse enters labs") << Role::Nurse << P::EnterLabs << true;
        QTest::newRow("nurse enters fractions") << Role::Nurse << P::EnterFractions << true;
        QTest::newRow("nurse cannot change the prescription") << Role::Nurse << P::PrescribeRadiotherapy << false;
        QTest::newRow("coordinator cannot change the prescription") << Role::Coordinator << P::PrescribeRadiotherapy << false;
        QTest::newRow("investigator prescribes") << Role::Investigator << P::PrescribeRadiotherapy << true;
        QTest::newRow("administrator cannot change the prescription") << Role::Administrator << P::PrescribeRadiotherapy << false;
        QTest::newRow("nurse records study drug") << Role::Nurse << P::RecordStudyDrug << true;
        QTest::newRow("investigator signs a grade") << Role::Investigator << P::SignGrade << true;
        QTest::newRow("investigator signs eligibility") << Role::Investigator << P::SignEligibility << true;
        QTest::newRow("investigator cannot manage users") << Role::Investigator << P::ManageUsers << false;
        QTest::newRow("coordinator screens") << Role::Coordinator << P::ScreenPatient << true;
        QTest::newRow("coordinator cannot sign eligibility") << Role::Coordinator << P::SignEligibility << false;
        QTest::newRow("coordinator cannot sign a grade") << Role::Coordinator << P::SignGrade << false;
        QTest::newRow("administrator manages users") << Role::Administrator << P::ManageUsers << true;
        QTest::newRow("administrator cannot sign a grade") << Role::Administrator << P::SignGrade << false;
        QTest::newRow("monitor views") << Role::Monitor << P::ViewPatients << true;
        QTest::newRow("monitor verifies audit") << Role::Monitor << P::VerifyAudit << true;
        QTest::newRow("monitor sees no identity") << Role::Monitor << P::ViewIdentity << false;
        // Queries and SDV (issue 17): the monitor asks and verifies, site staff answer.
        QTest::newRow("monitor raises a query") << Role::Monitor << P::RaiseQuery << true;
        QTest::newRow("monitor verifies source") << Role::Monitor << P::VerifySource << true;
        QTest::newRow("monitor cannot answer a query") << Role::Monitor << P::AnswerQuery << false;
        QTest::newRow("nurse cannot raise a query") << Role::Nurse << P::RaiseQuery << false;
        QTest::newRow("nurse answers a query") << Role::Nurse << P::AnswerQuery << true;
        QTest::newRow("investigator answers a query") << Role::Investigator << P::AnswerQuery << true;
        QTest::newRow("investigator cannot verify source") << Role::Investigator << P::VerifySource << false;
        QTest::newRow("coordinator answers a query") << Role::Coordinator << P::AnswerQuery << true;
        // Randomizing signs the allocation: the central site checks the signer's role by this.
        QTest::newRow("coordinator randomizes") << Role::Coordinator << P::Randomize << true;
        QTest::newRow("investigator randomizes") << Role::Investigator << P::Randomize << true;
        QTest::newRow("nurse cannot randomize") << Role::Nurse << P::Randomize << false;
        QTest::newRow("administrator cannot randomize") << Role::Administrator << P::Randomize << false;
        QTest::newRow("administrator cannot raise a query") << Role::Administrator << P::RaiseQuery << false;
        for (P p : {P::AddPatient, P::EditPatient, P::EnterLabs, P::EnterFractions, P::RecordGrading, P::SignGrade,
                    P::RecordStudyDrug, P::ManageAdverseEvents, P::ManageUsers, P::ManageSettings, P::ResolveConflicts,
                    P::PrescribeRadiotherapy, P::Randomize})
            QTest::addRow("monitor changes nothing %d", static_cast<int>(p)) << Role::Monitor << p << false;
    }
    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);
    }

    void deniedInCore()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto r = Patients::add(*nurse, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QVERIFY2(r.error().message.contains(QStringLiteral("nurse")), qPrintable(r.error().message));

        auto monitor = site.signIn(QStringLiteral("monitor"));
        QCOMPARE(Patients::add(*monitor, {}).error().kind, ErrorKind::Denied);
        QCOMPARE(Accounts::add(*monitor, QStringLiteral("x1"), {}, Role::Nurse, test::kPassword, KdfCost::fast()).error().kind, ErrorKind::Denied);
        QCOMPARE(monitor->setSetting(QStringLiteral("auto_lock_minutes"), QStringLiteral("60")).error().kind, ErrorKind::Denied);
        QCOMPARE(Accounts::add(*nurse, QStringLiteral("x2"), {}, Role::Administrator, test::kPassword, KdfCost::fast()).error().kind, ErrorKind::Denied);

        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin->setSetting(QStringLiteral("auto_lock_minutes"), QStringLiteral("10")).ok());
        QCOMPARE(admin->setting(QStringLiteral("auto_lock_minutes")).value(), QStringLiteral("10"));
    }

    void monitorSeesNoIdentifiers()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        QVERIFY(Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), QStringLiteral("MRN-1"), {}, {}, {}}).ok());
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto list = Patients::list(*monitor).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().subjectId, QStringLiteral("GX01-0001"));
        QVERIFY(list.first().name.isEmpty());
        QVERIFY(list.first().mrn.isEmpty());
        QVERIFY(!list.first().identityVisible);
        const auto seen = Patients::list(*coord).value();
        QCOMPARE(seen.first().name, QStringLiteral("Chen Jie"));
    }

    void subjectIdsAreNumberedPerSite()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        QCOMPARE(Patients::add(*coord, {}).value().subjectId, QStringLiteral("GX01-0001"));
        QCOMPARE(Patients::add(*coord, {}).value().subjectId, QStringLiteral("GX01-0002"));
        QCOMPARE(Patients::add(*coord, {QStringLiteral("EXT-7"), {}, {}, {}, {}, {}}).value().subjectId, QStringLiteral("EXT-7"));
        QCOMPARE(Patients::add(*coord, {}).value().subjectId, QStringLiteral("GX01-0004"));
    }

    // Staff change jobs and leave: an administrator changes a role or deactivates an account
    // (kept, never deleted), with a reason, audited; nobody else can; the site keeps an
    // administrator and the administrator cannot lock themselves out.
    void accountsChangeRoleAndDeactivate()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto admin = site.signIn(QStringLiteral("admin"));
        QCOMPARE(Accounts::setRole(*nurse, QStringLiteral("nurse"), Role::Investigator, QStringLiteral("x")).error().kind, ErrorKind::Denied);
        QCOMPARE(Accounts::setRole(*doctor, QStringLiteral("nurse"), Role::Investigator, QStringLiteral("x")).error().kind, ErrorKind::Denied);
        QCOMPARE(Accounts::deactivate(*doctor, QStringLiteral("nurse"), QStringLiteral("x")).error().kind, ErrorKind::Denied);

        QCOMPARE(Accounts::setRole(*admin, QStringLiteral("nurse"), Role::Coordinator, {}).error().field, QStringLiteral("reason"));
        QVERIFY(Accounts::setRole(*admin, QStringLiteral("nurse"), Role::Coordinator, QStringLiteral("now coordinates the trial")).ok());
        auto signedIn = site.signIn(QStringLiteral("nurse"));
        QVERIFY(signedIn);
        QCOMPARE(signedIn->user().role, Role::Coordinator);

        QCOMPARE(Accounts::deactivate(*admin, QStringLiteral("admin"), QStringLiteral("x")).error().field, QStringLiteral("name"));
        QCOMPARE(Accounts::setRole(*admin, QStringLiteral("admin"), Role::Monitor, QStringLiteral("x")).error().field, QStringLiteral("role"));
        QCOMPARE(Accounts::deactivate(*admin, QStringLiteral("nurse"), {}).error().field, QStringLiteral("reason"));
        // Other programs with the database open would keep reading with the old key: they close
        // first, or the key rotation waits for the next sign-in (tst_key_rotation).
        nurse.reset();
        doctor.reset();
        signedIn.reset();
        QVERIFY(Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the hospital")).ok());
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock()).ok());
        const auto accounts = Accounts::list(*admin).value();
        bool kept = false;
        for (const Account &a : accounts)
            if (a.username == QLatin1String("nurse"))
                kept = !a.active && a.role == Role::Coordinator;
        QVERIFY(kept);
        QCOMPARE(Accounts::setRole(*admin, QStringLiteral("nurse"), Role::Nurse, QStringLiteral("x")).error().field, QStringLiteral("name"));

        auto audit = admin->db().prepare(QStringLiteral(
            "SELECT action, field, old_value, new_value, reason, user_name FROM audit WHERE table_name = 'users' AND record_id = 'nurse' "
            "AND action IN ('update', 'deactivate') ORDER BY seq"));
        QVERIFY(audit.ok());
        QStringList rows;
        QVERIFY(audit->forEachRow([&](const Statement &r) {
            rows << QStringList{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)}.join(QLatin1Char('|'));
        }).ok());
        QCOMPARE(rows, (QStringList{QStringLiteral("update|role|nurse|coordinator|now coordinates the trial|admin"),
                                    QStringLiteral("deactivate|active|1|0|left the hospital|admin")}));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
