#include "records/AdverseEvents.h"
#include "clinical/CtcaeTerms.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AdverseEvents)
};

QVariantMap fields(const AdverseEvent &e)
{
    return {{QStringLiteral("patient_id"), e.patientId},
            {QStringLiteral("term"), e.term.trimmed()},
            {QStringLiteral("term_specify"), e.termSpecify.trimmed()},
            {QStringLiteral("meddra_code"), e.meddraCode},
            {QStringLiteral("ctcae_version"), e.ctcaeVersion},
            {QStringLiteral("grade"), e.grade},
            {QStringLiteral("onset_date"), e.onset.toString(Qt::ISODate)},
            {QStringLiteral("resolution_date"), e.resolution.isValid() ? QVariant(e.resolution.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("serious"), e.serious ? 1 : 0},
            {QStringLiteral("relation"), e.relation},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("source_assessment"), e.sourceAssessment.isEmpty() ? QVariant() : QVariant(e.sourceAssessment)}};
}

// The event as it is stored: the term in the list's own spelling, its MedDRA code and the
// CTCAE version, taken from the list (never from the caller).
Result<AdverseEvent> checked(const AdverseEvent &in)
{
    AdverseEvent e = in;
    if (e.term.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("term"), Tr::tr("name the adverse event (CTCAE term)"));
    const CtcaeTerm *term = CtcaeTerms::find(e.term);
    if (!term)
        return Error::invalid(QStringLiteral("term"), Tr::tr("\"%1\" is not a CTCAE v5.0 term; choose one from the list, or "
                                                             "\"<organ class> - Other, specify\" and describe it").arg(e.term.trimmed()));
    e.term = term->term;
    e.meddraCode = term->meddraCode;
    e.ctcaeVersion = CtcaeTerms::version();
    if (!term->isOtherSpecify())
        e.termSpecify.clear();
    else if (e.termSpecify.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("term_specify"), Tr::tr("describe the event: \"%1\" needs your words").arg(term->term));
    if (e.grade < 1 || e.grade > 5)
        return Error::invalid(QStringLiteral("grade"), Tr::tr("a CTCAE grade is 1 to 5"));
    if (!term->hasGrade(e.grade))
        return Error::invalid(QStringLiteral("grade"), Tr::tr("CTCAE v5.0 has no grade %1 for %2").arg(e.grade).arg(term->term));
    if (!e.onset.isValid())
        return Error::invalid(QStringLiteral("onset_date"), Tr::tr("the onset date is required"));
    if (e.resolution.isValid() && e.resolution < e.onset)
        return Error::invalid(QStringLiteral("resolution_date"), Tr::tr("resolution cannot come before onset"));
    if (!AdverseEvents::relations().contains(e.relation))
        return Error::invalid(QStringLiteral("relation"), Tr::tr("choose the relation to the study drug"));
    if (!AdverseEvents::actions().contains(e.action))
        return Error::invalid(QStringLiteral("action"), Tr::tr("choose the action taken"));
    if (!AdverseEvents::outcomes().contains(e.outcome))
        return Error::invalid(QStringLiteral("outcome"), Tr::tr("choose the outcome"));
    if (e.grade == 5 && e.outcome != QLatin1String("fatal"))
        return Error::invalid(QStringLiteral("outcome"), Tr::tr("a grade 5 event has the outcome fatal"));
    return e;
}
} // namespace

const TableSpec &AdverseEvents::table()
{
    static const TableSpec spec{QStringLiteral("adverse_events"),
                                {QStringLiteral("patient_id"), QStringLiteral("term"), QStringLiteral("term_specify"),
                                 QStringLiteral("meddra_code"), QStringLiteral("ctcae_version"), QStringLiteral("grade"),
                                 QStringLiteral("onset_date"), QStringLiteral("resolution_date"), QStringLiteral("serious"),
                                 QStringLiteral("relation"), QStringLiteral("action"), QStringLiteral("outcome"),
                                 QStringLiteral("state"), QStringLiteral("source_assessment")}};
    return spec;
}

QStringList AdverseEvents::relations()
{
    return {QStringLiteral("unrelated"), QStringLiteral("unlikely"), QStringLiteral("possible"), QStringLiteral("probable"), QStringLiteral("definite")};
}
QStringList AdverseEvents::actions()
{
    return {QStringLiteral("none"), QStringLiteral("dose_reduced"), QStringLiteral("interrupted"), QStringLiteral("withdrawn")};
}
QStringList AdverseEvents::outcomes()
{
    return {QStringLiteral("recovering"), QStringLiteral("recovered"), QStringLiteral("recovered_with_sequelae"),
            QStringLiteral("not_recovered"), QStringLiteral("fatal"), QStringLiteral("unknown")};
}

Result<QList<AdverseEvent>> AdverseEvents::list(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(), QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("onset_date, id"));
    if (!rows.ok())
        return rows.error();
    QList<AdverseEvent> out;
    for (const QVariantMap &m : rows.value()) {
        AdverseEvent e;
        e.id = m.value(QStringLiteral("id")).toString();
        e.patientId = patientId;
        e.term = m.value(QStringLiteral("term")).toString();
        e.termSpecify = m.value(QStringLiteral("term_specify")).toString();
        e.meddraCode = m.value(QStringLiteral("meddra_code")).toString();
        e.ctcaeVersion = m.value(QStringLiteral("ctcae_version")).toString();
        e.grade = m.value(QStringLiteral("grade")).toInt();
        e.onset = QDate::fromString(m.value(QStringLiteral("onset_date")).toString(), Qt::ISODate);
        e.resolution = QDate::fromString(m.value(QStringLiteral("resolution_date")).toString(), Qt::ISODate);
        e.serious = m.value(QStringLiteral("serious")).toInt() != 0;
        e.relation = m.value(QStringLiteral("relation")).toString();
        e.action = m.value(QStringLiteral("action")).toString();
        e.outcome = m.value(QStringLiteral("outcome")).toString();
        e.state = m.value(QStringLiteral("state")).toString();
        e.sourceAssessment = m.value(QStringLiteral("source_assessment")).toString();
        e.version = m.value(QStringLiteral("version")).toInt();
        out.append(e);
    }
    return out;
}

Result<AdverseEvent> AdverseEvents::save(Session &s, const AdverseEvent &event, const QString &reason)
{
    MUCO_TRY(s.require(Permission::ManageAdverseEvents));
    MUCO_READ(e, checked(event));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    RecordWrite w{&table(), e.id, fields(e), reason};
    auto out = e.id.isEmpty() ? RecordStore::create(s, w) : RecordStore::update(s, w);
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    AdverseEvent saved = e;
    saved.id = out->id;
    saved.version = out->version;
    return saved;
}

Result<QString> AdverseEvents::draftFromAssessment(Session &s, const QString &patientId, const QString &assessmentId,
                                                   int ctcaeGrade, const QDate &onset)
{
    AdverseEvent e;
    e.patientId = patientId;
    e.term = QStringLiteral("Mucositis oral");
    // The CTCAE grade that was derived, not a floor of 3: a CTCAE 1 is drafted as grade 1,
    // and the investigator confirms or changes it. An AE has a grade of at least 1.
    e.grade = std::clamp(ctcaeGrade, 1, 5);
    // One event while it lasts: a mucositis event (drafted or confirmed) at this grade or above
    // that the visit falls within, from its onset to its resolution or still ongoing, records
    // it already. Each severe visit drafted one more: a monitor's walkthrough found four drafts
    // of one ongoing grade 3, a week apart. A worse grade is drafted anew, for the investigator
    // to judge; so is a visit before an event's onset (signed late: the investigator decides
    // whether it began earlier).
    MUCO_READ(events, list(s, patientId));
    for (const AdverseEvent &held : events)
        if (held.term == e.term && held.grade >= e.grade && held.onset <= onset && (!held.resolution.isValid() || onset <= held.resolution))
            return held.id;
    e.onset = onset;
    // Relation to the study drug: a patient who receives none (the control arm, or not yet
    // randomized) has nothing for it to be related to; on the spray, radiotherapy's mucositis is
    // drafted as unlikely to be the spray's, for the investigator to judge.
    MUCO_READ(allocation, Randomizations::forPatient(s.db(), patientId));
    e.relation = allocation && allocation->arm == Randomizations::experimental() ? QStringLiteral("unlikely") : QStringLiteral("unrelated");
    e.action = QStringLiteral("none");
    e.outcome = e.grade == 5 ? QStringLiteral("fatal") : QStringLiteral("not_recovered");
    e.state = QStringLiteral("draft");
    e.sourceAssessment = assessmentId;
    MUCO_READ(stored, checked(e));
    auto out = RecordStore::create(s, {&table(), {}, fields(stored), {}});
    if (!out.ok())
        return out.error();
    return out->id;
}

} // namespace muco
