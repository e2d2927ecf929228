#include "security/Session.h"
#include "security/KeySlotFile.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

Session::Session(std::unique_ptr<Database> db, SecureBytes key, UserInfo user, QString site,
                 std::shared_ptr<Clock> clock, SigningKey signingKey)
    : m_db(std::move(db)), m_key(std::move(key)), m_user(std::move(user)), m_site(std::move(site)),
      m_clock(std::move(clock)), m_signing(std::move(signingKey))
{
}

Status Session::require(Permission p) const
{
    if (can(p))
        return {};
    if (m_monitorDevice && roleAllows(m_user.role, p))
        return Error::denied(QCoreApplication::translate("muco::Session", "This is a monitor's device: nobody may %1 here.").arg(permissionLabel(p)));
    return Error::denied(QCoreApplication::translate("muco::Session", "%1 (%2) may not %3.")
                             .arg(m_user.username, roleLabel(m_user.role), permissionLabel(p)));
}

Status Session::confirmPassword(const Secret &password) const
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(m_db->path()));
    if (!keys.ok())
        return keys.error();
    if (keys->verify(m_key) != KeySlotFile::Seal::Valid)
        return Error::denied(QCoreApplication::translate("muco::Session", "The key file has been altered; ask the administrator."));
    const KeySlot *slot = keys->find(QStringLiteral("user"), m_user.username);
    if (!slot)
        return Error::denied(QCoreApplication::translate("muco::Session", "Your key slot is missing; ask the administrator."));
    auto opened = KeySlotFile::open(*slot, password);
    if (!opened.ok())
        return opened.error().kind == ErrorKind::Denied
            ? Error::invalid(QStringLiteral("password"), QCoreApplication::translate("muco::Session", "the password is wrong"))
            : opened.error();
    // A password reset since this session began gave the account a new key and withdrew the one
    // this session signs with: a signature made with it now would be refused at the central site.
    if (!m_signing.isNull() && !opened->signingSeed.isEmpty()
        && SigningKey(m_user.username, std::move(opened->signingSeed)).publicKey() != m_signing.publicKey())
        return Error::denied(QCoreApplication::translate("muco::Session",
                                                         "Your password was reset since you signed in; sign in again to sign."));
    return {};
}

Status Session::audit(AuditEntry entry)
{
    entry.user = m_user.username;
    return AuditChain::append(*m_db, entry, now(), &m_signing);
}

Result<QString> Session::setting(const QString &key, const QString &fallback) const
{
    return m_db->meta(key, fallback);
}

Status Session::loadSiteCalendar()
{
    MUCO_READ(name, setting(QStringLiteral("time_zone"), QStringLiteral("UTC")));
    const QTimeZone zone(name.toUtf8());
    // A zone this system does not know is refused when it is set; one that vanished from the
    // system's database since falls back to UTC rather than locking everyone out.
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    return {};
}

Status Session::loadDeviceScope()
{
    // The key and value of records/DeviceScope (kMetaKey, kMonitor), which sits above this layer.
    MUCO_READ(scope, setting(QStringLiteral("device_scope")));
    m_monitorDevice = scope == QLatin1String("monitor");
    return {};
}

Status Session::setSetting(const QString &key, const QString &value)
{
    MUCO_TRY(require(Permission::ManageSettings));
    // What this device may change is decided by its enrolment (records/DeviceScope), never
    // by a setting anyone with the settings permission can edit.
    if (key == QLatin1String("device_scope"))
        return Error::denied(QCoreApplication::translate("muco::Session", "The device's scope is set by its enrolment with the central site only."));
    MUCO_READ(old, setting(key));
    if (old == value)
        return {};
    Transaction tx(*m_db);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_db->putMeta(key, value));
    MUCO_TRY(audit({{}, QStringLiteral("update"), QStringLiteral("meta"), key, QStringLiteral("value"), old, value, {}}));
    MUCO_TRY(tx.commit());
    return key == QLatin1String("time_zone") ? loadSiteCalendar() : Status{};
}

} // namespace muco
