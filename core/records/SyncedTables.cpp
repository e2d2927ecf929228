// The tables whose records sync with the central site. Identity (patient_identity) is not
// here, and never will be: direct identifiers stay at the site.
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/Radiotherapy.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "records/Screenings.h"
#include "records/SourceVerification.h"
#include "records/StudyDrug.h"

namespace muco {

const QList<const TableSpec *> &RecordStore::syncedTables()
{
    static const QList<const TableSpec *> tables = {
        &Patients::table(), &Radiotherapy::planTable(), &Radiotherapy::fractionTable(), &Assessments::table(),
        &Labs::table(), &Screenings::table(), &StudyDrug::table(), &AdverseEvents::table(),
        &Randomizations::table(),
        // Monitoring (issue 17): rows only ever added, so they sync without conflicts.
        &Queries::table(), &Queries::messageTable(), &SourceVerification::table()};
    return tables;
}

} // namespace muco
