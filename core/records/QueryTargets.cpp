#include "records/QueryTargets.h"
#include "clinical/Decimal.h"
#include "records/AdverseEvents.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include "security/Session.h"
#include <QCoreApplication>
#include <QDate>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QueryTargets)
};

// The monitoring tables themselves: a query on a query is not a thing.
bool isMonitoringTable(const QString &name)
{
    return name == QLatin1String("queries") || name == QLatin1String("query_messages") || name == QLatin1String("sdv_marks");
}

enum class Kind { Text, RequiredText, Date, OptionalDate, PositiveDecimal, Bool, Grade, Choice };

struct Correctable {
    QString table;
    QString field;
    Kind kind;
    QStringList choices = {};
};

// Fields a site corrects in answer to a query, through the same write path and with a reason.
// Left out on purpose: identifiers and keys (subject_id, patient_id, number), values computed
// from others (a lab's SI value, a visit's grades, the cumulative dose, a plan's dose per
// fraction) and anything signed (screenings, visits): those have their own correction, which
// keeps what was signed.
const QList<Correctable> &correctables()
{
    static const QList<Correctable> list = {
        {QStringLiteral("patients"), QStringLiteral("birth_date"), Kind::Date},
        {QStringLiteral("patients"), QStringLiteral("sex"), Kind::Choice, {QStringLiteral("female"), QStringLiteral("male")}},
        {QStringLiteral("rt_plans"), QStringLiteral("technique"), Kind::Text},
        {QStringLiteral("rt_plans"), QStringLiteral("chemo_agent"), Kind::Text},
        {QStringLiteral("fractions"), QStringLiteral("dose_gy"), Kind::PositiveDecimal},
        {QStringLiteral("fractions"), QStringLiteral("reason"), Kind::Text},
        {QStringLiteral("drug_doses"), QStringLiteral("taken"), Kind::Bool},
        {QStringLiteral("drug_doses"), QStringLiteral("volume_ml"), Kind::PositiveDecimal},
        {QStringLiteral("adverse_events"), QStringLiteral("term"), Kind::RequiredText},
        {QStringLiteral("adverse_events"), QStringLiteral("grade"), Kind::Grade},
        {QStringLiteral("adverse_events"), QStringLiteral("onset_date"), Kind::Date},
        {QStringLiteral("adverse_events"), QStringLiteral("resolution_date"), Kind::OptionalDate},
        {QStringLiteral("adverse_events"), QStringLiteral("serious"), Kind::Bool},
        {QStringLiteral("adverse_events"), QStringLiteral("relation"), Kind::Choice, AdverseEvents::relations()},
        {QStringLiteral("adverse_events"), QStringLiteral("action"), Kind::Choice, AdverseEvents::actions()},
        {QStringLiteral("adverse_events"), QStringLiteral("outcome"), Kind::Choice, AdverseEvents::outcomes()},
    };
    return list;
}

Result<QVariant> convert(const Correctable &c, const QString &raw, const QString &option)
{
    const QString text = raw.trimmed();
    switch (c.kind) {
    case Kind::Text:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case Kind::RequiredText:
        if (text.isEmpty())
            return Error::invalid(option, Tr::tr("%1 cannot be empty").arg(c.field));
        return QVariant(text);
    case Kind::OptionalDate:
        if (text.isEmpty())
            return QVariant();
        [[fallthrough]];
    case Kind::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return Error::invalid(option, Tr::tr("%1 is a date written YYYY-MM-DD, not \"%2\"").arg(c.field, text));
        return QVariant(d.toString(Qt::ISODate));
    }
    case Kind::PositiveDecimal: {
        const auto d = Decimal::parse(text);
        if (!d || *d <= Decimal::parse(QStringLiteral("0")).value())
            return Error::invalid(option, Tr::tr("%1 is a number above 0, not \"%2\"").arg(c.field, text));
        return QVariant(d->toString());
    }
    case Kind::Bool:
        if (text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes"))
            return QVariant(1);
        if (text == QLatin1String("0") || text == QLatin1String("false") || text == QLatin1String("no"))
            return QVariant(0);
        return Error::invalid(option, Tr::tr("%1 is yes or no, not \"%2\"").arg(c.field, text));
    case Kind::Grade: {
        bool ok = false;
        const int g = text.toInt(&ok);
        if (!ok || g < 1 || g > 5)
            return Error::invalid(option, Tr::tr("%1 is a CTCAE grade from 1 to 5, not \"%2\"").arg(c.field, text));
        return QVariant(g);
    }
    case Kind::Choice:
        if (!c.choices.contains(text))
            return Error::invalid(option, Tr::tr("%1 is one of %2, not \"%3\"").arg(c.field, c.choices.join(QStringLiteral(", ")), text));
        return QVariant(text);
    }
    return Error::invalid(option, Tr::tr("%1 cannot be corrected here").arg(c.field));
}

// The rules an adverse event keeps across its fields, checked on the record as it would be.
Status checkAdverseEvent(const QVariantMap &after, const QString &option)
{
    const QDate onset = QDate::fromString(after.value(QStringLiteral("onset_date")).toString(), Qt::ISODate);
    const QDate resolved = QDate::fromString(after.value(QStringLiteral("resolution_date")).toString(), Qt::ISODate);
    if (resolved.isValid() && onset.isValid() && resolved < onset)
        return Error::invalid(option, Tr::tr("resolution cannot come before onset"));
    if (after.value(QStringLiteral("grade")).toInt() == 5 && after.value(QStringLiteral("outcome")).toString() != QLatin1String("fatal"))
        return Error::invalid(option, Tr::tr("a grade 5 event has the outcome fatal"));
    return {};
}

} // namespace

Result<const TableSpec *> QueryTargets::table(const QString &name, const QString &field)
{
    const TableSpec *t = isMonitoringTable(name) ? nullptr : RecordStore::tableNamed(name);
    if (!t) {
        QStringList names;
        for (const TableSpec *s : RecordStore::syncedTables())
            if (!isMonitoringTable(s->name))
                names << s->name;
        return Error::invalid(field, Tr::tr("\"%1\" is not a table that can be queried; use one of %2")
                                         .arg(name, names.join(QStringLiteral(", "))));
    }
    return t;
}

Result<RecordRef> QueryTargets::parse(Session &s, const QString &tableSlashId)
{
    const qsizetype slash = tableSlashId.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == tableSlashId.size() - 1)
        return Error::invalid(QStringLiteral("record"), Tr::tr("name a record as TABLE/ID, not \"%1\"").arg(tableSlashId));
    return load(s, tableSlashId.left(slash), tableSlashId.mid(slash + 1));
}

Result<RecordRef> QueryTargets::load(Session &s, const QString &tableName, const QString &id)
{
    MUCO_READ(t, table(tableName));
    auto values = RecordStore::read(s, *t, id);
    if (!values.ok() || values->value(QStringLiteral("deleted")).toInt() != 0)
        return Error::invalid(QStringLiteral("record"), Tr::tr("there is no %1 record %2 at this site").arg(tableName, id));
    RecordRef r;
    r.table = t;
    r.id = id;
    r.values = values.value();
    r.patientId = t->fields.contains(QStringLiteral("patient_id")) ? r.values.value(QStringLiteral("patient_id")).toString() : id;
    return r;
}

Status QueryTargets::checkField(const TableSpec &t, const QString &field, const QString &option)
{
    if (!t.fields.contains(field))
        return Error::invalid(option, Tr::tr("\"%1\" is not a field of %2; use one of %3").arg(field, t.name, t.fields.join(QStringLiteral(", "))));
    return {};
}

Result<QVariant> QueryTargets::correctedValue(const RecordRef &record, const QString &field, const QString &text, const QString &option)
{
    const QString state = record.values.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("signed") || state == QLatin1String("superseded"))
        return Error::invalid(option, Tr::tr("this %1 record is %2: correct it with its own correction, which keeps what was signed")
                                          .arg(record.table->name, state));
    for (const Correctable &c : correctables()) {
        if (c.table != record.table->name || c.field != field)
            continue;
        MUCO_READ(value, convert(c, text, option));
        if (c.table == QLatin1String("adverse_events")) {
            QVariantMap after = record.values;
            after.insert(field, value);
            MUCO_TRY(checkAdverseEvent(after, option));
        }
        return value;
    }
    return Error::invalid(option, Tr::tr("%1 of %2 cannot be corrected in answer to a query; correct it where it is recorded")
                                      .arg(field, record.table->name));
}

Result<Permission> QueryTargets::permissionToCorrect(const TableSpec &t)
{
    if (t.name == QLatin1String("patients"))
        return Permission::EditPatient;
    if (t.name == QLatin1String("rt_plans") || t.name == QLatin1String("fractions"))
        return Permission::EnterFractions;
    if (t.name == QLatin1String("drug_doses"))
        return Permission::RecordStudyDrug;
    if (t.name == QLatin1String("adverse_events"))
        return Permission::ManageAdverseEvents;
    return Error::invalid(QStringLiteral("correct"), Tr::tr("records of %1 cannot be corrected in answer to a query").arg(t.name));
}

} // namespace muco
