#include "demo/DemoTrial.h"
#include "central/AllocationList.h"
#include "central/CentralService.h"
#include "common/Gzip.h"
#include "demo/DirectTransport.h"
#include "records/DemoSite.h"
#include "records/DemoTrialSite.h"
#include "records/SubjectNumbers.h"
#include "security/KeyCertificate.h"
#include "security/Session.h"
#include "sync/RandomizeClient.h"
#include "sync/SyncClient.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoTrial)
};

// The recruitment calendar is fixed (only the draws follow the seed): ten months from
// September 2025, so the same seed gives the same dates on any day it is built.
const QDate kFirstScreening(2025, 9, 1);
constexpr int kScreenedPerSite = 77;      // about 67 randomized per site, 200 in all
constexpr int kListPerStratum = 90;       // entries generated per site, more than it will use
// The URL the sites record for their central site; the demo never opens it (DirectTransport).
const char *const kDemoServer = "https://central.demo.invalid";

// POST /v1/enroll through the service, as `mucotrack-cli sync enroll` does over HTTPS.
Status enroll(CentralService &service, CentralStore &store, Session &admin, QString &token)
{
    auto code = store.createEnrollmentCode(admin.site());
    if (!code.ok())
        return code.error();
    MUCO_READ(root, KeyCertificates::root(admin));
    const QJsonObject request{{QStringLiteral("code"), code.value()}, {QStringLiteral("site"), admin.site()},
                              {QStringLiteral("root"), root.toJson()}};
    const ServiceResponse r = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, "gzip",
                                              gzipCompress(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    if (r.status != 200)
        return Error::storage(Tr::tr("The central site refused the DEMO site %1: %2").arg(admin.site(), r.body.value(QStringLiteral("error")).toString()));
    token = r.body.value(QStringLiteral("token")).toString();
    MUCO_TRY(SyncEngine::configure(admin, {QString::fromLatin1(kDemoServer), token, r.body.value(QStringLiteral("device_id")).toString(), {}}));
    return SubjectNumbers::storeBlocks(admin, r.body.value(QStringLiteral("subject_blocks")));
}

} // namespace

Result<DemoTrialSummary> DemoTrial::build(const QString &dataDir, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    const QDir dir(dataDir);
    const QString sitesDir = dir.filePath(QStringLiteral("demo-sites"));
    if (QFileInfo::exists(dir.filePath(QStringLiteral("central.db"))))
        return Error::invalid(QStringLiteral("--data"), Tr::tr("%1 already holds a central site; give a new folder for the DEMO trial").arg(dataDir));
    if (QFileInfo::exists(sitesDir))
        return Error::invalid(QStringLiteral("--data"), Tr::tr("%1 already holds DEMO site databases; give a new folder for the DEMO trial").arg(dataDir));

    // One clock for the central site and the three sites, set to each event as it is written.
    auto clock = std::make_shared<FixedClock>(QDateTime(kFirstScreening.addDays(-21), QTime(1, 0), QTimeZone::utc()));
    auto backend = CentralBackend::openEmbedded(dataDir, true);
    if (!backend.ok())
        return backend.error();
    if (!QDir().mkpath(sitesDir))
        return Error::storage(Tr::tr("The folder %1 cannot be created.").arg(sitesDir));
    CentralStore store(std::move(backend).value(), clock);
    store.setOperator(QStringLiteral("operator:demo"));
    CentralService service(store);

    // The allocation lists, as `randomization generate --seed N --per-stratum 90` makes them.
    GenerateRequest list;
    list.seed = seed;
    list.perStratum = kListPerStratum;
    list.blocks = {2, 4, 6};
    list.sites = siteCodes();
    list.factors = AllocationSequence::protocolFactors();
    if (auto strata = store.allocationList().generate(CentralRole::Statistician, list); !strata.ok())
        return strata.error();

    DemoTrialSummary summary;
    summary.sites = siteCodes();
    summary.siteDatabases = sitesDir;
    QDate dataCut;
    for (int k = 0; k < siteCodes().size(); ++k) {
        const QString code = siteCodes().at(k);
        const QString path = QDir(sitesDir).filePath(code + QStringLiteral(".db"));
        QString token;
        std::unique_ptr<DirectTransport> transport;
        DemoTrialSiteOptions o;
        o.path = path;
        o.siteCode = code;
        o.seed = seed;
        o.siteIndex = k;
        o.screened = kScreenedPerSite;
        // The sites open a few weeks apart, as a multi-centre trial's do.
        o.firstScreening = kFirstScreening.addDays(14 * k);
        o.recruitmentDays = 300 - 14 * k;
        o.clock = clock;
        o.connect = [&](Session &admin) -> Status {
            MUCO_TRY(enroll(service, store, admin, token));
            transport = std::make_unique<DirectTransport>(service, token);
            return Status();
        };
        // Online randomization (/v1/randomize): the central site hands out its list's next entry.
        o.randomize = [&](Session &coordinator, const QString &patientId) {
            return RandomizeClient::runBlocking(coordinator, transport.get(), patientId, DemoSite::password());
        };
        auto site = DemoTrialSite::build(o);
        if (!site.ok())
            return Error{site.error().kind, Tr::tr("DEMO site %1: %2").arg(code, site.error().message), site.error().field};
        summary.screened += site->screened;
        summary.screenFailures += site->screenFailures;
        summary.randomized += site->randomized;
        summary.withdrawn += site->withdrawn;
        summary.completed += site->completed;
        dataCut = std::max(dataCut, site->lastEvent);
        // Everything the site wrote goes to the central site by the sync client.
        auto doctor = DemoSite::signInToBuild(path, QStringLiteral("doctor"), clock);
        if (!doctor.ok())
            return doctor.error();
        SyncClient::Options fast;
        fast.baseBackoffMs = 1;
        fast.maxBatch = CentralService::kMaxChangesPerPush / 4;
        fast.batch = fast.maxBatch;
        SyncClient client(**doctor, *transport, fast);
        const SyncReport report = client.runBlocking();
        if (!report.ok)
            return Error::storage(Tr::tr("DEMO site %1 could not sync: %2").arg(code, report.error));
        summary.pushed += report.pushed;
    }
    summary.dataCut = dataCut.toString(Qt::ISODate);
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace muco
