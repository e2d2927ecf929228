#pragma once
// A patient's radiotherapy: the plan, the fraction log (delivered, missed, held), the
// site's holiday calendar, CSV import from the radiotherapy information system, and the
// dose summary of the calculator contract (clinical/Dose) over what was recorded.
#include "clinical/Dose.h"
#include "common/Result.h"
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

namespace muco {

class Session;
struct TableSpec;

struct RtPlan {
    QString id;
    QString patientId;
    Decimal totalDoseGy;
    int fractions = 0;
    Decimal dosePerFractionGy;
    QString technique;
    QDate startDate;
    QSet<int> weekdays{1, 2, 3, 4, 5};
    bool oralCavity = false;
    bool oropharynx = false;
    bool concurrentChemo = false;
    QString chemoAgent;
    int version = 0;
    DosePlan dosePlan() const { return {totalDoseGy, fractions, startDate, weekdays}; }
};

struct FractionRecord {
    QString id;
    QDate date;
    int number = 0;   // delivered fractions only; 0 for missed and held
    std::optional<Decimal> doseGy;
    FractionStatus status = FractionStatus::Delivered;
    QString reason;
    QString source;   // manual | import
    bool voided = false;   // recorded in error: kept, shown struck through, never counted
};

struct ImportReport {
    int imported = 0;
    int alreadyPresent = 0;
    QStringList refused;   // "line 4: date 2026-13-01 is not a calendar date"
};

class Radiotherapy {
public:
    static const TableSpec &planTable();
    static const TableSpec &fractionTable();

    static Result<std::optional<RtPlan>> plan(Session &session, const QString &patientId);
    static Result<RtPlan> requirePlan(Session &session, const QString &patientId);
    // What savePlan refuses in a plan, named by its field: a form checks it before it asks for
    // the reason of a change (asked, then refused, the reason was typed twice).
    static Status checkPlan(const RtPlan &plan);
    // Creates the plan or changes it (a change asks for a reason).
    static Result<RtPlan> savePlan(Session &session, const RtPlan &plan, const QString &reason = {});
    static Result<QList<FractionRecord>> fractions(Session &session, const QString &patientId);
    // Today's fraction at the planned dose, in one action.
    static Result<FractionRecord> deliverToday(Session &session, const QString &patientId);
    static Result<FractionRecord> record(Session &session, const QString &patientId, const QDate &date,
                                         FractionStatus status, std::optional<Decimal> doseGy, const QString &reason);
    static Status remove(Session &session, const QString &fractionId, const QString &reason);
    // A fraction recorded in error: kept (struck through in the log, never counted), with the
    // reason in the record and the audit trail. A delivered one can be voided only while it
    // is the latest delivered fraction, so the numbering stays 1..n.
    static Status voidFraction(Session &session, const QString &fractionId, const QString &reason);
    // The voided fractions of a patient (oldest first).
    static Result<QList<FractionRecord>> voidedFractions(Session &session, const QString &patientId);
    // A day the plan treats on (its weekdays, not a site holiday, from its start).
    static Result<bool> isTreatmentDay(Session &session, const RtPlan &plan, const QDate &date);
    // Why it is not one, in words (before the plan's start, not one of its weekdays, a holiday of
    // the site, named), or empty when it is: the questions asked before a fraction is recorded
    // on such a day say which.
    static Result<QString> whyNotATreatmentDay(Session &session, const RtPlan &plan, const QDate &date);
    // Why no fraction may be recorded for this patient now (not on treatment), or empty.
    static Status requireOnTreatment(Session &session, const QString &patientId);
    // CSV with a header: date, fraction (number), dose (Gy). Valid rows are imported in one
    // transaction; rows already recorded are skipped; every refused row says why.
    // wholeFileOrNothing (the command line): one refused row refuses the file, nothing imported.
    static Result<ImportReport> importCsv(Session &session, const QString &patientId, const QByteArray &csv,
                                          bool wholeFileOrNothing = false);

    static Result<QSet<QDate>> holidays(Session &session);
    // The holidays with their names, in date order (the site settings' calendar).
    static Result<QMap<QDate, QString>> holidayCalendar(Session &session);
    static Status setHoliday(Session &session, const QDate &date, const QString &name, bool holiday);

    static QDate today(Session &session);   // in the site's time zone
    // The dose delivered by the end of `through` (all of it when not given), summed exactly
    // by clinical/Dose cumulativeDose: the one cumulative dose every screen shows.
    static Result<Decimal> cumulativeDose(Session &session, const QString &patientId, std::optional<QDate> through = std::nullopt);
    // Every patient's delivered dose at once (the patient list); patients with none are absent.
    static Result<QHash<QString, Decimal>> cumulativeDoses(Session &session);
    static QList<Fraction> doseFractions(const QList<FractionRecord> &records);
    static Result<DoseSummary> summary(Session &session, const QString &patientId, const QDate &asOf, bool asOfDayOpen = false);
    // The summary a clinician wants during the day: today counts once something is recorded
    // for it, so a fraction still to come is neither "missed" nor left out of the projection
    // (also on the first day of radiotherapy, before the first fraction).
    static Result<DoseSummary> summaryNow(Session &session, const QString &patientId);
};

} // namespace muco
