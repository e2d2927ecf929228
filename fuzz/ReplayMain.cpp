// Runs every file of the given folders (or the given files) through a fuzz target once: the
// corpus as a regression test in builds without libFuzzer (gcc, the ci preset). Exits
// non-zero when a file cannot be read; a crash is the test's failure, as under libFuzzer.
#include "FuzzTarget.h"
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int run = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << arg;
        }
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray input = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), static_cast<size_t>(input.size()));
            ++run;
        }
    }
    std::printf("%d inputs run\n", run);
    return run > 0 ? 0 : 1;   // an empty corpus proves nothing
}
