#include "security/BackupSchedule.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/SiteBackup.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)
};

const auto kFolder = QStringLiteral("backup_folder");
const auto kKeep = QStringLiteral("backup_keep");
const auto kEveryDays = QStringLiteral("backup_every_days");
const auto kLast = QStringLiteral("backup_last_utc");
const auto kLastError = QStringLiteral("backup_last_error");

QString defaultFolder(const Session &s) { return QFileInfo(s.databasePath()).absoluteDir().filePath(QStringLiteral("backups")); }

// The outcome of a backup is the device's own bookkeeping, written by whoever set it off.
Status putOutcome(Session &s, const QString &lastUtc, const QString &error)
{
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    for (const auto &[key, value] : {std::pair{kLast, lastUtc}, std::pair{kLastError, error}}) {
        if (value.isNull())
            continue;
        MUCO_TRY(s.db().putMeta(key, value));
    }
    return tx.commit();
}

} // namespace

Result<BackupPlan> BackupSchedule::plan(Session &s)
{
    BackupPlan p;
    MUCO_READ(folder, s.setting(kFolder));
    MUCO_READ(keep, s.setting(kKeep, QStringLiteral("7")));
    MUCO_READ(every, s.setting(kEveryDays, QStringLiteral("1")));
    MUCO_READ(last, s.setting(kLast));
    MUCO_READ(lastError, s.setting(kLastError));
    p.folderChosen = !folder.isEmpty();
    p.folder = p.folderChosen ? folder : defaultFolder(s);
    p.keep = std::clamp(keep.toInt(), 1, 365);
    p.everyDays = std::clamp(every.toInt(), 0, 30);
    p.lastUtc = QDateTime::fromString(last, Qt::ISODateWithMs);
    p.lastError = lastError;
    return p;
}

Status BackupSchedule::setPlan(Session &s, const QString &folder, int keep, int everyDays)
{
    MUCO_TRY(s.require(Permission::ManageSettings));
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error::invalid(QStringLiteral("to"), Tr::tr("%1 is not an existing folder").arg(folder));
    if (keep < 1 || keep > 365)
        return Error::invalid(QStringLiteral("keep"), Tr::tr("must be between 1 and 365 backups"));
    if (everyDays < 0 || everyDays > 30)
        return Error::invalid(QStringLiteral("every-days"), Tr::tr("must be between 0 (on demand only) and 30 days"));
    // Each setting audited on its own (Session::setSetting), once all three were checked.
    MUCO_TRY(s.setSetting(kFolder, QDir(folder).absolutePath()));
    MUCO_TRY(s.setSetting(kKeep, QString::number(keep)));
    return s.setSetting(kEveryDays, QString::number(everyDays));
}

Result<bool> BackupSchedule::due(Session &s)
{
    MUCO_READ(p, plan(s));
    if (p.everyDays == 0)
        return false;
    return !p.lastUtc.isValid() || p.lastUtc.addDays(p.everyDays) <= s.now().toUTC();
}

Result<QString> BackupSchedule::backUpNow(Session &s)
{
    MUCO_READ(p, plan(s));
    if (!p.folderChosen && !QDir().mkpath(p.folder))
        return Error::storage(Tr::tr("The backup folder %1 cannot be created.").arg(p.folder));
    if (!p.folderChosen)
        QFile::setPermissions(p.folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto made = SiteBackup::createFor(s, p.folder);
    if (!made.ok()) {
        (void)putOutcome(s, QString(), made.error().message);
        return made.error();
    }
    MUCO_TRY(putOutcome(s, s.now().toUTC().toString(Qt::ISODateWithMs), QStringLiteral("")));
    MUCO_READ(removed, rotate(p.folder, s.site(), p.keep));
    (void)removed;
    return made.value();
}

Result<QStringList> BackupSchedule::rotate(const QString &folder, const QString &site, int keep)
{
    // Only names this program gives its backups: mucotrack-SITE-yyyyMMdd-HHmmss-zzz[-n].db,
    // which sort by time. A site code is letters and digits, so one site's prefix never
    // matches another's backups.
    const QRegularExpression mine(QStringLiteral("^mucotrack-%1-\\d{8}-\\d{6}-\\d{3}(-\\d+)?\\.db$").arg(QRegularExpression::escape(site)));
    QStringList backups;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
        if (mine.match(name).hasMatch())
            backups << name;
    QStringList removed;
    while (backups.size() > keep) {
        const QString oldest = QDir(folder).filePath(backups.takeFirst());
        // The key file first: a .db without it is no backup, a key file alone opens nothing.
        if (!QFile::remove(KeySlotFile::pathFor(oldest)) && QFileInfo::exists(KeySlotFile::pathFor(oldest)))
            return Error::storage(Tr::tr("The old backup %1 could not be removed.").arg(oldest));
        if (!QFile::remove(oldest))
            return Error::storage(Tr::tr("The old backup %1 could not be removed.").arg(oldest));
        removed << oldest;
    }
    return removed;
}

} // namespace muco
