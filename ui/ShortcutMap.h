#pragma once
// The program's one map of command shortcuts (Ctrl, Shift and function keys). Every menu action
// and workspace command takes its keys from here, the user guide's shortcuts page lists the same,
// and tst_gui_bedside checks that no two commands share a key and that no two items on one screen
// share an Alt letter. Alt letters (mnemonics) stay in the texts they underline.
#include <QKeySequence>
#include <QList>
#include <QString>

namespace muco::ui {

enum class Command {
    Help,
    NewPatient,
    PatientDetails,
    FindPatient,
    Today,             // the clinic day's list (TodayView)
    SyncNow,
    Lock,
    SwitchUser,
    Quit,
    GradeVisit,        // from any tab of the selected patient: opens the Visits tab's wizard
    DeliverFraction,   // from any tab of the selected patient: the Radiotherapy tab's Deliver
};

struct ShortcutEntry {
    Command command;
    QKeySequence keys;
    QString what;   // translated, for the guide and the tooltips
};

const QList<ShortcutEntry> &shortcutMap();
QKeySequence shortcutFor(Command command);

} // namespace muco::ui
