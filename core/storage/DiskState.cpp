#include "storage/DiskState.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

std::optional<Error> unwritableDisk(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (!disk.isValid())
        return std::nullopt;
    if (disk.isReadOnly())
        return Error::storage(Tr::tr("The site database %1 is on a read-only disk; nothing can be saved.").arg(path));
    // Less than a few pages free: SQLite cannot grow the database, its WAL or its index.
    if (disk.bytesAvailable() < 256 * 1024)
        return Error::storage(Tr::tr("The disk holding %1 is full; nothing can be saved until space is freed.").arg(path));
    return std::nullopt;
}

} // namespace muco
