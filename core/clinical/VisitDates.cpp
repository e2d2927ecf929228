#include "clinical/VisitDates.h"
#include <QCoreApplication>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VisitDates)
};
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
Error refuse(const QString &why) { return Error::invalid(QStringLiteral("visit_date"), why); }
} // namespace

Status checkVisitDate(const QDate &visit, const VisitDateContext &c)
{
    if (!visit.isValid())
        return refuse(Tr::tr("the visit needs a date"));
    if (c.today.isValid() && visit > c.today)
        return refuse(Tr::tr("%1 is in the future (today is %2)").arg(iso(visit), iso(c.today)));
    if (c.birthDate.isValid() && visit < c.birthDate)
        return refuse(Tr::tr("%1 is before the patient's birth date, %2").arg(iso(visit), iso(c.birthDate)));
    if (c.consentDate.isValid() && visit < c.consentDate)
        return refuse(Tr::tr("%1 is before the patient's screening and consent, %2; no trial visit precedes consent")
                          .arg(iso(visit), iso(c.consentDate)));
    if (c.radiotherapyStart.isValid() && visit < c.radiotherapyStart.addDays(-c.baselineWindowDays))
        return refuse(Tr::tr("%1 is more than %n day(s) before radiotherapy starts (%2): a baseline visit is at most "
                             "%n day(s) before the start", nullptr, c.baselineWindowDays)
                          .arg(iso(visit), iso(c.radiotherapyStart)));
    if (c.participationEnded.isValid() && visit > c.participationEnded)
        return refuse(Tr::tr("%1 is after the patient's participation ended, %2").arg(iso(visit), iso(c.participationEnded)));
    return {};
}

} // namespace muco
