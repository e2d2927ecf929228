#include "records/Minimisation.h"
#include "records/RecordStore.h"
#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco::Minimisation {

namespace {

const QString kPatients = QStringLiteral("patients");
const QString kBirthDate = QStringLiteral("birth_date");
const QString kBirthYear = QStringLiteral("birth_year");

// The year of an ISO date ("1958-04-02"), or null when there is none.
QJsonValue yearOf(const QJsonValue &date)
{
    const QDate d = QDate::fromString(date.toString().left(10), Qt::ISODate);
    return d.isValid() ? QJsonValue(d.year()) : QJsonValue();
}

} // namespace

QString opaqueAccountId(const QString &userName)
{
    if (isOpaqueAccountId(userName))
        return userName;
    const QByteArray digest = QCryptographicHash::hash(userName.toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("U.") + QString::fromLatin1(digest.toHex().left(12));
}

bool isOpaqueAccountId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^U\\.[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

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

QJsonObject reduceFields(const QString &table, const QJsonObject &fields)
{
    QJsonObject out = fields;
    if (table == kPatients && out.contains(kBirthDate)) {
        if (!out.contains(kBirthYear))
            out.insert(kBirthYear, yearOf(out.value(kBirthDate)));
        out.remove(kBirthDate);
    }
    if (table == QLatin1String("screenings") && out.value(QStringLiteral("inputs")).isString()) {
        // The eligibility inputs as signed hold the birth date the age was computed from.
        QJsonObject inputs = QJsonDocument::fromJson(out.value(QStringLiteral("inputs")).toString().toUtf8()).object();
        if (inputs.contains(kBirthDate)) {
            inputs.insert(kBirthYear, yearOf(inputs.value(kBirthDate)));
            inputs.remove(kBirthDate);
            out.insert(QStringLiteral("inputs"), QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact)));
        }
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        if (isStaffField(table, it.key()) && it.value().isString() && !it.value().toString().isEmpty())
            it.value() = opaqueAccountId(it.value().toString());
    return out;
}

QJsonObject reduceChange(const QJsonObject &change)
{
    QJsonObject out = change;
    const QString table = change.value(QStringLiteral("table")).toString();
    out.insert(QStringLiteral("fields"), reduceFields(table, change.value(QStringLiteral("fields")).toObject()));
    if (change.contains(QStringLiteral("old")))
        out.insert(QStringLiteral("old"), reduceFields(table, change.value(QStringLiteral("old")).toObject()));
    if (!change.value(QStringLiteral("changed_by")).toString().isEmpty())
        out.insert(QStringLiteral("changed_by"), opaqueAccountId(change.value(QStringLiteral("changed_by")).toString()));
    return out;
}

} // namespace muco::Minimisation
