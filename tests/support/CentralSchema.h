#pragma once
// Central-site tests on PostgreSQL share one database: each starts from an empty central store.
// Every table the central schema creates is dropped (the audit trail's tables are append-only
// by trigger, so they go whole) and the schema made again. One list, so no test leaves rows of
// a newer table behind for the next.
#include "central/CentralBackend.h"
#include <QtTest>

namespace muco::test {

inline bool emptyCentralSchema(CentralBackend &backend)
{
    for (const char *t : {"enrollment_codes", "enrollment_code_scopes", "devices", "device_scopes", "records", "record_sites",
                          "changes", "conflicts", "subject_blocks", "audit_anchors", "integrity_alarms", "integrity_acknowledgements", "central_audit",
                          "allocation_list", "allocation_setup", "reserve_keys", "randomization_alarms", "free_text_reviews",
                          "integrity_alarm_kinds", "retired_tokens", "account_keys", "signing_devices", "signing_exemptions",
                          "central_upgrades", "key_certificates", "device_roots", "device_replacements",
                          "randomization_signers", "monitoring_signers", "unproven_heads"})
        if (!backend.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QString::fromLatin1(t))).ok())
            return false;
    return backend.createSchema().ok();
}

} // namespace muco::test
