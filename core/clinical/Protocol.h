#pragma once
// A protocol's eligibility criteria as data (resources/protocol/*.json): thresholds and
// texts change with an amendment, not the code. The code knows the kinds of rule.
#include "clinical/Decimal.h"
#include "clinical/Grading.h"
#include "clinical/SdvSample.h"
#include "clinical/VisitSchedule.h"
#include "common/Result.h"
#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace muco {

enum class FactType { Bool, Number, Text, Date, Lab };

// The facts a rule may test, and their types. Derived facts (age_years,
// creatinine_clearance) are computed by the engine from the inputs.
std::optional<FactType> factType(const QString &fact);
QString factLabel(const QString &fact);   // translated: "ECOG performance status"
QString factUnit(const QString &fact);    // "years", "Gy", ...
// A text fact's stored code in the reader's language ("radical" is 根治性 in Chinese); an
// unknown code as it is. English keeps the code, so reports and the CLI read as before.
QString factValueLabel(const QString &fact, const QString &value);

struct Rule {
    enum class Kind { Attest, Equals, Range, UlnMultiple, WithinDays, All, Any };
    Kind kind = Kind::Attest;
    QString fact;
    bool expect = true;              // attest
    QString value;                   // equals
    std::optional<Decimal> min, max; // range, uln_multiple (max), within_days
    bool minExclusive = false;
    bool maxExclusive = false;
    std::vector<Rule> children;      // all, any
};

struct Criterion {
    QString id;
    bool inclusion = true;
    QString textEn;
    QString textZh;
    Rule rule;   // inclusion: what must hold; exclusion: the condition that excludes
    QString text(const QString &language) const { return language.startsWith(QLatin1String("zh")) && !textZh.isEmpty() ? textZh : textEn; }
};

// The primary endpoint: the incidence of a grade >= threshold on one scale. The registry
// names no scale; the protocol file declares it (shared/clinical/reference.md), WHO >= 3
// when it does not. Everything that labels or counts the endpoint reads it from here.
struct PrimaryEndpoint {
    Scale scale = Scale::Who;
    int threshold = 3;
    bool reached(int grade) const { return grade >= threshold; }
    QString label() const;   // translated: "WHO grade >= 3"
};

struct Protocol {
    QString id;
    QString version;
    std::vector<Criterion> criteria;
    PrimaryEndpoint primaryEndpoint;
    // Tables whose every record is critical for source data verification (eligibility,
    // radiotherapy, grades, adverse events); "monitoring.sdv_critical" in the file.
    QStringList sdvCritical;
    // The share of the other records to verify, per site, and of which tables
    // ("monitoring.sdv_sample_*" in the file; clinical/SdvSample).
    SdvSamplePlan sdvSample;
    // The visit schedule ("schedule" in the file): what is due when, for the "Today" view and
    // the overdue lists. Empty when the file declares none.
    QList<VisitDefinition> visits;

    // Validates every rule against the fact catalogue; names the offending criterion.
    static Result<Protocol> fromJson(const QByteArray &json);
    // The trial's protocol, compiled into the program from resources/protocol.
    static const Protocol &nct07312656();
};

} // namespace muco
