#include "models/FractionLogModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace muco::ui {

Status FractionLogModel::load(Session &session, const QString &patientId)
{
    auto fractions = Radiotherapy::fractions(session, patientId);
    auto voided = Radiotherapy::voidedFractions(session, patientId);
    QList<FractionRecord> all;
    if (fractions.ok()) {
        all = fractions.value();
        if (voided.ok())
            all += voided.value();
        std::stable_sort(all.begin(), all.end(), [](const FractionRecord &a, const FractionRecord &b) { return a.date < b.date; });
    }
    beginResetModel();
    m_rows = all;
    endResetModel();
    if (!fractions.ok())
        return fractions.error();
    if (!voided.ok())
        return voided.error();
    return {};
}

void FractionLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const FractionRecord *FractionLogModel::fractionAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int FractionLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int FractionLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FractionLogModel::data(const QModelIndex &index, int role) const
{
    const FractionRecord *f = index.isValid() ? fractionAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case FractionIdRole: return f->id;
    case VoidedRole: return f->voided;
    case Qt::FontRole:
        if (f->voided) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: return f->voided ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return f->number > 0 ? displayNumber(f->number) : QString();
        case Date: return displayDate(f->date);
        case Dose: return f->doseGy ? displayNumber(*f->doseGy) : QString();
        case Status: return f->voided ? tr("Voided: %1").arg(fractionStatusLabel(f->status)) : fractionStatusLabel(f->status);
        case Reason: return f->reason;
        case Source: return f->source == QLatin1String("import") ? tr("Imported") : tr("Entered");
        default: return {};
        }
    default: return {};
    }
}

QVariant FractionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("#");
    case Date: return tr("Date");
    case Dose: return tr("Dose (Gy)");
    case Status: return tr("Status");
    case Reason: return tr("Reason");
    case Source: return tr("Source");
    default: return {};
    }
}

} // namespace muco::ui
