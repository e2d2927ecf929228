#include "MonitorView.h"
#include "ColumnsToWidth.h"
#include "DisplayFormat.h"
#include "EmptyListHint.h"
#include "models/MonitorListModel.h"
#include "models/OverdueVisitsModel.h"
#include "workspace/PatientRecords.h"
#include "records/MonitoringOverview.h"
#include "security/Session.h"
#include "storage/ChangeNotifier.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace muco::ui {

namespace {

void setUpTable(QTableView *t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    // In the order each list is given (no sort indicators: their room in every header pushed
    // the counts out of the narrow panel); each column as wide as its contents.
    t->setSortingEnabled(false);
    t->horizontalHeader()->setStretchLastSection(false);
}

} // namespace

MonitorView::MonitorView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_sitesModel(new MonitorListModel(MonitorListModel::Kind::Sites, this)),
      m_sitesTable(new QTableView), m_lists(new QTabWidget), m_overdue(new OverdueVisitsModel(this)), m_hint(new QLabel),
      m_everySite(new QPushButton), m_refresh(new QPushButton), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("monitorView"));
    m_summary->setObjectName(QStringLiteral("monitorSummary"));
    m_summary->setWordWrap(true);
    m_sitesTable->setObjectName(QStringLiteral("monitorSites"));
    m_sitesTable->setModel(m_sitesModel);
    setUpTable(m_sitesTable);
    m_lists->setObjectName(QStringLiteral("monitorLists"));
    // Beside a patient the panel is narrow: the four lists' titles go on two lines
    // (fitListTitles), and should they still not fit the middle of the name gives way, rather
    // than a tab scrolled out of sight behind arrows (a walkthrough at 1366x768: the fourth needed
    // 377 px in 330). The whole title is the tab's tooltip.
    m_lists->tabBar()->setUsesScrollButtons(false);
    m_lists->tabBar()->setElideMode(Qt::ElideMiddle);
    for (auto kind : {MonitorListModel::Kind::Patients, MonitorListModel::Kind::OpenQueries, MonitorListModel::Kind::SdvRemaining})
        m_models << new MonitorListModel(kind, this);
    for (MonitorListModel *m : {m_models.at(1), m_models.at(2)})   // the lists that name a record
        m->setDescribe([this](const QString &table, const QString &id) {
            return m_session ? patientRecord(*m_session, table, id).summary : QString();
        });
    addList(m_models.at(0), QStringLiteral("monitorPatients"));
    addList(m_models.at(1), QStringLiteral("monitorQueries"));
    addList(m_models.at(2), QStringLiteral("monitorSdv"));
    addList(m_overdue, QStringLiteral("monitorOverdue"));
    // The oldest query and the longest overdue first: what the monitor chases.
    m_proxies.at(QueriesList)->sort(MonitorListModel::QueryAge, Qt::DescendingOrder);
    m_proxies.at(OverdueList)->sort(OverdueVisitsModel::DaysOverdue, Qt::DescendingOrder);
    // The narrow panel: days overdue and what is missing before the visit's long name, which
    // takes the rest and wraps; the window is in the patient's Visits tab.
    QTableView *overdue = m_tables.at(OverdueList);
    overdue->setColumnHidden(OverdueVisitsModel::Window, true);
    overdue->horizontalHeader()->moveSection(overdue->horizontalHeader()->visualIndex(OverdueVisitsModel::DaysOverdue),
                                             overdue->horizontalHeader()->visualIndex(OverdueVisitsModel::Visit));
    overdue->horizontalHeader()->moveSection(overdue->horizontalHeader()->visualIndex(OverdueVisitsModel::Missing),
                                             overdue->horizontalHeader()->visualIndex(OverdueVisitsModel::Visit));
    overdue->setWordWrap(true);
    overdue->horizontalHeader()->setStretchLastSection(true);
    overdue->setTextElideMode(Qt::ElideNone);
    // The visit's name wraps in what the other columns leave, the rows as tall as it makes them
    // (a walkthrough: beside a patient it was cut to "Weekly ..." with a sideways scroll). The
    // list is short: the visits overdue today.
    overdue->horizontalHeader()->setSectionResizeMode(OverdueVisitsModel::Visit, QHeaderView::Stretch);
    overdue->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    overdue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Just the sites' rows: the lists below get the height.
    m_sitesTable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_sitesTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A walkthrough: beside a patient, the last column was cut to "Mi gr" and the table scrolled
    // sideways. The age of the oldest open query gives way: the open queries' tooltip and the
    // queries list (oldest first) say it too.
    m_sitesColumns = ColumnsToWidth::install(m_sitesTable, {MonitorListModel::SiteOldestQuery});

    m_everySite->setObjectName(QStringLiteral("monitorEverySite"));
    connect(m_everySite, &QPushButton::clicked, this, [this] {
        m_sitesTable->setCurrentIndex({});
        m_sitesTable->clearSelection();
        showSite({});
    });
    m_refresh->setObjectName(QStringLiteral("monitorRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &MonitorView::reload);
    connect(m_sitesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showSite(current.isValid() ? m_sitesModel->index(current.row(), MonitorListModel::kSiteColumn).data().toString() : QString());
    });
    // A pull, or a query or mark made in a workspace, changes the lists: read them again once
    // the change is committed (coalesced; while hidden, at the next show).
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            reload();
    });
    connect(&ChangeNotifier::instance(), &ChangeNotifier::committed, this, [this] { scheduleReload(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_everySite);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    m_hint->setObjectName(QStringLiteral("monitorHint"));
    m_hint->setWordWrap(true);
    m_hints << EmptyListHint::install(m_sitesTable, {});
    for (QTableView *t : std::as_const(m_tables))
        m_hints << EmptyListHint::install(t, {});
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_summary);
    v->addWidget(m_sitesTable);
    v->addLayout(buttons);
    v->addWidget(m_lists, 1);
    v->addWidget(m_hint);
    retranslate();
}

void MonitorView::addList(QAbstractItemModel *model, const QString &objectName)
{
    static_assert(int(MonitorListModel::PatientIdRole) == int(OverdueVisitsModel::PatientIdRole));
    static_assert(MonitorListModel::kSiteColumn == OverdueVisitsModel::Site);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(MonitorListModel::kSiteColumn);
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(proxy);
    setUpTable(table);
    proxy->sort(1, Qt::AscendingOrder);   // by subject; kept sorted as the rows change
    table->horizontalHeader()->setResizeContentsPrecision(0);   // sized by the rows in sight
    const auto list = static_cast<List>(m_tables.size());   // the lists are added in List's order
    connect(table, &QTableView::activated, this, [this, proxy, list](const QModelIndex &index) {
        const QString patient = proxy->data(index, MonitorListModel::PatientIdRole).toString();
        if (!patient.isEmpty())
            emit openPatient(patient, list, proxy->data(index, MonitorListModel::ItemTableRole).toString(),
                             proxy->data(index, MonitorListModel::ItemIdRole).toString());
    });
    // The site filters the list (the proxy's key) but is not shown: the panel is narrow, and the
    // subject ID starts with the site's code.
    table->setColumnHidden(MonitorListModel::kSiteColumn, true);
    m_proxies << proxy;
    m_tables << table;
    m_lists->addTab(table, {});
}

void MonitorView::retranslate()
{
    m_everySite->setText(tr("&Every site"));
    m_refresh->setText(tr("Re&fresh"));
    m_hint->setText(tr("Enter opens the patient: raise queries and mark records verified in the workspace."));
    m_hints.at(0)->setText(tr("No patients on this device yet: synchronise to pull the sites' records."));
    const QString empty[] = {tr("No patients."), tr("No open queries."), tr("Nothing remains to verify."), tr("No overdue visits.")};
    for (int i = 0; i < m_tables.size(); ++i)
        m_hints.at(i + 1)->setText(empty[i]);
    showSite(m_site);   // the tabs' titles and counts
    for (MonitorListModel *m : std::as_const(m_models))
        m->forgetDescriptions();   // read again in the new language
}

void MonitorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MonitorView::setSession(Session *session)
{
    m_session = session;
    m_site.clear();
    m_sitesTable->setCurrentIndex({});
    reload();
}

void MonitorView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        fitSites();
        fitListTitles();
    }
}

void MonitorView::fitListTitles()
{
    const QString titles[] = {tr("Patients (%1)"), tr("Queries (%1)"), tr("To verify (%1)"), tr("Overdue (%1)")};
    QTabBar *bar = m_lists->tabBar();
    int need = 0;
    for (int i = 0; i < m_lists->count(); ++i) {
        m_lists->setTabText(i, titles[i].arg(m_proxies.at(i)->rowCount()));
        m_lists->setTabToolTip(i, m_lists->tabText(i));
        need += bar->fontMetrics().horizontalAdvance(m_lists->tabText(i)) + bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    }
    // Qt elides a title as one line (its break lost): two-line titles are not elided.
    bar->setElideMode(need <= m_lists->width() ? Qt::ElideMiddle : Qt::ElideNone);
    if (need <= m_lists->width())
        return;
    // The name over its count: the break where the title's last space was before it.
    static const QRegularExpression beforeCount(QStringLiteral(" (?=[(（][^ ]*$)"));
    for (int i = 0; i < m_lists->count(); ++i)
        m_lists->setTabText(i, m_lists->tabText(i).replace(beforeCount, QStringLiteral("\n")));
}

void MonitorView::fitSites()
{
    m_sitesColumns->fit();
    const int room = m_sitesTable->viewport()->width();
    int height = m_sitesTable->horizontalHeader()->sizeHint().height() + 2 * m_sitesTable->frameWidth();
    for (int r = 0; r < m_sitesModel->rowCount(); ++r)
        height += m_sitesTable->rowHeight(r);
    if (m_sitesTable->horizontalHeader()->length() > room)
        height += m_sitesTable->horizontalScrollBar()->sizeHint().height();
    // Room for three rows at least, so the hint of an empty list is readable.
    m_sitesTable->setFixedHeight(std::max(height, m_sitesTable->horizontalHeader()->sizeHint().height() + 3 * m_sitesTable->verticalHeader()->defaultSectionSize()));
}

void MonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void MonitorView::scheduleReload()
{
    if (!m_session)
        return;
    m_stale = true;
    // A pull commits page after page: read the lists once, a moment after the last.
    if (isVisible())
        m_reloadTimer->start();
}

void MonitorView::showSite(const QString &site)
{
    m_site = site;
    // The whole site code, not a prefix: GX01 is not GX011.
    const QRegularExpression exact(site.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(site)));
    for (QSortFilterProxyModel *p : std::as_const(m_proxies))
        p->setFilterRegularExpression(exact);
    fitListTitles();
}

void MonitorView::reload()
{
    m_stale = false;
    MonitoringOverview overview;
    if (m_session) {
        auto read = MonitoringOverview::load(*m_session);
        if (read.ok())
            overview = read.value();
        const int sites = static_cast<int>(overview.sites.size());
        m_summary->setText(!read.ok() ? read.error().message
                           : m_session->isMonitorDevice()
                               ? tr("Every site this device holds, as of %1. Sites: %2.").arg(displayDate(overview.today)).arg(sites)
                               : tr("This site, as of %1.").arg(displayDate(overview.today)));
    } else {
        m_summary->clear();
    }
    m_sitesModel->setOverview(overview);
    for (MonitorListModel *m : std::as_const(m_models))
        m->setOverview(overview);
    m_overdue->setVisits(overview.overdueVisits, overview.today);
    // Only a monitor verifies: for anyone else there is no SDV list to work through.
    m_sitesTable->setColumnHidden(MonitorListModel::SiteSdvRemaining, !overview.sdvShown);
    m_tables.at(PatientsList)->setColumnHidden(MonitorListModel::PatientSdvRemaining, !overview.sdvShown);
    m_lists->setTabVisible(SdvList, overview.sdvShown);
    // The site shown stays selected across a reload, when it still has rows.
    int row = -1;
    for (int r = 0; r < m_sitesModel->rowCount(); ++r)
        if (m_sitesModel->index(r, MonitorListModel::kSiteColumn).data().toString() == m_site)
            row = r;
    if (row >= 0)
        m_sitesTable->setCurrentIndex(m_sitesModel->index(row, 0));
    showSite(row >= 0 ? m_site : QString());
    m_sitesTable->resizeColumnsToContents();
    m_sitesTable->resizeRowsToContents();
    fitSites();
    for (QTableView *t : std::as_const(m_tables)) {
        t->resizeColumnsToContents();
        // A query's or a record's line is read for the rows shown (sized by those, precision 0):
        // every row's height asked for them all, a read each (review); their rows are one line.
        if (t != m_tables.at(QueriesList) && t != m_tables.at(SdvList))
            t->resizeRowsToContents();
    }
}

} // namespace muco::ui
