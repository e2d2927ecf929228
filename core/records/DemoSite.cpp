#include "records/DemoSite.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Randomize.h"
#include "records/RandomizationReserve.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "records/StudyDrug.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
#include "security/AllocationSeal.h"
#include "security/KeySlotFile.h"
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <QFileInfo>
#include <QRandomGenerator>

namespace muco {

// The DEMO's synthetic history is written without waiting for the disk at every commit
// (issue 14: its first start waited for some 400 fdatasync calls). In WAL mode, NORMAL loses
// nothing committed when the program crashes; a power cut may lose the last commits, never the
// database's consistency. Only these sessions, only while the DEMO is built.
Result<std::unique_ptr<Session>> DemoSite::signInToBuild(const QString &path, const QString &user, const std::shared_ptr<Clock> &clock)
{
    auto s = SiteVault::signIn(path, user, DemoSite::password(), clock);
    if (s.ok())
        MUCO_TRY((*s)->db().exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
    return s;
}

QStringList DemoSite::usernames()
{
    return {QStringLiteral("admin"), QStringLiteral("doctor"), QStringLiteral("nurse"), QStringLiteral("coord"), QStringLiteral("monitor")};
}

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoSite)
};

void removeDemo(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    QFile::remove(KeySlotFile::pathFor(path));
    QFile::remove(path + QStringLiteral(".build"));
}

QByteArray buildMark() { return QByteArray::number(DemoSite::kBuild); }

} // namespace

Status DemoSite::ensure(const QString &path, const std::shared_ptr<Clock> &clock)
{
    if (QFileInfo::exists(path)) {
        // Built by this version's rules: kept, with whatever a trainee did on it. Built by an
        // earlier one (an upgrade): built again, since its history and reserve are those of the
        // old rules (a walkthrough met randomization refused on a DEMO built before its reserve).
        QFile mark(path + QStringLiteral(".build"));
        if (mark.open(QIODevice::ReadOnly) && mark.readAll().trimmed() == buildMark())
            return {};
        mark.close();
        removeDemo(path);
    }
    const Status built = build(path, clock);
    if (!built.ok()) {
        removeDemo(path);   // a DEMO half built would open at the next start as if it were whole
        return built;
    }
    QFile mark(path + QStringLiteral(".build"));
    if (!mark.open(QIODevice::WriteOnly | QIODevice::Truncate) || mark.write(buildMark() + '\n') < 0)
        return Error::storage(Tr::tr("The DEMO site's build mark %1 cannot be written.").arg(mark.fileName()));
    return {};
}

QDate DemoSite::siteToday(const QDateTime &now)
{
    // As a session reads the site's day: in its time zone, or UTC where the zone is unknown.
    const QTimeZone zone(timeZone().toUtf8());
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toUTC().date();
}

Status DemoSite::build(const QString &path, const std::shared_ptr<Clock> &clock)
{
    // Built as it would have happened, in the order it happened: the DEMO's own clock walks its
    // history, so every record, signature and audit entry carries the time of its event (a
    // walkthrough read "signed on" today's date beside a randomization of weeks ago).
    const QDateTime now = clock->nowUtc();
    const QDate today = siteToday(now);
    const QDate opened = historyStart(today).addDays(-14);
    auto build = std::make_shared<FixedClock>(QDateTime(opened, QTime(1, 0), QTimeZone::utc()));
    MUCO_TRY(createSite(path, siteCode(), build));
    // A fixed seed: every demo site looks the same, so training material can refer to it.
    QRandomGenerator rng(20261125);
    auto coord = signInToBuild(path, QStringLiteral("coord"), build);
    if (!coord.ok())
        return coord.error();
    // The referral list, registered the day the site opened (the subject IDs in this order).
    build->set(QDateTime(opened, QTime(2, 0), QTimeZone::utc()));
    for (int i = 0; i < 20; ++i) {
        auto added = Patients::add(**coord, syntheticPatient(rng, now.date(), i));
        if (!added.ok())
            return added.error();
    }
    return addHistories(path, build, now);
}

Status DemoSite::createSite(const QString &path, const QString &code, const std::shared_ptr<Clock> &clock)
{
    // The demo uses the cheap key derivation: its data is synthetic and its password public
    // (SiteVault allows it for DEMO site codes only).
    SiteSetup setup{path, code, QStringLiteral("admin"), QStringLiteral("DEMO Administrator"), password(),
                    timeZone(), KdfCost::fast()};
    auto created = SiteVault::create(setup, *clock);
    if (!created.ok())
        return created.error();
    auto admin = signInToBuild(path, QStringLiteral("admin"), clock);
    if (!admin.ok())
        return admin.error();
    const QList<std::tuple<QString, QString, Role>> staff = {
        {QStringLiteral("doctor"), QStringLiteral("DEMO Dr. Lin (oncologist)"), Role::Investigator},
        {QStringLiteral("nurse"), QStringLiteral("DEMO Nurse Huang"), Role::Nurse},
        {QStringLiteral("coord"), QStringLiteral("DEMO Coordinator Zhou"), Role::Coordinator},
        {QStringLiteral("monitor"), QStringLiteral("DEMO Monitor Xu"), Role::Monitor}};
    for (const auto &[name, display, role] : staff) {
        auto added = Accounts::add(**admin, name, display, role, password(), KdfCost::fast());
        if (!added.ok())
            return added.error();
    }
    return {};
}

NewPatient DemoSite::syntheticPatient(QRandomGenerator &rng, const QDate &today, int i)
{
    static const char *const family[] = {"Chen", "Li", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Xu"};
    static const char *const given[] = {"Wei", "Fang", "Jun", "Min", "Hua", "Lei", "Jing", "Tao", "Yan", "Bo"};
    const QDate birth = today.addYears(-(35 + static_cast<int>(rng.bounded(40)))).addDays(-static_cast<int>(rng.bounded(365)));
    return {{},
            QStringLiteral("DEMO %1 %2").arg(QString::fromLatin1(family[rng.bounded(10)]), QString::fromLatin1(given[rng.bounded(10)])),
            QStringLiteral("DEMO-%1").arg(100200 + i * 37),
            {},
            birth.toString(Qt::ISODate),
            rng.bounded(4) == 0 ? QStringLiteral("female") : QStringLiteral("male")};
}

Status DemoSite::setReferenceRanges(Session &admin)
{
    // Adult ranges as Chinese laboratories report them (WS/T 404), per sex where they differ:
    // one range for both sexes judged a woman's creatinine of 150 umol/L against a man's ULN
    // (1.5 x 111), and a screening passed I7 that hers (1.5 x 81) fails (a walkthrough).
    const QList<std::tuple<const char *, const char *, const char *, const char *>> ranges = {
        {"wbc", "any", "3.5", "9.5"},          {"platelets", "any", "125", "350"},
        {"neutrophils", "any", "1.8", "6.3"},  {"total_bilirubin", "any", "3.4", "20.5"},
        {"hemoglobin", "male", "130", "175"},  {"hemoglobin", "female", "115", "150"},
        {"alt", "male", "9", "50"},            {"alt", "female", "7", "40"},
        {"ast", "male", "15", "40"},           {"ast", "female", "13", "35"},
        {"creatinine", "male", "57", "111"},   {"creatinine", "female", "41", "81"}};
    for (const auto &[key, sex, lln, uln] : ranges)
        MUCO_TRY(Labs::setReferenceRange(admin, QString::fromLatin1(key),
                                         {Decimal::parse(QString::fromLatin1(lln)), Decimal::parse(QString::fromLatin1(uln))},
                                         QString::fromLatin1(sex)));
    return {};
}

Status DemoSite::recordScreeningLabs(Session &nurse, const QString &patientId, const QDateTime &collected, int i)
{
    auto dec = [](const char *t) { return *Decimal::parse(QString::fromLatin1(t)); };
    MUCO_TRY(Labs::recordPanel(nurse, patientId, collected, QStringLiteral("blood_count"),
                               {{QStringLiteral("wbc"), dec("6.1"), QStringLiteral("10^9/L")},
                                {QStringLiteral("hemoglobin"), Decimal(118 + i % 20 * 3), QStringLiteral("g/L")},
                                {QStringLiteral("platelets"), Decimal(180 + i % 15 * 11), QStringLiteral("10^9/L")}}));
    MUCO_TRY(Labs::recordPanel(nurse, patientId, collected, QStringLiteral("liver"),
                               {{QStringLiteral("alt"), Decimal(22 + i % 20), QStringLiteral("U/L")},
                                {QStringLiteral("ast"), Decimal(24 + i % 14), QStringLiteral("U/L")},
                                {QStringLiteral("total_bilirubin"), dec("0.7"), QStringLiteral("mg/dL")}}));
    MUCO_TRY(Labs::recordPanel(nurse, patientId, collected, QStringLiteral("renal"),
                               {{QStringLiteral("creatinine"), Decimal(70 + i % 20 * 2), QStringLiteral("umol/L")}}));
    return {};
}

QJsonObject DemoSite::eligibleScreeningForm(int i)
{
    QJsonObject form;
    for (const char *no : {"ecg_clinically_significant_abnormality", "active_oral_infection", "severe_periodontal_disease",
                           "prior_head_neck_radiotherapy", "current_other_trial", "significant_cardiovascular_disease",
                           "cirrhosis", "chronic_renal_insufficiency", "active_systemic_infection_on_antimicrobials",
                           "autoimmune_disease_on_immunosuppression", "severe_psychiatric_disorder",
                           "non_discontinuable_mucosal_protectant_or_anti_inflammatory", "long_term_immunosuppressants",
                           "unable_to_comply", "investigator_judges_unsuitable"})
        form.insert(QString::fromLatin1(no), false);
    for (const char *yes : {"malignancy_confirmed", "oral_mucosa_intact", "informed_consent_signed"})
        form.insert(QString::fromLatin1(yes), true);
    form.insert(QStringLiteral("rt_intent"), QStringLiteral("radical"));   // recorded, never assumed
    form.insert(QStringLiteral("weight_kg"), 58 + i % 20 * 2);
    form.insert(QStringLiteral("ecog"), i % 2);
    form.insert(QStringLiteral("life_expectancy_months"), 24);
    form.insert(QStringLiteral("long_term_corticosteroid_prednisone_eq_mg_per_day"), 0);
    form.insert(QStringLiteral("last_head_neck_surgery_date"), QJsonValue::Null);
    form.insert(QStringLiteral("last_other_interventional_study_date"), QJsonValue::Null);
    return form;
}

namespace {

QDateTime at(const QDate &day, int hourUtc, int minute = 0)
{
    // The site is in Asia/Shanghai (UTC+8): 01:00 to 10:00 UTC is the clinic's working day.
    return QDateTime(day, QTime(hourUtc, minute), QTimeZone::utc());
}

// The first twelve patients' radiotherapy starts, 1 to 8 weeks before today, on a Monday.
QDate startOf(int i, const QDate &today)
{
    const QDate start = today.addDays(-7 * (1 + i % 8));
    return start.addDays(1 - start.dayOfWeek());
}

struct Event {
    QDateTime when;
    std::function<Status()> run;
};

} // namespace

QDate DemoSite::historyStart(const QDate &today)
{
    // The earliest start less its screening (labs five days before).
    return startOf(7, today).addDays(-5);
}

// Realistic synthetic histories: the first twelve patients are on treatment, started on
// different weeks, so every screen of the app has something to show. Each step is an event at
// its own time; they run in the order of their times with the build clock set to each.
Status DemoSite::addHistories(const QString &path, const std::shared_ptr<FixedClock> &clock, const QDateTime &now)
{
    auto signIn = [&](const QString &user) { return signInToBuild(path, user, clock); };
    auto admin = signIn(QStringLiteral("admin"));
    auto nurse = signIn(QStringLiteral("nurse"));
    auto doctor = signIn(QStringLiteral("doctor"));
    for (auto *r : {&admin, &nurse, &doctor})
        if (!r->ok())
            return r->error();
    Session &adm = **admin, &n = **nurse, &d = **doctor;
    clock->set(clock->nowUtc().addSecs(3600));
    MUCO_TRY(setReferenceRanges(adm));
    const QDate today = siteToday(now);
    // The same two holidays every year of the DEMO's history and the year ahead, and no fraction
    // on them (a DEMO built in February had treated on New Year's Day).
    QSet<QDate> holidays;
    for (int year = historyStart(today).year(); year <= today.year() + 1; ++year) {
        for (const auto &[day, name] : {std::pair{QDate(year, 1, 1), QStringLiteral("New Year")},
                                        std::pair{QDate(year, 12, 25), QStringLiteral("DEMO holiday")}}) {
            MUCO_TRY(Radiotherapy::setHoliday(adm, day, name, true));
            holidays.insert(day);
        }
    }
    auto patients = Patients::list(d);
    if (!patients.ok())
        return patients.error();
    // The demo's allocations come from a list generated as the central site would (the demo
    // never syncs, so it plays the central site's part): both arms are shown. The first twelve
    // are allocated below; the rest are this device's sealed reserve, so that a coordinator
    // trying the DEMO randomizes as an offline device does.
    constexpr int kAllocated = 12, kList = 40;
    auto demoList = AllocationSequence::generate(20261125, siteCode(), kList, {2, 4});
    if (!demoList.ok())
        return demoList.error();
    MUCO_TRY(storeReserve(adm, demoList->mid(kAllocated)));
    QList<Event> events;
    const auto add = [&](const QDateTime &when, std::function<Status()> run) { events.append({when, std::move(run)}); };
    QRandomGenerator rng(7);
    // The list is used in the order patients are randomized (the central site hands out its
    // next entry): by their start, then as registered.
    QList<int> byStart;
    for (int i = 0; i < kAllocated && i < patients->size(); ++i)
        byStart << i;
    std::stable_sort(byStart.begin(), byStart.end(), [&](int a, int b) { return startOf(a, today) < startOf(b, today); });
    for (int i = 0; i < kAllocated && i < patients->size(); ++i) {
        const QString id = patients->at(i).id;
        const QDate start = startOf(i, today);
        add(at(start.addDays(-5), 1), [&, id, start, i] { return recordScreeningLabs(n, id, at(start.addDays(-5), 1), i); });
        add(at(start.addDays(-5), 2), [&, id, start, i]() -> Status {
            RtPlan plan;
            plan.patientId = id;
            plan.totalDoseGy = Decimal(70);
            plan.fractions = 35;
            plan.dosePerFractionGy = Decimal(2);
            plan.technique = QStringLiteral("VMAT");
            plan.startDate = start;
            plan.oralCavity = true;
            plan.oropharynx = i % 2 == 0;
            plan.concurrentChemo = i % 2 == 0;
            plan.chemoAgent = plan.concurrentChemo ? QStringLiteral("cisplatin") : QString();
            auto saved = Radiotherapy::savePlan(d, plan);   // the investigator prescribes
            return saved.ok() ? Status() : Status(saved.error());
        });
        // On working days before a Monday start: labs on Wednesday, screening on Thursday,
        // randomization and the baseline grading on Friday.
        add(at(start.addDays(-4), 2), [&, id, start, i]() -> Status {
            auto screening = Screenings::save(d, id, start.addDays(-4), eligibleScreeningForm(i));
            if (!screening.ok())
                return screening.error();
            if (screening->outcome == QLatin1String("incomplete"))
                return {};
            clock->set(clock->nowUtc().addSecs(10 * 60));   // read over, then signed
            auto signedScreening = Screenings::sign(d, screening->id, password());
            return signedScreening.ok() ? Status() : Status(signedScreening.error());
        });
        const ListEntry entry = demoList->at(byStart.indexOf(i));
        const bool experimental = entry.arm == Randomizations::experimental();
        add(at(start.addDays(-3), 2), [&, id, entry]() -> Status {
            auto request = Randomize::check(d, id, password());
            if (!request.ok())
                return request.error();
            auto a = Randomize::recordOnline(d, request.value(), {{QStringLiteral("stratum"), entry.stratum},
                                                                  {QStringLiteral("sequence"), entry.sequence},
                                                                  {QStringLiteral("arm"), entry.arm},
                                                                  {QStringLiteral("allocated_utc"), isoUtc(clock->nowUtc())}});
            return a.ok() ? Status() : Status(a.error());
        });

        // Fractions Mon-Fri from the start until yesterday, one missed day for every third patient.
        QList<std::pair<QDate, int>> delivered;
        QDate missed, lastFraction;
        for (QDate day = start; day < today && delivered.size() < 35; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5 || holidays.contains(day))
                continue;
            if (i % 3 == 0 && !missed.isValid() && delivered.size() == 7) {
                missed = day;
                continue;
            }
            delivered.append({day, static_cast<int>(delivered.size()) + 1});
            lastFraction = day;
        }
        if (missed.isValid())
            add(at(missed, 9), [&, id, missed] {
                auto r = Radiotherapy::record(n, id, missed, FractionStatus::Missed, std::nullopt, QStringLiteral("DEMO: transport strike"));
                return r.ok() ? Status() : Status(r.error());
            });

        // Graded visits on the protocol's days (resources/protocol, "schedule"): baseline the day
        // before the first fraction, weekly from the first fraction while it lasts, and at its end; mucositis
        // worsens with dose, more in some patients. One weekly visit is left out (patient 6's
        // second week), so the overdue lists have something true to show.
        const auto grade = [&, id](const QDate &visit, int severity) -> Status {
            // One exam (clinical/Exam), every scale derived from it: no contradictions to warn of.
            Exam e;
            e.sorenessReported = severity >= 1;
            e.erythemaSeen = severity >= 1;
            e.appearance = severity >= 3 ? MucosaAppearance::ConfluentPseudomembranes
                         : severity >= 2 ? MucosaAppearance::PatchyPseudomembranes
                         : severity >= 1 ? MucosaAppearance::Erythema : MucosaAppearance::None;
            e.diet = severity >= 4 ? DietTolerated::LiquidOnly : severity >= 2 ? DietTolerated::SoftOrModified : DietTolerated::NormalSolid;
            e.pain = static_cast<Severity>(std::min(3, severity));
            e.analgesia = severity >= 3 ? Analgesia::Narcotic : severity >= 2 ? Analgesia::NonNarcotic : Analgesia::None;
            // All nine sites examined; those not named score 0.
            if (severity >= 1) {
                e.omas.insert(OmasSite::LeftCheek, {std::min(3, std::max(0, severity - 1)), std::min(2, severity)});
                e.omas.insert(OmasSite::RightCheek, {std::min(3, severity / 2), 1});
                e.omas.insert(OmasSite::SoftPalate, {0, 1});
            }
            ProCtcaeMouthSores pro{std::min(4, severity), std::min(4, severity > 0 ? severity - 1 : 0)};
            auto a = Assessments::record(d, id, visit, e, pro);
            if (!a.ok())
                return a.error();
            clock->set(clock->nowUtc().addSecs(5 * 60));
            auto signedA = Assessments::sign(d, a->id, password());
            return signedA.ok() ? Status() : Status(signedA.error());
        };
        // Each visit: the fractions delivered up to it are imported from the treatment machine
        // first (its dose is linked at recording), the diary card since the last visit is
        // entered after it (the experimental arm: most doses taken, the others recorded as not).
        QDate imported, diaryTo = start.addDays(-1);
        const auto importUpTo = [&, id](const QDate &last, const QDateTime &when) {
            QByteArray csv = "date,fraction,dose\n";
            bool any = false;
            for (const auto &[day, number] : std::as_const(delivered))
                if ((!imported.isValid() || day > imported) && day <= last) {
                    csv += QStringLiteral("%1,%2,2.0\n").arg(day.toString(Qt::ISODate)).arg(number).toUtf8();
                    any = true;
                }
            imported = last;
            if (any)
                add(when, [&, id, csv]() -> Status {
                    auto r = Radiotherapy::importCsv(n, id, csv, true);   // every row, or the build stops
                    return r.ok() ? Status() : Status(r.error());
                });
        };
        const auto diaryUpTo = [&, id](const QDate &last, const QDateTime &when) {
            QList<DoseMark> diary;
            for (QDate day = diaryTo.addDays(1); day <= last && experimental; day = day.addDays(1))
                for (const QString &slot : StudyDrug::doseSlots())
                    diary.append({day, slot, rng.bounded(10) != 0});   // a dose missed is recorded as not taken
            diaryTo = last;
            if (!diary.isEmpty())
                add(when, [&, id, diary] { return StudyDrug::setTakenMany(n, id, diary); });
        };
        const auto visit = [&](const QDate &day, int severity) {
            importUpTo(day, at(day, 2, 30));
            add(at(day, 3), [grade, day, severity] { return grade(day, severity); });
            diaryUpTo(day.addDays(-1), at(day, 3, 30));
        };
        add(at(start.addDays(-3), 3), [grade, start] { return grade(start.addDays(-3), 0); });   // baseline: graded after randomization
        const bool completed = delivered.size() == 35 && lastFraction < today;
        QDate lastVisit;
        int severity = 0;
        for (int week = 1; start.addDays(7 * week) < today && (!completed || start.addDays(7 * week) <= lastFraction); ++week) {
            severity = std::min(4, week * (1 + i % 3) / 2);
            lastVisit = start.addDays(7 * week);
            if (i == 5 && week == 2)
                continue;
            visit(lastVisit, severity);
        }
        // End of radiotherapy: its window is the last fraction's day, one before, three after.
        if (completed && !(lastVisit.isValid() && lastVisit >= lastFraction.addDays(-1)))
            visit(lastFraction, severity);
        if (lastFraction.isValid())
            importUpTo(lastFraction, at(lastFraction, 9, 30));   // the rest, at the end of its last day
        diaryUpTo(today.addDays(-1), now);   // today's card is not entered yet
    }
    // One screen failure for the screening log: previous head and neck radiotherapy (E1).
    if (patients->size() > kAllocated) {
        const QString id = patients->at(kAllocated).id;
        add(at(today.addDays(-2), 2), [&, id]() -> Status {
            QJsonObject form{{QStringLiteral("malignancy_confirmed"), true}, {QStringLiteral("prior_head_neck_radiotherapy"), true},
                             {QStringLiteral("informed_consent_signed"), true}, {QStringLiteral("ecog"), 1}};
            auto failed = Screenings::save(d, id, today.addDays(-2), form);
            if (!failed.ok())
                return failed.error();
            clock->set(clock->nowUtc().addSecs(10 * 60));
            auto signedFailure = Screenings::sign(d, failed->id, password());
            return signedFailure.ok() ? Status() : Status(signedFailure.error());
        });
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.when < b.when; });
    for (const Event &e : std::as_const(events)) {
        // Never backwards: an event may have moved the clock on (a signature minutes after its record).
        clock->set(std::max(std::min(e.when, now), clock->nowUtc()));
        MUCO_TRY(e.run());
    }
    clock->set(now);
    return {};
}

Status DemoSite::storeReserve(Session &admin, const QList<ListEntry> &entries)
{
    // Sealed for this device (never enrolled: no device id) under a key of its own, as the
    // central site seals a device's reserve (security/AllocationSeal).
    const QByteArray key = AllocationSeal::newKey();
    QJsonArray sealed;
    for (const ListEntry &e : entries) {
        MUCO_READ(one, AllocationSeal::seal(key, QString(), e.stratum, e.sequence, e.arm));
        sealed.append(QJsonObject{{QStringLiteral("stratum"), e.stratum}, {QStringLiteral("sequence"), e.sequence}, {QStringLiteral("sealed"), one}});
    }
    return RandomizationReserve::store(admin, {{QStringLiteral("key"), QString::fromLatin1(key.toHex())}, {QStringLiteral("entries"), sealed}});
}

} // namespace muco
