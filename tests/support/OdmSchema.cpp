#include "OdmSchema.h"
#include "JsonPatch.h"
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace muco::test {

namespace {

QString schemaPath()
{
    const QString relative = QStringLiteral("shared/standards/odm-1.3.2/ODM1-3-2.xsd");
    QDir dir(fixturePath());
    for (int up = 0; up < 6; ++up, dir.cdUp())
        if (QFileInfo::exists(dir.filePath(relative)))
            return dir.filePath(relative);
    const QString here = QStringLiteral("/work/") + relative;
    return QFileInfo::exists(here) ? here : QString();
}

} // namespace

QString odmSchemaCheckUnavailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        return QStringLiteral("xmllint is absent: the ODM schema check cannot run here");
    if (schemaPath().isEmpty())
        return QStringLiteral("shared/standards/odm-1.3.2 is absent: the ODM schema check cannot run here");
    return {};
}

QString odmSchemaErrors(const QString &xmlPath)
{
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), xmlPath});
    if (!lint.waitForFinished(120000))
        return QStringLiteral("xmllint did not finish within 2 minutes");
    return lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0 ? QString()
                                                                             : QString::fromUtf8(lint.readAllStandardError().left(4000));
}

} // namespace muco::test
