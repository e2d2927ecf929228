#include "OdmSchema.h"
#include "JsonPatch.h"
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace muco::test {

namespace {

QString schemaPath()
{
    // The schema ships in tests/fixtures (MIT licence, byte for byte as CDISC released it; see
    // its README), so a fresh clone validates its exports without ../shared.
    const QString shipped = fixturePath(QStringLiteral("odm-1.3.2/ODM1-3-2.xsd"));
    return QFileInfo::exists(shipped) ? shipped : QString();
}

} // namespace

QString odmSchemaCheckUnavailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        return QStringLiteral("xmllint is absent: the ODM schema check cannot run here");
    // A missing schema is a damaged checkout, not a machine without the tool: the check runs
    // and fails (odmSchemaErrors names the missing file).
    return {};
}

QString odmSchemaErrors(const QString &xmlPath)
{
    if (schemaPath().isEmpty())
        return QStringLiteral("tests/fixtures/odm-1.3.2/ODM1-3-2.xsd is missing: the checkout is damaged");
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), xmlPath});
    if (!lint.waitForFinished(120000))
        return QStringLiteral("xmllint did not finish within 2 minutes");
    return lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0 ? QString()
                                                                             : QString::fromUtf8(lint.readAllStandardError().left(4000));
}

} // namespace muco::test
