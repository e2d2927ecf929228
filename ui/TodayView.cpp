#include "TodayView.h"
#include "DisplayFormat.h"
#include "security/Session.h"
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <QVBoxLayout>

namespace muco::ui {

namespace {

// The side panel is narrow (a third of a 1366-pixel laptop screen): a cell shows a hidden
// column's text on its second line (the subject ID its patient's name; what is due its
// window), and what is due wraps, instead of columns that scrolled out of sight.
class SecondLineDelegate : public QStyledItemDelegate {
public:
    SecondLineDelegate(int secondLineColumn, QObject *parent) : QStyledItemDelegate(parent), m_column(secondLineColumn) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A fraction is due today only: its "window" says nothing its status does not.
        if (m_column == TodayModel::Window && index.data(TodayModel::KindRole).toInt() == static_cast<int>(TodayModel::Kind::Fraction))
            return;
        if (const QString second = index.siblingAtColumn(m_column).data().toString(); !second.isEmpty())
            option->text += QChar(QChar::LineSeparator) + second;   // what displayText() makes of '\n'
    }

private:
    int m_column;
};

} // namespace

TodayView::TodayView(QWidget *parent)
    : QWidget(parent), m_model(new TodayModel(this)), m_title(new QLabel), m_table(new QTableView), m_midnight(new QTimer(this))
{
    m_midnight->setObjectName(QStringLiteral("midnight"));
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, &TodayView::dayMayHaveTurned);
    setObjectName(QStringLiteral("todayView"));
    m_title->setObjectName(QStringLiteral("todayTitle"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("todayList"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    // The status right after the subject, where "overdue" cannot be missed; what is due takes
    // the rest of the width and wraps, its window on its second line.
    m_table->horizontalHeader()->moveSection(TodayModel::State, TodayModel::SubjectId + 1);
    m_table->setColumnHidden(TodayModel::Name, true);
    m_table->setColumnHidden(TodayModel::Window, true);
    m_table->setItemDelegateForColumn(TodayModel::SubjectId, new SecondLineDelegate(TodayModel::Name, m_table));
    m_table->setItemDelegateForColumn(TodayModel::What, new SecondLineDelegate(TodayModel::Window, m_table));
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::What, QHeaderView::Stretch);
    // Rows grow with the wrapped text whenever the panel (and so the column) changes width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *hint = new QLabel(tr("A row shows its patient; Enter opens the form: the fraction, the grading wizard, the visit to sign, or labs."));
    hint->setWordWrap(true);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_title);
    v->addWidget(m_table, 1);
    v->addWidget(hint);

    auto open = [this](const QModelIndex &index) {
        if (const TodayModel::Task *t = m_model->taskAt(index.row()))
            emit openTask(*t);   // a copy: opening the form may reload the model
    };
    connect(m_table, &QTableView::activated, this, open);
    // Only a row the user moved to (a click, a key) shows its patient: the view also makes a row
    // current by itself (the first, when it takes the focus after a reload), and that showed a
    // patient nobody chose (review). Told once the event that moved the row is over: a click
    // selects what is under the pointer after making the row current, and the patient shown
    // meanwhile could change the rows' heights under it (a walkthrough: another patient's row
    // highlighted).
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const TodayModel::Task *t = current.isValid() ? m_model->taskAt(current.row()) : nullptr;
        if (t && t->patientId == m_open)
            m_openTask = {t->kind, t->what};   // the row to come back to
        if (m_choosing || !m_byUser || !t)
            return;
        if (t->patientId != m_open)
            QMetaObject::invokeMethod(this, [this, chosen = t->patientId] {
                const TodayModel::Task *now = m_model->taskAt(m_table->currentIndex().row());
                if (now && now->patientId == chosen && chosen != m_open)   // still the row chosen
                    emit patientChosen(chosen);
            }, Qt::QueuedConnection);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        for (int c : {TodayModel::SubjectId, TodayModel::State})
            m_table->resizeColumnToContents(c);
        if (!m_open.isEmpty())
            selectOpenPatient();   // its task done: the next is chosen, never shown chosen
        else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            setCurrentRow(0);
    });
    updateTitle();
}

void TodayView::setSession(Session *session)
{
    m_session = session;
    m_model->setSession(session);
    scheduleMidnight();
}

void TodayView::scheduleMidnight()
{
    m_midnight->stop();
    if (!m_session)
        return;
    // A second past the site's next midnight; at most an hour ahead, so a clock changed meanwhile
    // (daylight saving, a corrected system time) is caught within the hour.
    const QDateTime now = m_session->now().toTimeZone(m_session->siteZone());
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1), m_session->siteZone());
    m_midnight->start(static_cast<int>(std::clamp<qint64>(now.msecsTo(next), 1000, 3600 * 1000)));
}

void TodayView::dayMayHaveTurned()
{
    if (m_session && m_model->day() != m_session->today()) {
        const bool shown = isVisible();
        m_model->reload();
        if (shown && !m_open.isEmpty())
            selectOpenPatient();
    }
    scheduleMidnight();
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    const bool userMoves = (watched == m_table->viewport() && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick))
                           || (watched == m_table && event->type() == QEvent::KeyPress);
    if (!userMoves || m_byUser)
        return QWidget::eventFilter(watched, event);
    // Delivered here, with the flag up for as long as the list (and, for what it ignores, its
    // parents) handles it; then accepted, so that nobody is handed it a second time.
    const QScopedValueRollback<bool> byUser(m_byUser, true);
    QCoreApplication::sendEvent(watched, event);
    event->accept();
    return true;
}

void TodayView::showEvent(QShowEvent *event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void TodayView::hideEvent(QHideEvent *event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void TodayView::activate()
{
    const int row = m_table->currentIndex().row();
    // Reloaded when stale, and when the site's day turned since it was read.
    if (m_session && m_model->day() != m_session->today())
        m_model->reload();
    else
        m_model->setLive(isVisible());
    if (!m_open.isEmpty())
        selectOpenPatient();
    else if (m_model->rowCount() > 0)
        setCurrentRow(qBound(0, row, m_model->rowCount() - 1));
    m_table->setFocus();
}

void TodayView::setCurrentRow(int row)
{
    const QScopedValueRollback<bool> choosing(m_choosing, true);
    if (row < 0)
        m_table->selectionModel()->clear();
    else
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void TodayView::followPatient(const QString &patientId)
{
    if (patientId != m_open) {
        m_open = patientId;
        const TodayModel::Task *current = m_model->taskAt(m_table->currentIndex().row());
        m_openTask = current && current->patientId == m_open ? std::pair{current->kind, current->what} : std::pair<TodayModel::Kind, QString>{};
    }
    if (!m_open.isEmpty())
        selectOpenPatient();
}

void TodayView::selectOpenPatient()
{
    const TodayModel::Task *current = m_model->taskAt(m_table->currentIndex().row());
    if (current && current->patientId == m_open)
        return;   // one of its tasks already
    // The task of theirs last highlighted (back to it after Cancel on the unsaved-work question:
    // Enter then opens what it opened before), else their first.
    int first = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const TodayModel::Task *t = m_model->taskAt(r);
        if (t->patientId != m_open)
            continue;
        if (t->kind == m_openTask.first && t->what == m_openTask.second) {
            setCurrentRow(r);
            return;
        }
        if (first < 0)
            first = r;
    }
    if (first >= 0) {
        setCurrentRow(first);
        return;
    }
    // None left: no row is highlighted (Down takes the first, and shows its patient).
    setCurrentRow(-1);
}

void TodayView::updateTitle()
{
    if (!m_model->day().isValid()) {
        m_title->clear();
        return;
    }
    if (!m_model->loadError().isEmpty()) {
        m_title->setText(m_model->loadError());
        return;
    }
    QSet<QString> patients;
    int overdue = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        patients.insert(m_model->taskAt(r)->patientId);
        overdue += m_model->taskAt(r)->overdue ? 1 : 0;
    }
    QString text = tr("<b>Today, %1</b>: patients due: %2").arg(displayDateWithDay(m_model->day())).arg(patients.size());
    if (overdue > 0)
        text += tr(", <b>overdue: %1</b>").arg(overdue);
    m_title->setText(text);
}

} // namespace muco::ui
