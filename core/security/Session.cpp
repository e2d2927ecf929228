#include "security/Session.h"
#include "security/KeySlotFile.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

Session::Session(std::unique_ptr<Database> db, SecureBytes key, UserInfo user, QString site,
                 std::shared_ptr<Clock> clock)
    : m_db(std::move(db)), m_key(std::move(key)), m_user(std::move(user)), m_site(std::move(site)),
      m_clock(std::move(clock))
{
}

Status Session::require(Permission p) const
{
    if (can(p))
        return {};
    return Error::denied(QCoreApplication::translate("muco::Session", "%1 (%2) may not %3.")
                             .arg(m_user.username, roleLabel(m_user.role), permissionLabel(p)));
}

Status Session::confirmPassword(const QString &password) const
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(m_db->path()));
    if (!keys.ok())
        return keys.error();
    const KeySlot *slot = keys->find(QStringLiteral("user"), m_user.username);
    if (!slot)
        return Error::denied(QCoreApplication::translate("muco::Session", "Your key slot is missing; ask the administrator."));
    auto key = KeySlotFile::unwrap(*slot, password);
    if (!key.ok())
        return key.error().kind == ErrorKind::Denied
            ? Error::invalid(QStringLiteral("password"), QCoreApplication::translate("muco::Session", "the password is wrong"))
            : key.error();
    return {};
}

Status Session::audit(AuditEntry entry)
{
    entry.user = m_user.username;
    return AuditChain::append(*m_db, entry, now());
}

QString Session::setting(const QString &key, const QString &fallback)
{
    auto st = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st.ok())
        return fallback;
    st->bind(1, key);
    auto row = st->next();
    return row.ok() && row.value() ? st->text(0) : fallback;
}

Status Session::setSetting(const QString &key, const QString &value)
{
    MUCO_TRY(require(Permission::ManageSettings));
    const QString old = setting(key);
    if (old == value)
        return {};
    Transaction tx(*m_db);
    MUCO_TRY(tx.begun());
    auto st = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!st.ok())
        return st.error();
    st->bind(1, key).bind(2, value);
    MUCO_TRY(st->run());
    MUCO_TRY(audit({{}, QStringLiteral("update"), QStringLiteral("meta"), key, QStringLiteral("value"), old, value, {}}));
    return tx.commit();
}

} // namespace muco
