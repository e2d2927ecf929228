#include "CodeLabels.h"
#include "models/PatientListModel.h"
#include "clinical/Protocol.h"
#include "security/Roles.h"
#include <QCoreApplication>

namespace muco::ui {

namespace {

struct Entry {
    const char *code;
    const char *label;
};

const Entry kRelations[] = {
    {"unrelated", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Unrelated")},
    {"unlikely", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Unlikely")},
    {"possible", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Possible")},
    {"probable", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Probable")},
    {"definite", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Definite")},
};
const Entry kActions[] = {
    {"none", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "None")},
    {"dose_reduced", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Dose reduced")},
    {"interrupted", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Interrupted")},
    {"withdrawn", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Withdrawn")},
};
const Entry kOutcomes[] = {
    {"recovering", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Recovering")},
    {"recovered", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Recovered")},
    {"recovered_with_sequelae", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Recovered with sequelae")},
    {"not_recovered", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Not recovered")},
    {"fatal", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Fatal")},
    {"unknown", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Unknown")},
};
const Entry kScreeningOutcomes[] = {
    {"eligible", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "eligible")},
    {"ineligible", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "screen failure")},
    {"incomplete", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "incomplete")},
};
const Entry kStates[] = {
    {"draft", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Draft")},
    {"signed", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Signed")},
    {"confirmed", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Confirmed")},
    {"superseded", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Superseded by a correction")},
};
const Entry kTables[] = {
    {"patients", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Patient")},
    {"patient_identity", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Patient identity")},
    {"screenings", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Screening")},
    {"assessments", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Mucositis grading")},
    {"rt_plans", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Radiotherapy plan")},
    {"fractions", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Radiotherapy fraction")},
    {"lab_results", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Lab result")},
    {"drug_doses", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Study drug dose")},
    {"adverse_events", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Adverse event")},
    {"randomizations", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Randomization")},
    {"queries", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Data query")},
    {"query_messages", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Data query step")},
    {"sdv_marks", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Source verification mark")},
    {"users", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "User account")},
};
const Entry kFields[] = {
    {"(record)", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Whole record")},   // SyncConflict::wholeRecord
    {"birth_year", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Year of birth")},
    {"created_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Registered at")},
    {"device", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Device")},
    {"exam", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Examination findings")},
    {"omas_erythema_total", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "OMAS erythema total")},
    {"omas_sites_scored", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "OMAS sites scored")},
    {"omas_ulceration_total", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "OMAS ulceration total")},
    {"sequence", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Allocation number")},
    {"signature", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Electronic signature")},
    {"source_assessment", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Graded at visit")},
    {"subject_number", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Subject number")},
    {"supersedes", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Corrects")},
    {"warnings", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Warnings")},
    {"action", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Action taken")},
    {"alpha_beta_gy", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "α/β (Gy)")},
    {"collected", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Collected")},
    {"display_name", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Full name")},
    {"intent", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Radiotherapy intent")},
    {"lln", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Lower limit")},
    {"password", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Password")},
    {"role", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Role")},
    {"site", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Site code")},
    {"treatment_weekdays", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Treatment days")},
    {"uln", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Upper limit")},
    {"username", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "User name")},
    {"analyte", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Test")},
    {"assessment_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Assessment date")},
    {"birth_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Date of birth")},
    {"chemo_agent", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Chemotherapy agent")},
    {"collected_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Collected")},
    {"concurrent_chemo", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Concurrent chemotherapy")},
    {"correction_reason", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Reason for correction")},
    {"ctcae_grade", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "CTCAE grade")},
    {"cumulative_dose_gy", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Cumulative dose (Gy)")},
    {"date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Date")},
    {"dose_gy", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Dose (Gy)")},
    {"dose_per_fraction_gy", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Dose per fraction (Gy)")},
    {"findings", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Findings")},
    {"fraction_number", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Fraction")},
    {"fractions", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Fractions")},
    {"grade", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Grade")},
    {"inputs", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Screening answers")},
    {"mrn", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Medical record number")},
    {"name", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Name")},
    {"number", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Number")},
    {"omas_mean", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "OMAS mean")},
    {"omas_total", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "OMAS total")},
    {"onset_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Onset date")},
    {"outcome", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Outcome")},
    {"panel", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Panel")},
    {"phone", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Phone")},
    {"pro_interference", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "PRO interference")},
    {"pro_severity", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "PRO severity")},
    {"reason", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Reason")},
    {"relation", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Relation to study drug")},
    {"resolution_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Resolution date")},
    {"result", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Result")},
    {"rtog_grade", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "RTOG grade")},
    {"serious", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Serious")},
    {"sex", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Sex")},
    {"si_value", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "SI value")},
    {"signed_by", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Signed by")},
    {"signed_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Signed at")},
    {"slot", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Dose")},
    {"source", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Source")},
    {"start_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Start date")},
    {"state", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "State")},
    {"status", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Status")},
    {"subject_id", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Subject")},
    {"taken", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Taken")},
    {"technique", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Technique")},
    {"term", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Term")},
    {"total_dose_gy", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Total dose (Gy)")},
    {"unit", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Unit")},
    {"value", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Value")},
    {"visit_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Visit date")},
    {"volume_ml", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Volume (mL)")},
    {"weekdays", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Treatment days")},
    {"who_grade", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "WHO grade")},
    {"at_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Time")},
    {"author", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Author")},
    {"author_role", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Author's role")},
    {"corrected_value", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Corrected value")},
    {"field", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Field")},
    {"fingerprint", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Fingerprint of the values")},
    {"kind", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Step")},
    {"patient_id", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Patient")},
    {"query_id", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Data query")},
    {"raised_by", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Raised by")},
    {"raised_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Raised at")},
    {"signature_meaning", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Meaning of the signature")},
    {"step", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Step number")},
    {"target_id", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Record")},
    {"target_table", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Record type")},
    {"text", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Text")},
    {"value_at_raise", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Value when raised")},
    {"verified_by", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Verified by")},
    {"verified_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Verified at")},
    {"allocated_utc", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Allocated at")},
    {"arm", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Arm")},
    {"ctcae_version", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "CTCAE version")},
    {"meddra_code", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "MedDRA code")},
    {"oral_cavity", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Oral cavity in the field")},
    {"oropharynx", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Oropharynx in the field")},
    {"status_date", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Status date")},
    {"status_reason", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Reason for status")},
    {"stratum", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Stratum")},
    {"term_specify", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Term specified")},
};
const Entry kSexes[] = {
    {"male", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "male")},
    {"female", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "female")},
};
const Entry kQuerySteps[] = {
    {"raise", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "raised")},
    {"answer", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "answered")},
    {"close", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "closed")},
    {"reopen", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "re-opened")},
};
// A randomization's arm and source, a fraction's source, as the audit trail shows them.
const Entry kArms[] = {
    {"experimental", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Experimental (exosome spray)")},
    {"control", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Control (no intervention)")},
};
const Entry kSources[] = {
    {"online", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Central site")},
    {"reserve", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Sealed reserve")},
    {"manual", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Entered by hand")},
    {"import", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Imported")},
};
const Entry kTaken[] = {   // a study-drug dose (stored 1 or 0), beside the field's label "Taken"
    {"1", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Yes")},
    {"0", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "No")},
};
const Entry kFractionStatuses[] = {   // a radiotherapy fraction's status (fractions.status)
    {"delivered", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Delivered")},
    {"missed", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Missed")},
    {"held", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "Held")},
};
const Entry kSlots[] = {
    {"breakfast", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "After breakfast")},
    {"lunch", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "After lunch")},
    {"dinner", QT_TRANSLATE_NOOP("muco::ui::CodeLabels", "After dinner")},
};

template <std::size_t N>
QString lookUp(const Entry (&table)[N], const QString &code)
{
    for (const Entry &e : table)
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("muco::ui::CodeLabels", e.label);
    return code;   // an unknown code is shown as stored rather than hidden
}

} // namespace

QString aeRelationLabel(const QString &code) { return lookUp(kRelations, code); }
QString aeActionLabel(const QString &code) { return lookUp(kActions, code); }
QString aeOutcomeLabel(const QString &code) { return lookUp(kOutcomes, code); }
QString screeningOutcomeLabel(const QString &code) { return lookUp(kScreeningOutcomes, code); }
QString recordStateLabel(const QString &code) { return lookUp(kStates, code); }
QString tableLabel(const QString &table) { return lookUp(kTables, table); }
QString fieldLabel(const QString &field) { return lookUp(kFields, field); }

QString fractionStatusLabel(FractionStatus status) { return lookUp(kFractionStatuses, fractionStatusId(status)); }

QString fieldValueLabel(const QString &field, const QString &value)
{
    if (field == QLatin1String("relation"))
        return aeRelationLabel(value);
    if (field == QLatin1String("action"))
        return aeActionLabel(value);
    if (field == QLatin1String("outcome"))
        return value == QLatin1String("eligible") || value == QLatin1String("ineligible") || value == QLatin1String("incomplete")
                   ? screeningOutcomeLabel(value) : aeOutcomeLabel(value);
    if (field == QLatin1String("state"))
        return recordStateLabel(value);
    if (field == QLatin1String("status")) {
        // A fraction's (delivered, missed, held) or a patient's: the codes do not overlap.
        const QString fraction = lookUp(kFractionStatuses, value);
        return fraction != value ? fraction : Patients::statusLabel(value);
    }
    if (field == QLatin1String("sex"))
        return lookUp(kSexes, value);
    if (field == QLatin1String("slot"))
        return lookUp(kSlots, value);
    if (field == QLatin1String("arm"))
        return lookUp(kArms, value);
    if (field == QLatin1String("taken"))
        return lookUp(kTaken, value);
    if (field == QLatin1String("source"))
        return lookUp(kSources, value);
    // A query's steps (issue 12: the audit trail showed "patients", "raise", "monitor").
    if (field == QLatin1String("target_table"))
        return tableLabel(value);
    if (field == QLatin1String("kind"))
        return lookUp(kQuerySteps, value);
    if (field == QLatin1String("author_role") || field == QLatin1String("role")) {
        auto role = parseRole(value);
        return role.ok() ? roleLabel(role.value()) : value;
    }
    return value;
}

QString errorText(const Error &error)
{
    const QString prefix = error.field + QStringLiteral(": ");
    if (error.field.isEmpty() || !error.message.startsWith(prefix))
        return error.message;
    QString why = error.message.mid(prefix.size());
    const QString key = error.field.section(QLatin1Char('.'), -1);
    QString label = fieldLabel(key);
    if (label == key && factLabel(error.field) != error.field)
        label = factLabel(error.field);   // a screening fact (weight_kg: "Weight"), named as its form names it
    if (label == key) {   // a field without a label: the sentence alone, never the code
        if (!why.isEmpty())
            why[0] = why[0].toUpper();
        return why;
    }
    return QCoreApplication::translate("muco::ui::CodeLabels", "%1: %2", "field label: why").arg(label, why);
}

} // namespace muco::ui
