#include "admin/ConflictsDialog.h"
#include "models/ConflictListModel.h"
#include "CodeLabels.h"
#include "SignatureDialog.h"
#include "security/Session.h"
#include "sync/SyncEngine.h"
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

ConflictsDialog::ConflictsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new ConflictListModel(this)), m_table(new QTableView)
{
    setWindowTitle(tr("Sync conflicts"));
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *keep = new QPushButton(tr("Keep &this device's value"));
    auto *take = new QPushButton(tr("Take the &central value"));
    const bool allowed = session.can(Permission::ResolveConflicts);
    keep->setEnabled(allowed);
    take->setEnabled(allowed);
    connect(keep, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(take, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    auto *note = new QLabel(tr("The same field was changed on this device and elsewhere before they synchronised. "
                               "Nothing was overwritten; choose the right value."));
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keep);
    buttons->addWidget(take);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(note);
    v->addWidget(m_table);
    v->addLayout(buttons);
    v->addWidget(close);
    resize(820, 420);
    reload();
}

void ConflictsDialog::reload()
{
    (void)m_model->load(m_session);   // a failed read leaves the list empty
    m_table->resizeColumnsToContents();
}

void ConflictsDialog::resolveSelected(bool keepDevice)
{
    const ConflictDetails *d = m_model->conflictAt(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    if (!d)
        return;
    const QString id = d->conflict.id;
    const QString reason = askReason(this, tr("A sync conflict is being resolved."));
    if (reason.isEmpty())
        return;
    const Status s = SyncEngine::resolve(m_session, id, keepDevice, reason);
    if (!s.ok())
        QMessageBox::warning(this, tr("Not resolved"), errorText(s.error()));
    reload();
}

} // namespace muco::ui
