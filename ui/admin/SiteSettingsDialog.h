#pragma once
// Site settings the administrator keeps: auto-lock minutes and the lab look-back window.
#include <QDialog>

class QSpinBox;
class QLabel;
class QListWidget;
class QDateEdit;
class QLineEdit;

namespace muco {
class Session;
}

namespace muco::ui {

class SiteSettingsDialog : public QDialog {
    Q_OBJECT
public:
    SiteSettingsDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    Session &m_session;
    QSpinBox *m_autoLock;
    QSpinBox *m_labWindow;
    QLabel *m_error;
    QListWidget *m_holidays;
    QDateEdit *m_holidayDate;
    QLineEdit *m_holidayName;
    void reloadHolidays();
};

} // namespace muco::ui
