#include "common/AtomicFile.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <filesystem>
#include <system_error>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace muco {

namespace {
Error cannotWrite(const QString &path, const QString &why)
{
    return Error::storage(QCoreApplication::translate("muco::AtomicFile", "%1 cannot be written (%2); the previous version is kept.")
                              .arg(path, why));
}
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &contents, QFileDevice::Permissions permissions)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return cannotWrite(path, f.errorString());
    if (!f.setPermissions(permissions)) {
        f.cancelWriting();
        return cannotWrite(path, f.errorString());
    }
    const qint64 written = f.write(contents);
    // flush() pushes Qt's buffer to the kernel, where a full disk is finally noticed.
    const bool flushed = written == contents.size() && f.flush();
    if (!flushed || f.error() != QFileDevice::NoError) {
        const QString why = f.errorString();
        f.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!f.commit())
        return cannotWrite(path, f.errorString());
    return {};
}

Status replaceFileWith(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return cannotWrite(to, QString::fromStdString(ec.message()));
#ifdef Q_OS_UNIX
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
#endif
    return {};
}

Status keepHardLink(const QString &path, const QString &copy)
{
    std::error_code ec;
    const std::filesystem::path target = QFile::encodeName(copy).toStdString();
    std::filesystem::remove(target, ec);
    ec.clear();
    std::filesystem::create_hard_link(QFile::encodeName(path).toStdString(), target, ec);
    if (ec)
        return cannotWrite(copy, QString::fromStdString(ec.message()));
    return {};
}

} // namespace muco
