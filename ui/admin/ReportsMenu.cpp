#include "admin/ReportsMenu.h"
#include "admin/PrimaryEndpointDialog.h"
#include "clinical/Protocol.h"
#include "export/Casebook.h"
#include "export/CsvExport.h"
#include "export/DmcReport.h"
#include "export/OdmExport.h"
#include "reports/SiteSnapshot.h"
#include "security/Session.h"
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace muco::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsMenu)
};

PathPrompt &pathPrompt()
{
    static PathPrompt prompt = [](QWidget *parent, const QString &caption, const QString &suggested, bool folder) {
        return folder ? QFileDialog::getExistingDirectory(parent, caption, suggested)
                      : QFileDialog::getSaveFileName(parent, caption, suggested);
    };
    return prompt;
}

Notice &notice()
{
    static Notice n = [](QWidget *parent, const QString &text, bool ok) {
        if (ok)
            QMessageBox::information(parent, Tr::tr("Reports and exports"), text);
        else
            QMessageBox::warning(parent, Tr::tr("Reports and exports"), text);
    };
    return n;
}

std::function<void(QProgressDialog &)> &progressSeam()
{
    static std::function<void(QProgressDialog &)> seam;
    return seam;
}

void report(QWidget *parent, const Status &s, const QString &done)
{
    notice()(parent, s.ok() ? done : s.error().message, s.ok());
}

} // namespace

void printCasebook(QWidget *parent, Session &session, const QString &patientId)
{
    auto book = exports::loadCasebook(session, patientId);
    if (!book.ok())
        return report(parent, book.error(), {});
    const QString path = pathPrompt()(parent, Tr::tr("Print casebook"),
                                      QDir::home().filePath(QStringLiteral("casebook-%1.pdf").arg(book->subjectId)), false);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exports::writeCasebook(path, book.value());
    QApplication::restoreOverrideCursor();
    report(parent, written, Tr::tr("Wrote the casebook of %1 to %2.").arg(book->subjectId, QDir::toNativeSeparators(path)));
}

void setPathPromptForTests(PathPrompt prompt) { pathPrompt() = std::move(prompt); }
void setNoticeForTests(Notice n) { notice() = std::move(n); }
void setExportProgressForTests(std::function<void(QProgressDialog &)> seam) { progressSeam() = std::move(seam); }

QList<QAction *> addReportActions(QMenu *exportMenu, QMenu *reportsMenu, QWidget *parent, std::function<Session *()> session)
{
    QList<QAction *> actions;
    actions << exportMenu->addAction(Tr::tr("CDISC &ODM 1.3.2..."), parent, [parent, session] {
        Session *s = session();
        if (!s)
            return;
        const QString path = pathPrompt()(parent, Tr::tr("Export CDISC ODM"), QDir::home().filePath(QStringLiteral("mucotrack-odm.xml")), false);
        if (path.isEmpty())
            return;
        auto snapshot = siteSnapshot(*s);
        if (!snapshot.ok())
            return report(parent, snapshot.error(), {});
        // Cancel stops the export between two subjects; the file is written under a temporary
        // name and renamed only when complete (exports::writeOdmFile), so nothing is left.
        QProgressDialog progress(Tr::tr("Writing the ODM export..."), Tr::tr("Cancel"), 0, 1, parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        progress.setAutoReset(false);
        const Status written = exports::writeOdmFile(path, snapshot.value(), [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            if (progressSeam())
                progressSeam()(progress);
            return !progress.wasCanceled();
        });
        progress.close();
        if (!written.ok() && exports::isCancelled(written.error()))
            return notice()(parent, written.error().message, true);
        report(parent, written, Tr::tr("Exported %1 subjects to %2.").arg(snapshot->rows(QStringLiteral("patients")).size()).arg(path));
    });
    actions << exportMenu->addAction(Tr::tr("&CSV (one file per domain)..."), parent, [parent, session] {
        Session *s = session();
        if (!s)
            return;
        const QString dir = pathPrompt()(parent, Tr::tr("Export CSV into a folder"), QDir::homePath(), true);
        if (dir.isEmpty())
            return;
        auto snapshot = siteSnapshot(*s);
        if (!snapshot.ok())
            return report(parent, snapshot.error(), {});
        auto written = exports::writeCsv(dir, snapshot.value());
        report(parent, written.ok() ? Status() : Status(written.error()),
               Tr::tr("Wrote %1 files to %2.").arg(written.ok() ? written->size() : 0).arg(dir));
    });
    actions << reportsMenu->addAction(Tr::tr("&Primary endpoint..."), parent, [parent, session] {
        if (Session *s = session())
            PrimaryEndpointDialog(*s, parent).exec();
    });
    actions << reportsMenu->addAction(Tr::tr("&DMC report (PDF)..."), parent, [parent, session] {
        Session *s = session();
        if (!s)
            return;
        const QString path = pathPrompt()(parent, Tr::tr("Save the DMC report"), QDir::home().filePath(QStringLiteral("dmc-report.pdf")), false);
        if (path.isEmpty())
            return;
        auto snapshot = siteSnapshot(*s);
        if (!snapshot.ok())
            return report(parent, snapshot.error(), {});
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status written = exports::writeDmcReport(path, snapshot.value());
        QApplication::restoreOverrideCursor();
        report(parent, written, Tr::tr("Wrote the DMC report to %1.").arg(path));
    });
    return actions;
}

} // namespace muco::ui
