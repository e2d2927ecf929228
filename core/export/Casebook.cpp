#include "export/Casebook.h"
#include "export/PdfDocument.h"
#include "records/Minimisation.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Casebook)
};

const QString kPatients = QStringLiteral("patients");

// Tables printed as one listing (many small records) rather than one form per record.
bool isListing(const QString &table)
{
    static const QStringList listings{QStringLiteral("fractions"), QStringLiteral("lab_results"), QStringLiteral("drug_doses"),
                                      QStringLiteral("queries"), QStringLiteral("query_messages"), QStringLiteral("sdv_marks")};
    return listings.contains(table);
}

QString formTitle(const QString &table)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("patients"), QT_TRANSLATE_NOOP("Casebook", "Patient record")},
        {QStringLiteral("screenings"), QT_TRANSLATE_NOOP("Casebook", "Eligibility screening")},
        {QStringLiteral("randomizations"), QT_TRANSLATE_NOOP("Casebook", "Randomization")},
        {QStringLiteral("rt_plans"), QT_TRANSLATE_NOOP("Casebook", "Radiotherapy plan")},
        {QStringLiteral("fractions"), QT_TRANSLATE_NOOP("Casebook", "Radiotherapy fractions")},
        {QStringLiteral("assessments"), QT_TRANSLATE_NOOP("Casebook", "Oral mucositis grading")},
        {QStringLiteral("lab_results"), QT_TRANSLATE_NOOP("Casebook", "Laboratory results")},
        {QStringLiteral("drug_doses"), QT_TRANSLATE_NOOP("Casebook", "Study drug diary")},
        {QStringLiteral("adverse_events"), QT_TRANSLATE_NOOP("Casebook", "Adverse events")},
        {QStringLiteral("queries"), QT_TRANSLATE_NOOP("Casebook", "Data queries")},
        {QStringLiteral("query_messages"), QT_TRANSLATE_NOOP("Casebook", "Data query messages")},
        {QStringLiteral("sdv_marks"), QT_TRANSLATE_NOOP("Casebook", "Source data verification")},
    };
    const char *t = titles.value(table);
    return t ? QCoreApplication::translate("Casebook", t) : table;
}

// The field that orders a table's records (when they happened) and names a form's record in
// its heading.
QString keyField(const QString &table)
{
    static const QHash<QString, QString> keys{{QStringLiteral("screenings"), QStringLiteral("assessment_date")},
                                              {QStringLiteral("randomizations"), QStringLiteral("allocated_utc")},
                                              {QStringLiteral("rt_plans"), QStringLiteral("start_date")},
                                              {QStringLiteral("assessments"), QStringLiteral("visit_date")},
                                              {QStringLiteral("adverse_events"), QStringLiteral("onset_date")},
                                              {QStringLiteral("fractions"), QStringLiteral("date")},
                                              {QStringLiteral("lab_results"), QStringLiteral("collected_utc")},
                                              {QStringLiteral("drug_doses"), QStringLiteral("date")},
                                              {QStringLiteral("queries"), QStringLiteral("raised_utc")},
                                              {QStringLiteral("query_messages"), QStringLiteral("at_utc")},
                                              {QStringLiteral("sdv_marks"), QStringLiteral("verified_utc")}};
    return keys.value(table);
}

// Hidden: the link to the patient (the casebook is one patient's) and the signature's bytes
// (its presence is printed; its check is `audit verify`'s).
bool printedField(const QString &field)
{
    return field != QLatin1String("patient_id") && field != QLatin1String("signature");
}

// A mark or a query message names its author and time in its own fields (verified_by and
// verified_utc, author and at_utc): its signer's copies of them are not printed twice.
bool repeatsItsAuthor(const TableSpec *spec, const QString &field)
{
    return spec && (spec->fields.contains(QStringLiteral("verified_by")) || spec->fields.contains(QStringLiteral("author")))
           && (field == QLatin1String("signed_by") || field == QLatin1String("signed_utc"));
}

// The id's last eight characters: its first ones are, in a version 7 id (newUuid), the time it
// was made, the same for every record made within about seven weeks, and the casebook printed
// one record number for all of a patient's records.
QString shortId(const QString &id) { return id.right(8); }

QString utcText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}


Result<QList<CasebookRecord>> readRecords(Session &s, const TableSpec &t, const QString &patientId)
{
    // Names come from the declarations (TableSpec), never from input; the id is bound.
    QStringList cols{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("deleted"), QStringLiteral("modified_by"),
                     QStringLiteral("modified_utc")};
    cols += t.fields;
    const QString where = t.name == kPatients ? QStringLiteral("id = ?") : QStringLiteral("patient_id = ?");
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY id").arg(cols.join(QLatin1Char(',')), t.name, where)));
    st.bind(1, patientId);
    QList<CasebookRecord> out;
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        CasebookRecord r{t.name, row.text(0), int(row.integer(1)), row.integer(2) != 0, row.text(3), row.text(4), {}};
        for (int i = 5; i < cols.size(); ++i)
            r.fields.insert(cols[i], row.value(i));
        out << r;
    }));
    // A form's records in the order they happened (its key date; a day's doses by meal), then by id.
    const QString key = keyField(t.name);
    const bool doses = t.name == StudyDrug::table().name;
    const auto rank = [&](const CasebookRecord &r) { return doses ? StudyDrug::slotRank(r.text(QStringLiteral("slot"))) : 0; };
    std::stable_sort(out.begin(), out.end(), [&](const CasebookRecord &a, const CasebookRecord &b) {
        return std::make_tuple(a.text(key), rank(a), a.id) < std::make_tuple(b.text(key), rank(b), b.id);
    });
    return out;
}

} // namespace

Result<Casebook> loadCasebook(Session &s, const QString &patient, const CasebookOptions &options)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    if (options.withIdentity) {
        MUCO_TRY(s.require(Permission::ViewIdentity));
        // Names are encrypted under the identity key (security/IdentityKey): without a copy of
        // it, a casebook "with identity" would print blanks as if the patient had no name.
        if (!s.seesIdentities())
            return Error::invalid(QStringLiteral("with-identity"),
                                  Tr::tr("your account does not hold the key to patients' identities yet: a colleague who "
                                         "may see identities gives it to you by signing in once; then sign in again"));
    }
    auto found = Patients::get(s, patient);
    if (!found.ok())
        found = Patients::bySubjectId(s, patient);
    if (!found.ok())
        return Error::invalid(QStringLiteral("patient"), Tr::tr("no patient %1 at this site").arg(patient));
    const Patient &p = found.value();
    Casebook c;
    c.patientId = p.id;
    c.subjectId = p.subjectId;
    c.site = p.site;
    c.identityShown = options.withIdentity;
    if (options.withIdentity) {
        c.name = p.name;
        c.mrn = p.mrn;
    }
    c.printedUtc = s.now();
    c.printedBy = s.user().username;
    c.printedRole = roleLabel(s.user().role);
    MUCO_TRY(s.db().exec(QStringLiteral("BEGIN")));
    Status read = [&]() -> Status {
        MUCO_READ(own, readRecords(s, Patients::table(), p.id));
        c.records << own;
        for (const TableSpec *t : RecordStore::syncedTables()) {
            if (t->name == kPatients || !t->fields.contains(QStringLiteral("patient_id")))
                continue;
            MUCO_READ(rows, readRecords(s, *t, p.id));
            c.records << rows;
        }
        MUCO_READ(trail, AuditTrail::ofPatient(s, p.id));
        c.audit = trail;
        return {};
    }();
    (void)s.db().exec(QStringLiteral("COMMIT"));
    if (!read.ok())
        return read.error();
    c.signerNames = Accounts::signerNames(s, c.records, [](const CasebookRecord &r) { return r.text(QStringLiteral("signed_by")); });
    // A monitor's casebook holds no free text, as a monitor's export (Minimisation::withholdsFreeText).
    c.audit = AuditTrail::forExport(s, c.audit);
    if (Minimisation::withholdsFreeText(s))
        for (CasebookRecord &r : c.records) {
            // Said where it was: an empty cell read as a query asked without a word.
            for (const QString &field : Minimisation::freeTextFields(r.table))
                if (!r.text(field).isEmpty())
                    r.withheld << field;
            r.fields = Minimisation::withoutFreeText(r.table, r.fields);
        }
    if (!options.withIdentity) {
        // Without identity, a birth date is reduced to its year, as the patient list does, in
        // the patient's record and in the screening's inputs, which hold it too.
        for (CasebookRecord &r : c.records)
            r.fields = Minimisation::withoutIdentity(r.table, r.fields);
        // The identity table's trail stays out; a birth date written keeps its year only.
        c.audit.erase(std::remove_if(c.audit.begin(), c.audit.end(),
                                     [](const AuditRow &a) { return a.table == Patients::identityTable().name; }),
                      c.audit.end());
        for (AuditRow &a : c.audit) {
            a.oldValue = Minimisation::withoutIdentity(a.table, a.field, a.oldValue);
            a.newValue = Minimisation::withoutIdentity(a.table, a.field, a.newValue);
        }
    }
    return c;
}

namespace {

QString cellText(const CasebookRecord &r, const QString &field)
{
    if (r.withheld.contains(field))
        return Tr::tr("(free text, withheld from monitors)");
    return r.fields.value(field).isNull() ? QString() : r.text(field);
}

QList<QStringList> auditRows(const QList<AuditRow> &rows, bool withRecord)
{
    QList<QStringList> out;
    for (const AuditRow &a : rows) {
        QStringList r{a.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), a.user, a.action};
        if (withRecord)
            r << shortId(a.recordId);
        // The signature's bytes, as in the forms: their presence is printed, `audit verify` checks them.
        r << a.field
          << (a.field == QLatin1String("signature") && !a.newValue.isEmpty() ? Tr::tr("(electronic signature)") : a.newValue)
          << a.reason;
        out << r;
    }
    return out;
}

void auditTable(PdfDocument &doc, const QList<AuditRow> &rows, bool withRecord)
{
    if (rows.isEmpty()) {
        doc.paragraph(Tr::tr("Audit trail: no entry."), 8.5);
        return;
    }
    QStringList header{Tr::tr("When (UTC)"), Tr::tr("Who"), Tr::tr("Action")};
    QList<double> widths{1.55, 0.8, 0.75};
    QList<int> wrap{1, 3, 4, 5};
    if (withRecord) {
        header << Tr::tr("Record");
        widths = {1.55, 0.7, 0.65, 0.85};
        wrap = {1, 4, 5, 6};
    }
    header << Tr::tr("Field") << Tr::tr("New value") << Tr::tr("Reason");
    widths << (withRecord ? 1.15 : 1.3) << (withRecord ? 1.8 : 2.3) << (withRecord ? 1.1 : 1.3);
    doc.table(header, auditRows(rows, withRecord), widths, wrap);
}

QString signatureLine(const CasebookRecord &r, const QHash<QString, QString> &names)
{
    const QString who = r.text(QStringLiteral("signed_by"));
    if (who.isEmpty())
        return {};
    // The signer's printed name (21 CFR 11.50) with the account the audit trail names.
    const QString name = names.value(who);
    QString line = name.isEmpty() || name == who ? Tr::tr("Signed by %1, meaning \"%2\", at %3 UTC.")
                                        .arg(who, r.text(QStringLiteral("signature_meaning")), utcText(r.text(QStringLiteral("signed_utc"))))
                                  : Tr::tr("Signed by %1 (user %2), meaning \"%3\", at %4 UTC.")
                                        .arg(name, who, r.text(QStringLiteral("signature_meaning")), utcText(r.text(QStringLiteral("signed_utc"))));
    if (!r.text(QStringLiteral("signature")).isEmpty())
        line += QLatin1Char(' ') + Tr::tr("Electronic signature (Ed25519) kept with the record; audit verify checks it.");
    return line;
}

void drawForm(PdfDocument &doc, const CasebookRecord &r, const QList<AuditRow> &trail, const QHash<QString, QString> &names)
{
    const QString key = keyField(r.table);
    QString head = key.isEmpty() || r.text(key).isEmpty() ? formTitle(r.table) : Tr::tr("%1, %2").arg(formTitle(r.table), r.text(key));
    head += QLatin1Char(' ') + Tr::tr("(record %1, version %2)").arg(shortId(r.id)).arg(r.version);
    doc.subheading(head, PdfDocument::mm(40));
    if (r.deleted)
        doc.paragraph(Tr::tr("Deleted: kept for the audit trail, not part of the data."), 8.5);
    doc.paragraph(Tr::tr("Last changed by %1 at %2 UTC.").arg(r.modifiedBy, utcText(r.modifiedUtc)), 8);
    QList<QStringList> rows;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        if (printedField(it.key()))
            rows << QStringList{it.key(), cellText(r, it.key())};
    // In the table's declared order, not alphabetical.
    const TableSpec *spec = r.table == kPatients ? &Patients::table() : RecordStore::tableNamed(r.table);
    if (spec)
        std::stable_sort(rows.begin(), rows.end(), [&](const QStringList &a, const QStringList &b) {
            return spec->fields.indexOf(a.first()) < spec->fields.indexOf(b.first());
        });
    doc.table({Tr::tr("Field"), Tr::tr("Value")}, rows, {1.2, 4.2}, {1});
    const QString signature = signatureLine(r, names);
    if (!signature.isEmpty())
        doc.paragraph(signature, 9);
    auditTable(doc, trail, false);
}

void drawListing(PdfDocument &doc, const QString &table, const QList<const CasebookRecord *> &records, const QList<AuditRow> &trail)
{
    const TableSpec *spec = RecordStore::tableNamed(table);
    QStringList fields;
    for (const QString &f : spec ? spec->fields : records.first()->fields.keys())
        if (printedField(f) && !repeatsItsAuthor(spec, f))
            fields << f;
    QStringList header{Tr::tr("Record")};
    header += fields;
    QList<QStringList> rows;
    for (const CasebookRecord *r : records) {
        QStringList row{shortId(r->id) + (r->deleted ? Tr::tr(" (deleted)") : QString())};
        for (const QString &f : fields)
            row << cellText(*r, f);
        rows << row;
    }
    QList<int> wrap;
    for (int i = 1; i <= fields.size(); ++i)
        wrap << i;
    doc.table(header, rows, {}, wrap);
    auditTable(doc, trail, true);
}

} // namespace

Status writeCasebook(const QString &path, const Casebook &c)
{
    const QString printed = c.printedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString footer = Tr::tr("NCT07312656 casebook of %1, printed %2 UTC by %3. %4")
                               .arg(c.subjectId, printed, c.printedBy,
                                    c.identityShown ? Tr::tr("Contains direct identifiers: keep at the site.") : Tr::tr("Pseudonymised."));
    return writePdf(path, Tr::tr("Casebook %1, NCT07312656").arg(c.subjectId), footer, [&](PdfDocument &doc) {
        QString who = Tr::tr("Subject %1, site %2.").arg(c.subjectId, c.site);
        if (c.identityShown)
            who += QLatin1Char(' ') + Tr::tr("Name: %1. Medical record number: %2.").arg(c.name, c.mrn);
        else
            who += QLatin1Char(' ') + Tr::tr("No name or medical record number: the casebook names the patient by subject ID and year of birth.");
        doc.title(Tr::tr("Casebook: subject %1").arg(c.subjectId),
                  Tr::tr("NCT07312656. Every form of this patient, with its electronic signatures and the audit trail of each field, "
                         "printed %1 UTC by %2 (%3). %4")
                      .arg(printed, c.printedBy, c.printedRole, who));
        QHash<QString, QList<AuditRow>> trailOf;   // record id -> rows
        for (const AuditRow &a : c.audit)
            trailOf[a.recordId] << a;
        QStringList tables;
        for (const CasebookRecord &r : c.records)
            if (!tables.contains(r.table))
                tables << r.table;
        for (const QString &table : tables) {
            QList<const CasebookRecord *> records;
            for (const CasebookRecord &r : c.records)
                if (r.table == table)
                    records << &r;
            doc.heading(Tr::tr("%1 (%n record(s))", nullptr, int(records.size())).arg(formTitle(table)), PdfDocument::mm(45));
            if (isListing(table)) {
                QList<AuditRow> trail;
                for (const AuditRow &a : c.audit)
                    if (a.table == table)
                        trail << a;
                drawListing(doc, table, records, trail);
            } else {
                for (const CasebookRecord *r : records) {
                    QList<AuditRow> trail;
                    for (const AuditRow &a : trailOf.value(r->id))
                        // The patient's record shares its id with the identity table's, kept apart.
                        if (a.table == r->table || (r->table == kPatients && c.identityShown && a.table == Patients::identityTable().name))
                            trail << a;
                    drawForm(doc, *r, trail, c.signerNames);
                }
            }
        }
        doc.heading(Tr::tr("Investigator's sign-off"), PdfDocument::mm(50));
        doc.paragraph(Tr::tr("I have reviewed this casebook and confirm that the data are complete and correct."));
        doc.space(PdfDocument::mm(10));
        doc.paragraph(Tr::tr("Name: ______________________   Signature: ______________________   Date: ____________"));
    });
}

} // namespace muco::exports
