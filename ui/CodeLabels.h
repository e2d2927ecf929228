#pragma once
// Stored codes ("dose_reduced", "ineligible", "adverse_events") as people read them, in the UI
// language: one table per vocabulary, so no raw code reaches a screen. The stored value
// itself never changes (it is what syncs and exports).
#include "clinical/Dose.h"
#include "common/Result.h"
#include <QString>
#include <QStringList>

namespace muco::ui {

QString aeRelationLabel(const QString &code);
QString aeActionLabel(const QString &code);
QString aeOutcomeLabel(const QString &code);
QString screeningOutcomeLabel(const QString &code);   // eligible | ineligible | incomplete
QString recordStateLabel(const QString &code);        // draft | signed | confirmed | superseded
QString fractionStatusLabel(FractionStatus status);    // Delivered | Missed | Held
QString tableLabel(const QString &table);             // a synced table: "Adverse events"
QString fieldLabel(const QString &field);             // a column or JSON key: "Onset date"
// A stored value of a field, translated when the field holds a code (relation, outcome, state, sex...).
QString fieldValueLabel(const QString &field, const QString &value);
// An error from core for a person: the field it names ("plan.total_dose_gy: ...") by its label.
QString errorText(const Error &error);

} // namespace muco::ui
