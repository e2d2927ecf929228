#include "export/CsvExport.h"
#include "common/AtomicFile.h"
#include "export/ExportSchema.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString csvValue(const ExportField &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (f.type == FieldType::DateTime) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC().toString(Qt::ISODate);
    }
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    return v.toString();
}

QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
                       || value.contains(QLatin1Char('\r')) || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

Result<QStringList> writeCsv(const QString &dir, const TrialSnapshot &s)
{
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return Error::invalid(QStringLiteral("out"), Tr::tr("%1 exists and is not a folder").arg(dir));
    if (!QDir().mkpath(dir))
        return Error::invalid(QStringLiteral("out"), Tr::tr("the folder %1 cannot be created").arg(dir));
    QHash<QString, const SnapshotRecord *> patients;
    for (const SnapshotRecord &p : s.rows(QStringLiteral("patients")))
        patients.insert(p.id, &p);
    const QStringList keys{QStringLiteral("STUDYID"), QStringLiteral("SITEID"), QStringLiteral("USUBJID"), QStringLiteral("RECORD_ID")};
    QStringList written;
    QByteArray dictionary = line({QStringLiteral("file"), QStringLiteral("column"), QStringLiteral("type"), QStringLiteral("label"),
                                  QStringLiteral("codes")});
    for (const QString &k : keys)
        dictionary += line({QStringLiteral("*"), k, QStringLiteral("text"),
                            k == QLatin1String("STUDYID") ? QStringLiteral("Study identifier (NCT number)")
                            : k == QLatin1String("SITEID") ? QStringLiteral("Site code")
                            : k == QLatin1String("USUBJID") ? QStringLiteral("Subject ID (pseudonymous: site code and number)")
                                                            : QStringLiteral("Record identifier (UUID), stable across exports"),
                            QString()});
    for (const ExportDomain &d : exportDomains()) {
        QStringList header = keys;
        for (const ExportField &f : d.fields) {
            header << f.name.toUpper();
            QStringList codes;
            for (const ExportCodeList &c : codeLists())
                if (c.id == f.codeList)
                    for (const CodeListItem &i : c.items)
                        codes << i.value + QLatin1Char('=') + i.decode;
            dictionary += line({d.file + QStringLiteral(".csv"), f.name.toUpper(), fieldTypeName(f.type), f.label, codes.join(QLatin1String("; "))});
        }
        struct Row {
            QString subject;
            QString sort;
            int slot = 0;   // a day's doses by meal (StudyDrug::slotRank), not by id
            QStringList cells;
        };
        QList<Row> rows;
        for (const SnapshotRecord &r : s.rows(d.table)) {
            const SnapshotRecord *p = patients.value(d.table == QLatin1String("patients") ? r.id : r.text(QStringLiteral("patient_id")));
            if (!p)
                continue;   // a record of no known patient is not exported
            Row row{p->text(QStringLiteral("subject_id")), d.fields.isEmpty() ? QString() : csvValue(d.fields.first(), r.fields.value(d.fields.first().name)),
                    d.table == StudyDrug::table().name ? StudyDrug::slotRank(r.text(QStringLiteral("slot"))) : 0, {}};
            row.cells << QStringLiteral("NCT07312656") << r.site << row.subject << r.id;
            for (const ExportField &f : d.fields)
                row.cells << csvValue(f, r.fields.value(f.name));
            rows << row;
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.subject != b.subject)
                return a.subject < b.subject;
            if (a.sort != b.sort)
                return a.sort < b.sort;
            if (a.slot != b.slot)
                return a.slot < b.slot;
            return a.cells.value(3) < b.cells.value(3);
        });
        QByteArray csv = line(header);
        for (const Row &r : rows)
            csv += line(r.cells);
        const QString path = QDir(dir).filePath(d.file + QStringLiteral(".csv"));
        MUCO_TRY(writeFileAtomically(path, csv));
        written << path;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("dictionary.csv"));
    MUCO_TRY(writeFileAtomically(path, dictionary));
    written << path;
    return written;
}

} // namespace muco::exports
