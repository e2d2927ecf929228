#include "admin/ConflictsDialog.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "SignatureDialog.h"
#include "clinical/Decimal.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "sync/SyncEngine.h"
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
QString valueText(const QString &field, const QJsonValue &v)
{
    if (v.isString() && field.endsWith(QLatin1String("_date")) && QDate::fromString(v.toString(), Qt::ISODate).isValid())
        return displayDate(QDate::fromString(v.toString(), Qt::ISODate));
    if (v.isString())
        return fieldValueLabel(field, v.toString());
    if (const auto d = v.isDouble() ? Decimal::fromDouble(v.toDouble()) : std::nullopt)
        return displayNumber(*d);
    if (v.isNull() || v.isUndefined())
        return ConflictsDialog::tr("(empty)");
    if (v.isBool())
        return v.toBool() ? ConflictsDialog::tr("yes") : ConflictsDialog::tr("no");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

ConflictsDialog::ConflictsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 7))
{
    setWindowTitle(tr("Sync conflicts"));
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Subject ID"), tr("Form"), tr("Field"), tr("This device"), tr("Central site"),
                                        tr("Changed here by"), tr("Central change seen")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *keep = new QPushButton(tr("Keep &this device's value"));
    auto *take = new QPushButton(tr("Take the &central value"));
    const bool allowed = session.can(Permission::ResolveConflicts);
    keep->setEnabled(allowed);
    take->setEnabled(allowed);
    connect(keep, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(take, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    auto *note = new QLabel(tr("The same field was changed on this device and elsewhere before they synchronised. "
                               "Nothing was overwritten; choose the right value."));
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keep);
    buttons->addWidget(take);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(note);
    v->addWidget(m_table);
    v->addLayout(buttons);
    v->addWidget(close);
    resize(820, 420);
    reload();
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    auto list = SyncEngine::conflicts(m_session);
    if (!list.ok())
        return;
    for (const SyncConflict &c : list.value()) {
        // The patient's subject ID, whatever form the record belongs to (the table name is one
        // of the declared synced tables, never text from the network).
        QString record = tr("(unknown record)");
        if (const TableSpec *t = RecordStore::tableNamed(c.table)) {
            const QString sql = t->name == QLatin1String("patients")
                ? QStringLiteral("SELECT subject_id FROM patients WHERE id = ?")
                : QStringLiteral("SELECT p.subject_id FROM %1 r JOIN patients p ON p.id = r.patient_id WHERE r.id = ?").arg(t->name);
            auto st = m_session.db().prepare(sql);
            if (st.ok() && st->bind(1, c.recordId).next().value_or(false))
                record = st->text(0);
        }
        // Who changed the field here, and when: the newest audit row of that field.
        QString here;
        auto who = m_session.db().prepare(QStringLiteral("SELECT user_name, at_utc FROM audit WHERE table_name = ? AND record_id = ?"
                                                         " AND field = ? ORDER BY seq DESC LIMIT 1"));
        if (who.ok() && who->bind(1, c.table).bind(2, c.recordId).bind(3, c.field).next().value_or(false))
            here = tr("%1, %2", "who, when").arg(who->text(0),
                                    displayDateTime(QDateTime::fromString(who->text(1), Qt::ISODateWithMs), m_session.siteZone()));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *first = new QTableWidgetItem(record);
        first->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, new QTableWidgetItem(tableLabel(c.table)));
        m_table->setItem(row, 2, new QTableWidgetItem(fieldLabel(c.field)));
        m_table->setItem(row, 3, new QTableWidgetItem(valueText(c.field, c.deviceValue)));
        m_table->setItem(row, 4, new QTableWidgetItem(valueText(c.field, c.centralValue)));
        m_table->setItem(row, 5, new QTableWidgetItem(here));
        QString seen;
        auto detected = m_session.db().prepare(QStringLiteral("SELECT detected_utc FROM sync_conflicts WHERE id = ?"));
        if (detected.ok() && detected->bind(1, c.id).next().value_or(false))
            seen = displayDateTime(QDateTime::fromString(detected->text(0), Qt::ISODateWithMs), m_session.siteZone());
        m_table->setItem(row, 6, new QTableWidgetItem(seen));
    }
    m_table->resizeColumnsToContents();
}

void ConflictsDialog::resolveSelected(bool keepDevice)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString reason = askReason(this, tr("A sync conflict is being resolved."));
    if (reason.isEmpty())
        return;
    const Status s = SyncEngine::resolve(m_session, m_table->item(row, 0)->data(Qt::UserRole).toString(), keepDevice, reason);
    if (!s.ok())
        QMessageBox::warning(this, tr("Not resolved"), errorText(s.error()));
    reload();
}

} // namespace muco::ui
