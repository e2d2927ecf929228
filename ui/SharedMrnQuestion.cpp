#include "SharedMrnQuestion.h"
#include "DisplayFormat.h"
#include "records/Patients.h"
#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace muco::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SharedMrnQuestion)
};
} // namespace

bool mayShareMrn(QWidget *parent, Session &session, const QString &mrn, const QString &patientId)
{
    auto holders = Patients::withMrn(session, mrn, patientId);
    if (!holders.ok() || holders->isEmpty())
        return true;   // unreadable: the save goes on as before, and says what fails if it does
    QStringList who;
    for (const Patient &p : holders.value())
        who << displaySubject(p);
    QMessageBox box(QMessageBox::Warning, Tr::tr("Medical record number in use"),
                    Tr::tr("The medical record number %1 already belongs to %2. Save this patient with the same number?")
                        .arg(mrn.trimmed(), who.join(QStringLiteral(", "))),
                    QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("sharedMrn"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

} // namespace muco::ui
