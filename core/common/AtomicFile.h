#pragma once
// Replaces a file's contents all at once, or not at all: the old file survives a full disk,
// a short write or a crash at any point (QSaveFile: write beside it, fsync, rename).
#include "common/Result.h"
#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace muco {

// Qt 6.4's QSaveFile::commit() renames a file whose buffered write failed (ENOSPC, EFBIG):
// every byte is checked as written and flushed before the rename is allowed.
Status writeFileAtomically(const QString &path, const QByteArray &contents,
                           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// Puts `from` in the place of `to` in one step (rename), and syncs the folder so that the new
// name survives a power cut. `from` must already be written and synced (writeFileAtomically).
Status replaceFileWith(const QString &from, const QString &to);

// A second name (hard link) `copy` for the file `path`, replacing any earlier `copy`: the
// current contents survive the next atomic replacement of `path` and can be put back with
// replaceFileWith(copy, path), both without writing a byte (a full disk cannot stop them).
Status keepHardLink(const QString &path, const QString &copy);

} // namespace muco
