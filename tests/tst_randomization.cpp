// Randomization (issue 15): the allocation lists (generated from a seed or imported), the
// randomize action's rules, online allocation, the sealed offline reserve and the central
// site's reconciliation, each against the in-process central site (DirectTransport).
#include "demo/DirectTransport.h"
#include "Enrollment.h"
#include "TestSite.h"
#include "central/AllocationList.h"
#include "central/CentralService.h"
#include "central/IntegrityAlarms.h"
#include "clinical/AllocationSequence.h"
#include "records/Patients.h"
#include "records/RandomizationReserve.h"
#include "records/Randomizations.h"
#include "records/Randomize.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/RandomizeClient.h"
#include "security/AllocationSeal.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <sodium.h>
#include <algorithm>
#include <QRandomGenerator>
#include <QtTest>

using namespace muco;

namespace {

// A link that never answers: the device is offline.
class OfflineTransport : public SyncTransport {
public:
    int sent = 0;
    void send(const QByteArray &, const QString &, const QUrlQuery &, const QJsonObject &, Callback callback) override
    {
        ++sent;
        QTimer::singleShot(0, this, [callback] { callback(0, {}, QStringLiteral("network unreachable (simulated)")); });
    }
};

SyncClient::Options fast()
{
    SyncClient::Options o;
    o.baseBackoffMs = 1;
    o.maxRetries = 3;
    return o;
}

int countArm(const QList<ListEntry> &entries, const QString &arm)
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(), [&](const ListEntry &e) { return e.arm == arm; }));
}

} // namespace

class TestRandomization : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;

    struct Device {
        std::unique_ptr<test::TestSite> site;
        std::unique_ptr<Session> coord;
        std::unique_ptr<DirectTransport> online;
        OfflineTransport offline;
        QString deviceId;
    };

    // A site device enrolled with the central site (its sync settings written as `sync enroll` does).
    std::unique_ptr<Device> device()
    {
        auto d = std::make_unique<Device>();
        d->site = std::make_unique<test::TestSite>();
        auto code = m_store->createEnrollmentCode(QStringLiteral("GX01"));
        auto e = m_store->enroll(code.value());
        d->deviceId = e->deviceId;
        auto admin = d->site->signIn(QStringLiteral("admin"));
        if (!SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), e->token, e->deviceId, {}}).ok())
            return nullptr;
        d->coord = d->site->signIn(QStringLiteral("coord"));
        d->online = std::make_unique<DirectTransport>(*m_service, e->token);
        return d;
    }

    bool sync(Device &d)
    {
        SyncClient client(*d.coord, *d.online, fast());
        const SyncReport r = client.runBlocking();
        if (!r.ok)
            qWarning() << r.error;
        return r.ok;
    }

    Status generate(quint64 seed = 42, int perStratum = 40)
    {
        GenerateRequest g;
        g.seed = seed;
        g.perStratum = perStratum;
        g.blocks = {2, 4, 6};
        auto r = m_store->allocationList().generate(CentralRole::Statistician, g);
        if (!r.ok())
            return r.error();
        return {};
    }

    QList<ListEntry> list(const QString &stratum)
    {
        QList<ListEntry> out;
        auto rows = m_store->backend().query(QStringLiteral("SELECT sequence, arm FROM allocation_list WHERE stratum = ? ORDER BY sequence"), {stratum});
        for (const QVariantList &r : rows.value())
            out.append({stratum, r[0].toInt(), r[1].toString(), 0, 0});
        return out;
    }

    QJsonObject report()
    {
        auto r = m_store->allocationList().report(CentralRole::Statistician);
        return r.ok() ? r.value() : QJsonObject{{QStringLiteral("error"), r.error().message}};
    }

private slots:
    // The reserve's wire format, written out here with libsodium alone, not through the code
    // under test (both ends share AllocationSeal, so a change there would go unnoticed between
    // them, and devices in the field hold entries sealed by the earlier central site):
    // base64 of a 24-byte nonce and the XChaCha20-Poly1305 ciphertext of
    // {"stratum","sequence","arm"}, the associated data "mucotrack.reserve.v1|device|stratum|sequence".
    void theReservesSealIsItsDocumentedFormat()
    {
        QVERIFY(sodium_init() >= 0);
        const QByteArray key = AllocationSeal::newKey();
        QCOMPARE(key.size(), qsizetype(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
        const QByteArray ad("mucotrack.reserve.v1|dev-1|GX01|7");
        const auto k = reinterpret_cast<const unsigned char *>(key.constData());
        // Sealed by the code, opened by hand.
        const auto sealed = AllocationSeal::seal(key, QStringLiteral("dev-1"), QStringLiteral("GX01"), 7, QStringLiteral("control"));
        QVERIFY(sealed.ok());
        const QByteArray box = QByteArray::fromBase64(sealed->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(box.size() > 24 + 16);
        QByteArray plain(box.size() - 24 - 16, '\0');
        unsigned long long length = 0;
        QCOMPARE(crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
                                                            reinterpret_cast<const unsigned char *>(box.constData()) + 24,
                                                            static_cast<unsigned long long>(box.size() - 24),
                                                            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
                                                            reinterpret_cast<const unsigned char *>(box.constData()), k), 0);
        const QJsonObject entry = QJsonDocument::fromJson(plain.left(static_cast<qsizetype>(length))).object();
        QCOMPARE(entry, (QJsonObject{{QStringLiteral("stratum"), QStringLiteral("GX01")}, {QStringLiteral("sequence"), 7},
                                     {QStringLiteral("arm"), QStringLiteral("control")}}));
        // Sealed by hand, opened by the code; anywhere else it does not open.
        const QByteArray message(R"({"arm":"experimental","sequence":7,"stratum":"GX01"})");
        QByteArray made(24 + message.size() + 16, '\0');
        auto *nonce = reinterpret_cast<unsigned char *>(made.data());
        randombytes_buf(nonce, 24);
        crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + 24, &length, reinterpret_cast<const unsigned char *>(message.constData()),
                                                   static_cast<unsigned long long>(message.size()),
                                                   reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
                                                   nullptr, nonce, k);
        const QString text = QString::fromLatin1(made.toBase64());
        QCOMPARE(AllocationSeal::open(key, QStringLiteral("dev-1"), QStringLiteral("GX01"), 7, text), std::optional<QString>(QStringLiteral("experimental")));
        QVERIFY(!AllocationSeal::open(key, QStringLiteral("dev-2"), QStringLiteral("GX01"), 7, text));
        QVERIFY(!AllocationSeal::open(key, QStringLiteral("dev-1"), QStringLiteral("GX01"), 8, text));
        QVERIFY(!AllocationSeal::open(AllocationSeal::newKey(), QStringLiteral("dev-1"), QStringLiteral("GX01"), 7, text));
        QVERIFY(!AllocationSeal::seal(key.left(16), QStringLiteral("dev-1"), QStringLiteral("GX01"), 7, QStringLiteral("control")).ok());
    }

    void init()
    {
        auto b = CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central-") + QString::number(QRandomGenerator::global()->generate()), true);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        m_store = std::make_unique<CentralStore>(std::move(b).value(), Clock::system());
        m_service = std::make_unique<CentralService>(*m_store);
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    // ---- The lists ------------------------------------------------------------------------

    void generatedBlocks_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("perStratum");
        QTest::addColumn<QList<int>>("blocks");
        QTest::newRow("2,4,6 x100") << quint64(1) << 100 << QList<int>{2, 4, 6};
        QTest::newRow("only 4") << quint64(7) << 10 << QList<int>{4};
        QTest::newRow("one entry asked: one whole block") << quint64(9) << 1 << QList<int>{6};
        QTest::newRow("4,8 x200") << quint64(123456789) << 200 << QList<int>{4, 8};
        QTest::newRow("seed 0") << quint64(0) << 30 << QList<int>{2, 4};
        QTest::newRow("largest seed") << quint64(18446744073709551615ULL) << 30 << QList<int>{2, 10};
    }

    // Every block holds as many of each arm, its size is one of the list, and the list is
    // whole blocks covering at least the number asked.
    void generatedBlocks()
    {
        QFETCH(quint64, seed);
        QFETCH(int, perStratum);
        QFETCH(QList<int>, blocks);
        auto entries = AllocationSequence::generate(seed, QStringLiteral("GX01"), perStratum, blocks);
        QVERIFY(entries.ok());
        QVERIFY(entries->size() >= perStratum);
        QVERIFY(entries->size() < perStratum + *std::max_element(blocks.cbegin(), blocks.cend()));
        QMap<int, QList<ListEntry>> byBlock;
        for (int i = 0; i < entries->size(); ++i) {
            QCOMPARE(entries->at(i).sequence, i + 1);
            QCOMPARE(entries->at(i).stratum, QStringLiteral("GX01"));
            byBlock[entries->at(i).block].append(entries->at(i));
        }
        QSet<int> sizesSeen;
        for (const QList<ListEntry> &b : byBlock) {
            QVERIFY(blocks.contains(static_cast<int>(b.size())));
            QCOMPARE(b.first().blockSize, static_cast<int>(b.size()));
            QCOMPARE(countArm(b, QStringLiteral("experimental")), static_cast<int>(b.size()) / 2);
            QCOMPARE(countArm(b, QStringLiteral("control")), static_cast<int>(b.size()) / 2);
            sizesSeen.insert(static_cast<int>(b.size()));
        }
        if (byBlock.size() >= 20)   // random sizes: with 20 blocks every size shows up
            QCOMPARE(sizesSeen.size(), blocks.size());
    }

    void generationIsDeterministicBySeedAndStratum()
    {
        const QList<int> blocks{2, 4, 6};
        auto arms = [&](quint64 seed, const QString &stratum) {
            QStringList out;
            const auto list = AllocationSequence::generate(seed, stratum, 60, blocks);
            for (const ListEntry &e : list.value())
                out << e.arm + QString::number(e.blockSize);
            return out;
        };
        QCOMPARE(arms(42, QStringLiteral("GX01")), arms(42, QStringLiteral("GX01")));     // same seed: same list
        QVERIFY(arms(42, QStringLiteral("GX01")) != arms(43, QStringLiteral("GX01")));    // another seed: another list
        QVERIFY(arms(42, QStringLiteral("GX01")) != arms(42, QStringLiteral("GX02")));    // each stratum its own stream
    }

    void strataCrossFactors()
    {
        const QList<StratificationFactor> factors{{QStringLiteral("sex"), {QStringLiteral("female"), QStringLiteral("male")}}};
        QCOMPARE(AllocationSequence::strata({QStringLiteral("GX01"), QStringLiteral("GX02")}, factors),
                 (QStringList{QStringLiteral("GX01|sex=female"), QStringLiteral("GX01|sex=male"), QStringLiteral("GX02|sex=female"),
                              QStringLiteral("GX02|sex=male")}));
        QCOMPARE(AllocationSequence::strata({QStringLiteral("GX01")}, {}), QStringList{QStringLiteral("GX01")});
        QCOMPARE(AllocationSequence::siteOf(QStringLiteral("GX02|sex=male")), QStringLiteral("GX02"));
    }

    void protocolFactors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");   // empty: valid
        QTest::addColumn<int>("count");
        QTest::newRow("none declared") << QByteArray("{}") << QString() << 0;
        QTest::newRow("sex") << QByteArray(R"({"randomization": {"stratification_factors": [{"id": "sex", "levels": ["female", "male"]}]}})")
                             << QString() << 1;
        QTest::newRow("unknown factor") << QByteArray(R"({"randomization": {"stratification_factors": [{"id": "age", "levels": ["a", "b"]}]}})")
                                        << QStringLiteral("randomization.stratification_factors[0].id") << 0;
        QTest::newRow("one level") << QByteArray(R"({"randomization": {"stratification_factors": [{"id": "sex", "levels": ["female"]}]}})")
                                   << QStringLiteral("randomization.stratification_factors[0].levels") << 0;
    }

    void protocolFactors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, count);
        auto f = AllocationSequence::factorsFromProtocol(json);
        QCOMPARE(f.ok(), field.isEmpty());
        if (f.ok())
            QCOMPARE(f->size(), count);
        else
            QCOMPARE(f.error().field, field);
        QVERIFY(AllocationSequence::protocolFactors().isEmpty());   // NCT07312656: by site only
    }

    void blockSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2,4,6") << QStringLiteral("2,4,6") << true;
        QTest::newRow("20 (largest)") << QStringLiteral("20") << true;
        QTest::newRow("22") << QStringLiteral("22") << false;
        QTest::newRow("odd 3") << QStringLiteral("2,3") << false;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("repeat") << QStringLiteral("4,4") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("word") << QStringLiteral("four") << false;
    }

    void blockSizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto r = AllocationSequence::parseBlocks(text, QStringLiteral("--blocks"));
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QCOMPARE(r.error().field, QStringLiteral("--blocks"));
    }

    void importCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("field");   // empty: valid
        QTest::newRow("valid with header") << QByteArray("stratum,sequence,arm\nGX01,1,control\nGX01,2,experimental\nGX02,1,control\n") << QString();
        QTest::newRow("valid, CRLF, no header") << QByteArray("GX01,1,control\r\nGX01,2,experimental\r\n") << QString();
        QTest::newRow("bad arm") << QByteArray("stratum,sequence,arm\nGX01,1,control\nGX01,2,placebo\n") << QStringLiteral("line 3, column arm");
        QTest::newRow("gap") << QByteArray("GX01,1,control\nGX01,3,control\n") << QStringLiteral("line 2, column sequence");
        QTest::newRow("repeat") << QByteArray("GX01,1,control\nGX01,1,control\n") << QStringLiteral("line 2, column sequence");
        QTest::newRow("not from 1") << QByteArray("GX01,2,control\n") << QStringLiteral("line 1, column sequence");
        QTest::newRow("not a number") << QByteArray("GX01,one,control\n") << QStringLiteral("line 1, column sequence");
        QTest::newRow("bad stratum") << QByteArray("stratum,sequence,arm\ngx 01,1,control\n") << QStringLiteral("line 2, column stratum");
        QTest::newRow("four columns") << QByteArray("GX01,1,control,x\n") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray("stratum,sequence,arm\n") << QStringLiteral("FILE");
    }

    void importCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, field);
        auto r = AllocationSequence::parseCsv(csv);
        QCOMPARE(r.ok(), field.isEmpty());
        if (!r.ok()) {
            QCOMPARE(r.error().field, field);
            QCOMPARE(r.error().kind, ErrorKind::Invalid);
        }
    }

    void listWithAllocationsIsNotReplaced()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(d);
        // Only the statistician sets the list up.
        GenerateRequest g;
        g.seed = 1;
        g.perStratum = 10;
        QCOMPARE(m_store->allocationList().generate(CentralRole::Operator, g).error().kind, ErrorKind::Denied);
        QCOMPARE(m_store->allocationList().report(CentralRole::Operator).error().kind, ErrorKind::Denied);
        // Replacing an unused list is allowed; once an entry is allocated, it is not.
        QVERIFY(generate(43).ok());   // the site is known now: its stratum is written at once
        const QList<ListEntry> before = list(QStringLiteral("GX01"));
        QVERIFY(before.size() >= 40);
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        QVERIFY(p.ok());
        QVERIFY(RandomizeClient::runBlocking(*d->coord, d->online.get(), p.value(), test::kPassword).ok());
        auto refused = m_store->allocationList().generate(CentralRole::Statistician, g);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(m_store->allocationList().import(CentralRole::Statistician, {{QStringLiteral("GX01"), 1, QStringLiteral("control"), 0, 0}}).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(list(QStringLiteral("GX01")).size(), before.size());
        QCOMPARE(list(QStringLiteral("GX01")).first().arm, before.first().arm);
    }

    // ---- The randomize action ---------------------------------------------------------------

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("enrolled");
        QTest::addColumn<int>("kind");
        QTest::newRow("not enrolled") << QStringLiteral("coord") << test::kPassword << false << int(ErrorKind::Invalid);
        QTest::newRow("nurse") << QStringLiteral("nurse") << test::kPassword << true << int(ErrorKind::Denied);
        QTest::newRow("monitor") << QStringLiteral("monitor") << test::kPassword << true << int(ErrorKind::Denied);
        QTest::newRow("administrator") << QStringLiteral("admin") << test::kPassword << true << int(ErrorKind::Denied);
        QTest::newRow("wrong password") << QStringLiteral("coord") << QStringLiteral("not-the-password") << true << int(ErrorKind::Denied);
    }

    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, enrolled);
        QFETCH(int, kind);
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(d);
        auto p = Patients::add(*d->coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")});
        QVERIFY(p.ok());
        if (enrolled)
            QVERIFY(test::enrollDirectly(*d->coord, p->id).ok());
        auto s = d->site->signIn(user);
        auto r = RandomizeClient::runBlocking(*s, d->online.get(), p->id, password);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!Randomizations::forPatient(s->db(), p->id)->has_value());
        QCOMPARE(report().value(QStringLiteral("allocations")).toArray().size(), 0);   // the central site allocated nothing
    }

    void onlineOnceAndSigned()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(d);
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        QVERIFY(p.ok());
        auto doctor = d->site->signIn(QStringLiteral("doctor"));   // an investigator randomizes too
        auto a = RandomizeClient::runBlocking(*doctor, d->online.get(), p.value(), test::kPassword);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->source, QStringLiteral("online"));
        QCOMPARE(a->stratum, QStringLiteral("GX01"));
        QCOMPARE(a->sequence, 1);
        QCOMPARE(a->arm, list(QStringLiteral("GX01")).first().arm);   // the central list's next entry
        QCOMPARE(a->device, d->deviceId);
        auto row = RecordStore::read(*doctor, Randomizations::table(), a->id);
        QCOMPARE(row->value(QStringLiteral("signed_by")).toString(), QStringLiteral("doctor"));
        QCOMPARE(row->value(QStringLiteral("signature_meaning")).toString(), Randomizations::signatureMeaning());
        // Audited, and in the outbox for sync.
        auto audited = doctor->db().scalarInt(QStringLiteral("SELECT COUNT(*) FROM audit WHERE table_name = 'randomizations' AND field = 'arm'"));
        QCOMPARE(audited.value(), qint64(1));
        auto queued = doctor->db().scalarInt(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'randomizations' AND acked_utc IS NULL"));
        QCOMPARE(queued.value(), qint64(1));
        // Twice: refused, nothing more allocated at the central site.
        auto again = RandomizeClient::runBlocking(*doctor, d->online.get(), p.value(), test::kPassword);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        // The next patient gets the next entry.
        auto q = test::addEnrolledPatient(*d->coord, QStringLiteral("Qian Li"));
        auto b = RandomizeClient::runBlocking(*d->coord, d->online.get(), q.value(), test::kPassword);
        QCOMPARE(b->sequence, 2);
        QCOMPARE(b->arm, list(QStringLiteral("GX01")).at(1).arm);
        QVERIFY(sync(*d));
        const QJsonObject rep = report();
        QCOMPARE(rep.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        const QJsonArray allocations = rep.value(QStringLiteral("allocations")).toArray();
        QCOMPARE(allocations.size(), 2);
        QCOMPARE(allocations.at(0).toObject().value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(allocations.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("online"));
        QCOMPARE(allocations.at(0).toObject().value(QStringLiteral("device")).toString(), d->deviceId);
    }

    // A lost answer: asked again, the central site gives the same entry, never a second one.
    void onlineAnswerLostIsAskedAgain()
    {
        QVERIFY(generate().ok());
        auto d = device();
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        QVERIFY(sync(*d));   // reserve issued: entries 1 and 2
        d->online->dropResponse = [](const QString &path) { return path == QLatin1String("/v1/randomize"); };
        auto first = RandomizeClient::runBlocking(*d->coord, d->online.get(), p.value(), test::kPassword);
        QVERIFY(first.ok());
        QCOMPARE(first->source, QStringLiteral("reserve"));   // no answer: the reserve was used
        d->online->dropResponse = {};
        QVERIFY(sync(*d));
        const QJsonObject rep = report();
        // The online entry the device never heard of went back to the list; the reserve use stands.
        QCOMPARE(rep.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(rep.value(QStringLiteral("allocations")).toArray().size(), 1);
        QCOMPARE(rep.value(QStringLiteral("allocations")).toArray().at(0).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("reserve"));
    }

    // ---- The sealed reserve -----------------------------------------------------------------

    void offlineReserveInOrderThenEmpty()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(d);
        QVERIFY(sync(*d));
        auto remaining = RandomizationReserve::remaining(*d->coord);
        QCOMPARE(remaining->value(QStringLiteral("GX01")), 2);   // no recruitment yet: the smallest reserve
        // Sealed: the arm is nowhere in the device's database in clear.
        auto sealed = d->coord->db().prepare(QStringLiteral("SELECT sealed FROM randomization_reserve"));
        QVERIFY((*sealed).forEachRow([](const Statement &row) { QVERIFY(!row.text(0).contains(QStringLiteral("control"))); }).ok());
        const QList<ListEntry> entries = list(QStringLiteral("GX01"));
        QStringList patients;
        for (const char *name : {"Ma Lin", "Qian Li", "Xu Ning"})
            patients << test::addEnrolledPatient(*d->coord, QString::fromLatin1(name)).value();
        for (int i = 0; i < 2; ++i) {
            auto a = RandomizeClient::runBlocking(*d->coord, &d->offline, patients[i], test::kPassword);
            QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
            QCOMPARE(a->source, QStringLiteral("reserve"));
            QCOMPARE(a->sequence, i + 1);                       // in order
            QCOMPARE(a->arm, entries.at(i).arm);                // the list's entry, sealed for this device
        }
        // Each opening is recorded: by whom, for which patient; and audited.
        auto opened = d->coord->db().prepare(QStringLiteral("SELECT sequence, opened_by, patient_id FROM randomization_reserve"
                                                            " WHERE opened_utc IS NOT NULL ORDER BY sequence"));
        QStringList seen;
        QVERIFY((*opened).forEachRow([&](const Statement &row) { seen << row.text(0) + row.text(1) + row.text(2); }).ok());
        QCOMPARE(seen, (QStringList{QStringLiteral("1coord") + patients[0], QStringLiteral("2coord") + patients[1]}));
        QCOMPARE(d->coord->db().scalarInt(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'reserve_opened'")).value(), qint64(2));
        // Empty and offline: exit 6, nothing allocated, nothing opened.
        auto none = RandomizeClient::runBlocking(*d->coord, &d->offline, patients[2], test::kPassword);
        QCOMPARE(none.error().kind, ErrorKind::Network);
        QVERIFY(!Randomizations::forPatient(d->coord->db(), patients[2])->has_value());
        QCOMPARE(RandomizationReserve::remaining(*d->coord)->value(QStringLiteral("GX01")), 0);
        // Online again: the sync reconciles the reserve use and refills it.
        QVERIFY(sync(*d));
        QCOMPARE(RandomizationReserve::remaining(*d->coord)->value(QStringLiteral("GX01")), 2);
        const QJsonObject rep = report();
        QCOMPARE(rep.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(rep.value(QStringLiteral("unused_reserved")).toInt(), 2);
        const QJsonArray allocations = rep.value(QStringLiteral("allocations")).toArray();
        QCOMPARE(allocations.size(), 2);
        for (const QJsonValue &v : allocations)
            QCOMPARE(v.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("reserve"));
        const QJsonObject bySite = rep.value(QStringLiteral("by_site")).toObject().value(QStringLiteral("GX01")).toObject();
        QCOMPARE(bySite.value(QStringLiteral("experimental")).toInt() + bySite.value(QStringLiteral("control")).toInt(), 2);
        // The third patient, online now, gets the first entry nobody holds (5: 3 and 4 are sealed
        // in the refilled reserve).
        auto third = RandomizeClient::runBlocking(*d->coord, d->online.get(), patients[2], test::kPassword);
        QCOMPARE(third->source, QStringLiteral("online"));
        QCOMPARE(third->sequence, 5);
    }

    void tamperedReserveEntryIsRefused()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(sync(*d));
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        // Someone holding the database swaps the two sealed entries to choose the arm.
        QVERIFY(d->coord->db().exec(QStringLiteral(
            "UPDATE randomization_reserve SET sealed = (SELECT sealed FROM randomization_reserve r2 WHERE r2.sequence = 2)"
            " WHERE sequence = 1")).ok());
        auto r = RandomizeClient::runBlocking(*d->coord, &d->offline, p.value(), test::kPassword);
        QCOMPARE(r.error().kind, ErrorKind::Integrity);
        QVERIFY(!Randomizations::forPatient(d->coord->db(), p.value())->has_value());
        QCOMPARE(d->coord->db().scalarInt(QStringLiteral("SELECT COUNT(*) FROM randomization_reserve WHERE opened_utc IS NOT NULL")).value(), qint64(0));
    }

    // What a device pushes is checked against the list: an entry used twice, or an arm that is
    // not the list's, is an integrity alarm in the report.
    void reconciliationReportsTampering()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(sync(*d));
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        auto q = test::addEnrolledPatient(*d->coord, QStringLiteral("Qian Li"));
        auto a = RandomizeClient::runBlocking(*d->coord, &d->offline, p.value(), test::kPassword);
        QVERIFY(a.ok());
        // A second patient written with the same entry, and the other arm, around the action, by
        // the coordinator, who signs it (one unsigned is refused before it is reconciled:
        // tst_attacks_audit anAlteredRandomizationIsRefused).
        const QString otherArm = a->arm == QLatin1String("control") ? QStringLiteral("experimental") : QStringLiteral("control");
        {
            Transaction tx(d->coord->db());
            QVERIFY(RecordStore::create(*d->coord, {&Randomizations::table(), {},
                                                    {{QStringLiteral("patient_id"), q.value()}, {QStringLiteral("stratum"), a->stratum},
                                                     {QStringLiteral("sequence"), a->sequence}, {QStringLiteral("arm"), otherArm},
                                                     {QStringLiteral("source"), QStringLiteral("reserve")},
                                                     {QStringLiteral("allocated_utc"), isoUtc(d->coord->now())},
                                                     {QStringLiteral("device"), d->deviceId},
                                                     {QStringLiteral("signed_by"), d->coord->user().username},
                                                     {QStringLiteral("signed_utc"), isoUtc(d->coord->now())},
                                                     {QStringLiteral("signature_meaning"), Randomizations::signatureMeaning()}}, {}}).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(sync(*d));
        const QString integrity = report().value(QStringLiteral("integrity")).toString();
        QVERIFY2(integrity.contains(QStringLiteral("used twice")), qPrintable(integrity));
        QVERIFY2(integrity.contains(QStringLiteral("arm ") + otherArm), qPrintable(integrity));
    }

    void outOfOrderOpeningIsReported()
    {
        QVERIFY(generate().ok());
        auto d = device();
        QVERIFY(sync(*d));
        auto p = test::addEnrolledPatient(*d->coord, QStringLiteral("Ma Lin"));
        // Entry 1 is skipped: marked opened by hand (someone peeked at it), so entry 2 opens first.
        QVERIFY(d->coord->db().exec(QStringLiteral("UPDATE randomization_reserve SET opened_utc = '2026-11-20T08:00:00.000Z' WHERE sequence = 1")).ok());
        QVERIFY(d->coord->db().exec(QStringLiteral("DELETE FROM randomization_reserve WHERE sequence = 1")).ok());
        auto a = RandomizeClient::runBlocking(*d->coord, &d->offline, p.value(), test::kPassword);
        QVERIFY(a.ok());
        QCOMPARE(a->sequence, 2);
        QVERIFY(sync(*d));
        // `mucotrack-central integrity` lists it too (reconciled there, without the report),
        // naming the device and its site.
        auto alarms = integrityAlarms(*m_store);
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->first().deviceId, d->deviceId);
        QCOMPARE(alarms->first().site, QStringLiteral("GX01"));
        QVERIFY2(alarms->first().detail.contains(QStringLiteral("out of order")), qPrintable(alarms->first().detail));
        const QString integrity = report().value(QStringLiteral("integrity")).toString();
        QVERIFY2(integrity.contains(QStringLiteral("out of order")), qPrintable(integrity));
        QVERIFY2(integrity.contains(QStringLiteral("GX01 #2")), qPrintable(integrity));
    }

    void controlArmHasNoStudyDrug()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        const QString control = Patients::add(*coord, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        const QString experimental = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        QVERIFY(test::writeArm(*coord, control, QStringLiteral("control"), 1).ok());
        QVERIFY(test::writeArm(*coord, experimental, QStringLiteral("experimental"), 2).ok());
        QCOMPARE(StudyDrug::setTaken(*nurse, control, QDate(2026, 11, 19), QStringLiteral("lunch"), true).error().field, QStringLiteral("arm"));
        QVERIFY(StudyDrug::setTaken(*nurse, experimental, QDate(2026, 11, 19), QStringLiteral("lunch"), true).ok());
    }

    // ---- The table others read ----------------------------------------------------------------

    void tableAndReadApi()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        QVERIFY(!Randomizations::forPatient(coord->db(), patient)->has_value());
        QVERIFY(RecordStore::tableNamed(QStringLiteral("randomizations")));   // synced
        QVERIFY(test::writeArm(*coord, patient, QStringLiteral("control"), 3).ok());
        auto one = Randomizations::forPatient(coord->db(), patient);
        QVERIFY(one.ok() && one->has_value());
        const Allocation &a = **one;
        QCOMPARE(a.site, QStringLiteral("GX01"));
        QCOMPARE(a.stratum, QStringLiteral("GX01"));
        QCOMPARE(a.sequence, 3);
        QCOMPARE(a.arm, QStringLiteral("control"));
        QCOMPARE(a.allocatedUtc, QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(Randomizations::all(coord->db())->size(), 1);
        // A second allocation of the same patient cannot be stored, whatever the caller does.
        QVERIFY(!test::writeArm(*coord, patient, QStringLiteral("experimental"), 4).ok());
        QCOMPARE(Randomizations::all(coord->db())->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRandomization)
#include "tst_randomization.moc"
