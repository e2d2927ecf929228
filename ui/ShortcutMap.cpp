#include "ShortcutMap.h"
#include <QCoreApplication>

namespace muco::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(muco::ui::ShortcutMap)
};
} // namespace

// Written out rather than QKeySequence::StandardKey: a platform without a binding for a standard
// key (Quit on some) would leave the command without one, and the map must say the same everywhere.
const QList<ShortcutEntry> &shortcutMap()
{
    static const QList<ShortcutEntry> map = {
        {Command::Help, QKeySequence(Tr::tr("F1")), Tr::tr("Open the user guide at this screen")},
        {Command::NewPatient, QKeySequence(Tr::tr("Ctrl+N")), Tr::tr("New patient")},
        {Command::PatientDetails, QKeySequence(Tr::tr("Ctrl+E")), Tr::tr("Patient details")},
        {Command::FindPatient, QKeySequence(Tr::tr("Ctrl+F")), Tr::tr("Go to the patient filter")},
        {Command::Today, QKeySequence(Tr::tr("Ctrl+T")), Tr::tr("Today: the patients due for a fraction, a grade or labs")},
        {Command::SyncNow, QKeySequence(Tr::tr("F5")), Tr::tr("Sync now")},
        {Command::Lock, QKeySequence(Tr::tr("Ctrl+L")), Tr::tr("Lock")},
        {Command::SwitchUser, QKeySequence(Tr::tr("Ctrl+Shift+L")), Tr::tr("Switch user")},
        {Command::Quit, QKeySequence(Tr::tr("Ctrl+Q")), Tr::tr("Quit")},
        {Command::GradeVisit, QKeySequence(Tr::tr("Ctrl+G")), Tr::tr("Grade a visit of the selected patient")},
        {Command::DeliverFraction, QKeySequence(Tr::tr("Ctrl+D")), Tr::tr("Deliver today's fraction to the selected patient")},
    };
    return map;
}

QKeySequence shortcutFor(Command command)
{
    for (const ShortcutEntry &e : shortcutMap())
        if (e.command == command)
            return e.keys;
    return {};
}

} // namespace muco::ui
