// A page pulled from the central site (GET /v1/pull's answer), applied to a site database the
// way a sync applies it: changes and conflicts of any table, field and value. A hostile or
// broken central site must not crash a device nor write outside the declared fields.
#include "FuzzTarget.h"
#include "common/StrictJson.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include "sync/SyncEngine.h"
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace muco;

namespace {
QTemporaryDir *folder = nullptr;
Session *session = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir;
    const QString path = folder->filePath(QStringLiteral("site.db"));
    const QString password = QStringLiteral("fuzz-password-1");
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    SiteSetup setup{path, QStringLiteral("GX01"), QStringLiteral("admin"), QStringLiteral("Admin"), password,
                    QStringLiteral("Asia/Shanghai"), KdfCost::fast()};
    setup.testing = true;
    if (auto created = SiteVault::create(setup, *clock); !created.ok())
        qFatal("%s", qPrintable(created.error().message));
    auto signedIn = SiteVault::signIn(path, QStringLiteral("admin"), password, clock);
    if (!signedIn.ok())
        qFatal("%s", qPrintable(signedIn.error().message));
    session = std::move(signedIn).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto page = json::parseObject(fuzz::bytes(data, size));
    if (page.ok())
        (void)SyncEngine::applyPage(*session, page.value());
    return 0;
}
