#pragma once
// A signed-in user's handle on the open site database. Everything that reads or
// writes clinical data takes a Session, and asks it for permission first.
#include "common/Secret.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "security/AuditChain.h"
#include "security/Roles.h"
#include "security/SigningKey.h"
#include "storage/Database.h"
#include <QTimeZone>
#include <memory>

namespace muco {

struct UserInfo {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Monitor;
};

class Session {
public:
    Session(std::unique_ptr<Database> db, SecureBytes key, UserInfo user, QString site, std::shared_ptr<Clock> clock,
            SigningKey signingKey = {});

    Database &db() { return *m_db; }
    const UserInfo &user() const { return m_user; }
    const QString &site() const { return m_site; }
    QString databasePath() const { return m_db->path(); }
    const Clock &clock() const { return *m_clock; }
    QDateTime now() const { return m_clock->nowUtc(); }
    // The database key, for re-wrapping a key slot (password change, new account).
    const SecureBytes &databaseKey() const { return m_key; }
    // After KeyRotation has re-encrypted the open database under a new key.
    void replaceDatabaseKey(SecureBytes key) { m_key = std::move(key); }
    // The user's own Ed25519 key, unwrapped from their slot at sign-in: it signs every audit
    // entry and electronic signature they make (docs/security.md, C1).
    const SigningKey &signingKey() const { return m_signing; }
    // The key to patients' identities (IdentityKey), when this account holds a copy: only roles
    // that may see identities, and only once a holder has sealed one to them.
    const SecureBytes &identityKey() const { return m_identityKey; }
    void setIdentityKey(SecureBytes key) { m_identityKey = std::move(key); }
    // Names, record and phone numbers are shown and written: the role allows it and the key is held.
    bool seesIdentities() const { return can(Permission::ViewIdentity) && !m_identityKey.isEmpty(); }
    // The key to the device's sync token (SyncToken), when this account holds a copy.
    const SecureBytes &syncKey() const { return m_syncKey; }
    void setSyncKey(SecureBytes key) { m_syncKey = std::move(key); }

    // The role's permissions, narrowed on a trial-wide monitor device to monitorDeviceAllows.
    bool can(Permission p) const { return roleAllows(m_user.role, p) && (!m_monitorDevice || monitorDeviceAllows(p)); }
    // Denied with a sentence naming who, in which role, may not do what.
    Status require(Permission p) const;

    // A trial-wide monitor device (`meta device_scope`, records/DeviceScope): read at sign-in
    // and again after an enrolment. The write path checks the stored scope itself as well.
    bool isMonitorDevice() const { return m_monitorDevice; }
    Status loadDeviceScope();

    // Re-entered password for an electronic signature: checked against the user's key slot.
    Status confirmPassword(const Secret &password) const;

    // Appends to the audit chain as this user, now, signed with their key; call inside a transaction.
    Status audit(AuditEntry entry);

    // Site settings kept in meta (auto-lock minutes, lab window, time zone). A setting
    // never written reads as `fallback`; a database that cannot be read is an error, never
    // a silent default.
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // The site's calendar: its time zone (read at sign-in and kept in step by setSetting),
    // today's date there, and the site date of a UTC time. Nothing else reads a zone.
    Status loadSiteCalendar();
    const QTimeZone &siteZone() const { return m_zone; }
    QDate today() const { return m_clock->todayIn(m_zone); }
    QDate siteDate(const QDateTime &utc) const { return utc.toTimeZone(m_zone).date(); }

private:
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    UserInfo m_user;
    QString m_site;
    std::shared_ptr<Clock> m_clock;
    SigningKey m_signing;
    SecureBytes m_identityKey;
    SecureBytes m_syncKey;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_monitorDevice = false;
};

} // namespace muco
