#pragma once
// What the exports hold, declared once: each synced table as a domain (its ODM study event,
// form and item group, its CSV file named after the CDISC SDTM domain where one fits) and
// each exported field with its type, label and code list. The ODM metadata, the CSV headers
// and the data dictionary are all written from this list, so they cannot disagree. Only the
// fields listed here leave the site; patient_identity is not a domain and never will be.
#include <QList>
#include <QStringList>

namespace muco::exports {

enum class FieldType { Text, Integer, Float, Date, DateTime, Boolean };

struct ExportField {
    QString name;        // the column of the table
    FieldType type = FieldType::Text;
    QString label;       // English, for the dictionary and ODM's Question
    QString codeList;    // empty, or the code list's id (codeLists())
};

struct ExportDomain {
    QString table;           // synced table
    QString file;            // CSV file base name (SDTM domain where one fits)
    QString sdtm;            // SDTM domain code, or empty
    QString label;
    QString event;           // ODM study event: ENROLMENT, VISIT (one per record) or TREATMENT
    bool repeating = false;  // several records per subject (ODM repeating item group)
    QList<ExportField> fields;
};

struct CodeListItem {
    QString value;
    QString decode;
};
struct ExportCodeList {
    QString id;
    FieldType type = FieldType::Text;
    QList<CodeListItem> items;
};

const QList<ExportDomain> &exportDomains();
const QList<ExportCodeList> &codeLists();
QString fieldTypeName(FieldType t);   // ODM DataType: text, integer, float, date, datetime, boolean

} // namespace muco::exports
