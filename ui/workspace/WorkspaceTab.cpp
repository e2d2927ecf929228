#include "workspace/WorkspaceTab.h"
#include <QMessageBox>

namespace muco::ui {

void WorkspaceTab::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Not saved"), message);
}

} // namespace muco::ui
