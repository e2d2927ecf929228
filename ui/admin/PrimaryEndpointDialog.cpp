#include "admin/PrimaryEndpointDialog.h"
#include "clinical/Protocol.h"
#include "models/EndpointResultModels.h"
#include "reports/SiteSnapshot.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    return view;
}
} // namespace

PrimaryEndpointDialog::PrimaryEndpointDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_scales(new EndpointResultModel(this)), m_excluded(new EndpointExclusionModel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Primary endpoint (this site's data)"));
    auto *layout = new QVBoxLayout(this);
    const PrimaryEndpoint primary = Protocol::nct07312656().primaryEndpoint;
    auto *intro = new QLabel(tr("%1. n: randomized patients with a signed graded visit on or after the day of randomization; "
                                "events: a signed grade at or above the threshold. The whole trial's analysis is made at the central site.")
                                 .arg(primary.label()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);
    m_error->hide();
    QTableView *scales = readOnlyTable(m_scales, this);
    scales->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(scales);
    layout->addWidget(new QLabel(tr("Not in the primary analysis:"), this));
    QTableView *excluded = readOnlyTable(m_excluded, this);
    excluded->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(excluded);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);

    auto snapshot = siteSnapshot(session);
    if (!snapshot.ok()) {
        m_error->setText(snapshot.error().message);
        m_error->show();
        return;
    }
    const QList<EndpointResult> results = analyseEndpoints(trialCourses(snapshot.value()), primary);
    m_scales->setResults(results);
    m_excluded->setExclusions(results.isEmpty() ? QList<EndpointExclusion>{} : results.first().excluded);
    excluded->resizeColumnToContents(EndpointExclusionModel::Subject);
}

} // namespace muco::ui
