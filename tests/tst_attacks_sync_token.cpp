// The device's sync token against whoever holds the database key (issue 11, C1: "any user can
// also read the device's sync token from meta"). The token is encrypted under the sync key,
// sealed to the accounts whose role may sync (security/SyncToken, security/SealedKeys); the raw
// database key alone reads only ciphertext. Each test fails on the code before: the token was
// stored in clear in `meta`.
#include "TestSite.h"
#include "central/AuditAnchors.h"
#include "central/CentralAuditTrail.h"
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "central/IntegrityAlarms.h"
#include "demo/DirectTransport.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/IdentityCipher.h"
#include "security/KeySlotFile.h"
#include "security/SealedKeys.h"
#include "security/SyncToken.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <QtTest>

using namespace muco;

namespace {

const auto kToken = QStringLiteral("tok-7f3a9c51e2d84b06a1c9");
const auto kServer = QStringLiteral("https://central.example.org");
const auto kSync = QString::fromLatin1(SealedKeys::kSync);
const QStringList kEveryone{QStringLiteral("admin"), QStringLiteral("doctor"), QStringLiteral("nurse"), QStringLiteral("coord"),
                            QStringLiteral("monitor")};

Status enrol(test::TestSite &site, const QString &token = kToken)
{
    auto admin = site.signIn(QStringLiteral("admin"));
    return SyncEngine::configure(*admin, {kServer, token, QStringLiteral("device-1"), {}});
}

QString storedToken(const test::TestSite &site)
{
    auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
    auto stored = db ? db->meta(QStringLiteral("sync_token")) : Result<QString>(Error::storage(QStringLiteral("not opened")));
    return stored.ok() ? stored.value() : QStringLiteral("<error>");
}

QString tokenSeenBy(const test::TestSite &site, const QString &user)
{
    auto s = site.signIn(user);
    if (!s)
        return QStringLiteral("<no session>");
    auto c = SyncEngine::config(*s);
    return c.ok() ? c->token : QStringLiteral("<refused: %1>").arg(c.error().message);
}

QStringList holders(Session &s)
{
    auto h = SealedKeys::holders(s.db(), kSync);
    return h.ok() ? h->keys() : QStringList{QStringLiteral("<error>")};
}

bool chainIntact(Session &s)
{
    auto v = AuditChain::verify(s.db());
    return v.ok() && v->intact;
}

// One sync run through `transport`, retried at once.
SyncReport runWith(Session &session, SyncTransport &transport, int maxRetries = SyncClient::Options().maxRetries)
{
    SyncClient::Options o;
    o.baseBackoffMs = 1;
    o.maxRetries = maxRetries;
    SyncClient client(session, transport, o);
    return client.runBlocking();
}

// A central site in a folder of its own, and the test site's device enrolled with it as
// `sync enroll` does: the token the central site issued is stored on the device.
struct Central {
    QTemporaryDir dir;
    std::unique_ptr<CentralStore> store;
    std::unique_ptr<CentralService> service;
    QString deviceId;
    QString issued;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc());

    Central()
    {
        store = std::make_unique<CentralStore>(CentralBackend::openEmbedded(dir.path(), true).value(), clock);
        service = std::make_unique<CentralService>(*store);
    }
    Status enrol(test::TestSite &site)
    {
        auto e = store->enroll(store->createEnrollmentCode(QStringLiteral("GX01")).value());
        if (!e.ok())
            return e.error();
        deviceId = e->deviceId;
        issued = e->token;
        auto admin = site.signIn(QStringLiteral("admin"));
        return SyncEngine::configure(*admin, {QStringLiteral("http://127.0.0.1:1"), e->token, e->deviceId, {}});
    }
    // One run as `sync now` makes it: the transport carries the token stored on the device.
    SyncReport sync(test::TestSite &site, std::function<bool(const QString &)> drop = {}, int maxRetries = 5)
    {
        auto s = site.signIn(QStringLiteral("doctor"));
        return sync(*s, std::move(drop), maxRetries);
    }
    SyncReport sync(Session &session, std::function<bool(const QString &)> drop = {}, int maxRetries = 5)
    {
        Session *s = &session;
        auto c = SyncEngine::config(*s);
        if (!c.ok()) {
            SyncReport r;
            r.ok = false;
            r.error = c.error().message;
            return r;
        }
        DirectTransport transport(*service, c->token);
        transport.dropResponse = std::move(drop);
        return runWith(*s, transport, maxRetries);
    }
    bool opens(const QString &token) { return store->authenticate(token).ok(); }
    int alarms()
    {
        auto open = integrityAlarms(*store);
        return open.ok() ? static_cast<int>(open->size()) : -1;
    }
    int replacements()
    {
        auto rows = CentralAuditTrail(store->backend(), store->clock()).entries();
        if (!rows.ok())
            return -1;
        int n = 0;
        for (const CentralAuditEntry &e : rows.value()) {
            if (e.event == QLatin1String(CentralAuditTrail::kTokenReplaced)) {
                ++n;
                if (e.deviceId != deviceId || !e.detail.isEmpty())
                    return -1;   // about another device, or saying more than that it happened
            }
        }
        return n;
    }
};

// The central site, but /v1/token answered with `status` instead, `times` times (-1: always):
// 404 as a central site from before token replacement, 400 as one that knew the token drawn.
class ScriptedCentral : public SyncTransport {
public:
    ScriptedCentral(CentralService &service, const QString &token, int status, int times)
        : SyncTransport(token, nullptr), m_direct(service, token), m_status(status), m_times(times) {}
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body, Callback callback) override
    {
        if (path == QLatin1String("/v1/token") && m_times != 0) {
            if (m_times > 0)
                --m_times;
            sent.append(body.value(QStringLiteral("token")).toString());
            QTimer::singleShot(0, this, [callback, status = m_status] { callback(status, {{QStringLiteral("error"), QStringLiteral("scripted")}}, {}); });
            return;
        }
        m_direct.setToken(token());
        m_direct.send(method, path, query, body, std::move(callback));
    }
    QStringList sent;

private:
    DirectTransport m_direct;
    int m_status;
    int m_times;
};

bool deactivated(test::TestSite &site, const QString &user)
{
    auto admin = site.signIn(QStringLiteral("admin"));
    return Accounts::deactivate(*admin, user, QStringLiteral("left the site")).ok();
}

} // namespace

class TestAttacksSyncToken : public QObject {
    Q_OBJECT
private slots:
    // The raw database key reads ciphertext in meta, which the database key itself does not
    // open either; every account that may sync reads the token through its own copy.
    void theDatabaseKeyAloneReadsNoToken()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const Status enrolled = enrol(site);
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.ok() ? QString() : enrolled.error().message));
        const QString stored = storedToken(site);
        QVERIFY2(IdentityCipher::isSealed(stored), qPrintable(stored));
        QVERIFY(!stored.contains(kToken));
        {
            // The database key used as if it were the sync key opens nothing.
            auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path()));
            auto secrets = KeySlotFile::open(*keys->find(QStringLiteral("user"), QStringLiteral("monitor")), test::kPassword);
            QVERIFY(secrets.ok());
            auto monitor = site.signIn(QStringLiteral("monitor"));
            const QByteArray databaseKey = secrets->databaseKey.toHex();
            monitor->setSyncKey(std::move(secrets->databaseKey));
            // It opens nothing: the database key is tried first and stays the session's key
            // only if it opens the token; the account's own copy of the sync key took its place
            // (as after a key replaced by another program).
            auto config = SyncEngine::config(*monitor);
            QVERIFY(config.ok());
            QCOMPARE(config->token, kToken);
            QVERIFY(monitor->syncKey().toHex() != databaseKey);
        }
        for (const QString &user : kEveryone)
            QCOMPARE(tokenSeenBy(site, user), kToken);
        auto admin = site.signIn(QStringLiteral("admin"));
        QCOMPARE(holders(*admin), QStringList({QStringLiteral("admin"), QStringLiteral("coord"), QStringLiteral("doctor"),
                                               QStringLiteral("monitor"), QStringLiteral("nurse")}));
        QVERIFY(chainIntact(*admin));
        // Enrolling again makes a new key, sealed to every holder in place of the old one: a
        // copy of the old key (a departed user's) opens nothing stored since.
        const QString before = SealedKeys::fingerprint(kSync, admin->syncKey());
        QVERIFY(SyncEngine::configure(*admin, {kServer, QStringLiteral("tok-second"), QStringLiteral("device-1"), {}}).ok());
        QVERIFY(SealedKeys::fingerprint(kSync, admin->syncKey()) != before);
        for (const QString &user : kEveryone)
            QCOMPARE(tokenSeenBy(site, user), QStringLiteral("tok-second"));
        QVERIFY(chainIntact(*admin));
    }

    // A site from before: the token in clear in meta is encrypted at the next sign-in of any
    // account that may sync, which makes the key; the change is in the trail, the token is not.
    void aTokenStoredInClearIsEncryptedAtTheNextSignIn()
    {
        test::TestSite site;
        {
            auto db = site.openWithExtractedKey(QStringLiteral("admin"));
            QVERIFY(db);
            QVERIFY(db->putMeta(QStringLiteral("sync_server"), kServer).ok());
            QVERIFY(db->putMeta(QStringLiteral("sync_token"), kToken).ok());
        }
        QCOMPARE(storedToken(site), kToken);
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QVERIFY(!nurse->syncKey().isEmpty());
            QCOMPARE(SyncEngine::config(*nurse)->token, kToken);
            QVERIFY(chainIntact(*nurse));
            const auto count = [&](const QString &where) {
                auto n = nurse->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE ") + where);
                return n.ok() ? n.value() : -1;
            };
            QCOMPARE(count(QStringLiteral("action = 'sync_token_encrypted'")), 1);
            QCOMPARE(count(QStringLiteral("coalesce(old_value, '') || coalesce(new_value, '') || coalesce(reason, '') LIKE '%tok-%'")), 0);
        }
        QVERIFY(IdentityCipher::isSealed(storedToken(site)));
        for (const QString &user : kEveryone)
            QCOMPARE(tokenSeenBy(site, user), kToken);
    }

    // Account changes move copies at once: a new account reads the token, a departed one's
    // copy goes.
    void newAndDeactivatedAccounts()
    {
        test::TestSite site;
        QVERIFY(enrol(site).ok());
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Accounts::add(*admin, QStringLiteral("nurse2"), {}, Role::Nurse, test::kPassword, KdfCost::fast()).ok());
        QVERIFY(holders(*admin).contains(QStringLiteral("nurse2")));
        QCOMPARE(tokenSeenBy(site, QStringLiteral("nurse2")), kToken);
        const Status left = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the site"));
        QVERIFY2(left.ok(), qPrintable(left.ok() ? QString() : left.error().message));
        QVERIFY(!holders(*admin).contains(QStringLiteral("nurse")));
        QCOMPARE(SyncEngine::config(*admin)->token, kToken);
        QVERIFY(chainIntact(*admin));
    }

    // Whoever holds the database key seals a key of his own to the administrator, so as to read
    // the token of the next enrolment: the copy is not the committed key and is refused, and
    // the next enrolment seals the new token under a new key, not under his.
    void aPlantedSyncKeyIsRefused()
    {
        test::TestSite site;
        QVERIFY(enrol(site).ok());
        SecureBytes planted = SecureBytes::random(SealedKeys::kKeyBytes);
        {
            auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
            auto box = db->prepare(QStringLiteral("SELECT box_public FROM sealed_keys WHERE purpose = 'sync' AND owner = 'admin'"));
            QVERIFY(box->next().value());
            const QByteArray sealed = KeySlotFile::sealToBox(QByteArray::fromHex(box->text(0).toLatin1()), planted);
            box->reset();
            auto put = db->prepare(QStringLiteral(
                "UPDATE sealed_keys SET sealed = ?, endorsement = NULL WHERE purpose = 'sync' AND owner = 'admin'"));
            put->bind(1, QString::fromLatin1(sealed.toHex()));
            QVERIFY(put->run().ok());
        }
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(admin->syncKey().isEmpty());   // refused, and the copy removed
            auto refused = SyncEngine::config(*admin);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("no copy")), qPrintable(refused.error().message));
            QVERIFY(SyncEngine::configure(*admin, {kServer, QStringLiteral("tok-next"), QStringLiteral("device-1"), {}}).ok());
            QVERIFY(!admin->syncKey().isEmpty());
            QVERIFY(!admin->syncKey().equals(planted));
        }
        for (const QString &user : kEveryone)
            QCOMPARE(tokenSeenBy(site, user), QStringLiteral("tok-next"));
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(chainIntact(*admin));
    }

    // Whoever holds the database key points the token at a host of his own (or swaps the
    // certificate, or the device id): the token does not open for the new destination, so it
    // is never sent there; and a token put in clear where one was encrypted is refused, not
    // adopted and encrypted at the next sign-in.
    void aChangedDestinationOrAClearTokenIsRefused_data()
    {
        QTest::addColumn<QString>("metaKey");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("server") << QStringLiteral("sync_server") << QStringLiteral("https://evil.example") << QStringLiteral("does not open");
        QTest::newRow("certificate") << QStringLiteral("sync_ca_cert") << QStringLiteral("/tmp/evil-ca.pem") << QStringLiteral("does not open");
        QTest::newRow("device id") << QStringLiteral("sync_device_id") << QStringLiteral("device-2") << QStringLiteral("does not open");
        QTest::newRow("token in clear") << QStringLiteral("sync_token") << QStringLiteral("tok-of-another-device") << QStringLiteral("in clear");
    }
    void aChangedDestinationOrAClearTokenIsRefused()
    {
        QFETCH(QString, metaKey);
        QFETCH(QString, value);
        QFETCH(QString, says);
        test::TestSite site;
        QVERIFY(enrol(site).ok());
        {
            auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
            QVERIFY(db->putMeta(metaKey, value).ok());
        }
        for (const QString &user : kEveryone) {
            const QString seen = tokenSeenBy(site, user);
            QVERIFY2(seen.startsWith(QStringLiteral("<refused")) && seen.contains(says), qPrintable(seen));
        }
        if (metaKey == QLatin1String("sync_token"))
            QCOMPARE(storedToken(site), value);   // not encrypted by any sign-in
    }

    // A site from before whose trail is broken: its token in clear is not used, and the
    // message names the trail, not a replacement that may not have happened.
    void aClearTokenOnABrokenTrailNamesTheTrail()
    {
        test::TestSite site;
        {
            auto db = site.openWithExtractedKey(QStringLiteral("admin"));
            QVERIFY(db->putMeta(QStringLiteral("sync_server"), kServer).ok());
            QVERIFY(db->putMeta(QStringLiteral("sync_token"), kToken).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE audit SET reason = 'edited' WHERE seq = 2")).ok());
        }
        const QString seen = tokenSeenBy(site, QStringLiteral("nurse"));
        QVERIFY2(seen.startsWith(QStringLiteral("<refused")) && seen.contains(QStringLiteral("audit trail is broken")), qPrintable(seen));
        QCOMPARE(storedToken(site), kToken);   // nothing encrypted under a key made on a broken trail
    }

    // Every copy deleted: nobody reads the token, each account is told why, and enrolling
    // again (a new token) makes a new key.
    void everyCopyLostIsMendedByEnrollingAgain()
    {
        test::TestSite site;
        QVERIFY(enrol(site).ok());
        {
            auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM sealed_keys WHERE purpose = 'sync'")).ok());
        }
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            auto refused = SyncEngine::config(*nurse);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("No account holds")), qPrintable(refused.error().message));
        }
        const Status again = enrol(site, QStringLiteral("tok-renewed"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        for (const QString &user : kEveryone)
            QCOMPARE(tokenSeenBy(site, user), QStringLiteral("tok-renewed"));
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(chainIntact(*admin));
    }

    // An account that could read the token left, with a copy of it: the next sync replaces the
    // token at the central site, where the copy then opens nothing; the device goes on with the
    // new one. Before, the token was replaced only by enrolling the device again.
    void aDepartedAccountsCopyOfTheTokenOpensNothingAfterTheNextSync()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(central.sync(site).ok);
        const QString copy = tokenSeenBy(site, QStringLiteral("nurse"));   // what the nurse keeps
        QCOMPARE(copy, central.issued);
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(SyncToken::replacementUnderway(*admin).value());
        }
        const SyncReport r = central.sync(site);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.tokenReplaced);
        QVERIFY(!central.opens(copy));
        const QString now = tokenSeenBy(site, QStringLiteral("doctor"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(now).hasMatch(), qPrintable(now));
        QVERIFY(central.opens(now));
        QCOMPARE(central.store->authenticate(now)->deviceId, central.deviceId);
        QCOMPARE(central.replacements(), 1);
        // Recorded on the device without the token, and done: the next run keeps the token.
        auto admin = site.signIn(QStringLiteral("admin"));
        QCOMPARE(admin->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sync_token_replaced'")).value(), 1);
        QCOMPARE(admin->db().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE instr(coalesce(old_value, '') || coalesce(new_value, '')"
                                                      " || coalesce(reason, ''), '%1') > 0").arg(now)).value(), 0);
        QVERIFY(!SyncToken::replacementUnderway(*admin).value());
        QVERIFY(chainIntact(*admin));
        const SyncReport again = central.sync(site);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.tokenReplaced);
        QCOMPARE(tokenSeenBy(site, QStringLiteral("doctor")), now);
        QCOMPARE(central.replacements(), 1);
    }

    // The central site took the new token but its answer was lost: once (the run asks with the
    // pending token, finds it taken and goes on), or with every answer after it through every
    // retry (the run fails, and the next one finds it taken). Either way the device is never
    // left holding a token the central site refuses.
    void aLostAnswerLeavesNoDeviceLockedOut_data()
    {
        QTest::addColumn<QStringList>("lost");
        QTest::addColumn<int>("times");   // -1: always
        QTest::addColumn<bool>("firstRunOk");
        QTest::newRow("the answer to the new token, once") << QStringList{QStringLiteral("/v1/token")} << 1 << true;
        QTest::newRow("the answers to the token and to the check") << QStringList{QStringLiteral("/v1/token"), QStringLiteral("/v1/status")}
                                                                  << -1 << false;
        QTest::newRow("every answer") << QStringList{QStringLiteral("/v1/")} << -1 << false;
    }
    void aLostAnswerLeavesNoDeviceLockedOut()
    {
        QFETCH(QStringList, lost);
        QFETCH(int, times);
        QFETCH(bool, firstRunOk);
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        int dropped = 0;
        const SyncReport first = central.sync(site, [&](const QString &path) {
            const bool match = std::any_of(lost.cbegin(), lost.cend(), [&](const QString &p) { return path.startsWith(p); });
            return match && (times < 0 || dropped++ < times);
        }, 2);
        QVERIFY(!central.opens(central.issued));   // taken at the first request, whose answer was lost
        QCOMPARE(first.ok, firstRunOk);
        if (!firstRunOk) {
            QVERIFY(first.networkFailure);
            QCOMPARE(tokenSeenBy(site, QStringLiteral("doctor")), central.issued);
            const SyncReport second = central.sync(site);
            QVERIFY2(second.ok, qPrintable(second.error));
            QVERIFY(second.tokenReplaced);
        } else {
            QVERIFY(first.tokenReplaced);
        }
        QVERIFY(central.opens(tokenSeenBy(site, QStringLiteral("doctor"))));
        QCOMPARE(central.replacements(), 1);
        QVERIFY(central.sync(site).ok);
    }

    // The central site takes a token of the form it issues, never one in use, and only from a
    // device it still knows; nothing is marked on a device that holds no token.
    void theCentralSiteTakesOnlyAFreshWellFormedToken()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        auto other = central.store->enroll(central.store->createEnrollmentCode(QStringLiteral("GX01")).value());
        QVERIFY(other.ok());
        const DeviceIdentity device = central.store->authenticate(central.issued).value();
        const QStringList malformed{QStringLiteral("abc"), QString(64, QLatin1Char('A')), QString(63, QLatin1Char('a')),
                                    QString(QString(63, QLatin1Char('a')) + QLatin1Char('g'))};
        for (const QString &bad : malformed) {
            const Status refused = central.store->replaceToken(device, central.issued, bad);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, QStringLiteral("token"));
        }
        const Status taken = central.store->replaceToken(device, central.issued, other->token);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().field, QStringLiteral("token"));
        QVERIFY(central.opens(other->token));
        QVERIFY(central.opens(central.issued));
        QCOMPARE(central.replacements(), 0);
        // Through the service: the body's token, authenticated by the current one.
        const QString next(64, QLatin1Char('7'));
        const ServiceResponse answer = central.service->handle({"POST", QStringLiteral("/v1/token"), {}, "Bearer " + central.issued.toLatin1(),
                                                                {}, QJsonDocument(QJsonObject{{QStringLiteral("token"), next}}).toJson()});
        QCOMPARE(answer.status, 200);
        QVERIFY(!central.opens(central.issued));
        QCOMPARE(central.store->authenticate(next)->deviceId, central.deviceId);
        // A request authenticated with the old token before the lock, or a retired token asked for again.
        QCOMPARE(central.store->replaceToken(device, central.issued, QString(64, QLatin1Char('9'))).error().kind, ErrorKind::Denied);
        QCOMPARE(central.store->replaceToken(device, next, central.issued).error().field, QStringLiteral("token"));
        QCOMPARE(central.store->replaceToken(device, next, next).ok(), true);   // an answer lost: asked again
        QVERIFY(central.store->revoke(central.deviceId).ok());
        QVERIFY(!central.store->replaceToken(device, next, QString(64, QLatin1Char('8'))).ok());
        QCOMPARE(central.replacements(), 1);

        test::TestSite alone;
        QVERIFY(deactivated(alone, QStringLiteral("nurse")));
        auto admin = alone.signIn(QStringLiteral("admin"));
        QVERIFY(!SyncToken::replacementUnderway(*admin).value());
    }

    // The review's case: the token drawn for one departure was sent, its answer lost, and a
    // second account (which could read that token) left before the next sync. That token is
    // taken and then replaced again, under a sync key the second account never held.
    void anAccountLeavingWhileATokenWaitsGetsAnotherReplacement()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        QVERIFY(!central.sync(site, [](const QString &path) { return path.startsWith(QLatin1String("/v1/")); }, 1).ok);
        QString waiting;
        {
            auto coord = site.signIn(QStringLiteral("coord"));   // what the coordinator can read before leaving
            auto config = SyncEngine::config(*coord);
            QVERIFY(config.ok());
            auto p = SyncToken::pending(*coord, {config->server, config->deviceId, config->caCert});
            QVERIFY(p.ok());
            QVERIFY(!p->drawn);
            waiting = p->token;
        }
        QVERIFY(central.opens(waiting));
        QVERIFY(deactivated(site, QStringLiteral("coord")));
        const SyncReport r = central.sync(site);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!central.opens(waiting));
        QVERIFY(!central.opens(central.issued));
        QVERIFY(central.opens(tokenSeenBy(site, QStringLiteral("doctor"))));
        QCOMPARE(central.replacements(), 2);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(!SyncToken::replacementUnderway(*admin).value());
    }

    // The app and `sync now` at once, each with the token it read before: one token is drawn
    // and sent by both, the central site takes it once, and both runs end well with it.
    void twoProgramsSyncingAtOnceAgreeOnOneToken()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto coord = site.signIn(QStringLiteral("coord"));
        const QString before = SyncEngine::config(*doctor)->token;
        DirectTransport first(*central.service, before);
        DirectTransport second(*central.service, before);
        SyncClient::Options o;
        o.baseBackoffMs = 1;
        SyncClient a(*doctor, first, o);
        SyncClient b(*coord, second, o);
        QList<SyncReport> reports;
        QEventLoop loop;
        for (SyncClient *c : {&a, &b})
            connect(c, &SyncClient::finished, &loop, [&](const SyncReport &r) {
                reports.append(r);
                if (reports.size() == 2)
                    loop.quit();
            });
        a.start();
        b.start();
        loop.exec();
        for (const SyncReport &r : std::as_const(reports))
            QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(central.replacements(), 1);
        const QString now = tokenSeenBy(site, QStringLiteral("admin"));
        QVERIFY(central.opens(now));
        QCOMPARE(first.token(), now);
        QCOMPARE(second.token(), now);
    }

    // Whoever kept a copy of the old token and uses it after the replacement (later than a
    // run under way could) raises one integrity alarm at the central site; the device's own
    // new token works on.
    void aReplacedTokenUsedAgainRaisesAnAlarm()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        QVERIFY(central.sync(site).ok);
        QVERIFY(!central.opens(central.issued));   // within the grace: refused, no alarm
        QCOMPARE(central.alarms(), 0);
        central.clock->advanceSecs(qint64(CentralStore::kRetiredGraceMinutes) * 60 + 1);
        const ServiceResponse pushed = central.service->handle({"POST", QStringLiteral("/v1/push"), {}, "Bearer " + central.issued.toLatin1(), {},
                                                                QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray()}}).toJson()});
        QCOMPARE(pushed.status, 401);
        QVERIFY(!central.opens(central.issued));
        QCOMPARE(central.alarms(), 1);
        auto alarms = integrityAlarms(*central.store).value();
        QCOMPARE(alarms.first().deviceId, central.deviceId);
        QVERIFY(!alarms.first().detail.contains(central.issued));
        QVERIFY(central.sync(site).ok);
        // Acknowledged, it leaves the device's audit anchor in place (an anchor alarm gives it up).
        AuditAnchors anchors(central.store->backend(), central.store->clock());
        const DeviceIdentity device = central.store->authenticate(tokenSeenBy(site, QStringLiteral("doctor"))).value();
        QVERIFY(anchors.current(device)->value(QStringLiteral("anchored")).isObject());
        QCOMPARE(anchors.acknowledge(central.deviceId, QStringLiteral("the nurse's old laptop, wiped"), QStringLiteral("operator:test")).value(), 1);
        QVERIFY(anchors.current(device)->value(QStringLiteral("anchored")).isObject());
        QCOMPARE(central.alarms(), 0);
    }

    // A central site from before token replacement answers 404: the device syncs as it is and
    // keeps the replacement due for a central site that can.
    void aCentralSiteWithoutReplacementsIsSyncedWith()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        auto s = site.signIn(QStringLiteral("doctor"));
        ScriptedCentral older(*central.service, SyncEngine::config(*s)->token, 404, -1);
        for (int run = 0; run < 2; ++run) {
            const SyncReport r = runWith(*s, older);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(!r.tokenReplaced);
        }
        QVERIFY(central.opens(central.issued));
        QVERIFY(SyncToken::replacementUnderway(*s).value());
        // The second run sent the token the first drew: no new one (and no new key) each time.
        QCOMPARE(older.sent.size(), 2);
        QCOMPARE(older.sent.at(0), older.sent.at(1));
        QVERIFY(central.sync(site).tokenReplaced);
    }

    // The central site refuses the token drawn as one it knew already: another is drawn, once
    // in a run, instead of the same one being sent at every sync for ever.
    void aTokenRefusedAsTakenIsDrawnAgain()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));
        auto s = site.signIn(QStringLiteral("doctor"));
        ScriptedCentral refusing(*central.service, SyncEngine::config(*s)->token, 400, 1);
        const SyncReport r = runWith(*s, refusing);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.tokenReplaced);
        const QString now = tokenSeenBy(site, QStringLiteral("doctor"));
        QCOMPARE(refusing.sent.size(), 1);
        QVERIFY(refusing.sent.first() != now);
        QVERIFY(central.opens(now));
    }

    // The app's session, open since before another program replaced the token (and the sync
    // key), reads the new token: it is not told to enrol the device again.
    void aSessionOpenedBeforeTheReplacementReadsTheNewToken()
    {
        test::TestSite site;
        Central central;
        QVERIFY(central.enrol(site).ok());
        QVERIFY(deactivated(site, QStringLiteral("nurse")));   // (with no other program open: the database key is replaced)
        auto app = site.signIn(QStringLiteral("doctor"));
        QCOMPARE(SyncEngine::config(*app)->token, central.issued);
        auto cli = site.signIn(QStringLiteral("coord"));
        QVERIFY(central.sync(*cli).tokenReplaced);
        auto config = SyncEngine::config(*app);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QVERIFY(config->token != central.issued);
        QVERIFY(central.opens(config->token));
        QVERIFY(central.sync(*app).ok);
    }
};

QTEST_GUILESS_MAIN(TestAttacksSyncToken)
#include "tst_attacks_sync_token.moc"
