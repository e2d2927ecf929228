#include "admin/AuditTrailDialog.h"
#include "models/AuditTrailModel.h"
#include "CodeLabels.h"
#include "export/AuditTrailCsv.h"
#include "records/AuditTrail.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace muco::ui {

namespace {

std::function<QString()> &exportPathForTests()
{
    static std::function<QString()> path;
    return path;
}

} // namespace

void AuditTrailDialog::setExportPathForTests(std::function<QString()> path) { exportPathForTests() = std::move(path); }

AuditTrailDialog::AuditTrailDialog(Session &session, QWidget *parent, const QString &patientId)
    : QDialog(parent), m_session(session), m_verification(new QLabel), m_patient(new QComboBox), m_table(new QComboBox),
      m_field(new QComboBox), m_user(new QComboBox), m_search(new QLineEdit), m_view(new QTableView), m_model(new AuditTrailModel(this)),
      m_count(new QLabel), m_export(new QPushButton(tr("&Export CSV...")))
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit trail"));
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_field->setObjectName(QStringLiteral("auditField"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Values, reasons, record IDs"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_export->setObjectName(QStringLiteral("auditExport"));

    // The choices come from the site's own data: patients by subject ID, the tables that hold
    // patients' records, and everyone who appears in the trail.
    m_patient->addItem(tr("All patients"), QString());
    if (auto patients = Patients::list(session); patients.ok()) {
        QList<Patient> sorted = patients.value();
        std::sort(sorted.begin(), sorted.end(), [](const Patient &a, const Patient &b) { return a.subjectId < b.subjectId; });
        for (const Patient &p : sorted)
            m_patient->addItem(p.subjectId, p.id);
    }
    m_table->addItem(tr("All records"), QString());
    for (const QString &t : AuditTrail::patientTables())
        m_table->addItem(tableLabel(t), t);
    m_user->addItem(tr("All users"), QString());
    if (auto all = AuditTrail::read(session); all.ok()) {
        QSet<QString> users;
        for (const AuditRow &r : all.value())
            users.insert(r.user);
        QStringList sorted(users.cbegin(), users.cend());
        sorted.sort();
        for (const QString &u : sorted)
            m_user->addItem(u, u);
    }
    fillFields();
    if (const int at = m_patient->findData(patientId); at > 0)
        m_patient->setCurrentIndex(at);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w, 1);
    };
    addFilter(tr("&Patient:"), m_patient);
    addFilter(tr("&Record:"), m_table);
    addFilter(tr("&Field:"), m_field);
    addFilter(tr("&User:"), m_user);
    addFilter(tr("&Search:"), m_search);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // Enter in the search runs the search: no button may take it (closing or exporting).
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString path = exportPathForTests() ? exportPathForTests()()
                                            : QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                                           QDir::home().filePath(QStringLiteral("audit-trail.csv")),
                                                                           tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *v = new QVBoxLayout(this);
    v->addWidget(m_verification);
    v->addLayout(filters);
    v->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    v->addLayout(bottom);

    connect(m_patient, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::refresh);
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        refresh();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::refresh);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::refresh);
    // Typing searches after a pause, not at every key over a long trail.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &AuditTrailDialog::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditTrailDialog::refresh);

    verify();
    refresh();
    resize(1200, 680);
}

void AuditTrailDialog::fillFields()
{
    const QString table = m_table->currentData().toString();
    QSignalBlocker quiet(m_field);
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    const TableSpec *spec = table.isEmpty() ? nullptr
                            : table == Patients::identityTable().name ? &Patients::identityTable() : RecordStore::tableNamed(table);
    m_field->setEnabled(spec != nullptr);
    if (!spec)
        return;
    for (const QString &f : spec->fields)
        m_field->addItem(fieldLabel(f), f);
}

void AuditTrailDialog::verify()
{
    auto v = AuditTrail::verify(m_session);
    if (!v.ok()) {
        m_verification->setText(tr("The audit trail could not be checked: %1").arg(errorText(v.error())));
        m_verification->setStyleSheet(QStringLiteral("background: #f8d7da; color: #000; padding: 6px;"));
        return;
    }
    if (v->intact) {
        m_verification->setText(tr("The audit trail is intact: %1 rows, each chained to the one before; %2 signed by their author.")
                                    .arg(v->rows).arg(v->signedRows));
        m_verification->setStyleSheet(QStringLiteral("background: #d4edda; color: #000; padding: 6px;"));
    } else {
        m_verification->setText(tr("The audit trail is BROKEN at row %1: %2. Rows from there on cannot be trusted; tell the trial's data "
                                   "manager.").arg(v->firstBroken).arg(v->problem));
        m_verification->setStyleSheet(QStringLiteral("background: #f8d7da; color: #000; font-weight: bold; padding: 6px;"));
    }
}

void AuditTrailDialog::refresh()
{
    AuditFilter f;
    f.patientId = m_patient->currentData().toString();
    f.table = m_table->currentData().toString();
    f.field = m_field->currentData().toString();
    f.user = m_user->currentData().toString();
    f.text = m_search->text();
    auto rows = AuditTrail::read(m_session, f);
    m_model->setRows(rows.ok() ? rows.value() : QList<AuditRow>(), m_session.siteZone());
    m_count->setText(rows.ok() ? tr("%1 rows").arg(m_model->rowCount()) : errorText(rows.error()));
    m_view->resizeColumnsToContents();
    for (int c : {AuditTrailModel::OldValue, AuditTrailModel::NewValue, AuditTrailModel::Reason})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    m_view->scrollToBottom();   // the newest at the bottom, where the eye lands
    m_export->setEnabled(m_model->rowCount() > 0);
}

bool AuditTrailDialog::exportCsv(const QString &path)
{
    // A monitor's file holds no free text nor reasons (AuditTrail::forExport); the screen shows them.
    const Status written = exports::writeAuditTrailCsv(path, AuditTrail::forExport(m_session, m_model->rows()));
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Audit trail"), tr("The file was not written: %1").arg(written.error().message));
        return false;
    }
    return true;
}

} // namespace muco::ui
