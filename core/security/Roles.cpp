#include "security/Roles.h"
#include <QCoreApplication>
#include <initializer_list>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Roles)
};

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
                      P::SignEligibility, P::Randomize, P::EnterLabs, P::EnterFractions, P::PrescribeRadiotherapy, P::RecordGrading, P::SignGrade,
                      P::RecordStudyDrug, P::ManageAdverseEvents, P::ResolveConflicts, P::SyncNow,
                      P::AnswerQuery});
    case Role::Nurse:
        return in(p, {P::ViewPatients, P::ViewIdentity, P::EnterLabs, P::EnterFractions, P::RecordStudyDrug,
                      P::SyncNow, P::AnswerQuery});
    case Role::Coordinator:
        return in(p, {P::ViewPatients, P::ViewIdentity, P::AddPatient, P::EditPatient, P::ScreenPatient,
                      P::Randomize, P::EnterLabs, P::SyncNow, P::AnswerQuery});
    case Role::Monitor:
        // Reads pseudonymous data and checks the audit trail; changes no clinical data. Queries
        // and verification marks are the monitor's own records, beside the clinical ones.
        return in(p, {P::ViewPatients, P::VerifyAudit, P::RaiseQuery, P::VerifySource, P::SyncNow});
    }
    return false;
}

bool monitorDeviceAllows(Permission p)
{
    using P = Permission;
    return in(p, {P::ManageUsers, P::ManageSettings, P::ViewPatients, P::VerifyAudit, P::ConfigureSync, P::SyncNow,
                  P::RaiseQuery, P::VerifySource});
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
    case Role::Administrator: return Tr::tr("Administrator");
    case Role::Investigator: return Tr::tr("Investigator");
    case Role::Nurse: return Tr::tr("Nurse");
    case Role::Coordinator: return Tr::tr("Study coordinator");
    case Role::Monitor: return Tr::tr("Monitor");
    }
    return {};
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return Tr::tr("manage accounts");
    case Permission::ManageSettings: return Tr::tr("change site settings");
    case Permission::ViewPatients: return Tr::tr("view patients");
    case Permission::ViewIdentity: return Tr::tr("see patients' names and record numbers");
    case Permission::AddPatient: return Tr::tr("add patients");
    case Permission::EditPatient: return Tr::tr("change patient details");
    case Permission::ScreenPatient: return Tr::tr("screen patients");
    case Permission::SignEligibility: return Tr::tr("sign an eligibility decision");
    case Permission::Randomize: return Tr::tr("randomize a patient");
    case Permission::EnterLabs: return Tr::tr("enter lab results");
    case Permission::EnterFractions: return Tr::tr("record radiotherapy fractions");
    case Permission::PrescribeRadiotherapy: return Tr::tr("change the radiotherapy prescription");
    case Permission::RecordGrading: return Tr::tr("record mucositis findings");
    case Permission::SignGrade: return Tr::tr("sign a grade");
    case Permission::RecordStudyDrug: return Tr::tr("record study-drug doses");
    case Permission::ManageAdverseEvents: return Tr::tr("record adverse events");
    case Permission::ResolveConflicts: return Tr::tr("resolve sync conflicts");
    case Permission::VerifyAudit: return Tr::tr("verify the audit trail");
    case Permission::ConfigureSync: return Tr::tr("configure the central site");
    case Permission::SyncNow: return Tr::tr("synchronise with the central site");
    case Permission::RaiseQuery: return Tr::tr("raise, close or re-open a data query");
    case Permission::AnswerQuery: return Tr::tr("answer a data query");
    case Permission::VerifySource: return Tr::tr("mark a record verified against the source");
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
                          Tr::tr("\"%1\" is not a role; use one of %2").arg(id, roleIds().join(QStringLiteral(", "))));
}

} // namespace muco
