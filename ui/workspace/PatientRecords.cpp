#include "workspace/PatientRecords.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "workspace/RandomizePanel.h"
#include "clinical/Decimal.h"
#include "clinical/LabUnits.h"
#include "records/Minimisation.h"
#include "records/QueryTargets.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include "security/Session.h"
#include <QCoreApplication>

namespace muco::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(muco::ui::PatientRecords)
};

struct TableView {
    const char *table;
    const char *orderBy;   // a declared column of the table: fixed here, never input; then the id
};

// The workspace's order: who, screening, allocation, grades, radiotherapy, labs, drug, events.
const TableView kTables[] = {
    {"patients", "id"},           {"screenings", "assessment_date"}, {"randomizations", "allocated_utc"},
    {"assessments", "visit_date"}, {"rt_plans", "start_date"},        {"fractions", "number"},
    {"lab_results", "collected_utc"}, {"drug_doses", "date"},         {"adverse_events", "onset_date"},
};

// Bookkeeping a monitor does not query: keys, signatures, provenance, computed warnings.
const QStringList kNotQueryable = {
    QStringLiteral("patient_id"), QStringLiteral("subject_number"), QStringLiteral("signature"),
    QStringLiteral("signature_meaning"), QStringLiteral("supersedes"), QStringLiteral("source_assessment"),
    QStringLiteral("device"), QStringLiteral("warnings"), QStringLiteral("inputs"), QStringLiteral("sequence"),
    QStringLiteral("signed_by"), QStringLiteral("signed_utc"), QStringLiteral("state"), QStringLiteral("source"),
    QStringLiteral("created_utc"), QStringLiteral("findings"),
};

const QStringList kYesNo = {QStringLiteral("taken"), QStringLiteral("serious"), QStringLiteral("concurrent_chemo"),
                            QStringLiteral("oral_cavity"), QStringLiteral("oropharynx")};

// The analyte as the Labs tab names it, in the reader's language (the stored key otherwise).
QString analyteText(const QString &key)
{
    const AnalyteInfo *info = analyteByKey(key);
    return info ? analyteLabel(info->analyte) : key;
}

QString dateOf(const QVariant &v)
{
    const QString text = v.toString();
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? displayDate(d) : text;
}

QString summaryOf(const QString &table, const QVariantMap &m)
{
    QStringList bits{tableLabel(table)};
    auto v = [&](const char *field) { return m.value(QLatin1String(field)); };
    if (table == QLatin1String("patients"))
        bits << v("subject_id").toString();
    else if (table == QLatin1String("screenings"))
        bits << dateOf(v("assessment_date")) << screeningOutcomeLabel(v("outcome").toString());
    else if (table == QLatin1String("randomizations"))
        bits << dateOf(v("allocated_utc"));
    else if (table == QLatin1String("assessments"))
        bits << dateOf(v("visit_date")) << Tr::tr("WHO %1").arg(v("who_grade").toString());
    else if (table == QLatin1String("rt_plans"))
        bits << dateOf(v("start_date")) << Tr::tr("%1 Gy").arg(displayValue(QStringLiteral("total_dose_gy"), v("total_dose_gy")));
    else if (table == QLatin1String("fractions"))   // a missed or held one has no number
        bits << (v("number").isNull() ? fieldValueLabel(QStringLiteral("status"), v("status").toString())
                                      : Tr::tr("No. %1").arg(v("number").toString()))
             << dateOf(v("date"));
    else if (table == QLatin1String("lab_results"))
        bits << analyteText(v("analyte").toString()) << dateOf(v("collected_utc"));
    else if (table == QLatin1String("drug_doses"))
        bits << dateOf(v("date")) << fieldValueLabel(QStringLiteral("slot"), v("slot").toString());
    else if (table == QLatin1String("adverse_events"))
        bits << v("term").toString() << dateOf(v("onset_date"));
    bits.removeAll(QString());
    return bits.join(QStringLiteral(" · "));
}

// A record's values as this session may see them: without identities (a monitor), a birth
// date as its year and a screening's inputs without it, as the patient list shows them.
QVariantMap shownTo(const Session &s, const QString &table, const QVariantMap &values)
{
    return s.seesIdentities() ? values : Minimisation::withoutIdentity(table, values);
}

} // namespace

QList<PatientRecord> patientRecords(Session &s, const QString &patientId)
{
    QList<PatientRecord> out;
    for (const TableView &view : kTables) {
        const QString name = QLatin1String(view.table);
        auto table = QueryTargets::table(name);
        if (!table.ok())
            continue;
        const bool own = name == QLatin1String("patients");
        // A day's doses in meal order: by id, a dinner entered before the lunch came first.
        const QString orderBy = name == StudyDrug::table().name ? StudyDrug::chronologicalOrder()
                                                                : QLatin1String(view.orderBy) + QStringLiteral(", id");
        auto rows = RecordStore::rows(s, *table.value(), own ? QStringLiteral("id = ?") : QStringLiteral("patient_id = ?"), {patientId},
                                      orderBy);
        if (!rows.ok())
            continue;   // a table this session cannot read is left out, not the whole list
        for (const QVariantMap &m : rows.value()) {
            if (m.value(QStringLiteral("state")).toString() == QLatin1String("superseded"))
                continue;   // replaced by its correction: that one is what is asked about
            const QVariantMap shown = shownTo(s, name, m);
            out.append({name, m.value(QStringLiteral("id")).toString(), summaryOf(name, shown), shown});
        }
    }
    return out;
}

PatientRecord patientRecord(Session &s, const QString &table, const QString &id)
{
    auto r = QueryTargets::load(s, table, id);
    if (!r.ok())
        return {};
    const QVariantMap shown = shownTo(s, table, r->values);
    return {table, id, summaryOf(table, shown), shown};
}

QStringList queryableFields(const QString &table)
{
    QStringList out;
    const TableSpec *spec = RecordStore::tableNamed(table);
    if (!spec)
        return out;
    for (const QString &f : spec->fields)
        if (!kNotQueryable.contains(f) && fieldLabel(f) != f)
            out << f;
    return out;
}

QString displayValue(const QString &field, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return Tr::tr("(empty)");
    const QString text = value.toString();
    if (field == QLatin1String("arm"))
        return armLabel(text);
    if (kYesNo.contains(field))
        return text == QLatin1String("1") || text == QLatin1String("true") ? Tr::tr("yes") : Tr::tr("no");
    if (field.endsWith(QLatin1String("_date")) || field == QLatin1String("date"))
        return dateOf(value);
    if (field.endsWith(QLatin1String("_gy")) || field == QLatin1String("volume_ml") || field == QLatin1String("value")) {
        if (const auto d = Decimal::parse(text))
            return displayNumber(*d);   // exact, with the locale's decimal point
    }
    return fieldValueLabel(field, text);
}

QString displayValue(const PatientRecord &record, const QString &field, const QVariant &value)
{
    const QString shown = displayValue(field, value);
    if (value.isNull() || value.toString().isEmpty())
        return shown;
    QString unit;
    if (record.table == QLatin1String("lab_results") && field == QLatin1String("value"))
        unit = record.values.value(QStringLiteral("unit")).toString();
    else if (record.table == QLatin1String("lab_results") && field == QLatin1String("si_value")) {
        if (const AnalyteInfo *info = analyteByKey(record.values.value(QStringLiteral("analyte")).toString()))
            unit = info->siUnit;
    } else if (field.endsWith(QLatin1String("_gy")))
        unit = QStringLiteral("Gy");
    else if (field == QLatin1String("volume_ml"))
        unit = QStringLiteral("mL");
    return unit.isEmpty() ? shown : shown + QLatin1Char(' ') + unit;
}

} // namespace muco::ui
