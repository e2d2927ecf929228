#pragma once
// Administration > Restore from a backup (issue 13): choose a backup, give the recovery key,
// see it checked (every page decrypted, the audit chain verified), and restore it to a new
// database (never over an existing one). A sync afterwards brings what the central site
// received since the backup was taken.
#include <QWizard>

class QLabel;
class QLineEdit;

namespace muco::ui {

class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    explicit RestoreWizard(QWidget *parent = nullptr);
    // Where the backup was restored (empty until it was).
    QString restoredPath() const { return m_restored; }
    // Test seams: the fields as a user fills them.
    QLineEdit *backupField() const { return m_backup; }
    QLineEdit *recoveryKeyField() const { return m_key; }
    QLineEdit *targetField() const { return m_target; }
    QLabel *checkResult() const { return m_check; }
    QLabel *outcome() const { return m_outcome; }

private:
    class ChoosePage;
    class CheckPage;
    class TargetPage;
    QLineEdit *m_backup;
    QLineEdit *m_key;
    QLineEdit *m_target;
    QLabel *m_check;
    QLabel *m_outcome;
    QString m_restored;
};

} // namespace muco::ui
