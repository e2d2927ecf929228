#pragma once
// Dates, times and numbers as a clinician reads them, in the UI language. One rule for every
// table, label and the status bar (stored data, exports and the CLI keep ISO 8601):
// - dates: ISO yyyy-MM-dd in every language (en_US's 3/7/25 is ambiguous at a bedside; China's
//   own standard, GB/T 7408, is ISO 8601, and zh_CN's short 2025/3/7 sat beside core's ISO dates
//   on the same screen and left columns ragged);
// - times: 24-hour HH:mm; a stored UTC instant is shown in the site's time zone;
// - numbers: the locale's decimal point, no group separators in clinical values.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace muco {
class Decimal;
struct Patient;
class Session;
}

namespace muco::ui {

QString dateFormat();   // the QDate/QDateEdit display format the rule picks for QLocale()
QString dateTimeFormat();
QString displayDate(const QDate &date);
QString displayDateWithDay(const QDate &date);   // with the short weekday: a dose diary's rows
// "GX01-0001 (Li Hua)", or the subject ID alone when the name is not known or not shown: a
// patient named in a question or a signature.
QString displaySubject(const Patient &patient);
// The same for a patient by id, read for `session`; empty when it cannot be read.
QString displaySubject(Session &session, const QString &patientId);
QString displayDateTime(const QDateTime &utc, const QTimeZone &zone);
// A date-time field shows the site's wall clock whatever the machine's zone is (a laptop set to
// another zone, a wrong system zone): the field holds the site's date and time as a UTC-spec
// value, which Qt never converts, and it is read back in the site's zone.
QDateTime siteWallClock(const QDateTime &utc, const QTimeZone &zone);
QDateTime fromSiteWallClock(const QDateTime &wallClock, const QTimeZone &zone);
QString displayNumber(double value, int decimals);
QString displayNumber(const Decimal &value);
QString displayNumber(long long value);

} // namespace muco::ui
