#include "export/AuditTrailCsv.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "export/CsvExport.h"

namespace muco::exports {

QByteArray auditTrailCsv(const QList<AuditRow> &rows)
{
    QString out = QStringLiteral("seq,at_utc,user,action,table,record_id,subject_id,field,old_value,new_value,reason,signed\n");
    for (const AuditRow &r : rows) {
        const QStringList fields{QString::number(r.seq), isoUtc(r.atUtc), r.user, r.action, r.table, r.recordId, r.subjectId,
                                 r.field, r.oldValue, r.newValue, r.reason, r.isSigned ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status writeAuditTrailCsv(const QString &path, const QList<AuditRow> &rows)
{
    return writeFileAtomically(path, auditTrailCsv(rows));
}

} // namespace muco::exports
