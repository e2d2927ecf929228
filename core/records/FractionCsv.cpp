#include "records/FractionCsv.h"
#include <QCoreApplication>
#include <QStringList>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Radiotherapy)   // the messages kept their context (and translations) when they moved here
};
} // namespace

Result<FractionCsv> parseFractionCsv(const QByteArray &csv, int planFractions, const QDate &planStart, const QDate &today)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty())
        return Error::invalid(QStringLiteral("file"), Tr::tr("the file is empty"));
    QStringList header;
    for (const QByteArray &h : lines.first().trimmed().split(','))
        header << QString::fromUtf8(h).trimmed().toLower();
    const qsizetype dateCol = header.indexOf(QStringLiteral("date"));
    qsizetype numberCol = header.indexOf(QStringLiteral("fraction"));
    if (numberCol < 0)
        numberCol = header.indexOf(QStringLiteral("fraction_number"));
    qsizetype doseCol = header.indexOf(QStringLiteral("dose"));
    if (doseCol < 0)
        doseCol = header.indexOf(QStringLiteral("dose_gy"));
    if (dateCol < 0 || numberCol < 0 || doseCol < 0)
        return Error::invalid(QStringLiteral("file"), Tr::tr("the first line must name the columns date, fraction and dose"));

    FractionCsv out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(i + 1);
        const QList<QByteArray> cells = line.split(',');
        const auto refuse = [&](const QString &why) { out.refused.insert(lineNumber, why); };
        if (cells.size() < header.size()) {
            refuse(Tr::tr("has %1 columns, the header has %2").arg(cells.size()).arg(header.size()));
            continue;
        }
        const QString dateText = QString::fromUtf8(cells[dateCol]).trimmed();
        const QString numberText = QString::fromUtf8(cells[numberCol]).trimmed();
        const QString doseText = QString::fromUtf8(cells[doseCol]).trimmed();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        bool numberOk = false;
        const int number = numberText.toInt(&numberOk);
        const auto dose = Decimal::parse(doseText);
        if (!date.isValid() || dateText.size() != 10) { refuse(Tr::tr("date \"%1\" is not a calendar date YYYY-MM-DD").arg(dateText)); continue; }
        if (!numberOk || number < 1 || number > planFractions) { refuse(Tr::tr("fraction number \"%1\" is not between 1 and %2").arg(numberText).arg(planFractions)); continue; }
        if (!dose || *dose <= Decimal(0) || *dose > Decimal(30)) { refuse(Tr::tr("dose \"%1\" is not a dose above 0 and at most 30 Gy").arg(doseText)); continue; }
        if (date > today) { refuse(Tr::tr("%1 is in the future").arg(dateText)); continue; }
        if (date < planStart) { refuse(Tr::tr("%1 is before the plan starts").arg(dateText)); continue; }
        out.rows.append({lineNumber, date, number, *dose});
    }
    return out;
}

} // namespace muco
