#include "security/Roles.h"
#include <QCoreApplication>
#include <initializer_list>

namespace muco {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("muco::Roles", text); }

bool in(Permission p, std::initializer_list<Permission> list)
{
    for (Permission q : list)
        if (p == q)
            return true;
    return false;
}
} // namespace

bool roleAllows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        return in(p, {P::ManageUsers, P::ManageSettings, P::ViewPatients, P::ViewIdentity, P::AddPatient,
                      P::EditPatient, P::VerifyAudit, P::ConfigureSync, P::SyncNow});
    case Role::Investigator:
        return in(p, {P::ViewPatients, P::ViewIdentity, P::AddPatient, P::EditPatient, P::ScreenPatient,
                      P::SignEligibility, P::EnterLabs, P::EnterFractions, P::RecordGrading, P::SignGrade,
                      P::RecordStudyDrug, P::ManageAdverseEvents, P::ResolveConflicts, P::SyncNow});
    case Role::Nurse:
        return in(p, {P::ViewPatients, P::ViewIdentity, P::EnterLabs, P::EnterFractions, P::RecordStudyDrug,
                      P::SyncNow});
    case Role::Coordinator:
        return in(p, {P::ViewPatients, P::ViewIdentity, P::AddPatient, P::EditPatient, P::ScreenPatient,
                      P::EnterLabs, P::SyncNow});
    case Role::Monitor:
        // Reads pseudonymous data and checks the audit trail; changes nothing.
        return in(p, {P::ViewPatients, P::VerifyAudit});
    }
    return false;
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Investigator: return QStringLiteral("investigator");
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::Coordinator: return QStringLiteral("coordinator");
    case Role::Monitor: return QStringLiteral("monitor");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator: return tr("Administrator");
    case Role::Investigator: return tr("Investigator");
    case Role::Nurse: return tr("Nurse");
    case Role::Coordinator: return tr("Study coordinator");
    case Role::Monitor: return tr("Monitor");
    }
    return {};
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return tr("manage accounts");
    case Permission::ManageSettings: return tr("change site settings");
    case Permission::ViewPatients: return tr("view patients");
    case Permission::ViewIdentity: return tr("see patients' names and record numbers");
    case Permission::AddPatient: return tr("add patients");
    case Permission::EditPatient: return tr("change patient details");
    case Permission::ScreenPatient: return tr("screen patients");
    case Permission::SignEligibility: return tr("sign an eligibility decision");
    case Permission::EnterLabs: return tr("enter lab results");
    case Permission::EnterFractions: return tr("record radiotherapy fractions");
    case Permission::RecordGrading: return tr("record mucositis findings");
    case Permission::SignGrade: return tr("sign a grade");
    case Permission::RecordStudyDrug: return tr("record study-drug doses");
    case Permission::ManageAdverseEvents: return tr("record adverse events");
    case Permission::ResolveConflicts: return tr("resolve sync conflicts");
    case Permission::VerifyAudit: return tr("verify the audit trail");
    case Permission::ConfigureSync: return tr("configure the central site");
    case Permission::SyncNow: return tr("synchronise with the central site");
    }
    return {};
}

QStringList roleIds()
{
    return {roleId(Role::Administrator), roleId(Role::Investigator), roleId(Role::Nurse),
            roleId(Role::Coordinator), roleId(Role::Monitor)};
}

Result<Role> parseRole(const QString &id)
{
    for (Role r : {Role::Administrator, Role::Investigator, Role::Nurse, Role::Coordinator, Role::Monitor})
        if (roleId(r) == id.trimmed().toLower())
            return r;
    return Error::invalid(QStringLiteral("role"),
                          tr("\"%1\" is not a role; use one of %2").arg(id, roleIds().join(QStringLiteral(", "))));
}

} // namespace muco
