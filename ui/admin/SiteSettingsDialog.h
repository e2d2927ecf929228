#pragma once
// Site settings the administrator keeps: auto-lock minutes, the lab look-back window and the
// holiday calendar.
#include <QDialog>

class QSpinBox;
class QLabel;
class QListView;
class QDateEdit;
class QLineEdit;

namespace muco {
class Session;
}

namespace muco::ui {

class HolidayListModel;

class SiteSettingsDialog : public QDialog {
    Q_OBJECT
public:
    SiteSettingsDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;
    HolidayListModel *holidays() const { return m_holidayModel; }
    QListView *holidayList() const { return m_holidays; }

private:
    Session &m_session;
    QSpinBox *m_autoLock;
    QSpinBox *m_labWindow;
    QLabel *m_error;
    HolidayListModel *m_holidayModel;
    QListView *m_holidays;
    QDateEdit *m_holidayDate;
    QLineEdit *m_holidayName;
    void reloadHolidays();
};

} // namespace muco::ui
