#include "records/Assessments.h"
#include "clinical/GradingJson.h"
#include "clinical/Protocol.h"
#include "clinical/VisitDates.h"
#include "records/AdverseEvents.h"
#include "records/Patients.h"
#include "records/Screenings.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Assessments)
};

QVariant optionalInt(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }

QVariantMap fields(const Assessment &a)
{
    return {{QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("visit_date"), a.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("fraction_number"), a.fractionNumber},
            {QStringLiteral("cumulative_dose_gy"), a.cumulativeDoseGy.toString()},
            {QStringLiteral("findings"), QString::fromUtf8(QJsonDocument(findingsToJson(a.findings)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("exam"), QString::fromUtf8(QJsonDocument(examToJson(a.exam)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("omas_sites_scored"), a.omas.sitesScored},
            {QStringLiteral("omas_ulceration_total"), a.omas.ulcerationTotal},
            {QStringLiteral("omas_erythema_total"), a.omas.erythemaTotal},
            {QStringLiteral("who_grade"), a.who.grade},
            {QStringLiteral("ctcae_grade"), a.ctcae.grade},
            {QStringLiteral("rtog_grade"), a.rtog.grade},
            {QStringLiteral("omas_total"), a.omas.sitesScored > 0 ? QVariant(a.omas.total) : QVariant()},
            {QStringLiteral("omas_mean"), a.omas.mean ? QVariant(*a.omas.mean) : QVariant()},
            {QStringLiteral("pro_severity"), optionalInt(a.pro.severity)},
            {QStringLiteral("pro_interference"), optionalInt(a.pro.interference)},
            {QStringLiteral("warnings"), a.warnings.isEmpty() ? QVariant() : QVariant(a.warnings.join(QLatin1Char('\n')))},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("supersedes"), a.supersedes.isEmpty() ? QVariant() : QVariant(a.supersedes)},
            {QStringLiteral("correction_reason"), a.correctionReason.isEmpty() ? QVariant() : QVariant(a.correctionReason)}};
}

Status check(Session &s, const Assessment &a)
{
    if (!a.visitDate.isValid())
        return Error::invalid(QStringLiteral("visit_date"), Tr::tr("the visit needs a date"));
    if (a.visitDate > Radiotherapy::today(s))
        return Error::invalid(QStringLiteral("visit_date"), Tr::tr("%1 is in the future").arg(a.visitDate.toString(Qt::ISODate)));
    for (const auto &v : {a.pro.severity, a.pro.interference})
        if (v && (*v < 0 || *v > 4))
            return Error::invalid(QStringLiteral("pro_ctcae"), Tr::tr("PRO-CTCAE answers are 0 to 4"));
    for (OmasSite site : omasSites())
        if (const OmasSiteScore sc = a.findings.omas.score(site); sc.ulceration < 0 || sc.ulceration > 3 || sc.erythema < 0 || sc.erythema > 2)
            return Error::invalid(QStringLiteral("omas"), Tr::tr("OMAS ulceration is 0-3 and erythema 0-2"));
    return {};
}

// The fraction number and cumulative dose delivered by the end of the visit date.
Status linkDose(Session &s, Assessment &a)
{
    auto fractions = Radiotherapy::fractions(s, a.patientId);
    if (!fractions.ok())
        return fractions.error();
    a.fractionNumber = 0;
    for (const FractionRecord &f : fractions.value())
        if (f.status == FractionStatus::Delivered && f.date <= a.visitDate)
            a.fractionNumber = std::max(a.fractionNumber, f.number);
    a.cumulativeDoseGy = cumulativeDose(Radiotherapy::doseFractions(fractions.value()), a.visitDate);
    return {};
}

Result<Assessment> fromRow(const QVariantMap &m)
{
    Assessment a;
    a.id = m.value(QStringLiteral("id")).toString();
    a.patientId = m.value(QStringLiteral("patient_id")).toString();
    a.visitDate = QDate::fromString(m.value(QStringLiteral("visit_date")).toString(), Qt::ISODate);
    a.fractionNumber = m.value(QStringLiteral("fraction_number")).toInt();
    a.cumulativeDoseGy = Decimal::parse(m.value(QStringLiteral("cumulative_dose_gy")).toString()).value_or(Decimal());
    auto f = findingsFromStoredJson(QJsonDocument::fromJson(m.value(QStringLiteral("findings")).toString().toUtf8()).object());
    if (!f.ok())
        return f.error();
    a.findings = f.value();
    if (m.value(QStringLiteral("exam")).isNull()) {
        a.exam = examFromFindings(a.findings);   // recorded before the exam was stored
    } else {
        auto exam = examFromJson(QJsonDocument::fromJson(m.value(QStringLiteral("exam")).toString().toUtf8()).object());
        if (!exam.ok())
            return exam.error();
        a.exam = exam.value();
    }
    if (!m.value(QStringLiteral("pro_severity")).isNull())
        a.pro.severity = m.value(QStringLiteral("pro_severity")).toInt();
    if (!m.value(QStringLiteral("pro_interference")).isNull())
        a.pro.interference = m.value(QStringLiteral("pro_interference")).toInt();
    a.state = m.value(QStringLiteral("state")).toString();
    a.signedBy = m.value(QStringLiteral("signed_by")).toString();
    a.signedUtc = QDateTime::fromString(m.value(QStringLiteral("signed_utc")).toString(), Qt::ISODateWithMs);
    a.supersedes = m.value(QStringLiteral("supersedes")).toString();
    a.correctionReason = m.value(QStringLiteral("correction_reason")).toString();
    a.version = m.value(QStringLiteral("version")).toInt();
    // The grades as stored (what was signed), each with its definition; never re-derived.
    auto stored = [&](Scale scale, const char *column) {
        GradeResult r;
        r.scale = scale;
        r.version = scaleVersion(scale);
        r.grade = m.value(QString::fromLatin1(column)).toInt();
        r.label = gradeLabel(scale, r.grade);
        return r;
    };
    a.who = stored(Scale::Who, "who_grade");
    a.ctcae = stored(Scale::Ctcae, "ctcae_grade");
    a.rtog = stored(Scale::Rtog, "rtog_grade");
    const OmasResult fromFindings = scoreOmas(a.findings);   // only for what old records did not store
    auto intOr = [&](const char *column, int fallback) {
        const QVariant v = m.value(QString::fromLatin1(column));
        return v.isNull() ? fallback : v.toInt();
    };
    a.omas.sitesScored = m.value(QStringLiteral("omas_total")).isNull() ? 0 : intOr("omas_sites_scored", fromFindings.sitesScored);
    a.omas.total = intOr("omas_total", 0);
    a.omas.ulcerationTotal = intOr("omas_ulceration_total", fromFindings.ulcerationTotal);
    a.omas.erythemaTotal = intOr("omas_erythema_total", fromFindings.erythemaTotal);
    if (!m.value(QStringLiteral("omas_mean")).isNull())
        a.omas.mean = m.value(QStringLiteral("omas_mean")).toDouble();
    const QString warnings = m.value(QStringLiteral("warnings")).toString();
    a.warnings = warnings.isEmpty() ? QStringList() : warnings.split(QLatin1Char('\n'));
    return a;
}

Result<Assessment> load(Session &s, const QString &id)
{
    auto rows = RecordStore::rows(s, Assessments::table(), QStringLiteral("id = ?"), {id}, {});
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(QStringLiteral("id"), Tr::tr("no assessment has the id %1").arg(id));
    return fromRow(rows->first());
}

} // namespace

const TableSpec &Assessments::table()
{
    static const TableSpec spec{QStringLiteral("assessments"),
                                {QStringLiteral("patient_id"), QStringLiteral("visit_date"), QStringLiteral("fraction_number"),
                                 QStringLiteral("cumulative_dose_gy"), QStringLiteral("findings"), QStringLiteral("who_grade"),
                                 QStringLiteral("ctcae_grade"), QStringLiteral("rtog_grade"), QStringLiteral("omas_total"),
                                 QStringLiteral("omas_mean"), QStringLiteral("pro_severity"), QStringLiteral("pro_interference"),
                                 QStringLiteral("warnings"), QStringLiteral("state"), QStringLiteral("signed_by"),
                                 QStringLiteral("signed_utc"), QStringLiteral("signature_meaning"), QStringLiteral("supersedes"),
                                 QStringLiteral("correction_reason"), QStringLiteral("exam"), QStringLiteral("omas_sites_scored"),
                                 QStringLiteral("omas_ulceration_total"), QStringLiteral("omas_erythema_total"), QStringLiteral("signature")}};
    return spec;
}

QString Assessments::signatureMeaning()
{
    return Tr::tr("I performed this oral mucositis assessment and confirm the findings and grades.");
}

void Assessments::derive(Assessment &a)
{
    a.findings = findingsFromExam(a.exam);
    a.who = gradeWho(a.findings);
    a.ctcae = gradeCtcae(a.findings);
    a.rtog = gradeRtog(a.findings);
    a.omas = scoreOmas(a.findings);
    a.warnings = examWarnings(a.exam) + a.who.warnings + a.ctcae.warnings + a.rtog.warnings + a.omas.warnings;
}

int Assessments::primaryGrade(const Assessment &a)
{
    switch (Protocol::nct07312656().primaryEndpoint.scale) {
    case Scale::Ctcae: return a.ctcae.grade;
    case Scale::Rtog: return a.rtog.grade;
    case Scale::Who:
    case Scale::Omas: break;   // OMAS is refused as an endpoint scale when the protocol loads
    }
    return a.who.grade;
}

bool Assessments::reachesPrimaryEndpoint(const Assessment &a)
{
    return Protocol::nct07312656().primaryEndpoint.reached(primaryGrade(a));
}

bool Assessments::draftsAdverseEvent(const Assessment &a)
{
    return reachesPrimaryEndpoint(a) || a.ctcae.grade >= 3;
}

Status Assessments::checkVisitDate(Session &s, const QString &patientId, const QDate &visitDate)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    VisitDateContext c;
    c.today = Radiotherapy::today(s);
    MUCO_READ(patient, Patients::get(s, patientId));
    c.birthDate = QDate::fromString(patient.birthDate, Qt::ISODate);
    if (patient.status == QLatin1String("withdrawn") || patient.status == QLatin1String("screen_failed")
        || patient.status == QLatin1String("completed"))
        c.participationEnded = QDate::fromString(patient.statusDate, Qt::ISODate);
    MUCO_READ(screenings, Screenings::list(s, patientId));
    for (const Screening &sc : screenings)
        if (sc.assessmentDate.isValid() && (!c.consentDate.isValid() || sc.assessmentDate < c.consentDate))
            c.consentDate = sc.assessmentDate;
    MUCO_READ(plan, Radiotherapy::plan(s, patientId));
    if (plan)
        c.radiotherapyStart = plan->startDate;
    MUCO_READ(window, s.setting(QStringLiteral("baseline_window_days"), QStringLiteral("14")));
    c.baselineWindowDays = std::clamp(window.toInt(), 0, 365);
    return muco::checkVisitDate(visitDate, c);
}

Result<Assessment> Assessments::record(Session &s, const QString &patientId, const QDate &visitDate,
                                       const Exam &exam, const ProCtcaeMouthSores &pro)
{
    MUCO_TRY(s.require(Permission::RecordGrading));
    MUCO_TRY(checkVisitDate(s, patientId, visitDate));
    Assessment a;
    a.patientId = patientId;
    a.visitDate = visitDate;
    a.exam = exam;
    a.pro = pro;
    a.state = QStringLiteral("draft");
    derive(a);
    MUCO_TRY(check(s, a));
    MUCO_TRY(linkDose(s, a));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::create(s, {&table(), {}, fields(a), {}});
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    a.id = out->id;
    a.version = out->version;
    return a;
}

QString Assessments::stateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return Tr::tr("draft");
    if (state == QLatin1String("signed"))
        return Tr::tr("signed");
    if (state == QLatin1String("superseded"))
        return Tr::tr("superseded by a correction");
    return state;
}

Result<Assessment> Assessments::sign(Session &s, const QString &id, const Secret &password)
{
    MUCO_TRY(s.require(Permission::SignGrade));
    MUCO_TRY(s.confirmPassword(password));
    auto a = load(s, id);
    if (!a.ok())
        return a.error();
    if (a->state != QLatin1String("draft"))
        return Error::invalid(QStringLiteral("state"), Tr::tr("this assessment is %1; only a draft can be signed").arg(stateLabel(a->state)));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::sign(s, table(), id, signatureMeaning());
    if (!out.ok())
        return out.error();
    if (draftsAdverseEvent(a.value())) {
        // The CTCAE grade derived and signed; the investigator confirms or changes it.
        auto ae = AdverseEvents::draftFromAssessment(s, a->patientId, id, a->ctcae.grade, a->visitDate);
        if (!ae.ok())
            return ae.error();
    }
    MUCO_TRY(tx.commit());
    return load(s, id);
}

Result<Assessment> Assessments::correct(Session &s, const QString &signedId, const Exam &exam,
                                        const ProCtcaeMouthSores &pro, const QString &reason)
{
    MUCO_TRY(s.require(Permission::RecordGrading));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a correction of a signed assessment needs a reason"));
    auto old = load(s, signedId);
    if (!old.ok())
        return old.error();
    if (old->state != QLatin1String("signed"))
        return Error::invalid(QStringLiteral("state"), Tr::tr("only a signed assessment is corrected; a draft is simply re-recorded"));
    Assessment a = old.value();
    a.id.clear();
    a.exam = exam;
    a.pro = pro;
    a.state = QStringLiteral("draft");
    a.supersedes = signedId;
    a.correctionReason = reason.trimmed();
    derive(a);
    MUCO_TRY(check(s, a));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto superseded = RecordStore::update(s, {&table(), signedId, {{QStringLiteral("state"), QStringLiteral("superseded")}}, reason});
    if (!superseded.ok())
        return superseded.error();
    QVariantMap f = fields(a);
    auto out = RecordStore::create(s, {&table(), {}, f, reason});
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    a.id = out->id;
    a.version = out->version;
    a.signedBy.clear();
    a.signedUtc = {};
    return a;
}

Result<QHash<QString, int>> Assessments::latestWhoGrades(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT patient_id, who_grade FROM assessments WHERE deleted = 0 AND state <> 'superseded'"
                                                " ORDER BY visit_date, modified_utc")));
    QHash<QString, int> grades;
    // Oldest first: the last row of each patient wins.
    MUCO_TRY(st.forEachRow([&](const Statement &row) { grades.insert(row.text(0), static_cast<int>(row.integer(1))); }));
    return grades;
}

Result<std::optional<int>> Assessments::latestWhoGrade(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    // Cached (the patient list asks after each commit of the patient's), reset before returning.
    MUCO_READ(st, s.db().cached(QStringLiteral("SELECT who_grade FROM assessments WHERE deleted = 0 AND state <> 'superseded'"
                                               " AND patient_id = ? ORDER BY visit_date DESC, modified_utc DESC LIMIT 1")));
    st->bind(1, patientId);
    auto found = st->next();
    const std::optional<int> grade = found.ok() && found.value() ? std::optional<int>(static_cast<int>(st->integer(0))) : std::nullopt;
    st->reset();
    if (!found.ok())
        return found.error();
    return grade;
}

Result<QList<Assessment>> Assessments::list(Session &s, const QString &patientId, bool includeSuperseded)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(),
                                  includeSuperseded ? QStringLiteral("patient_id = ?") : QStringLiteral("patient_id = ? AND state <> 'superseded'"),
                                  {patientId}, QStringLiteral("visit_date, modified_utc"));
    if (!rows.ok())
        return rows.error();
    QList<Assessment> out;
    for (const QVariantMap &m : rows.value()) {
        auto a = fromRow(m);
        if (!a.ok())
            return a.error();
        out.append(a.value());
    }
    return out;
}

} // namespace muco
