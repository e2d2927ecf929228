#pragma once
// The audit trail as shown (AuditTrail::read's rows) to one CSV file for an inspector: UTF-8,
// a header line, RFC 4180 quoting (csvField), times in ISO 8601 UTC, oldest row first.
// Written whole or not at all.
#include "common/Result.h"
#include "records/AuditTrail.h"

namespace muco::exports {

QByteArray auditTrailCsv(const QList<AuditRow> &rows);
Status writeAuditTrailCsv(const QString &path, const QList<AuditRow> &rows);

} // namespace muco::exports
