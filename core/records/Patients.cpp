#include "records/Patients.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Patients)
};

Status validate(const Session &s, const NewPatient &p)
{
    static const QRegularExpression subjectRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$"));
    if (!p.subjectId.isEmpty() && !subjectRe.match(p.subjectId).hasMatch())
        return Error::invalid(QStringLiteral("subject-id"), Tr::tr("use up to 32 letters, digits and dashes"));
    if (!p.birthDate.isEmpty()) {
        const QDate d = QDate::fromString(p.birthDate, Qt::ISODate);
        if (!d.isValid() || p.birthDate.size() != 10)
            return Error::invalid(QStringLiteral("birth-date"), Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(p.birthDate));
        if (d > s.now().date())
            return Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is in the future").arg(p.birthDate));
        if (d.year() < 1900)
            return Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is before 1900").arg(p.birthDate));
    }
    if (!p.sex.isEmpty() && p.sex != QLatin1String("male") && p.sex != QLatin1String("female"))
        return Error::invalid(QStringLiteral("sex"), Tr::tr("use male or female"));
    if (p.name.size() > 200 || p.mrn.size() > 64 || p.phone.size() > 64)
        return Error::invalid(p.name.size() > 200 ? QStringLiteral("name") : QStringLiteral("mrn"), Tr::tr("is too long"));
    return {};
}

Result<int> nextSubjectNumber(Session &s)
{
    auto st = s.db().prepare(QStringLiteral("SELECT COALESCE(MAX(subject_number), 0) + 1 FROM patients WHERE site = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, s.site());
    auto row = st->next();
    if (!row.ok())
        return row.error();
    return static_cast<int>(st->integer(0));
}

Result<bool> subjectIdTaken(Session &s, const QString &subjectId)
{
    auto st = s.db().prepare(QStringLiteral("SELECT 1 FROM patients WHERE subject_id = ? COLLATE NOCASE"));
    if (!st.ok())
        return st.error();
    st->bind(1, subjectId);
    return st->next();
}

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.subject_id, p.subject_number, p.birth_date, p.sex, p.status, p.version,"
    " i.name, i.mrn, i.phone FROM patients p LEFT JOIN patient_identity i ON i.id = p.id"
    " WHERE p.deleted = 0");

Patient readPatient(const Statement &st, bool identity)
{
    Patient p{st.text(0), st.text(1), static_cast<int>(st.integer(2)), st.text(3), st.text(4), st.text(5),
              static_cast<int>(st.integer(6)), identity, {}, {}, {}};
    if (identity) {
        p.name = st.text(7);
        p.mrn = st.text(8);
        p.phone = st.text(9);
    }
    return p;
}

} // namespace

const TableSpec &Patients::table()
{
    static const TableSpec spec{QStringLiteral("patients"),
                                {QStringLiteral("subject_id"), QStringLiteral("subject_number"),
                                 QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("status"),
                                 QStringLiteral("created_utc")},
                                true, true};
    return spec;
}

const TableSpec &Patients::identityTable()
{
    static const TableSpec spec{QStringLiteral("patient_identity"),
                                {QStringLiteral("name"), QStringLiteral("mrn"), QStringLiteral("phone")}, false, false};
    return spec;
}

Result<Patient> Patients::add(Session &s, const NewPatient &p)
{
    MUCO_TRY(s.require(Permission::AddPatient));
    MUCO_TRY(validate(s, p));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto number = nextSubjectNumber(s);
    if (!number.ok())
        return number.error();
    const QString subjectId = p.subjectId.isEmpty()
        ? QStringLiteral("%1-%2").arg(s.site()).arg(number.value(), 4, 10, QLatin1Char('0'))
        : p.subjectId;
    auto taken = subjectIdTaken(s, subjectId);
    if (!taken.ok())
        return taken.error();
    if (taken.value())
        return Error::invalid(QStringLiteral("subject-id"), Tr::tr("%1 is already in use at this site").arg(subjectId));

    RecordWrite w{&table(), {},
                  {{QStringLiteral("subject_id"), subjectId},
                   {QStringLiteral("subject_number"), number.value()},
                   {QStringLiteral("birth_date"), orNull(p.birthDate)},
                   {QStringLiteral("sex"), orNull(p.sex)},
                   {QStringLiteral("status"), QStringLiteral("screening")},
                   {QStringLiteral("created_utc"), isoUtc(s.now())}},
                  {}};
    auto created = RecordStore::create(s, w);
    if (!created.ok())
        return created.error();
    RecordWrite identity{&identityTable(), created->id,
                         {{QStringLiteral("name"), orNull(p.name.trimmed())},
                          {QStringLiteral("mrn"), orNull(p.mrn.trimmed())},
                          {QStringLiteral("phone"), orNull(p.phone.trimmed())}},
                         {}};
    auto identityCreated = RecordStore::create(s, identity);
    if (!identityCreated.ok())
        return identityCreated.error();
    MUCO_TRY(tx.commit());
    return get(s, created->id);
}

Result<QList<Patient>> Patients::list(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    const bool identity = s.can(Permission::ViewIdentity);
    auto st = s.db().prepare(kSelect + QStringLiteral(" ORDER BY p.site, p.subject_number, p.subject_id"));
    if (!st.ok())
        return st.error();
    QList<Patient> out;
    MUCO_TRY(st->forEachRow([&](const Statement &row) { out.append(readPatient(row, identity)); }));
    return out;
}

Result<Patient> Patients::get(Session &s, const QString &id)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto st = s.db().prepare(kSelect + QStringLiteral(" AND p.id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->next();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::invalid(QStringLiteral("id"), Tr::tr("no patient has the id %1").arg(id));
    return readPatient(*st, s.can(Permission::ViewIdentity));
}

} // namespace muco
