#pragma once
// Randomization tests need many enrolled patients: a signed eligible screening and the status
// it sets, written here through the one write path without the 21 criteria's labs and forms
// (tst_workflows covers how a screening is really evaluated and signed), signed by the doctor. Also: an arm written
// for a patient, for tests about what an arm changes (the study-drug diary).
#include "TestSite.h"
#include "records/Patients.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "records/Screenings.h"
#include "security/SiteVault.h"
#include "storage/Transaction.h"

namespace muco::test {

inline Status enrollDirectly(Session &s, const QString &patientId)
{
    // Signed by an investigator (the doctor), with their key, as the central site checks
    // (CentralSignatures: only a role that may sign eligibility signs a screening).
    auto doctor = SiteVault::signIn(s.databasePath(), QStringLiteral("doctor"), kPassword, std::make_shared<FixedClock>(s.now()));
    if (!doctor.ok())
        return doctor.error();
    Transaction tx((*doctor)->db());
    MUCO_TRY(tx.begun());
    auto screening = RecordStore::create(**doctor, {&Screenings::table(), {},
                                                    {{QStringLiteral("patient_id"), patientId}, {QStringLiteral("assessment_date"), s.today().toString(Qt::ISODate)},
                                                     {QStringLiteral("inputs"), QStringLiteral("{}")}, {QStringLiteral("outcome"), QStringLiteral("eligible")},
                                                     {QStringLiteral("result"), QStringLiteral("{}")}, {QStringLiteral("state"), QStringLiteral("draft")}},
                                                    {}});
    if (!screening.ok())
        return screening.error();
    auto signedOut = RecordStore::sign(**doctor, Screenings::table(), screening->id, Screenings::signatureMeaning());
    if (!signedOut.ok())
        return signedOut.error();
    auto status = RecordStore::update(**doctor, {&Patients::table(), patientId, {{QStringLiteral("status"), QStringLiteral("enrolled")}},
                                                 QStringLiteral("Signed eligible (test)")});
    if (!status.ok())
        return status.error();
    return tx.commit();
}

inline Result<QString> addEnrolledPatient(Session &s, const QString &name, const QString &sex = QStringLiteral("male"),
                                          const QString &subjectId = {})
{
    auto p = Patients::add(s, {subjectId, name, {}, {}, QStringLiteral("1960-05-01"), sex});
    if (!p.ok())
        return p.error();
    MUCO_TRY(enrollDirectly(s, p->id));
    return p->id;
}

// An arm written as if allocated: for tests of what an arm changes, not of how it is allocated.
// Signed by `s`'s user, as Randomize writes it (RecordStore::create signs it).
inline Status writeArm(Session &s, const QString &patientId, const QString &arm, int sequence = 1)
{
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::create(s, {&Randomizations::table(), {},
                                       {{QStringLiteral("patient_id"), patientId}, {QStringLiteral("stratum"), s.site()},
                                        {QStringLiteral("sequence"), sequence}, {QStringLiteral("arm"), arm},
                                        {QStringLiteral("source"), QStringLiteral("online")},
                                        {QStringLiteral("allocated_utc"), isoUtc(s.now())},
                                        {QStringLiteral("signed_by"), s.user().username}, {QStringLiteral("signed_utc"), isoUtc(s.now())},
                                        {QStringLiteral("signature_meaning"), Randomizations::signatureMeaning()}},
                                       {}});
    if (!out.ok())
        return out.error();
    return tx.commit();
}

} // namespace muco::test
