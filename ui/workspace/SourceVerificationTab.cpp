#include "workspace/SourceVerificationTab.h"
#include "DisplayFormat.h"
#include "CodeLabels.h"
#include "workspace/PatientRecords.h"
#include "models/QueryListModel.h"
#include "models/SdvListModel.h"
#include "SignatureDialog.h"
#include "records/RecordStore.h"
#include "records/SourceVerification.h"
#include "security/Session.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

SourceVerificationTab::SourceVerificationTab(QWidget *parent)
    : WorkspaceTab(parent), m_summary(new QLabel), m_table(new QTableView), m_model(new SdvListModel(this)),
      m_mark(new QPushButton(tr("&Mark verified..."))), m_query(new QPushButton(tr("Raise &query on this record...")))
{
    setObjectName(QStringLiteral("sourceVerificationTab"));
    // A change to any of the patient's records may reset its mark: every synced table reloads.
    QStringList shown;
    for (const TableSpec *t : RecordStore::syncedTables())
        shown << t->name;
    showsTables(shown);
    m_summary->setObjectName(QStringLiteral("sdvSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sdvTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_mark->setObjectName(QStringLiteral("sdvMarkButton"));
    m_query->setObjectName(QStringLiteral("sdvQueryButton"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourceVerificationTab::showSelected);
    connect(m_mark, &QPushButton::clicked, this, &SourceVerificationTab::markSelected);
    connect(m_query, &QPushButton::clicked, this, [this] {
        if (const SdvListModel::Row *r = m_model->rowAt(m_table->currentIndex().row()))
            emit raiseQueryOn(r->table, r->id);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mark);
    buttons->addWidget(m_query);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addWidget(m_table, 1);
    v->addLayout(buttons);
}

void SourceVerificationTab::reload()
{
    Session *s = session();
    if (!s) {
        m_model->setRows({}, {});
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const QString table = current.data(SdvListModel::TableRole).toString();
    const QString id = current.data(SdvListModel::RecordIdRole).toString();
    QList<SdvListModel::Row> rows;
    for (const PatientRecord &r : patientRecords(*s, patientId())) {
        auto st = SourceVerification::status(*s, r.table, r.id);
        if (st.ok())
            rows.append({r.table, r.id, r.summary, st.value()});
    }
    m_model->setRows(rows, s->siteZone());
    m_table->resizeColumnsToContents();
    const int remaining = m_model->remainingToVerify();
    m_summary->setText(remaining == 0 ? tr("Every record of this patient to verify is verified as it stands.")
                                      : tr("Records of this patient still to verify: %1 (the protocol's critical items: "
                                           "screening, randomization, radiotherapy, grades, adverse events; and the records the monitoring "
                                           "plan samples from the rest).").arg(remaining));
    const bool monitor = s->can(Permission::VerifySource);
    m_mark->setVisible(monitor);
    m_query->setVisible(s->can(Permission::RaiseQuery));
    int row = m_model->rowOf(table, id);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i)   // else the first record still to verify
        if ((m_model->rowAt(i)->status.critical || m_model->rowAt(i)->status.sampled)
            && m_model->rowAt(i)->status.state != QLatin1String("verified"))
            row = i;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showSelected();
    emit remainingChanged(remaining);
}

void SourceVerificationTab::showSelected()
{
    const SdvListModel::Row *r = m_model->rowAt(m_table->currentIndex().row());
    m_mark->setEnabled(r && r->status.state != QLatin1String("verified"));
    m_query->setEnabled(r != nullptr);
}

bool SourceVerificationTab::markSelected()
{
    Session *s = session();
    const SdvListModel::Row *r = m_model->rowAt(m_table->currentIndex().row());
    if (!s || !r || !s->can(Permission::VerifySource))
        return false;
    // Copied: the model's rows are read again whenever a commit arrives, and a question below
    // runs an event loop.
    const QString table = r->table, id = r->id, summary = r->summary;
    // A value of the record still in question is asked about first: the mark says every value
    // agrees with the source (a monitor's walkthrough marked a lab verified beside its open query).
    if (const QHash<QString, QString> open = openQueryNotes(*s, patientId(), table, id); !open.isEmpty()) {
        QStringList unresolved;
        for (const QString &field : open.keys())
            unresolved << fieldLabel(field);
        unresolved.sort();
        QMessageBox ask(QMessageBox::Question, tr("Query not closed"),
                        tr("%1 has a query not closed yet on %2. Mark it verified anyway?").arg(summary, unresolved.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("sdvWithOpenQuery"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes)
            return false;
    }
    // The dialog covers the list: it names the record signed for, which a scroll could change.
    const auto password = SignatureDialog::ask(this, s->user().displayName, SourceVerification::signatureMeaning(),
                                               tr("%1 of %2").arg(summary, displaySubject(*s, patientId())));
    if (!password)
        return false;
    auto marked = SourceVerification::mark(*s, table, id, *password);
    if (!marked.ok()) {
        showError(errorText(marked.error()));
        return false;
    }
    reload();   // the mark is a row of its own: the change notice reloads too, this keeps the selection
    if (const int row = m_model->rowOf(table, id); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void SourceVerificationTab::selectRecord(const QString &table, const QString &recordId)
{
    const int row = m_model->rowOf(table, recordId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

} // namespace muco::ui
