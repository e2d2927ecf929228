#pragma once
// The desktop's reports and exports (issue 16), over the same core as the command line:
// File > Export (CDISC ODM, CSV) and the Reports menu (the primary endpoint in a window, the
// DMC report as a PDF). Each reads a snapshot of the site's data (reports/SiteSnapshot).
#include <QList>
#include <functional>

class QAction;
class QMenu;
class QWidget;
class QProgressDialog;

namespace muco {
class Session;
}

namespace muco::ui {

// Test seam: where an export goes (a file or a folder); empty when cancelled.
using PathPrompt = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested, bool folder)>;
void setPathPromptForTests(PathPrompt prompt);
// Test seam: the message that says what was written, or why not (a message box otherwise).
using Notice = std::function<void(QWidget *parent, const QString &text, bool ok)>;
void setNoticeForTests(Notice notice);
// Test seam: called with the export's progress dialog at each step (to press its Cancel).
void setExportProgressForTests(std::function<void(QProgressDialog &)> seam);

// Adds the actions to the menus given; session() returns the signed-in session or null.
// Returns the actions that need a session (disabled while locked).
QList<QAction *> addReportActions(QMenu *exportMenu, QMenu *reportsMenu, QWidget *parent, std::function<Session *()> session);

// "Print casebook...": asks where, then writes the patient's casebook (export/Casebook: every
// form, its signatures, the audit trail) by subject ID, without name or record number, and
// says what was written or why not.
void printCasebook(QWidget *parent, Session &session, const QString &patientId);

} // namespace muco::ui
