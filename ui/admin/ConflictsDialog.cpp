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
    m_keep = new QPushButton(tr("Keep &this device's value"));
    m_take = new QPushButton(tr("Take the &central value"));
    connect(m_keep, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_take, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_note);
    v->addWidget(m_table);
    v->addLayout(buttons);
    v->addWidget(close);
    resize(820, 420);
    reload();
}

void ConflictsDialog::reload()
{
    const Status loaded = m_model->load(m_session);
    m_table->resizeColumnsToContents();
    // An empty list says why: nothing to resolve, or the list could not be read (a locked
    // database is not "no conflicts").
    if (!loaded.ok())
        m_note->setText(tr("The conflicts could not be read: %1").arg(errorText(loaded.error())));
    else if (m_model->rowCount() == 0)
        m_note->setText(tr("No sync conflicts to resolve."));
    else
        m_note->setText(tr("The same field was changed on this device and elsewhere before they synchronised. "
                           "Nothing was overwritten; choose the right value."));
    const bool choose = loaded.ok() && m_model->rowCount() > 0 && m_session.can(Permission::ResolveConflicts);
    m_keep->setEnabled(choose);
    m_take->setEnabled(choose);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

QString ConflictsDialog::noteText() const { return m_note->text(); }

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
