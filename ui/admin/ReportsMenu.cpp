#include "admin/ReportsMenu.h"
#include "clinical/Protocol.h"
#include "export/Casebook.h"
#include "export/CsvExport.h"
#include "export/DmcReport.h"
#include "export/OdmExport.h"
#include "reports/EndpointAnalysis.h"
#include "reports/NumberFormat.h"
#include "reports/SiteSnapshot.h"
#include "security/Session.h"
#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableWidget>
#include <QVBoxLayout>

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

QString pct(int events, int n) { return n == 0 ? QStringLiteral("-") : QString::number(100.0 * events / n, 'f', 1) + QLatin1Char('%'); }

QString interval(double estimate, double lower, double upper, int decimals, double nullValue)
{
    return QStringLiteral("%1 (%2 to %3)").arg(formatBesideNull(estimate, decimals, nullValue), formatBesideNull(lower, decimals, nullValue),
                                                formatBesideNull(upper, decimals, nullValue));
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

PrimaryEndpointDialog::PrimaryEndpointDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_scales(new QTableWidget(this)), m_excluded(new QTableWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Primary endpoint (this site's data)"));
    auto *layout = new QVBoxLayout(this);
    const PrimaryEndpoint primary = Protocol::nct07312656().primaryEndpoint;
    auto *intro = new QLabel(tr("%1. n: randomized patients with a signed graded visit on or after the day of randomization; "
                                "events: a signed grade at or above the threshold. The whole trial's analysis is made at the central site.")
                                 .arg(primary.label()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    m_error->hide();
    const QStringList headers{tr("Scale"), tr("Experimental"), tr("Control"), tr("Risk difference (95% CI)"), tr("Relative risk (95% CI)"),
                              tr("Fisher p"), tr("CMH p")};
    m_scales->setColumnCount(int(headers.size()));
    m_scales->setHorizontalHeaderLabels(headers);
    m_scales->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scales->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_scales);
    layout->addWidget(new QLabel(tr("Not in the primary analysis:"), this));
    m_excluded->setColumnCount(2);
    m_excluded->setHorizontalHeaderLabels({tr("Subject"), tr("Why")});
    m_excluded->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_excluded->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_excluded);
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
    m_scales->setRowCount(int(results.size()));
    for (int i = 0; i < results.size(); ++i) {
        const EndpointResult &r = results[i];
        const QStringList cells{
            r.scale.toUpper() + QStringLiteral(" >= ") + QString::number(r.threshold) + (i == 0 ? tr(" (primary)") : QString()),
            QStringLiteral("%1/%2 (%3)").arg(r.experimental.events).arg(r.experimental.n).arg(pct(r.experimental.events, r.experimental.n)),
            QStringLiteral("%1/%2 (%3)").arg(r.control.events).arg(r.control.n).arg(pct(r.control.events, r.control.n)),
            r.riskDifference ? interval(r.riskDifference->estimate, r.riskDifference->ci.lower, r.riskDifference->ci.upper, 3, 0) : tr("not estimable"),
            r.relativeRisk ? interval(r.relativeRisk->estimate, r.relativeRisk->ci.lower, r.relativeRisk->ci.upper, 3, 1) : tr("not estimable"),
            r.fisherP ? QString::number(*r.fisherP, 'f', 4) : tr("not estimable"),
            r.cmh ? QString::number(r.cmh->p, 'f', 4) : tr("not estimable")};
        for (int c = 0; c < cells.size(); ++c)
            m_scales->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    const QList<EndpointExclusion> &excluded = results.first().excluded;
    m_excluded->setRowCount(int(excluded.size()));
    for (int i = 0; i < excluded.size(); ++i) {
        m_excluded->setItem(i, 0, new QTableWidgetItem(excluded[i].subjectId));
        m_excluded->setItem(i, 1, new QTableWidgetItem(excluded[i].why));
    }
}

} // namespace muco::ui
