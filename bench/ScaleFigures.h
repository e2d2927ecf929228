#pragma once
// The figures of issue 14 ("Scale"), each measured beside its reference in the same run.
// Every function answers one JSON object holding its numbers and the goal it is read against.
#include <QJsonObject>
#include <QString>

namespace muco::bench {

// n audited patient inserts in one transaction, and a raw SQLCipher loop writing the same rows
// (patient, change-log entry, one audit row per field) in the same database, same cipher.
QJsonObject auditedInserts(int n);
// n changes pushed to the central store: embedded, and PostgreSQL when conninfo is given.
QJsonObject centralPush(int n, const QString &conninfo);
// A fresh device pulls n changes (a tenth of them patients) with the patient list open.
QJsonObject devicePull(int n);
// n patients: the main window's sign-in until the list is painted, and adding a patient.
QJsonObject patientList(int n);
// The DEMO site's first start: the site, its accounts and its synthetic histories created.
QJsonObject demoFirstStart();

} // namespace muco::bench
