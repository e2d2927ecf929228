#pragma once
// Before a patient gets a medical record number another patient holds: a walkthrough added a
// patient with another's number without a word, and two records of one hospital number are a
// wrong-patient risk. The clinician may still go on (a shared number the hospital made).
#include <QString>

class QWidget;

namespace muco {
class Session;
}

namespace muco::ui {

// True when no other patient holds `mrn`, or the user chose to go on (No is the default).
bool mayShareMrn(QWidget *parent, Session &session, const QString &mrn, const QString &patientId = {});

} // namespace muco::ui
