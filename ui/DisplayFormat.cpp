#include "DisplayFormat.h"
#include "records/Patients.h"
#include "clinical/Decimal.h"
#include <QLocale>

namespace muco::ui {

namespace {
const QString kIsoDate = QStringLiteral("yyyy-MM-dd");

QString localized(QString plain)
{
    const QLocale locale;
    plain.replace(QLatin1Char('.'), locale.decimalPoint());
    if (plain.startsWith(QLatin1Char('-')))
        plain = locale.negativeSign() + plain.mid(1);
    return plain;
}
} // namespace

QString dateFormat()
{
    return kIsoDate;
}

QString dateTimeFormat()
{
    return dateFormat() + QStringLiteral(" HH:mm");
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString displayDateWithDay(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat() + QStringLiteral(" ddd")) : QString();
}

QString displaySubject(const Patient &p)
{
    return p.name.isEmpty() ? p.subjectId : QStringLiteral("%1 (%2)").arg(p.subjectId, p.name);
}

QString displaySubject(Session &session, const QString &patientId)
{
    auto p = Patients::get(session, patientId);
    return p.ok() ? displaySubject(p.value()) : QString();
}

QString displayDateTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone), dateTimeFormat()) : QString();
}

QDateTime siteWallClock(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime site = utc.toTimeZone(zone);
    return QDateTime(site.date(), site.time(), QTimeZone::utc());
}

QDateTime fromSiteWallClock(const QDateTime &wallClock, const QTimeZone &zone)
{
    return QDateTime(wallClock.date(), wallClock.time(), zone).toUTC();
}

QString displayNumber(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString displayNumber(const Decimal &value)
{
    return localized(value.toString());
}

QString displayNumber(long long value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

} // namespace muco::ui
