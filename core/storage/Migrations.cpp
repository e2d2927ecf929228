#include "storage/Migrations.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

// SQL here must run on SQLite 3.15 (Debian's SQLCipher 3.4): no UPSERT, no window
// functions, no RETURNING, no RENAME COLUMN.
// Synced tables carry: id (UUID), site, version, modified_by, modified_utc, deleted.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "site metadata, accounts and the audit chain",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " display_name TEXT NOT NULL, role TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " created_utc TEXT NOT NULL, modified_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit ("
                            " seq INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, user_name TEXT NOT NULL,"
                            " action TEXT NOT NULL, table_name TEXT, record_id TEXT, field TEXT,"
                            " old_value TEXT, new_value TEXT, reason TEXT,"
                            " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
         }},
        {2, "patients, their local-only identity, and the change log",
         {
             QStringLiteral("CREATE TABLE patients ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " subject_id TEXT NOT NULL UNIQUE, subject_number INTEGER NOT NULL,"
                            " birth_date TEXT, sex TEXT, status TEXT NOT NULL DEFAULT 'screening',"
                            " created_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX patients_site_number ON patients (site, subject_number)"),
             // Direct identifiers: this table never syncs and is never exported.
             QStringLiteral("CREATE TABLE patient_identity ("
                            " id TEXT PRIMARY KEY REFERENCES patients (id),"
                            " version INTEGER NOT NULL, modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " name TEXT, mrn TEXT, phone TEXT)"),
             QStringLiteral("CREATE TABLE change_log ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                            " table_name TEXT NOT NULL, record_id TEXT NOT NULL,"
                            " version INTEGER NOT NULL, base_version INTEGER NOT NULL,"
                            " fields TEXT NOT NULL, changed_by TEXT NOT NULL, changed_utc TEXT NOT NULL,"
                            " acked_utc TEXT)"),
             QStringLiteral("CREATE INDEX change_log_outbox ON change_log (acked_utc, seq)"),
         }},
        {3, "site settings with defaults",
         {
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('auto_lock_minutes', '5')"),
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('lab_window_days', '14')"),
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('time_zone', 'UTC')"),
         }},
        {4, "clinic workflows: radiotherapy, grading visits, labs, screening, study drug, adverse events",
         {
             QStringLiteral("CREATE TABLE rt_plans ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), total_dose_gy TEXT NOT NULL,"
                            " fractions INTEGER NOT NULL, dose_per_fraction_gy TEXT NOT NULL, technique TEXT,"
                            " start_date TEXT NOT NULL, weekdays TEXT NOT NULL, oral_cavity INTEGER NOT NULL,"
                            " oropharynx INTEGER NOT NULL, concurrent_chemo INTEGER NOT NULL, chemo_agent TEXT)"),
             QStringLiteral("CREATE INDEX rt_plans_patient ON rt_plans (patient_id)"),
             QStringLiteral("CREATE TABLE fractions ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), date TEXT NOT NULL, number INTEGER,"
                            " dose_gy TEXT, status TEXT NOT NULL, reason TEXT, source TEXT NOT NULL)"),
             // A delivered fraction number is recorded once per patient: imports cannot double it.
             QStringLiteral("CREATE UNIQUE INDEX fractions_number ON fractions (patient_id, number)"
                            " WHERE deleted = 0 AND number IS NOT NULL"),
             QStringLiteral("CREATE TABLE holidays (date TEXT PRIMARY KEY, name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE assessments ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), visit_date TEXT NOT NULL,"
                            " fraction_number INTEGER NOT NULL, cumulative_dose_gy TEXT NOT NULL, findings TEXT NOT NULL,"
                            " who_grade INTEGER NOT NULL, ctcae_grade INTEGER NOT NULL, rtog_grade INTEGER NOT NULL,"
                            " omas_total INTEGER, omas_mean REAL, pro_severity INTEGER, pro_interference INTEGER,"
                            " warnings TEXT, state TEXT NOT NULL, signed_by TEXT, signed_utc TEXT, signature_meaning TEXT,"
                            " supersedes TEXT, correction_reason TEXT)"),
             QStringLiteral("CREATE INDEX assessments_patient ON assessments (patient_id, visit_date)"),
             QStringLiteral("CREATE TABLE lab_results ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), collected_utc TEXT NOT NULL,"
                            " panel TEXT NOT NULL, analyte TEXT NOT NULL, value TEXT NOT NULL, unit TEXT NOT NULL,"
                            " si_value TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX lab_results_patient ON lab_results (patient_id, analyte, collected_utc)"),
             QStringLiteral("CREATE TABLE reference_ranges (analyte TEXT PRIMARY KEY, lln TEXT, uln TEXT)"),
             QStringLiteral("CREATE TABLE screenings ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), assessment_date TEXT NOT NULL,"
                            " inputs TEXT NOT NULL, outcome TEXT NOT NULL, result TEXT NOT NULL, state TEXT NOT NULL,"
                            " signed_by TEXT, signed_utc TEXT, signature_meaning TEXT)"),
             QStringLiteral("CREATE TABLE drug_doses ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), date TEXT NOT NULL, slot TEXT NOT NULL,"
                            " taken INTEGER NOT NULL, volume_ml TEXT)"),
             QStringLiteral("CREATE UNIQUE INDEX drug_doses_once ON drug_doses (patient_id, date, slot) WHERE deleted = 0"),
             QStringLiteral("CREATE TABLE adverse_events ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), term TEXT NOT NULL, grade INTEGER NOT NULL,"
                            " onset_date TEXT NOT NULL, resolution_date TEXT, serious INTEGER NOT NULL, relation TEXT NOT NULL,"
                            " action TEXT NOT NULL, outcome TEXT NOT NULL, state TEXT NOT NULL, source_assessment TEXT)"),
         }},
        {5, "sync: the values a change was based on, and conflicts to resolve",
         {
             // ADD COLUMN (not RENAME) works on SQLite 3.15.
             QStringLiteral("ALTER TABLE change_log ADD COLUMN old_fields TEXT NOT NULL DEFAULT '{}'"),
             QStringLiteral("ALTER TABLE change_log ADD COLUMN resolves TEXT"),
             QStringLiteral("CREATE TABLE sync_conflicts ("
                            " id TEXT PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
                            " central_value TEXT, device_value TEXT, status TEXT NOT NULL, detected_utc TEXT NOT NULL,"
                            " resolved_by TEXT, resolved_utc TEXT)"),
         }},
        {6, "a visit keeps its exam and every grade it was signed with; reference ranges per analyte and sex",
         {
             QStringLiteral("ALTER TABLE assessments ADD COLUMN exam TEXT"),
             QStringLiteral("ALTER TABLE assessments ADD COLUMN omas_sites_scored INTEGER"),
             QStringLiteral("ALTER TABLE assessments ADD COLUMN omas_ulceration_total INTEGER"),
             QStringLiteral("ALTER TABLE assessments ADD COLUMN omas_erythema_total INTEGER"),
             // sex: any (one range for both), female or male. A new table renamed into place:
             // SQLite 3.15 cannot change a primary key, but it can rename a table.
             QStringLiteral("CREATE TABLE reference_ranges_by_sex (analyte TEXT NOT NULL, sex TEXT NOT NULL DEFAULT 'any',"
                            " lln TEXT, uln TEXT, PRIMARY KEY (analyte, sex),"
                            " CHECK (sex IN ('any', 'female', 'male')))"),
             QStringLiteral("INSERT INTO reference_ranges_by_sex (analyte, sex, lln, uln) SELECT analyte, 'any', lln, uln FROM reference_ranges"),
             QStringLiteral("DROP TABLE reference_ranges"),
             QStringLiteral("ALTER TABLE reference_ranges_by_sex RENAME TO reference_ranges"),
         }},
        {7, "a patient's status carries the date it took effect and why (withdrawal, completion, screen failure)",
         {
             QStringLiteral("ALTER TABLE patients ADD COLUMN status_date TEXT"),
             QStringLiteral("ALTER TABLE patients ADD COLUMN status_reason TEXT"),
         }},
        {8, "randomization: each patient's allocated arm, and the device's sealed reserve of allocations",
         {
             QStringLiteral("CREATE TABLE randomizations ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL REFERENCES patients (id), stratum TEXT NOT NULL,"
                            " sequence INTEGER NOT NULL, arm TEXT NOT NULL, source TEXT NOT NULL,"
                            " allocated_utc TEXT NOT NULL, device TEXT,"
                            " signed_by TEXT, signed_utc TEXT, signature_meaning TEXT,"
                            " CHECK (arm IN ('experimental', 'control')), CHECK (source IN ('online', 'reserve')))"),
             // A patient is randomized once: a second allocation cannot even be stored.
             QStringLiteral("CREATE UNIQUE INDEX randomizations_patient ON randomizations (patient_id) WHERE deleted = 0"),
             // The sealed reserve (never synced as records): each entry is encrypted on its own by
             // the central site's reserve key; opened only by the randomize action, in order.
             QStringLiteral("CREATE TABLE randomization_reserve ("
                            " stratum TEXT NOT NULL, sequence INTEGER NOT NULL, sealed TEXT NOT NULL,"
                            " issued_utc TEXT NOT NULL, opened_utc TEXT, opened_by TEXT, patient_id TEXT,"
                            " PRIMARY KEY (stratum, sequence))"),
         }},
        {12, "subject IDs are looked up without regard to case through an index of their own",
         {
             // subject_id's UNIQUE index uses BINARY: "= ? COLLATE NOCASE" scanned every patient
             // (2-7 ms per patient added at 50,000, issue 14).
             QStringLiteral("CREATE INDEX patients_subject_nocase ON patients (subject_id COLLATE NOCASE)"),
         }},
        {13, "monitoring: queries on a field (an append-only thread of signed messages) and source data verification marks",
         {
             // Each step of a query is its own row, never updated: devices and the central site
             // only ever add rows, so a query can never be a sync conflict.
             QStringLiteral("CREATE TABLE queries ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL, target_table TEXT NOT NULL, target_id TEXT NOT NULL,"
                            " field TEXT NOT NULL, value_at_raise TEXT, raised_by TEXT NOT NULL, raised_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX queries_patient ON queries (patient_id)"),
             QStringLiteral("CREATE TABLE query_messages ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " query_id TEXT NOT NULL, patient_id TEXT NOT NULL, step INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT,"
                            " corrected_value TEXT, author TEXT NOT NULL, author_role TEXT NOT NULL, at_utc TEXT NOT NULL,"
                            " signature_meaning TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX query_messages_query ON query_messages (query_id, at_utc)"),
             QStringLiteral("CREATE TABLE sdv_marks ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                            " patient_id TEXT NOT NULL, target_table TEXT NOT NULL, target_id TEXT NOT NULL,"
                            " fingerprint TEXT NOT NULL, verified_by TEXT NOT NULL, verified_utc TEXT NOT NULL,"
                            " signature_meaning TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX sdv_marks_target ON sdv_marks (target_table, target_id, verified_utc)"),
         }},
        {14, "an adverse event stores its MedDRA code and CTCAE version, and the words of an \"Other, specify\" term",
         {
             QStringLiteral("ALTER TABLE adverse_events ADD COLUMN term_specify TEXT"),
             QStringLiteral("ALTER TABLE adverse_events ADD COLUMN meddra_code TEXT"),
             QStringLiteral("ALTER TABLE adverse_events ADD COLUMN ctcae_version TEXT"),
         }},
        {15, "audit entries and electronic signatures signed by their author (Ed25519, issue 11 C1)",
         {
             QStringLiteral("ALTER TABLE audit ADD COLUMN signer TEXT"),
             QStringLiteral("ALTER TABLE audit ADD COLUMN signature TEXT"),
             QStringLiteral("ALTER TABLE assessments ADD COLUMN signature TEXT"),
             QStringLiteral("ALTER TABLE screenings ADD COLUMN signature TEXT"),
         }},
        {16, "the patient's year of birth, the only part of the birth date that leaves the site (issue 11, M5)",
         {
             QStringLiteral("ALTER TABLE patients ADD COLUMN birth_year INTEGER"),
             QStringLiteral("UPDATE patients SET birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER)"
                            " WHERE birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"),
         }},
        {17, "a patient's verification marks found by patient: what remains to verify of one patient reads them at once (issue 17)",
         {
             QStringLiteral("CREATE INDEX sdv_marks_patient ON sdv_marks (patient_id)"),
         }},
        {18, "keys sealed to the accounts that may hold them: the identity key, only to roles that may see identities (issue 11)",
         {
             QStringLiteral("CREATE TABLE sealed_keys (purpose TEXT NOT NULL, owner TEXT NOT NULL, box_public TEXT NOT NULL,"
                            " sealed TEXT NOT NULL, endorsement TEXT, PRIMARY KEY (purpose, owner))"),
         }},
        {19, "identities still in clear, indexed apart: every holder's sign-in looks for them (issue 14)",
         {
             // A partial index holds only the rows with a value in clear (normally none), so the
             // look at sign-in reads no table pages. The scan it replaces cost 221 M instructions
             // at a 10,000-patient sign-in, but the list reads those pages next anyway: the net
             // saving was 73 M (6 %, bench/README.md). Its WHERE is IdentityKey::clearValuesQuery()'s.
             QStringLiteral("CREATE INDEX patient_identity_in_clear ON patient_identity (id) WHERE substr(name, 1, 4) <> 'mt1:'"
                            " OR substr(mrn, 1, 4) <> 'mt1:' OR substr(phone, 1, 4) <> 'mt1:'"),
         }},
        {20, "key certificates for the central site (issue 11)",
         {
             // Administrators' signed statements of each account's key and role, sent to the
             // central site with the keys (security/KeyCertificate). Not a record: each is
             // signed, so changing one only makes it fail at the central site.
             QStringLiteral("CREATE TABLE key_certificates (id INTEGER PRIMARY KEY, account TEXT NOT NULL, public_key TEXT NOT NULL,"
                            " role TEXT NOT NULL, certifier_key TEXT NOT NULL, certificate TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX key_certificates_key ON key_certificates (public_key)"),
         }},
        {21, "randomizations signed by the one who randomized (issue 11)",
         {
             // The randomizer's Ed25519 signature, as screenings and assessments carry theirs
             // (records/RecordSignature). Randomizations made before it have none: the audit
             // trail recorded no signature when they were made (RecordSignature::check).
             QStringLiteral("ALTER TABLE randomizations ADD COLUMN signature TEXT"),
         }},
        {22, "each account's registered signing key found at sign-in (issue 11)",
         {
             // The latest key the trail registered for each account, written with the
             // registration (AuditChain::registerKey): a sign-in compares its slot's key with it
             // without reading the trail. A table, not a partial index of the audit table:
             // SQLite 3.15 answers "x IN (SELECT record_id FROM audit)" from such an index,
             // ignoring its WHERE (every patient then lacked its audit rows).
             QStringLiteral("CREATE TABLE registered_keys (account TEXT PRIMARY KEY, public_key TEXT NOT NULL, seq INTEGER NOT NULL)"),
             QStringLiteral("INSERT OR REPLACE INTO registered_keys (account, public_key, seq) SELECT record_id, new_value, seq FROM audit"
                            " WHERE action = 'key_registered' AND table_name = 'users' AND field = 'public_key' ORDER BY seq"),
         }},
        {23, "sign-ins refused for a key the trail did not register, until the next sign-in records them (issue 11)",
         {
             // Not signed with that key (the trail would no longer verify): entered in the trail
             // as a failed sign-in by the next account that signs in (SiteVault::signIn).
             QStringLiteral("CREATE TABLE refused_sign_ins (id INTEGER PRIMARY KEY, user_name TEXT NOT NULL, at_utc TEXT NOT NULL,"
                            " detail TEXT NOT NULL)"),
         }},
        {24, "source verification and query messages signed by their author (issue 11)",
         {
             // Signed as they are made, as randomizations are (records/RecordSignature): the
             // meaning was there already, the signer, time and Ed25519 signature are new. Marks
             // and messages made before have none: the trail recorded no signature then.
             QStringLiteral("ALTER TABLE sdv_marks ADD COLUMN signed_by TEXT"),
             QStringLiteral("ALTER TABLE sdv_marks ADD COLUMN signed_utc TEXT"),
             QStringLiteral("ALTER TABLE sdv_marks ADD COLUMN signature TEXT"),
             QStringLiteral("ALTER TABLE query_messages ADD COLUMN signed_by TEXT"),
             QStringLiteral("ALTER TABLE query_messages ADD COLUMN signed_utc TEXT"),
             QStringLiteral("ALTER TABLE query_messages ADD COLUMN signature TEXT"),
         }},
    };
    return list;
}

int latestSchemaVersion() { return migrations().back().version; }

Status migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const int current = db.userVersion();
    if (current < 0)
        return Error::storage(QCoreApplication::translate("muco::Migrations", "The schema version of %1 cannot be read.").arg(db.path()));
    if (current > latestSchemaVersion())
        return Error::storage(QCoreApplication::translate("muco::Migrations",
            "%1 was written by a newer MucoTrack (schema %2, this program knows %3); update MucoTrack.")
                                  .arg(db.path()).arg(current).arg(latestSchemaVersion()));
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        MUCO_TRY(tx.begun());
        for (const QString &sql : m.statements)
            MUCO_TRY(db.exec(sql));
        MUCO_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)));
        MUCO_TRY(tx.commit());
    }
    return {};
}

} // namespace muco
