#pragma once
// Source data verification beyond the critical records (issue 17): the monitoring plan says
// what share of the rest a monitor verifies, for the trial and per site
// (monitoring.sdv_sample_percent, monitoring.sdv_sample_percent_by_site in the protocol file),
// and of which tables (monitoring.sdv_sample_tables). Which records make up the share is
// decided by each record's id alone (SHA-256 into one of 100 buckets): every device and the
// central site choose the same records, and a record added later never changes whether
// another one is chosen. Pure: records/SourceVerification applies it to the database.
#include "common/Result.h"
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace muco {

struct SdvSamplePlan {
    QStringList tables;          // the sampled (non-critical) tables, by name
    int percent = 0;             // 0..100: the share of their records to verify
    QHash<QString, int> bySite;  // a site's own share, in place of `percent`

    int percentFor(const QString &site) const { return bySite.value(site, percent); }
    // The record is in the site's sample: its bucket is below the site's share (0%: none;
    // 100%: every record).
    bool selects(const QString &site, const QString &recordId) const { return bucket(recordId) < percentFor(site); }
    // 0..99: the first 8 bytes of SHA-256("mucotrack-sdv-sample:" + id), big-endian, modulo 100.
    static int bucket(const QString &recordId);
};

// Parses the plan from the protocol file's "monitoring" object; an error names the JSON path
// (monitoring.sdv_sample_percent_by_site.GX01). Absent keys: no tables, 0%.
Result<SdvSamplePlan> parseSdvSamplePlan(const QJsonObject &monitoring);

} // namespace muco
