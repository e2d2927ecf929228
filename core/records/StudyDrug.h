#pragma once
// The spray diary: three doses a day of about 1.5 mL, 30 minutes after each main meal,
// from the first day of radiotherapy to its end; checked off per dose, with adherence.
#include "common/Result.h"
#include <QDate>
#include <QList>
#include <algorithm>

namespace muco {

class Session;
struct TableSpec;

struct DrugDose {
    QString id;
    QDate date;
    QString slot;   // breakfast | lunch | dinner
    bool taken = false;
};

// One dose checked off or not, for StudyDrug::setTakenMany.
struct DoseMark {
    QDate date;
    QString slot;
    bool taken = true;
};

struct Adherence {
    int expected = 0;   // 3 per day from the first radiotherapy day through the course's end; today's once due or documented
    int taken = 0;
    int notTaken = 0;   // recorded as not taken (a dose missed is documented, not left blank)
    // Neither: not yet documented. A blank is not a missed dose (a walkthrough could not tell them apart).
    int undocumented() const { return std::max(0, expected - taken - notTaken); }
    double percent() const { return expected ? 100.0 * taken / expected : 0.0; }
};

class StudyDrug {
public:
    static const TableSpec &table();
    // The day's doses in the order they are given (breakfast, lunch, dinner).
    static QStringList doseSlots();
    // A dose's place in its day: its slot's index in doseSlots(), after them for anything else.
    static int slotRank(const QString &slot);
    // SQL ordering drug_doses rows as they were given: by day, then meal. Their slot's text
    // sorts dinner before lunch, and their ids follow the order they were entered in.
    static QString chronologicalOrder();
    // Doses of the patient in the order they were given.
    static Result<QList<DrugDose>> doses(Session &session, const QString &patientId);
    // Checking a dose off creates it taken; marking one not documented yet as not taken creates it
    // not taken. Changing a recorded dose (taken to not taken or back) asks for a reason.
    static Status setTaken(Session &session, const QString &patientId, const QDate &date, const QString &slot, bool taken,
                           const QString &reason = {});
    // Several doses of one patient in one transaction (a diary page, the DEMO's history): all
    // are saved or none, the patient's doses read once (a transaction and a reading of every
    // dose per mark made the DEMO's first start take seconds).
    static Status setTakenMany(Session &session, const QString &patientId, const QList<DoseMark> &marks, const QString &reason = {});
    // A dose recorded in error (it was not documented): removed with a reason, kept in the audit
    // trail and the change log, so the dose reads "not documented yet" again. Taken and not taken
    // are both statements about the patient; this is the way back from either when neither is known.
    static Status clear(Session &session, const QString &patientId, const QDate &date, const QString &slot, const QString &reason);
    static Result<Adherence> adherence(Session &session, const QString &patientId);
    // The diary's last day on `today`: today, or the last fraction once the course is complete
    // (the tab's rows and adherence's expected doses end there alike).
    static QDate diaryEnd(Session &session, const QString &patientId, const QDate &today);
};

} // namespace muco
