#pragma once
// What a person needs to choose a side of a sync conflict, read in core (the UI runs no SQL):
// the patient it concerns (subject ID), who changed the field on this device and when (the
// newest audit row of that field), and when the central site's change was seen.
#include "sync/SyncEngine.h"
#include <QDateTime>

namespace muco {

struct ConflictDetails {
    SyncConflict conflict;
    QString subjectId;          // empty when the record is not found here
    QString changedHereBy;      // empty when no audit row names the field
    QDateTime changedHereUtc;
    QDateTime detectedUtc;
};

class ConflictDetailsReader {
public:
    // The open conflicts, oldest first, with their details. Permission as SyncEngine::conflicts.
    static Result<QList<ConflictDetails>> open(Session &session);
};

} // namespace muco
