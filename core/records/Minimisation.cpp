#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include <QDate>
#include <QJsonDocument>
#include <algorithm>
#include <optional>

namespace muco::Minimisation {

namespace {

const QString kPatients = QStringLiteral("patients");
const QString kBirthDate = QStringLiteral("birth_date");
const QString kBirthYear = QStringLiteral("birth_year");
const QString kSignature = QStringLiteral("signature");

// The year of an ISO date ("1958-04-02"), or null when there is none.
QJsonValue yearOf(const QJsonValue &date)
{
    const QDate d = QDate::fromString(date.toString().left(10), Qt::ISODate);
    return d.isValid() ? QJsonValue(d.year()) : QJsonValue();
}

} // namespace

bool isStaffField(const QString &table, const QString &field)
{
    Q_UNUSED(table)
    static const QStringList fields{QStringLiteral("signed_by"), QStringLiteral("raised_by"), QStringLiteral("author"),
                                    QStringLiteral("verified_by")};
    return fields.contains(field);
}

QStringList freeTextFields(const QString &table)
{
    static const QHash<QString, QStringList> fields{
        {kPatients, {QStringLiteral("status_reason")}},
        {QStringLiteral("adverse_events"), {QStringLiteral("term_specify")}},
        {QStringLiteral("assessments"), {QStringLiteral("findings"), QStringLiteral("correction_reason")}},
        {QStringLiteral("fractions"), {QStringLiteral("reason")}},
        {QStringLiteral("query_messages"), {QStringLiteral("text")}},
    };
    return fields.value(table);
}

bool isFreeText(const QString &table, const QString &field) { return freeTextFields(table).contains(field); }

bool withholdsFreeText(const Session &session) { return session.user().role == Role::Monitor || session.isMonitorDevice(); }

QVariantMap withoutFreeText(const QString &table, QVariantMap fields)
{
    for (const QString &field : freeTextFields(table))
        if (fields.contains(field))
            fields.insert(field, QVariant());
    return fields;
}

QVariantMap withDerived(const TableSpec &table, const QVariantMap &fields)
{
    QVariantMap out = fields;
    if (table.name == kPatients && fields.contains(kBirthDate)) {
        const QJsonValue year = yearOf(QJsonValue::fromVariant(fields.value(kBirthDate)));
        out.insert(kBirthYear, year.isNull() ? QVariant() : QVariant(year.toInt()));
    }
    return out;
}

QVariantMap reconciledWithLocal(const TableSpec &table, const QVariantMap &incoming, const QVariantMap &current)
{
    QVariantMap out = incoming;
    if (table.name == kPatients && incoming.contains(kBirthYear) && !incoming.contains(kBirthDate)) {
        const QDate held = QDate::fromString(current.value(kBirthDate).toString(), Qt::ISODate);
        const QVariant year = incoming.value(kBirthYear);
        if (held.isValid() && (year.isNull() || held.year() != year.toInt()))
            out.insert(kBirthDate, QVariant());
    }
    return out;
}

namespace {

// The eligibility inputs as signed hold the birth date the age was computed from: the same with
// the year of birth instead, or nothing when they hold no birth date.
std::optional<QString> inputsWithoutBirthDate(const QString &inputsJson)
{
    QJsonObject inputs = QJsonDocument::fromJson(inputsJson.toUtf8()).object();
    if (!inputs.contains(kBirthDate))
        return std::nullopt;
    inputs.insert(kBirthYear, yearOf(inputs.value(kBirthDate)));
    inputs.remove(kBirthDate);
    return QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
}

// A query raised on such a value keeps it as it was: the year, the inputs without the date.
std::optional<QString> queryValueWithoutIdentity(const QJsonObject &fields)
{
    const QJsonValue value = fields.value(QStringLiteral("value_at_raise"));
    if (!value.isString())
        return std::nullopt;
    const QString reduced = withoutIdentity(fields.value(QStringLiteral("target_table")).toString(),
                                            fields.value(QStringLiteral("field")).toString(), value.toString());
    return reduced == value.toString() ? std::nullopt : std::optional<QString>(reduced);
}

// reduceFields, or nothing when it keeps `fields` as they are: most changes hold no birth date
// and no staff name, and the central site reduces every change it receives (issue 14: copying
// each change's objects was 6 % of a push's instructions).
std::optional<QJsonObject> reduced(const QString &table, const QJsonObject &fields)
{
    const bool birthDate = table == kPatients && fields.contains(kBirthDate);
    const bool screeningInputs = table == QLatin1String("screenings") && fields.value(QStringLiteral("inputs")).isString();
    bool staffName = false;
    for (auto it = fields.constBegin(); it != fields.constEnd() && !staffName; ++it)
        staffName = isStaffField(table, it.key()) && it.value().isString() && !it.value().toString().isEmpty()
                    && !isOpaqueAccountId(it.value().toString());
    // An electronic signature leaves as its part for the central site alone: the site's part,
    // over the full record, would let whoever holds the signer's public key test guesses of
    // what was minimised away (a birth date has a few hundred candidates a year).
    const QJsonValue signature = fields.value(kSignature);
    const bool siteSignature = signature.isString() && !RecordSignature::sitePart(signature.toString()).isEmpty();
    const std::optional<QString> queryValue = table == QLatin1String("queries") ? queryValueWithoutIdentity(fields) : std::nullopt;
    if (!birthDate && !screeningInputs && !staffName && !siteSignature && !queryValue)
        return std::nullopt;
    QJsonObject out = fields;
    if (siteSignature) {
        const QString central = RecordSignature::centralPart(signature.toString());
        out.insert(kSignature, central.isEmpty() ? QJsonValue() : QJsonValue(central));
    }
    if (birthDate) {
        if (!out.contains(kBirthYear))
            out.insert(kBirthYear, yearOf(out.value(kBirthDate)));
        out.remove(kBirthDate);
    }
    if (screeningInputs)
        if (const auto inputs = inputsWithoutBirthDate(out.value(QStringLiteral("inputs")).toString()))
            out.insert(QStringLiteral("inputs"), *inputs);
    if (queryValue)
        out.insert(QStringLiteral("value_at_raise"), *queryValue);
    if (staffName)
        for (auto it = out.begin(); it != out.end(); ++it)
            if (isStaffField(table, it.key()) && it.value().isString() && !it.value().toString().isEmpty())
                it.value() = opaqueAccountId(it.value().toString());
    return out;
}

} // namespace

QJsonObject reduceFields(const QString &table, const QJsonObject &fields)
{
    return reduced(table, fields).value_or(fields);
}

QString withoutIdentity(const QString &table, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (table == kPatients && field == kBirthDate) {
        const QJsonValue year = yearOf(QJsonValue(value));
        // Not a date: a year already (pulled), or nothing a reader could date anyone by.
        return year.isNull() ? (value.size() == 4 ? value : QString()) : QString::number(year.toInt());
    }
    if (table == QLatin1String("screenings") && field == QLatin1String("inputs"))
        return inputsWithoutBirthDate(value).value_or(value);
    return value;
}

QVariantMap withoutIdentity(const QString &table, QVariantMap fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (const QString text = it.value().toString(), shown = withoutIdentity(table, it.key(), text); shown != text)
            it.value() = shown;
    return fields;
}

QJsonObject reduceChange(const QJsonObject &change)
{
    QJsonObject out = change;
    const QString table = change.value(QStringLiteral("table")).toString();
    if (auto fields = reduced(table, change.value(QStringLiteral("fields")).toObject()))
        out.insert(QStringLiteral("fields"), *fields);
    if (auto old = reduced(table, change.value(QStringLiteral("old")).toObject()))
        out.insert(QStringLiteral("old"), *old);
    if (auto content = reduced(table, change.value(QStringLiteral("signed")).toObject()))
        out.insert(QStringLiteral("signed"), *content);
    const QString by = change.value(QStringLiteral("changed_by")).toString();
    if (!by.isEmpty() && !isOpaqueAccountId(by))
        out.insert(QStringLiteral("changed_by"), opaqueAccountId(by));
    return out;
}

} // namespace muco::Minimisation
