#pragma once
// The CTCAE v5.0 term list (837 terms with their MedDRA codes, system organ class,
// definition and grade texts), compiled in from resources/clinical/ctcae-v5.0-terms.csv.
// An adverse event is named by one of these terms, never free text; the 26 "<SOC> - Other,
// specify" terms take the investigator's own words beside them.
#include "common/Result.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace muco {

struct CtcaeTerm {
    QString meddraCode;   // MedDRA lowest level term code, e.g. 10028130
    QString soc;          // system organ class
    QString term;         // e.g. "Mucositis oral"
    QString definition;   // "-" in the source when it gives none
    std::array<QString, 5> grades;   // grade 1..5 texts; "-" where the grade does not exist
    bool hasGrade(int grade) const;
    QString gradeText(int grade) const;   // empty where the grade does not exist
    bool isOtherSpecify() const;
};

class CtcaeTerms {
public:
    static QString version() { return QStringLiteral("5.0"); }
    static const QList<CtcaeTerm> &all();
    // Exact term, ignoring case and surrounding spaces; nullptr when it is not a CTCAE term.
    static const CtcaeTerm *find(const QString &term);
    static QStringList names();
    // Parses the CSV text of the source list (header: meddra_code,soc,term,definition,grade1..grade5).
    static Result<QList<CtcaeTerm>> parse(const QByteArray &csv);
};

} // namespace muco
