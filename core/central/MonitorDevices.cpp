#include "central/MonitorDevices.h"

namespace muco {

QStringList MonitorDevices::schema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS enrollment_code_scopes (code_hash TEXT PRIMARY KEY, scope TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS device_scopes (device_id TEXT PRIMARY KEY, scope TEXT NOT NULL)")};
}

Status MonitorDevices::markCode(const QString &codeHash)
{
    return m_backend.exec(QStringLiteral("INSERT INTO enrollment_code_scopes (code_hash, scope) VALUES (?, ?)"),
                          {codeHash, QLatin1String(kScope)});
}

Result<bool> MonitorDevices::isMonitorCode(const QString &codeHash)
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT scope FROM enrollment_code_scopes WHERE code_hash = ?"), {codeHash}));
    return !rows.isEmpty() && rows.first().at(0).toString() == QLatin1String(kScope);
}

Status MonitorDevices::markDevice(const QString &deviceId)
{
    return m_backend.exec(QStringLiteral("INSERT INTO device_scopes (device_id, scope) VALUES (?, ?)"), {deviceId, QLatin1String(kScope)});
}

} // namespace muco
