#include "workspace/QueriesTab.h"
#include "workspace/PatientRecords.h"
#include "workspace/QueryDialog.h"
#include "models/QueryListModel.h"
#include "records/Queries.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace muco::ui {

QueriesTab::QueriesTab(QWidget *parent)
    : WorkspaceTab(parent), m_summary(new QLabel), m_table(new QTableView), m_model(new QueryListModel(this)), m_thread(new QTextBrowser),
      m_raise(new QPushButton(tr("Raise &query..."))), m_answer(new QPushButton(tr("Ans&wer..."))),
      m_close(new QPushButton(tr("&Close query..."))), m_reopen(new QPushButton(tr("Re-&open...")))
{
    setObjectName(QStringLiteral("queriesTab"));
    // The value now comes from the record itself: a change to any record of the patient
    // (a correction here, or pulled by sync) reloads the list.
    QStringList shown;
    for (const TableSpec *t : RecordStore::syncedTables())
        shown << t->name;
    showsTables(shown);
    m_summary->setObjectName(QStringLiteral("querySummary"));
    m_table->setObjectName(QStringLiteral("queryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_thread->setObjectName(QStringLiteral("queryThread"));
    m_thread->setPlaceholderText(tr("Select a query to read its thread."));
    m_raise->setObjectName(QStringLiteral("raiseQueryButton"));
    m_answer->setObjectName(QStringLiteral("answerQueryButton"));
    m_close->setObjectName(QStringLiteral("closeQueryButton"));
    m_reopen->setObjectName(QStringLiteral("reopenQueryButton"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueriesTab::showSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_answer->isEnabled())
            answerSelected();
    });
    connect(m_raise, &QPushButton::clicked, this, [this] { raiseQuery(); });
    connect(m_answer, &QPushButton::clicked, this, &QueriesTab::answerSelected);
    connect(m_close, &QPushButton::clicked, this, &QueriesTab::closeSelected);
    connect(m_reopen, &QPushButton::clicked, this, &QueriesTab::reopenSelected);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_raise, m_answer, m_close, m_reopen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addWidget(m_table, 3);
    v->addWidget(m_thread, 2);
    v->addLayout(buttons);
}

void QueriesTab::reload()
{
    Session *s = session();
    if (!s) {
        m_model->setQueries({}, {}, {});
        m_thread->clear();
        return;
    }
    const QString selected = m_table->currentIndex().data(QueryListModel::QueryIdRole).toString();
    auto list = Queries::list(*s, false, patientId());
    QHash<QString, QString> summaries;
    for (const PatientRecord &r : patientRecords(*s, patientId()))
        summaries.insert(r.table + QLatin1Char('/') + r.id, r.summary);
    m_model->setQueries(list.ok() ? list.value() : QList<Query>(), summaries, s->now());
    m_table->resizeColumnsToContents();
    int open = 0, answered = 0, closed = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QString state = m_model->queryAt(i)->state;
        (state == QLatin1String("open") ? open : state == QLatin1String("answered") ? answered : closed)++;
    }
    m_summary->setText(m_model->rowCount() == 0 ? tr("No data queries for this patient.")
                                                : tr("%1 open, %2 answered, %3 closed").arg(open).arg(answered).arg(closed));
    const bool monitor = s->can(Permission::RaiseQuery);
    m_raise->setVisible(monitor);
    m_close->setVisible(monitor);
    m_reopen->setVisible(monitor);
    m_answer->setVisible(s->can(Permission::AnswerQuery));
    selectQuery(selected);
    showSelected();
    emit openCountChanged(open + answered);
}

void QueriesTab::selectQuery(const QString &queryId)
{
    const int row = m_model->rowOf(queryId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void QueriesTab::showSelected()
{
    const Query *q = m_model->queryAt(m_table->currentIndex().row());
    Session *s = session();
    m_thread->setHtml(q && s ? queryThreadHtml(*q, s->siteZone()) : QString());
    const QString state = q ? q->state : QString();
    m_answer->setEnabled(q && state != QLatin1String("closed"));
    m_close->setEnabled(q && state != QLatin1String("closed"));
    m_reopen->setEnabled(q && state != QLatin1String("open"));
    m_raise->setEnabled(s != nullptr);
}

QueryDialog *QueriesTab::raiseQuery(const QString &table, const QString &recordId, const QString &field)
{
    Session *s = session();
    if (!s || !s->can(Permission::RaiseQuery))
        return nullptr;
    auto *dialog = new QueryDialog(*s, patientId(), this, table, recordId, field);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectQuery(dialog->queryId());
    });
    dialog->open();
    return dialog;
}

QueryDialog *QueriesTab::openStep(int step)
{
    Session *s = session();
    const Query *q = m_model->queryAt(m_table->currentIndex().row());
    const auto kind = static_cast<QueryDialog::Step>(step);
    const Permission needed = kind == QueryDialog::Step::Answer ? Permission::AnswerQuery : Permission::RaiseQuery;
    if (!s || !q || !s->can(needed))
        return nullptr;
    auto *dialog = new QueryDialog(*s, kind, *q, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = q->id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        reload();
        selectQuery(id);
    });
    dialog->open();
    return dialog;
}

QueryDialog *QueriesTab::answerSelected() { return openStep(static_cast<int>(QueryDialog::Step::Answer)); }
QueryDialog *QueriesTab::closeSelected() { return openStep(static_cast<int>(QueryDialog::Step::Close)); }
QueryDialog *QueriesTab::reopenSelected() { return openStep(static_cast<int>(QueryDialog::Step::Reopen)); }

} // namespace muco::ui
