// A site's key file (PATH.keys), read at every sign-in before anything else: it comes from
// the disk, where anyone with access to the folder can put anything.
#include "FuzzTarget.h"
#include "security/KeySlotFile.h"
#include <QFile>
#include <QTemporaryDir>

using namespace muco;

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    folder = new QTemporaryDir;   // one folder for the whole run; the file is rewritten each time
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("site.db.keys"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(fuzz::bytes(data, size));
    f.close();
    auto file = KeySlotFile::load(path);
    if (file.ok())
        (void)file->journalProblem();
    return 0;
}
