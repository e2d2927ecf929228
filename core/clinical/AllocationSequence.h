#pragma once
// The trial's allocation lists as data: stratified permuted blocks of random sizes, 1:1,
// generated from a seed by a deterministic CSPRNG stream (libsodium), or a statistician's
// CSV checked line by line. Pure functions: no storage, no clock; the central site keeps
// the lists (central/AllocationList) and the devices never see one whole.
#include "common/Result.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace muco {

struct ListEntry {
    QString stratum;
    int sequence = 0;      // from 1 within the stratum
    QString arm;           // experimental | control
    int block = 0;         // from 1 within the stratum; 0 for an imported list (blocks unknown)
    int blockSize = 0;
};

// A stratification factor the protocol declares (randomization.stratification_factors) and
// the levels a patient falls in; the stratum is the site plus each factor's level.
struct StratificationFactor {
    QString id;            // concurrent_chemotherapy | sex (what the site's records can answer)
    QStringList levels;
};

class AllocationSequence {
public:
    static QStringList arms() { return {QStringLiteral("experimental"), QStringLiteral("control")}; }
    // The factors a device can decide from its records; a protocol naming another is refused.
    static QStringList knownFactors() { return {QStringLiteral("concurrent_chemotherapy"), QStringLiteral("sex")}; }
    // The factors a protocol file declares ("randomization": {"stratification_factors":
    // [{"id": "sex", "levels": ["female", "male"]}]}); none: by site only. Errors name the path.
    static Result<QList<StratificationFactor>> factorsFromProtocol(const QByteArray &protocolJson);
    // The trial's own (the protocol file compiled in; NCT07312656 declares none).
    static QList<StratificationFactor> protocolFactors();

    // "GX01" without factors; "GX01|concurrent_chemotherapy=yes|sex=female" with them.
    static QString stratumName(const QString &site, const QList<QPair<QString, QString>> &levels);
    static QString siteOf(const QString &stratum) { return stratum.section(QLatin1Char('|'), 0, 0); }
    // Every stratum of the sites: the product of the factors' levels.
    static QStringList strata(const QStringList &sites, const QList<StratificationFactor> &factors);

    // "2,4,6": even sizes (1:1 within each block), 2 to 20, none repeated. `option` names the
    // option in errors (--blocks).
    static Result<QList<int>> parseBlocks(const QString &text, const QString &option = QStringLiteral("blocks"));

    // At least perStratum entries: whole blocks, each of a size drawn from `blocks` and holding
    // as many of each arm, in an order drawn from the seed's stream for this stratum. The same
    // seed and stratum give the same list; each stratum has its own stream.
    static Result<QList<ListEntry>> generate(quint64 seed, const QString &stratum, int perStratum, const QList<int> &blocks);

    // "stratum,sequence,arm" (a header line of those names may come first). Each stratum's
    // sequence runs 1, 2, 3, ... without gaps or repeats. Errors name the line and column.
    static Result<QList<ListEntry>> parseCsv(const QByteArray &csv);
    static bool validStratum(const QString &stratum);
};

} // namespace muco
