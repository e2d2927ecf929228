#include "records/Patients.h"
#include "records/SubjectNumbers.h"
#include "clinical/Eligibility.h"
#include "security/IdentityCipher.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QDate>
#include <QAnyStringView>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <optional>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Patients)
};

// Every problem of the details, at most one per field, in the order they are checked: the
// first is the one refused (the CLI names one field); a form shows them all at once.
QList<Error> detailProblems(const Session &s, const QString &birthDate, const QString &sex, const QString &name,
                            const QString &mrn, const QString &phone)
{
    QList<Error> out;
    if (!birthDate.isEmpty()) {
        const QDate d = QDate::fromString(birthDate, Qt::ISODate);
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        // Written as asked, a 30 February is told as what it is: "not of the form" misled.
        const bool written = shape.match(birthDate).hasMatch();
        if (written && birthDate.left(4).toInt() < 1900)
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is before 1900").arg(birthDate));
        else if (!d.isValid() && written)
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is not a day of the calendar (check the month and day)").arg(birthDate));
        else if (!d.isValid() || birthDate.size() != 10)
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(birthDate));
        else if (d > s.now().date())
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is in the future").arg(birthDate));
        else if (d.year() < 1900)
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("%1 is before 1900").arg(birthDate));
    }
    if (!sex.isEmpty() && sex != QLatin1String("male") && sex != QLatin1String("female"))
        out << Error::invalid(QStringLiteral("sex"), Tr::tr("use male or female"));
    if (name.size() > 200)
        out << Error::invalid(QStringLiteral("name"), Tr::tr("is too long"));
    if (mrn.size() > 64)
        out << Error::invalid(QStringLiteral("mrn"), Tr::tr("is too long"));
    if (phone.size() > 64)
        out << Error::invalid(QStringLiteral("phone"), Tr::tr("is too long"));
    return out;
}

Status checkDetails(const Session &s, const QString &birthDate, const QString &sex, const QString &name,
                    const QString &mrn, const QString &phone)
{
    const QList<Error> problems = detailProblems(s, birthDate, sex, name, mrn, phone);
    return problems.isEmpty() ? Status() : Status(problems.first());
}

QList<Error> newPatientProblems(const Session &s, const NewPatient &p)
{
    static const QRegularExpression subjectRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$"));
    QList<Error> out;
    if (!p.subjectId.isEmpty() && !subjectRe.match(p.subjectId).hasMatch())
        out << Error::invalid(QStringLiteral("subject-id"), Tr::tr("use up to 32 letters, digits and dashes"));
    if (p.registration) {
        // A record a clinician can screen and find again: the protocol needs age and sex.
        if (p.name.trimmed().isEmpty() && p.mrn.trimmed().isEmpty())
            out << Error::invalid(QStringLiteral("name"), Tr::tr("enter the patient's name or medical record number"));
        if (p.birthDate.isEmpty())
            out << Error::invalid(QStringLiteral("birth-date"), Tr::tr("the birth date is required"));
        if (p.sex.isEmpty())
            out << Error::invalid(QStringLiteral("sex"), Tr::tr("choose the sex"));
    }
    // One message a field: a required field's absence says more than its form.
    for (const Error &e : detailProblems(s, p.birthDate, p.sex, p.name, p.mrn, p.phone))
        if (std::none_of(out.cbegin(), out.cend(), [&](const Error &o) { return o.field == e.field; }))
            out << e;
    return out;
}

Status validate(const Session &s, const NewPatient &p)
{
    const QList<Error> problems = newPatientProblems(s, p);
    return problems.isEmpty() ? Status() : Status(problems.first());
}

// Cached (every add asks): reset before returning, since a statement left on its row keeps a
// read transaction open.
Result<bool> subjectIdTaken(Session &s, const QString &subjectId)
{
    MUCO_READ(st, s.db().cached(QStringLiteral("SELECT 1 FROM patients WHERE subject_id = ? COLLATE NOCASE")));
    st->bind(1, subjectId);
    auto taken = st->next();
    st->reset();
    return taken;
}

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// Identities are written encrypted (IdentityCipher): an account that holds no copy of the
// identity key yet cannot write one, and is told so rather than have it dropped.
Status canWriteIdentity(const Session &s, const QString &name, const QString &mrn, const QString &phone)
{
    if (s.seesIdentities() || (name.trimmed().isEmpty() && mrn.trimmed().isEmpty() && phone.trimmed().isEmpty()))
        return {};
    const QString field = !name.trimmed().isEmpty() ? QStringLiteral("name")
                          : !mrn.trimmed().isEmpty() ? QStringLiteral("mrn")
                                                     : QStringLiteral("phone");
    if (!s.can(Permission::ViewIdentity))
        return Error::denied(Tr::tr("%1 (%2) may not enter patients' names and record numbers.")
                                 .arg(s.user().username, roleLabel(s.user().role)));
    return Error::invalid(field, Tr::tr("your account does not hold the key to patients' identities yet: a colleague "
                                        "who may see identities gives it to you by signing in once; then sign in again"));
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.subject_id, p.subject_number, p.birth_date, p.sex, p.status, p.version,"
    " i.name, i.mrn, i.phone, p.status_date, p.status_reason, p.site FROM patients p LEFT JOIN patient_identity i ON i.id = p.id"
    " WHERE p.deleted = 0");

// Text repeated down a long list (site, sex, status): converted once and shared, not once a row.
class RepeatedText {
public:
    QString operator()(const Statement &st, int col)
    {
        const QByteArrayView bytes = st.utf8(col);
        if (bytes.isNull())
            return {};
        if (m_last.isNull() || bytes != QByteArrayView(m_lastBytes)) {
            m_lastBytes = bytes.toByteArray();
            m_last = QString::fromUtf8(bytes);
        }
        return m_last;
    }

private:
    QByteArray m_lastBytes;
    QString m_last;
};

// A birth date as stored ("YYYY-MM-DD", checked on entry) read without Qt's general ISO parser
// and calendar, which were a tenth of listing 50,000 patients; anything else goes through them.
struct Ymd {
    int y = 0, m = 0, d = 0;
};

std::optional<Ymd> isoDate(const QString &text)
{
    const auto digits = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const Ymd ymd{digits(0, 4), digits(5, 2), digits(8, 2)};
        if (ymd.y >= 0 && ymd.m >= 0 && ymd.d >= 0)
            return QDate::isValid(ymd.y, ymd.m, ymd.d) ? std::optional<Ymd>(ymd) : std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<Ymd>(Ymd{date.year(), date.month(), date.day()}) : std::nullopt;
}

// The text of a stored identity value (IdentityCipher), read from the statement's bytes; one
// that does not open says so rather than showing nothing, so that a damaged value is seen and
// not taken for a blank one.
QString identityText(const SecureBytes &key, QByteArrayView patientId, std::size_t field, const Statement &st, int col)
{
    const QByteArrayView stored = st.utf8(col);
    if (stored.isEmpty())
        return {};
    auto text = IdentityCipher::open(key, patientId, IdentityCipher::kFields.at(field), stored);
    return text ? *text : Tr::tr("(cannot be read)");
}

// The identity key when the session shows identities (Session::seesIdentities), else null.
const SecureBytes *identityKeyOf(const Session &s) { return s.seesIdentities() ? &s.identityKey() : nullptr; }

// Reads rows of kSelect (or of its columns without the identity, kPatientsOnly).
class PatientReader {
public:
    PatientReader(const SecureBytes *identityKey, const QDate &today)
        : m_key(identityKey), m_identity(identityKey != nullptr), m_today{today.year(), today.month(), today.day()} {}
    Patient read(const Statement &st)
    {
        Patient p{st.text(0), st.text(1), static_cast<int>(st.integer(2)), st.text(3), m_sex(st, 4), m_status(st, 5),
                  st.text(10), st.text(11), static_cast<int>(st.integer(6)), m_identity, {}, {}, {}, -1, m_site(st, 12)};
        const std::optional<Ymd> birth = isoDate(p.birthDate);
        if (birth) {
            // completedYears, on the parts
            const Ymd &on = m_today;
            p.ageYears = on.y - birth->y - (on.m < birth->m || (on.m == birth->m && on.d < birth->d) ? 1 : 0);
        }
        if (m_identity) {
            const QByteArray id = p.id.toUtf8();
            p.name = identityText(*m_key, id, 0, st, 7);
            p.mrn = identityText(*m_key, id, 1, st, 8);
            p.phone = identityText(*m_key, id, 2, st, 9);
        } else if (birth) {
            p.birthDate = QString::number(birth->y);   // age and year, never the day (issue 12)
        }
        return p;
    }

private:
    const SecureBytes *m_key;
    bool m_identity;
    Ymd m_today;   // once per list, not per row: the site's today is a time zone conversion
    RepeatedText m_sex, m_status, m_site;
};

Patient readPatient(const Statement &st, const Session &s) { return PatientReader(identityKeyOf(s), s.today()).read(st); }

// kSelect's columns without the identity join, in storage order (see Patients::list).
const QString kPatientsOnly = QStringLiteral(
    "SELECT p.id, p.subject_id, p.subject_number, p.birth_date, p.sex, p.status, p.version,"
    " NULL, NULL, NULL, p.status_date, p.status_reason, p.site FROM patients p WHERE p.deleted = 0 ORDER BY p.rowid");

// Name, MRN and phone onto the listed patients. Both rows of a patient are written together
// (add), so in storage order the k-th identity is nearly always the one after the last matched
// patient's: matched in one pass, through an index by id only when not (pulled patients have
// no identity here; a deleted patient's identity matches nothing).
// Each identity value costs a decryption (IdentityCipher, about 7,000 instructions): a long
// list collects them during the scan and decrypts them on every core, each value into its own
// patient's field, so no two threads write the same string.
constexpr qsizetype kParallelFrom = 2000;

struct SealedValue {
    QString *into;
    qsizetype patient;
    std::size_t field;
    QByteArray stored;
};

Status mergeIdentities(Session &s, QList<Patient> &patients)
{
    const SecureBytes &key = s.identityKey();
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT id, name, mrn, phone FROM patient_identity ORDER BY rowid")));
    qsizetype next = 0;
    QHash<QString, qsizetype> byId;
    const bool parallel = patients.size() >= kParallelFrom;
    std::vector<SealedValue> sealed;
    if (parallel)
        sealed.reserve(static_cast<std::size_t>(patients.size()) * 2);
    Patient *data = patients.data();   // detached once, here: the workers write through it
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        // Compared with the UTF-8 SQLite holds, not converted for every row.
        qsizetype at = next < patients.size() && QAnyStringView::equal(patients.at(next).id, QUtf8StringView(row.utf8(0))) ? next : -1;
        if (at < 0) {
            const QString id = row.text(0);
            if (byId.isEmpty()) {
                byId.reserve(patients.size());
                for (qsizetype i = 0; i < patients.size(); ++i)
                    byId.insert(patients.at(i).id, i);
            }
            at = byId.value(id, -1);
        }
        if (at < 0)
            return;
        Patient &p = data[at];
        const QByteArrayView id = row.utf8(0);
        QString *fields[3] = {&p.name, &p.mrn, &p.phone};
        for (std::size_t f = 0; f < 3; ++f) {
            const QByteArrayView stored = row.utf8(static_cast<int>(f) + 1);
            if (parallel && IdentityCipher::isSealed(stored))
                sealed.push_back({fields[f], at, f, stored.toByteArray()});
            else
                *fields[f] = identityText(key, id, f, row, static_cast<int>(f) + 1);
        }
        next = at + 1;
    }));
    if (sealed.empty())
        return {};
    QtConcurrent::blockingMap(sealed, [&](SealedValue &v) {
        const QByteArray id = data[v.patient].id.toUtf8();
        auto text = IdentityCipher::open(key, id, IdentityCipher::kFields.at(v.field), v.stored);
        *v.into = text ? *text : Tr::tr("(cannot be read)");
    });
    return {};
}

} // namespace

const TableSpec &Patients::table()
{
    static const TableSpec spec{QStringLiteral("patients"),
                                {QStringLiteral("subject_id"), QStringLiteral("subject_number"),
                                 QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("status"),
                                 QStringLiteral("created_utc"), QStringLiteral("status_date"), QStringLiteral("status_reason"),
                                 // Derived from birth_date on the write path; what syncs instead of it.
                                 QStringLiteral("birth_year")},
                                true, true, QStringLiteral("subject_id")};
    return spec;
}

const TableSpec &Patients::identityTable()
{
    static const TableSpec spec{QStringLiteral("patient_identity"),
                                {IdentityCipher::fieldName(0), IdentityCipher::fieldName(1), IdentityCipher::fieldName(2)},
                                false, false};
    return spec;
}

QString Patients::statusLabel(const QString &status)
{
    if (status == QLatin1String("screening")) return Tr::tr("Screening");
    if (status == QLatin1String("enrolled")) return Tr::tr("Enrolled");
    if (status == QLatin1String("screen_failed")) return Tr::tr("Screen failure");
    if (status == QLatin1String("withdrawn")) return Tr::tr("Withdrawn");
    if (status == QLatin1String("completed")) return Tr::tr("Completed");
    return status;
}

QList<Error> Patients::problems(const Session &s, const NewPatient &p)
{
    return newPatientProblems(s, p);
}

Result<Patient> Patients::add(Session &s, const NewPatient &p)
{
    MUCO_TRY(s.require(Permission::AddPatient));
    MUCO_TRY(validate(s, p));
    MUCO_TRY(canWriteIdentity(s, p.name, p.mrn, p.phone));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    // From this device's block of numbers, so that two devices of the site adding patients
    // offline never allocate the same one (records/SubjectNumbers).
    auto number = SubjectNumbers::next(s);
    if (!number.ok())
        return number.error();
    const auto allocated = [&] { return QStringLiteral("%1-%2").arg(s.site()).arg(number.value(), 4, 10, QLatin1Char('0')); };
    QString subjectId = p.subjectId.isEmpty() ? allocated() : p.subjectId;
    auto taken = subjectIdTaken(s, subjectId);
    if (!taken.ok())
        return taken.error();
    // An ID the central site gave a patient of another device (two devices had allocated the
    // same one offline) may lie beyond the highest number: an allocated ID skips taken ones.
    while (taken.value() && p.subjectId.isEmpty()) {
        number = number.value() + 1;
        subjectId = allocated();
        taken = subjectIdTaken(s, subjectId);
        if (!taken.ok())
            return taken.error();
    }
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
    const auto sealed = [&](std::size_t field, const QString &value) {
        return orNull(IdentityCipher::seal(s.identityKey(), created->id, IdentityCipher::fieldName(field), value.trimmed()));
    };
    RecordWrite identity{&identityTable(), created->id,
                         {{IdentityCipher::fieldName(0), sealed(0, p.name)}, {IdentityCipher::fieldName(1), sealed(1, p.mrn)},
                          {IdentityCipher::fieldName(2), sealed(2, p.phone)}},
                         {}};
    auto identityCreated = RecordStore::create(s, identity);
    if (!identityCreated.ok())
        return identityCreated.error();
    MUCO_TRY(tx.commit());
    return get(s, created->id);
}

// Two plain scans, identities matched in C++ and the order made here: at 50,000 patients the
// join (an index lookup per patient) and SQLite's sort of the subject IDs within each number
// took 3 times as long as reading the rows (issue 14).
Result<QList<Patient>> Patients::list(Session &s, Identities identities)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    const bool identity = s.seesIdentities();
    MUCO_READ(st, s.db().prepare(kPatientsOnly));
    QList<Patient> out;
    // Room for every row at once (the largest rowid bounds the count, read from the B-tree's
    // edge): growing a list of 50,000 patients moved them 16 times.
    if (auto rows = s.db().scalarInt(QStringLiteral("SELECT max(rowid) FROM patients")); rows.ok())
        out.reserve(std::clamp<qint64>(rows.value(), 0, 1 << 20));
    PatientReader reader(identityKeyOf(s), s.today());
    MUCO_TRY(st.forEachRow([&](const Statement &row) { out.append(reader.read(row)); }));
    if (identity && identities == Identities::Now)
        MUCO_TRY(mergeIdentities(s, out));
    // By site, number, then subject ID (ASCII, checked on entry: QString's order is SQLite's).
    const auto before = [](const Patient &a, const Patient &b) {
        if (a.site != b.site)
            return a.site < b.site;
        if (a.subjectNumber != b.subjectNumber)
            return a.subjectNumber < b.subjectNumber;
        return a.subjectId < b.subjectId;
    };
    if (!std::is_sorted(out.cbegin(), out.cend(), before))
        std::sort(out.begin(), out.end(), before);
    return out;
}

Result<QList<Patient>> Patients::firstBySubject(Session &s, int count)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    // kPatientsOnly's columns, in the order of patients_subject_nocase.
    MUCO_READ(st, s.db().prepare(QString(kPatientsOnly).replace(QStringLiteral(" ORDER BY p.rowid"),
                                                                QStringLiteral(" ORDER BY p.subject_id COLLATE NOCASE LIMIT ?"))));
    st.bind(1, qint64(std::max(count, 0)));
    QList<Patient> out;
    out.reserve(std::max(count, 0));
    PatientReader reader(identityKeyOf(s), s.today());
    MUCO_TRY(st.forEachRow([&](const Statement &row) { out.append(reader.read(row)); }));
    return out;
}

Status Patients::openIdentities(Session &s, QList<Patient> &patients)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    return s.seesIdentities() ? mergeIdentities(s, patients) : Status{};
}

Result<QList<Patient>> Patients::withMrn(Session &s, const QString &mrn, const QString &exceptId)
{
    const QString wanted = mrn.trimmed();
    if (wanted.isEmpty() || !s.seesIdentities())
        return QList<Patient>();
    MUCO_READ(all, list(s));
    QList<Patient> out;
    for (const Patient &p : all)
        if (p.id != exceptId && p.mrn.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            out.append(p);
    return out;
}

Result<Patient> Patients::get(Session &s, const QString &id)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    // Cached: read after every add and by the list for every patient a commit names (issue 14).
    MUCO_READ(st, s.db().cached(kSelect + QStringLiteral(" AND p.id = ?")));
    st->bind(1, id);
    auto row = st->next();
    if (!row.ok() || !row.value()) {
        st->reset();
        if (!row.ok())
            return row.error();
        return Error::invalid(QStringLiteral("id"), Tr::tr("no patient has the id %1").arg(id));
    }
    Patient p = readPatient(*st, s);
    st->reset();
    return p;
}

std::pair<QString, QString> Patients::subjectAndSite(Session &s, const QString &id)
{
    auto st = s.db().cached(QStringLiteral("SELECT subject_id, site FROM patients WHERE id = ?"));
    if (!st.ok())
        return {};
    (*st)->bind(1, id);
    auto row = (*st)->next();
    const bool found = row.ok() && row.value();
    std::pair<QString, QString> out{found ? (*st)->text(0) : QString(), found ? (*st)->text(1) : QString()};
    (*st)->reset();
    return out;
}

Result<Patient> Patients::bySubjectId(Session &s, const QString &subjectId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto st = s.db().prepare(kSelect + QStringLiteral(" AND p.subject_id = ? COLLATE NOCASE"));
    if (!st.ok())
        return st.error();
    st->bind(1, subjectId);
    auto row = st->next();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::invalid(QStringLiteral("subject-id"), Tr::tr("no patient has the subject ID %1").arg(subjectId));
    return readPatient(*st, s);
}

Result<Patient> Patients::update(Session &s, const QString &id, const PatientDetails &d, const QString &reason)
{
    MUCO_TRY(s.require(Permission::EditPatient));
    auto current = get(s, id);
    if (!current.ok())
        return current.error();
    const bool identity = s.seesIdentities();
    MUCO_TRY(checkDetails(s, d.birthDate, d.sex, d.name, d.mrn, d.phone));
    // Once known, birth date and sex are corrected, never blanked: screening decided on them.
    if (d.birthDate.isEmpty() && !current->birthDate.isEmpty())
        return Error::invalid(QStringLiteral("birth-date"), Tr::tr("the birth date is required"));
    if (d.sex.isEmpty() && !current->sex.isEmpty())
        return Error::invalid(QStringLiteral("sex"), Tr::tr("choose the sex"));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to change saved data"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::update(s, {&table(), id, {{QStringLiteral("birth_date"), orNull(d.birthDate)},
                                                      {QStringLiteral("sex"), orNull(d.sex)}}, reason});
    if (!out.ok())
        return out.error();
    if (identity) {
        // Only what changed is written: a value encrypted again would differ in every byte, and
        // the trail would say it changed.
        const std::array<QString, 3> now{d.name.trimmed(), d.mrn.trimmed(), d.phone.trimmed()};
        const std::array<QString, 3> before{current->name, current->mrn, current->phone};
        QVariantMap fields;
        for (std::size_t i = 0; i < now.size(); ++i)
            if (now.at(i) != before.at(i))
                fields.insert(IdentityCipher::fieldName(i), orNull(IdentityCipher::seal(s.identityKey(), id, IdentityCipher::fieldName(i), now.at(i))));
        if (!fields.isEmpty()) {
            auto had = RecordStore::read(s, identityTable(), id);
            auto written = had.ok() ? RecordStore::update(s, {&identityTable(), id, fields, reason})
                                    : RecordStore::create(s, {&identityTable(), id, fields, reason});
            if (!written.ok())
                return written.error();
        }
    } else {
        MUCO_TRY(canWriteIdentity(s, d.name, d.mrn, d.phone));
    }
    MUCO_TRY(tx.commit());
    return get(s, id);
}

QStringList Patients::nextStatuses(const QString &status)
{
    if (status == QLatin1String("screening"))
        return {QStringLiteral("screen_failed"), QStringLiteral("withdrawn")};
    if (status == QLatin1String("enrolled"))
        return {QStringLiteral("withdrawn"), QStringLiteral("completed")};
    return {};
}

Result<Patient> Patients::setStatus(Session &s, const QString &id, const QString &status, const QDate &date, const QString &reason)
{
    MUCO_TRY(s.require(Permission::EditPatient));
    auto current = get(s, id);
    if (!current.ok())
        return current.error();
    if (!nextStatuses(current->status).contains(status))
        return Error::invalid(QStringLiteral("status"), Tr::tr("a patient whose status is %1 cannot become %2")
                                                            .arg(current->status, status));
    if (!date.isValid())
        return Error::invalid(QStringLiteral("status_date"), Tr::tr("the date is required"));
    if (date > s.today())
        return Error::invalid(QStringLiteral("status_date"), Tr::tr("%1 is in the future").arg(date.toString(Qt::ISODate)));
    const QDate birth = QDate::fromString(current->birthDate, Qt::ISODate);
    if (birth.isValid() && date < birth)
        return Error::invalid(QStringLiteral("status_date"), Tr::tr("%1 is before the patient's birth").arg(date.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("status_reason"), Tr::tr("say why"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::update(s, {&table(), id, {{QStringLiteral("status"), status},
                                                      {QStringLiteral("status_date"), date.toString(Qt::ISODate)},
                                                      {QStringLiteral("status_reason"), reason.trimmed()}},
                                       reason});
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    return get(s, id);
}

} // namespace muco
