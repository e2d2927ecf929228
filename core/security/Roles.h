#pragma once
// What each role may do. Decided here, in core, for the desktop app and the CLI
// alike; the UI only hides what a session cannot do anyway.
#include "common/Result.h"
#include <QString>
#include <QStringList>

namespace muco {

enum class Role { Administrator, Investigator, Nurse, Coordinator, Monitor };

enum class Permission {
    ManageUsers,
    ManageSettings,
    ViewPatients,
    ViewIdentity,       // names and record numbers (site staff only)
    AddPatient,
    EditPatient,
    ScreenPatient,
    SignEligibility,
    Randomize,          // allocate an arm and sign the randomization (coordinators and investigators)
    EnterLabs,
    EnterFractions,
    PrescribeRadiotherapy,   // the plan (dose, fractions, fields): the investigator prescribes
    RecordGrading,
    SignGrade,
    RecordStudyDrug,
    ManageAdverseEvents,
    ResolveConflicts,
    VerifyAudit,
    ConfigureSync,
    SyncNow,
    RaiseQuery,         // ask the site about a value, close or re-open the query (monitor)
    AnswerQuery,        // answer a query (site staff; a correction also needs the record's own permission)
    VerifySource,       // mark a record verified against the source (monitor)
};

bool roleAllows(Role role, Permission permission);
// On a trial-wide monitor device (records/DeviceScope) whatever the account's role: reading,
// queries raised and closed, source verification, the audit trail, and running the device
// (accounts, settings, enrolment, sync); never a clinical change nor an answer to a query.
bool monitorDeviceAllows(Permission permission);
QString roleId(Role role);            // stable identifier stored and typed in the CLI
QString roleLabel(Role role);         // translated, for people
QString permissionLabel(Permission p);  // translated verb phrase: "sign a grade"
Result<Role> parseRole(const QString &id);
QStringList roleIds();

} // namespace muco
