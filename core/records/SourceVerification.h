#pragma once
// Source data verification (issue 17): a monitor marks a record verified against the source
// document. The mark holds a fingerprint of every declared field of the record as verified;
// the record counts as verified only while its fields still match it, so any change made
// afterwards, here or pulled from another device, resets it. Marks are rows only ever added
// (like query messages): sync never makes them conflict. The protocol file names the critical
// tables, every record of which is to be verified.
#include "common/Secret.h"
#include "clinical/SdvSample.h"
#include "common/Result.h"
#include <QDateTime>
#include <QList>

namespace muco {

class Session;
struct TableSpec;
struct RecordRef;

struct SdvStatus {
    QString table;
    QString recordId;
    QString patientId;
    QString subjectId;
    QString state;          // verified | changed (verified, then changed) | unverified
    QString verifiedBy;     // of the latest mark, when there is one
    QDateTime verifiedUtc;
    bool critical = false;  // its table is named by the protocol's monitoring.sdv_critical
    bool sampled = false;   // not critical, chosen by the plan's share of the rest (clinical/SdvSample)
};

class SourceVerification {
public:
    static const TableSpec &table();
    static QString signatureMeaning();
    // The fingerprint of a record's declared fields (SHA-256 of name and value, in declared order).
    static QString fingerprint(const RecordRef &record);
    // Monitor; the password is the signature's second component.
    static Result<SdvStatus> mark(Session &session, const QString &tableName, const QString &recordId, const Secret &password);
    static Result<SdvStatus> status(Session &session, const QString &tableName, const QString &recordId);
    // Every record of the protocol's critical tables, and every record its plan samples from the
    // rest at the patient's site, not verified as it stands (unverified or changed since), by
    // patient; what remains for the monitor to do. Of one patient when `patientId` is given.
    static Result<QList<SdvStatus>> remaining(Session &session, const QString &patientId = {});
    static Result<QList<SdvStatus>> remaining(Session &session, const QString &patientId, const SdvSamplePlan &plan);
    // The protocol's critical tables, each checked against the declared tables.
    static Result<QList<const TableSpec *>> criticalTables();
    // The plan's sampled tables, checked likewise (an error names monitoring.sdv_sample_tables).
    static Result<QList<const TableSpec *>> sampleTables(const SdvSamplePlan &plan);
};

} // namespace muco
