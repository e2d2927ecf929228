#pragma once
// When a graded visit may be dated: a pure rule over what the record knows about the
// patient (issue 12: a visit dated months before radiotherapy started was signed, fraction 0).
// Every date here is a calendar date of the site; an invalid QDate means "not known", and a
// rule whose date is not known does not apply.
#include "common/Result.h"
#include <QDate>

namespace muco {

struct VisitDateContext {
    QDate today;                // the site's today: no visit in the future
    QDate birthDate;            // no visit before the patient was born
    QDate consentDate;          // the first screening: consent precedes every trial assessment
    QDate radiotherapyStart;    // the plan's start date
    int baselineWindowDays = 14;   // the baseline visit is at most this many days before the start
    QDate participationEnded;   // withdrawn or screen failure: no visit after that date
};

// The first rule the visit date breaks (field "visit_date", with the date it conflicts with),
// or success. Each bound is inclusive: a visit on the consent date, on the first day of the
// baseline window or on the day of withdrawal is allowed.
Status checkVisitDate(const QDate &visit, const VisitDateContext &context);

} // namespace muco
