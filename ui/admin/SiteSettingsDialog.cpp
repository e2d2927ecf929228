#include "admin/SiteSettingsDialog.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "models/HolidayListModel.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace muco::ui {

SiteSettingsDialog::SiteSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_autoLock(new QSpinBox), m_labWindow(new QSpinBox), m_error(new QLabel),
      m_holidayModel(new HolidayListModel(this)), m_holidays(new QListView), m_holidayDate(new QDateEdit), m_holidayName(new QLineEdit)
{
    setWindowTitle(tr("Site settings"));
    m_autoLock->setRange(1, 120);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(session.setting(QStringLiteral("auto_lock_minutes"), QStringLiteral("5")).value_or(QStringLiteral("5")).toInt());
    m_labWindow->setRange(1, 90);
    m_labWindow->setSuffix(tr(" days"));
    m_labWindow->setValue(session.setting(QStringLiteral("lab_window_days"), QStringLiteral("14")).value_or(QStringLiteral("14")).toInt());
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after inactivity:"), m_autoLock);
    form->addRow(tr("Labs used for &screening are at most:"), m_labWindow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The site's holiday calendar: no radiotherapy on these days (dose summaries skip them).
    auto *holidays = new QGroupBox(tr("Holidays (no treatment)"));
    m_holidays->setObjectName(QStringLiteral("holidayList"));
    m_holidays->setModel(m_holidayModel);
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidayDate->setObjectName(QStringLiteral("holidayDate"));
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(dateFormat());
    m_holidayDate->setDate(Radiotherapy::today(session));
    m_holidayName->setPlaceholderText(tr("Name, e.g. Spring Festival"));
    m_holidayName->setMinimumWidth(m_holidayName->fontMetrics().horizontalAdvance(m_holidayName->placeholderText()) + 16);
    auto *add = new QPushButton(tr("&Add"));
    auto *remove = new QPushButton(tr("&Remove selected"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_holidayDate);
    row->addWidget(m_holidayName);
    row->addWidget(add);
    auto *hv = new QVBoxLayout(holidays);
    hv->addWidget(m_holidays);
    hv->addLayout(row);
    hv->addWidget(remove);
    connect(add, &QPushButton::clicked, this, [this] {
        const Status s = Radiotherapy::setHoliday(m_session, m_holidayDate->date(), m_holidayName->text().trimmed(), true);
        m_error->setText(s.ok() ? QString() : errorText(s.error()));
        m_holidayName->clear();
        reloadHolidays();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QDate day = m_holidayModel->dateAt(m_holidays->currentIndex().row());
        if (!day.isValid())
            return;
        const Status s = Radiotherapy::setHoliday(m_session, day, {}, false);
        m_error->setText(s.ok() ? QString() : errorText(s.error()));
        reloadHolidays();
    });
    holidays->setEnabled(session.can(Permission::ManageSettings));
    reloadHolidays();
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(holidays);
    v->addWidget(m_error);
    v->addWidget(buttons);
    const bool editable = session.can(Permission::ManageSettings);
    m_autoLock->setEnabled(editable);
    m_labWindow->setEnabled(editable);
    buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void SiteSettingsDialog::reloadHolidays()
{
    if (const Status s = m_holidayModel->load(m_session); !s.ok())
        m_error->setText(errorText(s.error()));
}

void SiteSettingsDialog::accept()
{
    for (const auto &[key, value] : {std::pair{QStringLiteral("auto_lock_minutes"), m_autoLock->value()},
                                     std::pair{QStringLiteral("lab_window_days"), m_labWindow->value()}}) {
        const Status s = m_session.setSetting(key, QString::number(value));
        if (!s.ok()) {
            m_error->setText(errorText(s.error()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace muco::ui
