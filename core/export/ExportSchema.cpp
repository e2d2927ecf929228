#include "export/ExportSchema.h"

namespace muco::exports {

namespace {

ExportField f(const char *name, FieldType type, const char *label, const char *codeList = "")
{
    return {QString::fromLatin1(name), type, QString::fromLatin1(label), QString::fromLatin1(codeList)};
}

using T = FieldType;

} // namespace

const QList<ExportDomain> &exportDomains()
{
    static const QList<ExportDomain> domains{
        {QStringLiteral("patients"), QStringLiteral("DM"), QStringLiteral("DM"), QStringLiteral("Demographics and participation"),
         QStringLiteral("ENROLMENT"), false,
         {f("birth_year", T::Integer, "Year of birth"), f("sex", T::Text, "Sex", "SEX"), f("status", T::Text, "Participation status", "STATUS"),
          f("status_date", T::Date, "Date the status took effect"), f("status_reason", T::Text, "Why the status changed"),
          f("created_utc", T::DateTime, "Registered (UTC)")}},
        {QStringLiteral("screenings"), QStringLiteral("IE"), QStringLiteral("IE"), QStringLiteral("Eligibility screening"),
         QStringLiteral("ENROLMENT"), true,
         {f("assessment_date", T::Date, "Date of the eligibility assessment"), f("outcome", T::Text, "Evaluation outcome"),
          f("state", T::Text, "Record state", "STATE"), f("signed_utc", T::DateTime, "Signed (UTC)"),
          f("result", T::Text, "Criteria evaluated (JSON)")}},
        {QStringLiteral("randomizations"), QStringLiteral("RAND"), QString(), QStringLiteral("Randomization"),
         QStringLiteral("ENROLMENT"), false,
         {f("arm", T::Text, "Arm allocated", "ARM"), f("stratum", T::Text, "Stratum"), f("sequence", T::Integer, "Sequence in the stratum's list"),
          f("source", T::Text, "Allocated online or from the device's reserve"), f("allocated_utc", T::DateTime, "Allocated (UTC)")}},
        {QStringLiteral("rt_plans"), QStringLiteral("RTPLAN"), QString(), QStringLiteral("Radiotherapy plan"),
         QStringLiteral("TREATMENT"), true,
         {f("total_dose_gy", T::Float, "Planned total dose (Gy)"), f("fractions", T::Integer, "Planned fractions"),
          f("dose_per_fraction_gy", T::Float, "Dose per fraction (Gy)"), f("technique", T::Text, "Technique"),
          f("start_date", T::Date, "Start of radiotherapy"), f("weekdays", T::Text, "Treatment weekdays"),
          f("oral_cavity", T::Boolean, "Fields include the oral cavity"), f("oropharynx", T::Boolean, "Fields include the oropharynx"),
          f("concurrent_chemo", T::Boolean, "Concurrent chemotherapy"), f("chemo_agent", T::Text, "Chemotherapy agent")}},
        {QStringLiteral("fractions"), QStringLiteral("PR"), QStringLiteral("PR"), QStringLiteral("Radiotherapy fractions"),
         QStringLiteral("TREATMENT"), true,
         {f("date", T::Date, "Date"), f("number", T::Integer, "Fraction number"), f("dose_gy", T::Float, "Dose (Gy)"),
          f("status", T::Text, "Delivered, missed or held", "FRACTION_STATUS"), f("reason", T::Text, "Why missed or held"),
          f("source", T::Text, "Entered or imported")}},
        {QStringLiteral("assessments"), QStringLiteral("MU"), QString(), QStringLiteral("Oral mucositis grading"),
         QStringLiteral("VISIT"), false,
         {f("visit_date", T::Date, "Visit date"), f("fraction_number", T::Integer, "Fractions delivered by the visit"),
          f("cumulative_dose_gy", T::Float, "Cumulative dose by the visit (Gy)"), f("who_grade", T::Integer, "WHO grade", "GRADE"),
          f("ctcae_grade", T::Integer, "CTCAE v5.0 grade (mucositis oral)", "GRADE"), f("rtog_grade", T::Integer, "RTOG grade", "GRADE"),
          f("omas_total", T::Integer, "OMAS total"), f("omas_mean", T::Float, "OMAS mean over assessable sites"),
          f("omas_ulceration_total", T::Integer, "OMAS ulceration total"), f("omas_erythema_total", T::Integer, "OMAS erythema total"),
          f("omas_sites_scored", T::Integer, "OMAS sites assessable"),
          f("pro_severity", T::Integer, "PRO-CTCAE mouth/throat sores: severity"), f("pro_interference", T::Integer, "PRO-CTCAE mouth/throat sores: interference"),
          f("state", T::Text, "Record state", "STATE"), f("signed_utc", T::DateTime, "Signed (UTC)"),
          f("supersedes", T::Text, "Record this one corrects"), f("correction_reason", T::Text, "Why corrected"),
          f("warnings", T::Text, "Contradictions shown when recorded"), f("exam", T::Text, "The exam as recorded (JSON)")}},
        {QStringLiteral("lab_results"), QStringLiteral("LB"), QStringLiteral("LB"), QStringLiteral("Laboratory results"),
         QStringLiteral("TREATMENT"), true,
         {f("collected_utc", T::DateTime, "Collected (UTC)"), f("panel", T::Text, "Panel"), f("analyte", T::Text, "Analyte"),
          f("value", T::Float, "Value as entered"), f("unit", T::Text, "Unit as entered"), f("si_value", T::Float, "Value in SI units")}},
        {QStringLiteral("drug_doses"), QStringLiteral("EX"), QStringLiteral("EX"), QStringLiteral("Study drug (exosome mouth spray)"),
         QStringLiteral("TREATMENT"), true,
         {f("date", T::Date, "Date"), f("slot", T::Text, "Dose of the day", "DOSE_SLOT"), f("taken", T::Boolean, "Taken"),
          f("volume_ml", T::Float, "Volume (mL)")}},
        {QStringLiteral("adverse_events"), QStringLiteral("AE"), QStringLiteral("AE"), QStringLiteral("Adverse events"),
         QStringLiteral("TREATMENT"), true,
         {f("term", T::Text, "CTCAE v5.0 term"), f("grade", T::Integer, "CTCAE grade", "GRADE"), f("onset_date", T::Date, "Onset"),
          f("resolution_date", T::Date, "Resolved"), f("serious", T::Boolean, "Serious"), f("relation", T::Text, "Relation to the study drug"),
          f("action", T::Text, "Action taken"), f("outcome", T::Text, "Outcome"), f("state", T::Text, "Record state")}},
    };
    return domains;
}

const QList<ExportCodeList> &codeLists()
{
    static const QList<ExportCodeList> lists{
        {QStringLiteral("SEX"), T::Text, {{QStringLiteral("female"), QStringLiteral("Female")}, {QStringLiteral("male"), QStringLiteral("Male")}}},
        {QStringLiteral("STATUS"), T::Text,
         {{QStringLiteral("screening"), QStringLiteral("In screening")}, {QStringLiteral("screen_failed"), QStringLiteral("Screen failure")},
          {QStringLiteral("enrolled"), QStringLiteral("Enrolled")}, {QStringLiteral("withdrawn"), QStringLiteral("Withdrawn")},
          {QStringLiteral("completed"), QStringLiteral("Completed")}}},
        {QStringLiteral("STATE"), T::Text,
         {{QStringLiteral("draft"), QStringLiteral("Draft")}, {QStringLiteral("signed"), QStringLiteral("Signed")},
          {QStringLiteral("superseded"), QStringLiteral("Superseded by a correction")}}},
        {QStringLiteral("ARM"), T::Text,
         {{QStringLiteral("experimental"), QStringLiteral("Exosome mouth spray")}, {QStringLiteral("control"), QStringLiteral("No intervention")}}},
        {QStringLiteral("FRACTION_STATUS"), T::Text,
         {{QStringLiteral("delivered"), QStringLiteral("Delivered")}, {QStringLiteral("missed"), QStringLiteral("Missed")},
          {QStringLiteral("held"), QStringLiteral("Held")}}},
        {QStringLiteral("DOSE_SLOT"), T::Text,
         {{QStringLiteral("breakfast"), QStringLiteral("After breakfast")}, {QStringLiteral("lunch"), QStringLiteral("After lunch")},
          {QStringLiteral("dinner"), QStringLiteral("After dinner")}}},
        {QStringLiteral("GRADE"), T::Integer,
         {{QStringLiteral("0"), QStringLiteral("Grade 0")}, {QStringLiteral("1"), QStringLiteral("Grade 1")}, {QStringLiteral("2"), QStringLiteral("Grade 2")},
          {QStringLiteral("3"), QStringLiteral("Grade 3")}, {QStringLiteral("4"), QStringLiteral("Grade 4")}, {QStringLiteral("5"), QStringLiteral("Grade 5")}}},
    };
    return lists;
}

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case T::Text: return QStringLiteral("text");
    case T::Integer: return QStringLiteral("integer");
    case T::Float: return QStringLiteral("float");
    case T::Date: return QStringLiteral("date");
    case T::DateTime: return QStringLiteral("datetime");
    case T::Boolean: return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

} // namespace muco::exports
