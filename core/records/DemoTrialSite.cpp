#include "records/DemoTrialSite.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "records/StudyDrug.h"
#include "security/Session.h"
#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoTrialSite)
};

constexpr int kFractions = 35;   // 70 Gy in 2 Gy fractions, Monday to Friday

QDateTime at(const QDate &day, int hourUtc, int minute = 0)
{
    // The sites are in Asia/Shanghai (UTC+8): 01:00 to 10:00 UTC is the clinic's working day.
    return QDateTime(day, QTime(hourUtc, minute), QTimeZone::utc());
}

struct Event {
    QDateTime when;
    int patient = 0;
    int order = 0;
    std::function<Status()> run;
};

struct Sessions {
    Session *admin = nullptr;
    Session *coord = nullptr;
    Session *nurse = nullptr;
    Session *doctor = nullptr;
};

// What happens to one patient, drawn before anything is written; the arm is known only once
// the central site has allocated it, so what depends on it is drawn as a number here and
// read against the arm when the visit is written.
struct Story {
    int index = 0;
    QDate screening;
    int failedCriterion = -1;   // >= 0: a screen failure, which one
    QDate rtStart;
    bool chemo = false;
    double susceptibility = 0;  // uniform draw: the worst grade, by arm
    int onsetGy = 8;            // mucositis shows from about this dose on (4 to 15 Gy)
    QList<std::pair<QDate, FractionStatus>> calendar;   // every treatment day used
    QDate rtEnd;
    QDate withdrawal;           // valid: withdrawn on that day
    QString withdrawalReason;
    QList<std::pair<QDate, QString>> visits;   // date, kind (baseline, weekly, rt_end, follow_up)
    QDate followUp;
    // Filled as the story is written.
    QString patientId;
    bool experimental = false;
    QRandomGenerator rng;
};

const QList<std::pair<QDate, QString>> &holidays()
{
    // Chinese public holidays over the demo's calendar: no radiotherapy on these days.
    static const QList<std::pair<QDate, QString>> days = [] {
        QList<std::pair<QDate, QString>> d;
        for (int i = 1; i <= 7; ++i)
            d.append({QDate(2025, 10, i), QStringLiteral("DEMO National Day")});
        d.append({QDate(2026, 1, 1), QStringLiteral("DEMO New Year")});
        for (int i = 16; i <= 22; ++i)
            d.append({QDate(2026, 2, i), QStringLiteral("DEMO Spring Festival")});
        for (int i = 1; i <= 5; ++i)
            d.append({QDate(2026, 5, i), QStringLiteral("DEMO Labour Day")});
        d.append({QDate(2026, 6, 19), QStringLiteral("DEMO Dragon Boat Festival")});
        return d;
    }();
    return days;
}

bool isHoliday(const QDate &day)
{
    return std::any_of(holidays().cbegin(), holidays().cend(), [&](const auto &h) { return h.first == day; });
}

QDate nextWorkday(QDate day)
{
    while (day.dayOfWeek() > 5 || isHoliday(day))
        day = day.addDays(1);
    return day;
}

// Worst WHO grade over the course: the spray lowers the risk of grade >= 3 (about 50% in the
// control arm, 30% with the spray, as the trial's hypothesis), concurrent chemotherapy raises it.
int worstGrade(double u, bool experimental, bool chemo)
{
    const double v = std::min(0.999, u + (chemo ? 0.08 : 0.0));
    const double g1 = experimental ? 0.12 : 0.06, g2 = experimental ? 0.70 : 0.50, g3 = experimental ? 0.95 : 0.88;
    return v < g1 ? 1 : v < g2 ? 2 : v < g3 ? 3 : 4;
}

// The grade at a visit: rises with the cumulative dose (first signs between 14 and 25 Gy by
// the patient, one grade per 10 Gy) up to the patient's worst, which lasts to the end of
// radiotherapy, then heals.
int gradeAt(const Story &s, const QString &kind, const QDate &day, int worst)
{
    if (kind == QLatin1String("baseline"))
        return 0;
    if (kind == QLatin1String("follow_up"))
        return worst >= 4 ? 1 : 0;
    int delivered = 0;
    for (const auto &[d, status] : s.calendar)
        if (d <= day && status == FractionStatus::Delivered)
            ++delivered;
    const int gy = 2 * delivered;
    if (kind == QLatin1String("rt_end"))
        return gy >= 50 ? worst : std::min(worst, std::max(0, (gy - s.onsetGy) / 10));
    return std::clamp((gy - s.onsetGy) / 10, 0, worst);
}

Story drawStory(const DemoTrialSiteOptions &o, int i)
{
    Story s;
    const quint32 seeds[] = {static_cast<quint32>(o.seed), static_cast<quint32>(o.seed >> 32), static_cast<quint32>(o.siteIndex),
                             static_cast<quint32>(i)};
    s.rng = QRandomGenerator(seeds, 4);
    QRandomGenerator &rng = s.rng;
    s.index = i;
    s.screening = nextWorkday(o.firstScreening.addDays(i * o.recruitmentDays / std::max(1, o.screened) + static_cast<int>(rng.bounded(3))));
    if (rng.generateDouble() < 0.13) {
        s.failedCriterion = static_cast<int>(rng.bounded(6));
        return s;
    }
    s.rtStart = s.screening.addDays(4);
    while (s.rtStart.dayOfWeek() != 1)
        s.rtStart = s.rtStart.addDays(1);
    s.rtStart = nextWorkday(s.rtStart);
    s.chemo = rng.generateDouble() < 0.6;
    s.susceptibility = rng.generateDouble();
    s.onsetGy = 4 + static_cast<int>(rng.bounded(12));
    const double w = rng.generateDouble();
    if (w < 0.02) {
        s.withdrawal = s.screening.addDays(2);
        s.withdrawalReason = QStringLiteral("DEMO: withdrew consent before radiotherapy");
        return s;
    }
    if (w < 0.06) {
        s.withdrawal = s.rtStart.addDays(7 * (2 + static_cast<int>(rng.bounded(3))) + 2);
        s.withdrawalReason = QStringLiteral("DEMO: moved to a hospital nearer home");
    }
    // Treatment days: one missed day for about a third, a machine fault for some.
    const int missedAt = rng.generateDouble() < 0.3 ? 5 + static_cast<int>(rng.bounded(25)) : -1;
    const int heldAt = rng.generateDouble() < 0.08 ? 3 + static_cast<int>(rng.bounded(28)) : -1;
    int delivered = 0;
    bool missedDone = false, heldDone = false;
    for (QDate day = s.rtStart; delivered < kFractions; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || isHoliday(day))
            continue;
        if (s.withdrawal.isValid() && day >= s.withdrawal)
            break;
        if (!missedDone && delivered == missedAt) {
            missedDone = true;
            s.calendar.append({day, FractionStatus::Missed});
            continue;
        }
        if (!heldDone && delivered == heldAt) {
            heldDone = true;
            s.calendar.append({day, FractionStatus::Held});
            continue;
        }
        s.calendar.append({day, FractionStatus::Delivered});
        ++delivered;
        s.rtEnd = day;
    }
    // Visits by the protocol's schedule (resources/protocol): baseline on the first day,
    // weekly on day 7, 14, ... (a few late, out of the +-2 day window, a few missed), at the end
    // of radiotherapy and four weeks later.
    s.visits.append({s.rtStart, QStringLiteral("baseline")});
    for (QDate due = s.rtStart.addDays(7); due <= s.rtEnd; due = due.addDays(7)) {
        const double r = rng.generateDouble();
        if (r < 0.04)
            continue;
        s.visits.append({r < 0.10 ? due.addDays(3) : due, QStringLiteral("weekly")});
    }
    if (s.withdrawal.isValid()) {
        QList<std::pair<QDate, QString>> kept;
        for (const auto &v : s.visits)
            if (v.first < s.withdrawal)
                kept.append(v);
        s.visits = kept;
        return s;
    }
    if (s.visits.last().first < s.rtEnd)
        s.visits.append({s.rtEnd.addDays(static_cast<int>(rng.bounded(2))), QStringLiteral("rt_end")});
    s.followUp = s.rtEnd.addDays(25 + static_cast<int>(rng.bounded(7)));
    s.visits.append({s.followUp, QStringLiteral("follow_up")});
    return s;
}

QJsonObject failedForm(int criterion, int i)
{
    QJsonObject form = DemoSite::eligibleScreeningForm(i);
    switch (criterion) {
    case 0: form.insert(QStringLiteral("prior_head_neck_radiotherapy"), true); break;
    case 1: form.insert(QStringLiteral("active_oral_infection"), true); break;
    case 2: form.insert(QStringLiteral("severe_periodontal_disease"), true); break;
    case 3: form.insert(QStringLiteral("ecog"), 3); break;
    case 4: form.insert(QStringLiteral("oral_mucosa_intact"), false); break;
    default: form.insert(QStringLiteral("informed_consent_signed"), false); break;
    }
    return form;
}

Status confirmMucositisDrafts(Session &doctor, Story &s, const QString &assessmentId)
{
    auto events = AdverseEvents::list(doctor, s.patientId);
    if (!events.ok())
        return events.error();
    for (AdverseEvent e : events.value()) {
        if (e.state != QLatin1String("draft") || e.sourceAssessment != assessmentId)
            continue;
        e.state = QStringLiteral("confirmed");
        e.relation = s.experimental ? QStringLiteral("unlikely") : QStringLiteral("unrelated");
        e.outcome = QStringLiteral("not_recovered");
        auto saved = AdverseEvents::save(doctor, e, QStringLiteral("DEMO: confirmed at the visit"));
        if (!saved.ok())
            return saved.error();
    }
    return {};
}

// At follow-up: mucositis has healed, most other events resolved a few weeks after they
// began; a dry mouth often stays.
Status resolveAdverseEvents(Session &doctor, Story &s, const QDate &day)
{
    auto events = AdverseEvents::list(doctor, s.patientId);
    if (!events.ok())
        return events.error();
    for (AdverseEvent e : events.value()) {
        if (e.resolution.isValid() || (e.outcome == QLatin1String("not_recovered") && e.term == QLatin1String("Dry mouth")))
            continue;
        e.state = QStringLiteral("confirmed");
        if (e.term == QLatin1String("Dry mouth") && s.rng.bounded(2) == 0) {
            e.outcome = QStringLiteral("not_recovered");
        } else {
            e.resolution = e.term == QLatin1String("Mucositis oral") ? day : std::min(day, e.onset.addDays(7 + static_cast<int>(s.rng.bounded(28))));
            e.outcome = QStringLiteral("recovered");
        }
        auto saved = AdverseEvents::save(doctor, e, QStringLiteral("DEMO: outcome at follow-up"));
        if (!saved.ok())
            return saved.error();
    }
    return {};
}

// Other adverse events of head and neck chemoradiotherapy, by CTCAE v5.0 term.
Status otherAdverseEvents(Session &doctor, Story &s, const QDate &onset)
{
    struct Kind { const char *term; double chance; int maxGrade; bool chemoOnly; };
    static const Kind kinds[] = {{"Dermatitis radiation", 0.55, 3, false}, {"Dry mouth", 0.45, 2, false}, {"Dysgeusia", 0.35, 2, false},
                                 {"Dysphagia", 0.25, 3, false}, {"Fatigue", 0.3, 2, false}, {"Weight loss", 0.2, 2, false},
                                 {"Nausea", 0.4, 2, true}, {"Febrile neutropenia", 0.05, 3, true}, {"Lung infection", 0.02, 3, false}};
    for (const Kind &k : kinds) {
        if ((k.chemoOnly && !s.chemo) || s.rng.generateDouble() >= k.chance)
            continue;
        AdverseEvent e;
        e.patientId = s.patientId;
        e.term = QString::fromLatin1(k.term);
        const QString term = e.term;
        e.grade = term == QLatin1String("Febrile neutropenia") || term == QLatin1String("Lung infection")
                      ? 3 : 1 + static_cast<int>(s.rng.bounded(k.maxGrade));
        e.serious = term == QLatin1String("Febrile neutropenia") || term == QLatin1String("Lung infection");
        e.onset = onset.addDays(-static_cast<int>(s.rng.bounded(4)));
        e.relation = s.experimental && !e.serious ? QStringLiteral("unlikely") : QStringLiteral("unrelated");
        e.action = QStringLiteral("none");
        e.outcome = QStringLiteral("recovering");
        e.state = QStringLiteral("confirmed");
        auto saved = AdverseEvents::save(doctor, e);
        if (!saved.ok())
            return saved.error();
    }
    return {};
}

} // namespace

Exam DemoTrialSite::examForWhoGrade(int grade, bool milder)
{
    Exam e;
    if (grade <= 0)
        return e;
    e.sorenessReported = true;
    e.erythemaSeen = true;
    e.appearance = grade >= 3 ? MucosaAppearance::ConfluentPseudomembranes
                 : grade == 2 ? MucosaAppearance::PatchyPseudomembranes : MucosaAppearance::Erythema;
    e.diet = grade >= 4 ? DietTolerated::NothingByMouth : grade == 3 ? DietTolerated::LiquidOnly
           : grade == 2 ? DietTolerated::SoftOrModified : DietTolerated::NormalSolid;
    e.pain = static_cast<Severity>(std::min(3, grade));
    e.analgesia = grade >= 3 ? Analgesia::Narcotic : grade == 2 ? Analgesia::NonNarcotic : Analgesia::None;
    if (milder && grade == 3) {
        // Ulcers and liquids only (WHO 3, CTCAE 3), but patchy and with moderate pain: RTOG 2.
        e.appearance = MucosaAppearance::PatchyPseudomembranes;
        e.pain = Severity::Moderate;
        e.analgesia = Analgesia::NonNarcotic;
    }
    // All nine sites examined; those not named score 0. Ulceration from grade 2 (WHO: ulcers).
    e.omas.insert(OmasSite::LeftCheek, {std::min(3, grade - 1), std::min(2, grade)});
    e.omas.insert(OmasSite::RightCheek, {std::max(0, grade - 2), 1});
    if (grade >= 3)
        e.omas.insert(OmasSite::SoftPalate, {grade - 2, 2});
    return e;
}

Result<DemoTrialSiteSummary> DemoTrialSite::build(const DemoTrialSiteOptions &o)
{
    o.clock->set(at(o.firstScreening.addDays(-14), 1));
    MUCO_TRY(DemoSite::createSite(o.path, o.siteCode, o.clock));
    auto admin = DemoSite::signInToBuild(o.path, QStringLiteral("admin"), o.clock);
    auto coord = DemoSite::signInToBuild(o.path, QStringLiteral("coord"), o.clock);
    auto nurse = DemoSite::signInToBuild(o.path, QStringLiteral("nurse"), o.clock);
    auto doctor = DemoSite::signInToBuild(o.path, QStringLiteral("doctor"), o.clock);
    for (auto *r : {&admin, &coord, &nurse, &doctor})
        if (!r->ok())
            return r->error();
    Session &adm = **admin, &c = **coord, &n = **nurse, &d = **doctor;
    MUCO_TRY(DemoSite::setReferenceRanges(adm));
    for (const auto &[day, name] : holidays())
        MUCO_TRY(Radiotherapy::setHoliday(adm, day, name, true));
    if (o.connect)
        MUCO_TRY(o.connect(adm));

    DemoTrialSiteSummary summary;
    std::vector<std::unique_ptr<Story>> stories;
    QList<Event> events;
    const QString password = DemoSite::password();
    for (int i = 0; i < o.screened; ++i) {
        stories.push_back(std::make_unique<Story>(drawStory(o, i)));
        Story &s = *stories.back();
        int order = 0;
        auto add = [&](const QDateTime &when, std::function<Status()> run) { events.append({when, i, order++, std::move(run)}); };
        ++summary.screened;
        add(at(s.screening, 1), [&s, &c] {
            auto p = Patients::add(c, DemoSite::syntheticPatient(s.rng, s.screening, s.index));
            if (!p.ok())
                return Status(p.error());
            s.patientId = p->id;
            return Status();
        });
        add(at(s.screening, 1, 30), [&s, &n] { return DemoSite::recordScreeningLabs(n, s.patientId, at(s.screening, 1, 15), s.index); });
        if (s.failedCriterion >= 0) {
            ++summary.screenFailures;
            add(at(s.screening, 3), [&s, &d, password] {
                auto screening = Screenings::save(d, s.patientId, s.screening, failedForm(s.failedCriterion, s.index));
                if (!screening.ok())
                    return Status(screening.error());
                auto signedScreening = Screenings::sign(d, screening->id, password);
                return signedScreening.ok() ? Status() : Status(signedScreening.error());
            });
            summary.lastEvent = std::max(summary.lastEvent, s.screening);
            continue;
        }
        ++summary.randomized;
        add(at(s.screening, 2), [&s, &d] {
            RtPlan plan;
            plan.patientId = s.patientId;
            plan.totalDoseGy = Decimal(2 * kFractions);
            plan.fractions = kFractions;
            plan.dosePerFractionGy = Decimal(2);
            plan.technique = QStringLiteral("VMAT");
            plan.startDate = s.rtStart;
            plan.oralCavity = true;
            plan.oropharynx = s.index % 2 == 0;
            plan.concurrentChemo = s.chemo;
            plan.chemoAgent = s.chemo ? QStringLiteral("cisplatin") : QString();
            auto saved = Radiotherapy::savePlan(d, plan);
            return saved.ok() ? Status() : Status(saved.error());
        });
        add(at(s.screening, 3), [&s, &d, password] {
            auto screening = Screenings::save(d, s.patientId, s.screening, DemoSite::eligibleScreeningForm(s.index));
            if (!screening.ok())
                return Status(screening.error());
            if (screening->outcome != QLatin1String("eligible"))
                return Status(Error::invalid(QStringLiteral("screening"), Tr::tr("the DEMO patient %1 is %2, not eligible").arg(s.index).arg(screening->outcome)));
            auto signedScreening = Screenings::sign(d, screening->id, password);
            return signedScreening.ok() ? Status() : Status(signedScreening.error());
        });
        add(at(s.screening.addDays(1), 2), [&s, &c, &o] {
            auto a = o.randomize(c, s.patientId);
            if (!a.ok())
                return Status(a.error());
            s.experimental = a->arm == Randomizations::experimental();
            return Status();
        });
        if (s.withdrawal.isValid()) {
            ++summary.withdrawn;
            add(at(s.withdrawal, 8), [&s, &c] {
                auto w = Patients::setStatus(c, s.patientId, QStringLiteral("withdrawn"), s.withdrawal, s.withdrawalReason);
                return w.ok() ? Status() : Status(w.error());
            });
            summary.lastEvent = std::max(summary.lastEvent, s.withdrawal);
        }
        // The week's fractions from the radiotherapy system every Friday (or the last day),
        // with the study-drug diary of the experimental arm.
        for (int k = 0; k < s.calendar.size();) {
            int last = k;
            while (last + 1 < s.calendar.size() && s.calendar[last + 1].first.weekNumber() == s.calendar[k].first.weekNumber())
                ++last;
            const QDate day = s.calendar[last].first;
            add(at(day, 9), [&s, &n, k, last] {
                QByteArray csv = "date,fraction,dose\n";
                int number = 0;
                for (int j = 0; j < k; ++j)
                    number += s.calendar[j].second == FractionStatus::Delivered ? 1 : 0;
                for (int j = k; j <= last; ++j) {
                    const auto &[date, status] = s.calendar[j];
                    if (status == FractionStatus::Delivered) {
                        csv += QStringLiteral("%1,%2,2.0\n").arg(date.toString(Qt::ISODate)).arg(++number).toUtf8();
                        continue;
                    }
                    const QString why = status == FractionStatus::Missed ? QStringLiteral("DEMO: patient unwell, did not attend")
                                                                         : QStringLiteral("DEMO: linear accelerator out of service");
                    auto r = Radiotherapy::record(n, s.patientId, date, status, std::nullopt, why);
                    if (!r.ok())
                        return Status(r.error());
                }
                auto imported = Radiotherapy::importCsv(n, s.patientId, csv);
                if (!imported.ok())
                    return Status(imported.error());
                if (!s.experimental)
                    return Status();
                QList<DoseMark> diary;
                // Every day since the last diary was copied (weekends too), to this Friday.
                for (QDate diaryDay = k == 0 ? s.rtStart : s.calendar[k - 1].first.addDays(1); diaryDay <= s.calendar[last].first; diaryDay = diaryDay.addDays(1))
                    for (const QString &slot : StudyDrug::doseSlots())
                        diary.append({diaryDay, slot, s.rng.bounded(12) != 0});   // a dose missed is recorded as not taken
                return diary.isEmpty() ? Status() : StudyDrug::setTakenMany(n, s.patientId, diary);
            });
            k = last + 1;
        }
        int visitNumber = 0;
        for (const auto &[day, kind] : s.visits) {
            const QDate visitDay = day;
            const QString visitKind = kind;
            const bool aeVisit = ++visitNumber == 4;
            add(at(visitDay, 6), [&s, &d, visitDay, visitKind, aeVisit, password]() -> Status {
                const int grade = gradeAt(s, visitKind, visitDay, worstGrade(s.susceptibility, s.experimental, s.chemo));
                const ProCtcaeMouthSores pro{std::min(4, grade), std::max(0, grade - 1)};
                auto a = Assessments::record(d, s.patientId, visitDay, examForWhoGrade(grade, s.rng.bounded(4) == 0), pro);
                if (!a.ok())
                    return Status(a.error());
                auto signedA = Assessments::sign(d, a->id, password);
                if (!signedA.ok())
                    return Status(signedA.error());
                MUCO_TRY(confirmMucositisDrafts(d, s, a->id));
                if (visitKind == QLatin1String("follow_up"))
                    MUCO_TRY(resolveAdverseEvents(d, s, visitDay));
                return aeVisit ? otherAdverseEvents(d, s, visitDay) : Status();
            });
        }
        if (s.followUp.isValid()) {
            ++summary.completed;
            add(at(s.followUp, 8), [&s, &c] {
                auto done = Patients::setStatus(c, s.patientId, QStringLiteral("completed"), s.followUp, QStringLiteral("DEMO: follow-up complete"));
                return done.ok() ? Status() : Status(done.error());
            });
            summary.lastEvent = std::max(summary.lastEvent, s.followUp);
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.when, a.patient, a.order) < std::tie(b.when, b.patient, b.order);
    });
    for (const Event &e : events) {
        o.clock->set(e.when);
        if (const Status s = e.run(); !s.ok())
            return s.error();
    }
    return summary;
}

} // namespace muco
