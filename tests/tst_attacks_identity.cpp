// Attacks on patients' identities by an insider (issue 11, C1: "a monitor ... read patient
// identities"): a signed-in monitor unwraps his own key slot outside MucoTrack, opens the
// database with the raw key, and reads or rewrites what he finds. Identities are encrypted
// under a second key sealed only to the accounts whose role may see them, as the verified
// audit trail says (security/SealedKeys, security/IdentityKey); docs/security.md says what
// that stops and what it does not. Each test fails on the code before: identities were stored
// in clear under the database key, which every role unwraps.
#include "TestSite.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/IdentityCipher.h"
#include "security/IdentityKey.h"
#include "security/KeySlotFile.h"
#include "security/SealedKeys.h"
#include "security/SigningKey.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QtTest>

using namespace muco;

namespace {

const auto kName = QStringLiteral("Chen Jie");
const auto kMrn = QStringLiteral("MRN-77123");
const auto kPhone = QStringLiteral("13900001111");
const auto kIdentity = QString::fromLatin1(SealedKeys::kIdentity);

// What the monitor does: his own slot, his own password, the format from this repository.
std::unique_ptr<Database> openWithExtractedKey(const test::TestSite &site, const QString &user)
{
    return site.openWithExtractedKey(user);
}

SecureBytes seedOf(const test::TestSite &site, const QString &user)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
    auto secrets = KeySlotFile::open(*keys->find(QStringLiteral("user"), user), test::kPassword);
    return secrets.ok() ? std::move(secrets->signingSeed) : SecureBytes();
}

QString addPatient(test::TestSite &site, const QString &name = kName)
{
    auto coord = site.signIn(QStringLiteral("coord"));
    auto p = Patients::add(*coord, {{}, name, kMrn, kPhone, QStringLiteral("1966-01-20"), QStringLiteral("male")});
    return p.ok() ? p->id : QString();
}

QStringList holders(Session &s)
{
    auto h = SealedKeys::holders(s.db(), kIdentity);
    return h.ok() ? h->keys() : QStringList{QStringLiteral("<error>")};
}

bool chainIntact(Session &s)
{
    auto v = AuditChain::verify(s.db());
    return v.ok() && v->intact;
}

} // namespace

class TestAttacksIdentity : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { IdentityKey::skipForTests() = false; }   // even after a failed test

    // The monitor's raw key opens the database, but no identity in it, and no copy of the
    // identity key opens with his own secret key.
    void theDatabaseKeyAloneReadsNoIdentity()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const QString id = addPatient(site);
        QVERIFY(!id.isEmpty());
        auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
        QVERIFY(db);
        auto rows = db->prepare(QStringLiteral("SELECT name, mrn, phone FROM patient_identity"));
        int seen = 0;
        QVERIFY(rows->forEachRow([&](const Statement &r) {
            for (int c = 0; c < 3; ++c) {
                QVERIFY2(IdentityCipher::isSealed(r.text(c)), qPrintable(r.text(c)));
                QVERIFY(!r.text(c).contains(QStringLiteral("Chen")) && !r.text(c).contains(QStringLiteral("77123"))
                        && !r.text(c).contains(kPhone));
            }
            ++seen;
        }).ok());
        QCOMPARE(seen, 1);
        // Every copy of the identity key, tried with the monitor's own secret key.
        const SecureBytes monitorSeed = seedOf(site, QStringLiteral("monitor"));
        QVERIFY(!monitorSeed.isEmpty());
        auto sealed = db->prepare(QStringLiteral("SELECT owner, sealed FROM sealed_keys"));
        int copies = 0;
        QVERIFY(sealed->forEachRow([&](const Statement &r) {
            QVERIFY(r.text(0) != QLatin1String("monitor"));
            QVERIFY(!KeySlotFile::openSealed(monitorSeed, QByteArray::fromHex(r.text(1).toLatin1())).ok());
            ++copies;
        }).ok());
        QCOMPARE(copies, 4);   // admin, doctor, nurse, coord
        // Those who may see identities read them; the monitor in MucoTrack sees none, as before.
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto seen2 = Patients::get(*doctor, id);
        QVERIFY(seen2.ok());
        QCOMPARE(seen2->name, kName);
        QCOMPARE(seen2->mrn, kMrn);
        QCOMPARE(seen2->phone, kPhone);
        auto list = Patients::list(*doctor);
        QVERIFY(list.ok());
        QCOMPARE(list->first().name, kName);
        auto monitor = site.signIn(QStringLiteral("monitor"));
        QVERIFY(monitor->identityKey().isEmpty());
        QVERIFY(Patients::get(*monitor, id)->name.isEmpty());
        QVERIFY(chainIntact(*doctor));
    }

    // The monitor makes himself administrator where the database says so (the users table),
    // and even signs a trail row claiming it with his own key. Administrators never set that
    // role in the trail, so nobody seals the identity key to him, however many sign in.
    void aRoleSetOutsideTheTrailGetsNoCopy()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'monitor'")).ok());
        }
        {
            auto monitor = site.signIn(QStringLiteral("monitor"));
            QVERIFY(monitor);
            QCOMPARE(monitor->user().role, Role::Administrator);   // the table's word
            Transaction tx(monitor->db());
            QVERIFY(monitor->audit({{}, QStringLiteral("update"), QStringLiteral("users"), QStringLiteral("monitor"),
                                    QStringLiteral("role"), QStringLiteral("monitor"), QStringLiteral("administrator"),
                                    QStringLiteral("promoted")}).ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(monitor->identityKey().isEmpty());
        }
        for (const QString &user : {QStringLiteral("doctor"), QStringLiteral("admin"), QStringLiteral("coord")}) {
            auto s = site.signIn(user);
            QVERIFY(s);
            QVERIFY(!s->identityKey().isEmpty());
            QVERIFY2(!holders(*s).contains(QStringLiteral("monitor")), qPrintable(user));
        }
        auto monitor = site.signIn(QStringLiteral("monitor"));
        QVERIFY(!monitor->seesIdentities());
        auto p = Patients::get(*monitor, id);
        QVERIFY(p.ok());
        QVERIFY(!p->identityVisible);
        QVERIFY(p->name.isEmpty());
        QVERIFY(chainIntact(*monitor));   // his row is his, signed: it just gives him nothing
        // Nor may he, administrator by his own word, register a key for someone else.
        {
            Transaction tx(monitor->db());
            QVERIFY(tx.begun().ok());
            const SigningKey mine = SigningKey::generate(QStringLiteral("nurse"));
            QVERIFY(AuditChain::registerKey(monitor->db(), QStringLiteral("nurse"), mine.publicKey(), QStringLiteral("new key"),
                                            monitor->now(), monitor->signingKey()).ok());
            QVERIFY(tx.commit().ok());
        }
        auto v = AuditChain::verify(monitor->db());
        QVERIFY(!v->intact);
        QVERIFY2(v->problem.contains(QStringLiteral("without being an administrator")), qPrintable(v->problem));
    }

    // A role that may no longer see identities loses its copy with the change, before anyone
    // signs in again; one that may gets its copy with the change.
    void aRoleChangeMovesTheCopyAtOnce()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(holders(*admin).contains(QStringLiteral("doctor")));
        QVERIFY(Accounts::setRole(*admin, QStringLiteral("doctor"), Role::Monitor, QStringLiteral("became a monitor")).ok());
        QVERIFY(!holders(*admin).contains(QStringLiteral("doctor")));
        auto former = site.signIn(QStringLiteral("doctor"));
        QVERIFY(!former->seesIdentities());
        QVERIFY(Patients::get(*former, id)->name.isEmpty());

        QVERIFY(Accounts::setRole(*admin, QStringLiteral("monitor"), Role::Nurse, QStringLiteral("joined the ward")).ok());
        QVERIFY(holders(*admin).contains(QStringLiteral("monitor")));
        auto nurse = site.signIn(QStringLiteral("monitor"));
        QCOMPARE(Patients::get(*nurse, id)->name, kName);
        QVERIFY(chainIntact(*admin));
    }

    // A new account and a reset password (a new key pair) get their copies from the
    // administrator's change; a deactivated account loses its copy.
    void newResetAndDeactivatedAccounts()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Accounts::add(*admin, QStringLiteral("nurse2"), {}, Role::Nurse, test::kPassword, KdfCost::fast()).ok());
        QVERIFY(holders(*admin).contains(QStringLiteral("nurse2")));
        QCOMPARE(Patients::get(*site.signIn(QStringLiteral("nurse2")), id)->name, kName);

        const QString fresh = QStringLiteral("another-password-2");
        QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("doctor"), fresh, KdfCost::fast()).ok());
        {
            auto doctor = site.signIn(QStringLiteral("doctor"), fresh);
            QVERIFY(doctor);
            QCOMPARE(Patients::get(*doctor, id)->name, kName);
        }   // closed: the deactivation below replaces the database key, which needs it alone

        const Status left = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the site"));
        QVERIFY2(left.ok(), qPrintable(left.ok() ? QString() : left.error().message));
        QVERIFY(!holders(*admin).contains(QStringLiteral("nurse")));
        QVERIFY(chainIntact(*admin));
    }

    // A value moved to another patient (or field) does not open there: it is bound to both.
    void aValueMovedToAnotherPatientDoesNotOpen()
    {
        test::TestSite site;
        const QString a = addPatient(site, QStringLiteral("Patient A"));
        const QString b = addPatient(site, QStringLiteral("Patient B"));
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            auto st = db->prepare(QStringLiteral(
                "UPDATE patient_identity SET name = (SELECT name FROM patient_identity WHERE id = ?),"
                " phone = (SELECT mrn FROM patient_identity WHERE id = ?) WHERE id = ?"));
            st->bind(1, a).bind(2, b).bind(3, b);
            QVERIFY(st->run().ok());
        }
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto moved = Patients::get(*doctor, b);
        QVERIFY(moved.ok());
        QVERIFY(moved->name != QLatin1String("Patient A"));
        QVERIFY(!moved->name.isEmpty());   // said unreadable, not shown blank
        QVERIFY(moved->phone != kMrn);
        QCOMPARE(Patients::get(*doctor, a)->name, QStringLiteral("Patient A"));
    }

    // A site whose identities were stored in clear (before this) has them encrypted at the
    // first sign-in of an account that may see them, in one audited step; a monitor's sign-in
    // changes nothing, and a value made to look encrypted (to stop the encryption) does not.
    void identitiesInClearAreEncryptedAtTheFirstHoldersSignIn()
    {
        IdentityKey::skipForTests() = true;   // the site as the version before made it
        test::TestSite site;
        QString id, other;
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(!coord->seesIdentities());
            id = Patients::add(*coord, {}).value().id;
            other = Patients::add(*coord, {}).value().id;
            Transaction tx(coord->db());
            QVERIFY(tx.begun().ok());
            // As the version before wrote them: in clear (Patients::add left the rows empty here).
            QVERIFY(RecordStore::update(*coord, {&Patients::identityTable(), id, {{QStringLiteral("name"), kName},
                                                 {QStringLiteral("mrn"), kMrn}, {QStringLiteral("phone"), kPhone}}, QStringLiteral("entered")}).ok());
            QVERIFY(RecordStore::update(*coord, {&Patients::identityTable(), other, {{QStringLiteral("name"), QStringLiteral("mt1:AAAA")},
                                                 {QStringLiteral("mrn"), QStringLiteral("MRN-2")}}, QStringLiteral("entered")}).ok());
            QVERIFY(tx.commit().ok());
        }
        IdentityKey::skipForTests() = false;
        {
            auto monitor = site.signIn(QStringLiteral("monitor"));
            QCOMPARE(monitor->db().scalarInt(QStringLiteral("SELECT count(*) FROM sealed_keys")).value(), qint64(0));
        }
        auto nurse = site.signIn(QStringLiteral("nurse"));
        QVERIFY(nurse->seesIdentities());
        QCOMPARE(Patients::get(*nurse, id)->name, kName);
        QCOMPARE(Patients::get(*nurse, other)->mrn, QStringLiteral("MRN-2"));
        QCOMPARE(Patients::get(*nurse, other)->name, QStringLiteral("(cannot be read)"));
        QCOMPARE(nurse->db().scalarInt(QStringLiteral("SELECT count(*) FROM patient_identity WHERE substr(name, 1, 4) = 'mt1:'"
                                                      " AND substr(mrn, 1, 4) = 'mt1:' AND (phone IS NULL OR substr(phone, 1, 4) = 'mt1:')"))
                     .value(), qint64(2));
        QCOMPARE(nurse->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'identities_encrypted'"
                                                      " AND user_name = 'nurse' AND new_value = '2'")).value(), qint64(1));
        QCOMPARE(holders(*nurse).size(), 4);
        QVERIFY(chainIntact(*nurse));
    }

    // Anyone may seal to a public key: the monitor replaces the coordinator's copy with one of
    // a key he made, and the doctor's with the database key itself. Neither is taken: names the
    // coordinator enters are never encrypted under a key the monitor knows.
    void aKeyPlantedByTheInsiderIsRefused()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        SecureBytes planted = SecureBytes::random(SealedKeys::kKeyBytes);
        {
            auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
            auto secrets = KeySlotFile::open(*keys->find(QStringLiteral("user"), QStringLiteral("monitor")), test::kPassword);
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            const auto plant = [&](const QString &owner, const SecureBytes &key) {
                auto box = db->prepare(QStringLiteral("SELECT box_public FROM sealed_keys WHERE owner = ?"));
                box->bind(1, owner);
                QVERIFY(box->next().value());
                const QByteArray sealed = KeySlotFile::sealToBox(QByteArray::fromHex(box->text(0).toLatin1()), key);
                box->reset();
                auto put = db->prepare(QStringLiteral("UPDATE sealed_keys SET sealed = ?, endorsement = NULL WHERE owner = ?"));
                put->bind(1, QString::fromLatin1(sealed.toHex())).bind(2, owner);
                QVERIFY(put->run().ok());
            };
            plant(QStringLiteral("coord"), planted);
            plant(QStringLiteral("doctor"), secrets->databaseKey);
        }
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(!coord->seesIdentities());
            QVERIFY(!coord->identityKey().equals(planted));
            auto refused = Patients::add(*coord, {{}, QStringLiteral("Wang Fang"), {}, {}, QStringLiteral("1970-03-02"),
                                                  QStringLiteral("female")});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, QStringLiteral("name"));
            auto doctor = site.signIn(QStringLiteral("doctor"));
            QVERIFY(!doctor->seesIdentities());
        }
        // A holder of the real key seals the right copies again.
        { auto nurse = site.signIn(QStringLiteral("nurse")); QVERIFY(nurse->seesIdentities()); }
        auto coord = site.signIn(QStringLiteral("coord"));
        QVERIFY(coord->seesIdentities());
        QCOMPARE(Patients::get(*coord, id)->name, kName);
        auto doctor = site.signIn(QStringLiteral("doctor"));
        QCOMPARE(Patients::get(*doctor, id)->name, kName);
        QVERIFY(chainIntact(*doctor));
    }

    // A broken trail seals nothing, but a demotion is not held up by it: an account the users
    // table no longer gives the role loses its copy at the next holder's sign-in, and nobody
    // the table newly claims gets one (the table is not trusted to add holders).
    void aBrokenTrailStillTakesCopiesAway()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        QVERIFY(!id.isEmpty());
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QCOMPARE(holders(*admin), QStringList({QStringLiteral("admin"), QStringLiteral("coord"), QStringLiteral("doctor"),
                                                   QStringLiteral("nurse")}));
            auto nurse = site.signIn(QStringLiteral("nurse"));   // endorses her copy while the trail is whole
            QVERIFY(nurse->seesIdentities());
        }
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("UPDATE audit SET reason = 'edited' WHERE seq = 2")).ok());   // the trail breaks
            QVERIFY(db->exec(QStringLiteral("UPDATE users SET role = 'monitor' WHERE username = 'doctor'")).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'monitor'")).ok());
        }
        auto nurse = site.signIn(QStringLiteral("nurse"));
        QVERIFY(nurse);
        QVERIFY(!chainIntact(*nurse));
        QVERIFY(nurse->seesIdentities());   // the nurse's own copy still opens (endorsed before)
        QCOMPARE(Patients::get(*nurse, id)->name, kName);
        QCOMPARE(holders(*nurse), QStringList({QStringLiteral("admin"), QStringLiteral("coord"), QStringLiteral("nurse")}));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        QVERIFY(monitor->identityKey().isEmpty());
    }

    // Every copy removed: the key is gone, and a new one is not made over identities encrypted
    // under the old one (they would be lost for good; a backup still opens them).
    void everyCopyRemovedMakesNoNewKey()
    {
        test::TestSite site;
        const QString id = addPatient(site);
        QString before;
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM sealed_keys")).ok());
            auto st = db->prepare(QStringLiteral("SELECT name FROM patient_identity"));
            QVERIFY(st->next().value());
            before = st->text(0);
        }
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(!admin->seesIdentities());
        QCOMPARE(admin->db().scalarInt(QStringLiteral("SELECT count(*) FROM sealed_keys")).value(), qint64(0));
        auto st = admin->db().prepare(QStringLiteral("SELECT name FROM patient_identity"));
        QVERIFY(st->next().value());
        QCOMPARE(st->text(0), before);
        QVERIFY(!Patients::get(*admin, id)->identityVisible);
    }

    // An account whose copy is missing (removed by someone holding the database key) reads no
    // identity and cannot write one, told why on the field; the next holder's sign-in gives the
    // copy back.
    void aMissingCopyIsRefusedOnTheFieldAndRestored()
    {
        test::TestSite site;
        addPatient(site);
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM sealed_keys WHERE owner = 'nurse'")).ok());
        }
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QVERIFY(!nurse->seesIdentities());
            auto coord = site.signIn(QStringLiteral("coord"));   // a holder: the copy is sealed again
        }
        auto nurse = site.signIn(QStringLiteral("nurse"));
        QVERIFY(nurse->seesIdentities());
        QVERIFY(holders(*nurse).contains(QStringLiteral("nurse")));
    }

    void aSessionWithoutACopyIsToldOnTheField()
    {
        test::TestSite site;
        {
            auto db = openWithExtractedKey(site, QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM sealed_keys WHERE owner = 'coord'")).ok());
        }
        auto coord = site.signIn(QStringLiteral("coord"));
        auto refused = Patients::add(*coord, {{}, kName, {}, {}, QStringLiteral("1966-01-20"), QStringLiteral("male")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        QCOMPARE(coord->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value(), qint64(0));
        // Without identity, the subject is still registered (the CLI's `patient add` allocates ahead).
        QVERIFY(Patients::add(*coord, {{}, {}, {}, {}, QStringLiteral("1966-01-20"), QStringLiteral("male")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestAttacksIdentity)
#include "tst_attacks_identity.moc"
