#pragma once
// The DEMO site: synthetic patients and demo accounts, clearly marked, for trying
// MucoTrack and for training. Never real data; the demo accounts share one password.
// Its building blocks (the site and its accounts, a synthetic patient, screening labs, an
// eligible screening form) are also those of the DEMO trial's sites (records/DemoTrialSite).
#include "common/Clock.h"
#include "clinical/AllocationSequence.h"
#include "common/Result.h"
#include "records/Patients.h"
#include <QJsonObject>
#include <QRandomGenerator>

namespace muco {

class Session;

struct DemoSite {
    static QString siteCode() { return QStringLiteral("DEMO"); }
    static QString password() { return QStringLiteral("demo-password"); }
    // Users: admin, doctor, nurse, coord, monitor.
    static QStringList usernames();
    static QString timeZone() { return QStringLiteral("Asia/Shanghai"); }
    // The rules the DEMO is built by; a DEMO built by others is built again (ensure). Raise it
    // when what the DEMO holds changes. 2: its history dated as it happened, its sealed reserve;
    // 3: its randomizations signed by the coordinator (migration 21).
    static constexpr int kBuild = 3;
    // Creates the demo site at path (if it does not exist yet, or was built by other rules) with
    // about 20 patients, their histories dated before `clock`'s now.
    static Status ensure(const QString &path, const std::shared_ptr<Clock> &clock);
    // The day its history begins (the earliest patient's screening labs), for a DEMO built on `today`.
    static QDate historyStart(const QDate &today);
    // The site's day at `now` (its time zone; UTC where the zone is unknown, as a session reads it).
    static QDate siteToday(const QDateTime &now);

    // A new site of a DEMO code (SiteVault::isDemoSite) with the demo accounts.
    static Status createSite(const QString &path, const QString &code, const std::shared_ptr<Clock> &clock);
    // A demo account's session for building synthetic histories (commits not waiting for the disk).
    static Result<std::unique_ptr<Session>> signInToBuild(const QString &path, const QString &user, const std::shared_ptr<Clock> &clock);
    // A synthetic patient (name and record number marked DEMO), aged 35 to 74 at `today`.
    static NewPatient syntheticPatient(QRandomGenerator &rng, const QDate &today, int i);
    static Status setReferenceRanges(Session &admin);
    // Blood count, liver and renal panels within the protocol's limits (varied by i).
    static Status recordScreeningLabs(Session &nurse, const QString &patientId, const QDateTime &collected, int i);
    // Every criterion answered so that a patient with the labs above is eligible.
    static QJsonObject eligibleScreeningForm(int i);

private:
    static Status build(const QString &path, const std::shared_ptr<Clock> &clock);
    static Status addHistories(const QString &path, const std::shared_ptr<FixedClock> &clock, const QDateTime &now);
    static Status storeReserve(Session &admin, const QList<ListEntry> &entries);
};

} // namespace muco
