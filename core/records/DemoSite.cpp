#include "records/DemoSite.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Randomize.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "records/StudyDrug.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
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

Status DemoSite::ensure(const QString &path, const std::shared_ptr<Clock> &clock)
{
    if (QFileInfo::exists(path))
        return {};
    MUCO_TRY(createSite(path, siteCode(), clock));
    // A fixed seed: every demo site looks the same, so training material can refer to it.
    QRandomGenerator rng(20261125);
    auto coord = signInToBuild(path, QStringLiteral("coord"), clock);
    if (!coord.ok())
        return coord.error();
    const QDate today = clock->nowUtc().date();
    for (int i = 0; i < 20; ++i) {
        auto added = Patients::add(**coord, syntheticPatient(rng, today, i));
        if (!added.ok())
            return added.error();
    }
    return addHistories(path, clock);
}

Status DemoSite::createSite(const QString &path, const QString &code, const std::shared_ptr<Clock> &clock)
{
    // The demo uses the cheap key derivation: its data is synthetic and its password public
    // (SiteVault allows it for DEMO site codes only).
    SiteSetup setup{path, code, QStringLiteral("admin"), QStringLiteral("DEMO Administrator"), password(),
                    QStringLiteral("Asia/Shanghai"), KdfCost::fast()};
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

// Realistic synthetic histories: the first twelve patients are on treatment, started on
// different weeks, so every screen of the app has something to show.
Status DemoSite::addHistories(const QString &path, const std::shared_ptr<Clock> &clock)
{
    auto signIn = [&](const QString &user) { return signInToBuild(path, user, clock); };
    auto admin = signIn(QStringLiteral("admin"));
    auto nurse = signIn(QStringLiteral("nurse"));
    auto doctor = signIn(QStringLiteral("doctor"));
    for (auto *r : {&admin, &nurse, &doctor})
        if (!r->ok())
            return r->error();
    Session &adm = **admin, &n = **nurse, &d = **doctor;
    MUCO_TRY(setReferenceRanges(adm));
    const QDate today = Radiotherapy::today(d);
    MUCO_TRY(Radiotherapy::setHoliday(adm, QDate(today.year(), 12, 25), QStringLiteral("DEMO holiday"), true));
    MUCO_TRY(Radiotherapy::setHoliday(adm, QDate(today.year() + 1, 1, 1), QStringLiteral("New Year"), true));
    auto patients = Patients::list(d);
    if (!patients.ok())
        return patients.error();
    QRandomGenerator rng(7);
    // The demo's allocations come from a list generated as the central site would (the demo
    // never syncs, so it plays the central site's part): both arms are shown.
    auto demoList = AllocationSequence::generate(20261125, siteCode(), 12, {2, 4});
    if (!demoList.ok())
        return demoList.error();
    int allocated = 0;
    for (int i = 0; i < 12 && i < patients->size(); ++i) {
        const Patient &p = patients->at(i);
        // Starts from 1 to 8 weeks ago, on a Monday.
        QDate start = today.addDays(-7 * (1 + i % 8));
        start = start.addDays(1 - start.dayOfWeek());
        const QDateTime baseline(start.addDays(-5), QTime(8, 0), QTimeZone::utc());
        MUCO_TRY(recordScreeningLabs(n, p.id, baseline, i));
        RtPlan plan;
        plan.patientId = p.id;
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
        if (!saved.ok())
            return saved.error();

        const QJsonObject form = eligibleScreeningForm(i);
        auto screening = Screenings::save(d, p.id, start.addDays(-3), form);
        if (!screening.ok())
            return screening.error();
        if (screening->outcome != QLatin1String("incomplete")) {
            auto signedScreening = Screenings::sign(d, screening->id, password());
            if (!signedScreening.ok())
                return signedScreening.error();
        }
        bool experimental = false;
        if (auto request = Randomize::check(d, p.id, password()); request.ok()) {
            const ListEntry &e = demoList->at(allocated++);
            auto a = Randomize::recordOnline(d, request.value(), {{QStringLiteral("stratum"), e.stratum}, {QStringLiteral("sequence"), e.sequence},
                                                                  {QStringLiteral("arm"), e.arm},
                                                                  {QStringLiteral("allocated_utc"), isoUtc(QDateTime(start.addDays(-2), QTime(2, 0), QTimeZone::utc()))}});
            if (!a.ok())
                return a.error();
            experimental = a->arm == Randomizations::experimental();
        }

        // Fractions Mon-Fri from the start until yesterday, one missed day for every third patient.
        QByteArray csv = "date,fraction,dose\n";
        int number = 0;
        QDate missed, lastFraction;
        for (QDate day = start; day < today && number < 35; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5 || (day.month() == 12 && day.day() == 25))
                continue;
            if (i % 3 == 0 && !missed.isValid() && number == 7) {
                missed = day;
                continue;
            }
            csv += QStringLiteral("%1,%2,2.0\n").arg(day.toString(Qt::ISODate)).arg(++number).toUtf8();
            lastFraction = day;
        }
        auto imported = Radiotherapy::importCsv(n, p.id, csv);
        if (!imported.ok())
            return imported.error();
        if (missed.isValid())
            (void)Radiotherapy::record(n, p.id, missed, FractionStatus::Missed, std::nullopt, QStringLiteral("DEMO: transport strike"));

        // Graded visits on the protocol's days (resources/protocol, "schedule"): baseline the day
        // before the first fraction, weekly from the first fraction while it lasts, and at its end; mucositis
        // worsens with dose, more in some patients. One weekly visit is left out (patient 6's
        // second week), so the overdue lists have something true to show.
        const auto grade = [&](const QDate &visit, int severity) -> Status {
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
            auto a = Assessments::record(d, p.id, visit, e, pro);
            if (!a.ok())
                return a.error();
            auto signedA = Assessments::sign(d, a->id, password());
            return signedA.ok() ? Status() : Status(signedA.error());
        };
        MUCO_TRY(grade(start.addDays(-1), 0));   // randomized two days before the start, graded the day after
        const bool completed = number == 35 && lastFraction < today;
        QDate lastVisit;
        int severity = 0;
        for (int week = 1; start.addDays(7 * week) < today && (!completed || start.addDays(7 * week) <= lastFraction); ++week) {
            severity = std::min(4, week * (1 + i % 3) / 2);
            lastVisit = start.addDays(7 * week);
            if (i == 5 && week == 2)
                continue;
            MUCO_TRY(grade(lastVisit, severity));
        }
        // End of radiotherapy: its window is the last fraction's day, one before, three after.
        if (completed && !(lastVisit.isValid() && lastVisit >= lastFraction.addDays(-1)))
            MUCO_TRY(grade(lastFraction, severity));

        // The spray diary (experimental arm only): most doses taken.
        QList<DoseMark> diary;
        for (QDate day = start; day <= today && experimental; day = day.addDays(1))
            for (const QString &slot : StudyDrug::doseSlots())
                if (rng.bounded(10) != 0)
                    diary.append({day, slot, true});
        if (!diary.isEmpty())
            MUCO_TRY(StudyDrug::setTakenMany(n, p.id, diary));
    }
    // One screen failure for the screening log: previous head and neck radiotherapy (E1).
    if (patients->size() > 12) {
        QJsonObject form{{QStringLiteral("malignancy_confirmed"), true}, {QStringLiteral("prior_head_neck_radiotherapy"), true},
                         {QStringLiteral("informed_consent_signed"), true}, {QStringLiteral("ecog"), 1}};
        auto failed = Screenings::save(d, patients->at(12).id, today.addDays(-2), form);
        if (!failed.ok())
            return failed.error();
        auto signedFailure = Screenings::sign(d, failed->id, password());
        if (!signedFailure.ok())
            return signedFailure.error();
    }
    return {};
}

} // namespace muco
