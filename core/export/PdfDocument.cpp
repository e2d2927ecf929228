#include "export/PdfDocument.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QPageLayout>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextLayout>
#include <algorithm>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
};

const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kHeaderFill(0xee, 0xf1, 0xf5);


// Qt's PDF engine keeps the embedded fonts in a QHash and writes them in its order, so with the
// process's random hash seed the same report came out with its objects in another order in
// every run. A deterministic seed while the PDF is drawn makes it byte-identical apart from its
// creation date; the hashes made meanwhile hold our own drawing, nothing an attacker chooses.
struct DeterministicHashes {
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashes(const DeterministicHashes &) = delete;
    DeterministicHashes &operator=(const DeterministicHashes &) = delete;
};

// Word wrap, and within words for a cell holding a word wider than itself (JSON, an id):
// word wrap alone would run it past the cell's edge.
int wrapFlags(QPainter &p, const QString &text, double width)
{
    const QFontMetricsF metrics(p.font());
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[\\s\\x{200B}]+")), Qt::SkipEmptyParts))
        if (metrics.horizontalAdvance(word) > width)
            return Qt::TextWrapAnywhere;
    return Qt::TextWordWrap;
}

// A column's heading may be a field's name (corrected_value): a break is allowed after each
// underscore (a zero-width space), so a narrow column shows "corrected_" over "value" where it
// showed the name cut at both edges; a word wider still wraps anywhere.
QString headingText(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
}

} // namespace

PdfDocument::PdfDocument(QPdfWriter &w, QPainter &p, QString footer) : m_w(w), m_p(p), m_footer(std::move(footer))
{
    const QRect r = w.pageLayout().paintRectPixels(kDpi);
    m_width = r.width();
    m_height = r.height() - mm(8);   // room for the footer
    drawFooter();
}

void PdfDocument::newPage()
{
    m_w.newPage();
    ++m_page;
    m_y = 0;
    drawFooter();
}

void PdfDocument::ensure(double h)
{
    if (m_y + h > m_height && m_y > 0)
        newPage();
}

void PdfDocument::title(const QString &text, const QString &subtitle)
{
    setFont(16, true);
    drawWrapped(text, 0);
    setFont(9.5, false);
    m_p.setPen(Qt::darkGray);
    drawWrapped(subtitle, mm(4));
    m_p.setPen(Qt::black);
    m_y += mm(2);
    m_p.setPen(QPen(Qt::black, mm(0.3)));
    m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_y += mm(4);
}

void PdfDocument::heading(const QString &text, double keep)
{
    ensure(keep);
    m_y += mm(3);
    setFont(12.5, true);
    drawWrapped(text, mm(2));
}

void PdfDocument::subheading(const QString &text, double keep)
{
    ensure(keep);
    m_y += mm(1.5);
    setFont(10, true);
    drawWrapped(text, mm(1.5));
}

void PdfDocument::paragraph(const QString &text, double size)
{
    setFont(size, false);
    drawWrapped(text, mm(2));
}

QList<double> PdfDocument::fittedWidths(const QStringList &header, const QList<QStringList> &rows, const QList<int> &wrap)
{
    // As a browser lays out a table, each column between three widths: its floor (its heading's
    // longest unbreakable piece in bold; its longest cell if the column does not wrap, as such a
    // cell is cut), its least (the floor, or its longest word, a twelfth of the page at most:
    // longer ones break anywhere) and its most (its longest cell). The page's width is shared
    // from the floors up to the leasts, and beyond them up to the mosts, each column in
    // proportion to what it could still use. Equal shares gave an id of eight letters as much
    // room as a sentence, and cut "corrected_value" at both edges.
    static const QRegularExpression breaks(QStringLiteral("[\\s\\x{200B}]+"));
    const qsizetype n = header.size();
    QList<double> floor(n, 0.0), least(n, 0.0), most(n, 0.0);
    setFont(8.5, true);
    {
        const QFontMetricsF bold(m_p.font());
        for (qsizetype i = 0; i < n; ++i)
            for (const QString &piece : headingText(header[i]).split(breaks, Qt::SkipEmptyParts))
                floor[i] = std::max(floor[i], bold.horizontalAdvance(piece));
    }
    setFont(8.5, false);
    const QFontMetricsF plain(m_p.font());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < n; ++i) {
            const double whole = plain.horizontalAdvance(row.value(i));
            most[i] = std::max(most[i], whole);
            if (!wrap.contains(int(i)))
                floor[i] = std::max(floor[i], whole);
            else
                for (const QString &word : row.value(i).split(breaks, Qt::SkipEmptyParts))
                    least[i] = std::max(least[i], std::min(m_width / 12, plain.horizontalAdvance(word)));
        }
    double floors = 0, leasts = 0, mosts = 0;
    for (qsizetype i = 0; i < n; ++i) {
        // The cell's padding, and a millimetre for the painter's whole-pixel metrics, which
        // elided an id that QFontMetricsF said fitted.
        floor[i] += mm(3.4);
        least[i] = std::max(least[i] + mm(3.4), floor[i]);
        most[i] = std::max(most[i] + mm(3.4), least[i]);
        floors += floor[i];
        leasts += least[i];
        mosts += most[i];
    }
    // Proportions: table() scales them to the page.
    if (floors >= m_width)
        return floor;
    const bool toLeast = leasts >= m_width;
    const QList<double> &from = toLeast ? floor : least;
    const QList<double> &to = toLeast ? least : most;
    const double room = toLeast ? leasts - floors : mosts - leasts;
    if (room <= 0)
        return to;
    const double share = std::min(1.0, (m_width - (toLeast ? floors : leasts)) / room);
    QList<double> out(n);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = from[i] + (to[i] - from[i]) * share;
    return out;
}

void PdfDocument::table(const QStringList &header, const QList<QStringList> &rows, QList<double> widths, const QList<int> &wrap)
{
    if (widths.isEmpty())
        widths = fittedWidths(header, rows, wrap);
    double total = 0;
    for (double w : widths)
        total += w;
    setFont(8.5, false);
    const double rowH = m_p.fontMetrics().height() * 1.5;
    auto cellWidth = [&](int i) { return m_width * widths[i] / total; };
    // A header wraps onto more lines instead of being cut.
    setFont(8.5, true);
    double headerH = rowH;
    QStringList headings;
    for (int i = 0; i < header.size(); ++i) {
        headings << headingText(header[i]);
        const double w = cellWidth(i) - mm(2.4);
        headerH = std::max(headerH, m_p.boundingRect(QRectF(0, 0, w, 1e6), wrapFlags(m_p, headings[i], w) | Qt::AlignHCenter, headings[i]).height()
                                        + rowH - m_p.fontMetrics().height());
    }
    auto heightOf = [&](const QStringList &cells) {
        setFont(8.5, false);
        double h = rowH;
        for (int i : wrap) {
            const double w = cellWidth(i) - mm(2.4);
            h = std::max(h, m_p.boundingRect(QRectF(0, 0, w, 1e6), wrapFlags(m_p, cells.value(i), w), cells.value(i)).height()
                                + rowH - m_p.fontMetrics().height());
        }
        return h;
    };
    auto drawRow = [&](const QStringList &cells, bool isHeader) {
        const double h = isHeader ? headerH : heightOf(cells);
        ensure(h);
        if (isHeader)
            m_p.fillRect(QRectF(0, m_y, m_width, h), kHeaderFill);
        setFont(8.5, isHeader);
        double x = 0;
        for (int i = 0; i < header.size(); ++i) {
            const double w = cellWidth(i);
            const Qt::Alignment align = (i == 0 || (!isHeader && wrap.contains(i)) ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter;
            const QRectF cell(x + mm(1.2), m_y, w - mm(2.4), h);
            if (isHeader)
                m_p.drawText(cell, int(align) | wrapFlags(m_p, cells.value(i), cell.width()), cells.value(i));
            else if (wrap.contains(i))
                m_p.drawText(cell, int(align) | wrapFlags(m_p, cells.value(i), cell.width()), cells.value(i));
            else
                m_p.drawText(cell, align, m_p.fontMetrics().elidedText(cells.value(i), Qt::ElideRight, int(w - mm(2.4))));
            x += w;
        }
        m_p.setPen(QPen(kGrid, mm(0.2)));
        m_p.drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
        m_p.setPen(Qt::black);
        m_y += h;
    };
    // A row taller than a page under the header (a screening's criteria as one JSON value in
    // the audit trail) ran off the page's foot over the footer: its long cells go on in rows of
    // their own, each a page's worth of their lines.
    auto pieces = [&](const QStringList &cells) {
        if (heightOf(cells) <= m_height - headerH)
            return QList<QStringList>{cells};
        const double lineH = QFontMetricsF(m_p.font()).lineSpacing();
        const int perPiece = std::max(1, int((m_height - headerH - rowH) / lineH));
        QList<QStringList> out{cells};
        for (int i : wrap) {
            const QString text = cells.value(i);
            const double w = cellWidth(i) - mm(2.4);
            QTextLayout layout(text, m_p.font(), m_p.device());
            QTextOption option;
            option.setWrapMode(wrapFlags(m_p, text, w) == Qt::TextWrapAnywhere ? QTextOption::WrapAnywhere : QTextOption::WordWrap);
            layout.setTextOption(option);
            QList<int> starts;
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(w);
                starts << line.textStart();
            }
            layout.endLayout();
            for (qsizetype piece = 0; piece * perPiece < starts.size(); ++piece) {
                if (piece >= out.size())
                    out.append(QStringList(header.size(), QString()));
                const int from = starts.at(piece * perPiece);
                const qsizetype next = (piece + 1) * perPiece;
                out[piece][i] = next < starts.size() ? text.mid(from, starts.at(next) - from) : text.mid(from);
            }
        }
        return out;
    };
    ensure(headerH + rowH * double(std::min<qsizetype>(rows.size(), 3)));
    drawRow(headings, true);
    int page = m_page;
    for (const QStringList &whole : rows)
        for (const QStringList &r : pieces(whole)) {
            ensure(heightOf(r));
            if (m_page != page) {
                page = m_page;
                drawRow(headings, true);
            }
            drawRow(r, false);
        }
    m_y += mm(3);
}

QRectF PdfDocument::box(double height)
{
    ensure(height);
    const QRectF r(0, m_y, m_width, height);
    m_y += height + mm(3);
    return r;
}

void PdfDocument::setFont(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    m_p.setFont(f);
}

void PdfDocument::drawWrapped(const QString &text, double after)
{
    const QRectF bound = m_p.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    ensure(bound.height());
    m_p.drawText(QRectF(0, m_y, m_width, bound.height()), Qt::TextWordWrap, text);
    m_y += bound.height() + after;
}

void PdfDocument::drawFooter()
{
    const QFont saved = m_p.font();
    setFont(7.5, false);
    m_p.setPen(Qt::darkGray);
    const QString page = Tr::tr("Page %1").arg(m_page);
    const double pageW = m_p.fontMetrics().horizontalAdvance(page) + mm(4);
    m_p.drawText(QRectF(0, m_height + mm(3), m_width - pageW, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                 m_p.fontMetrics().elidedText(m_footer, Qt::ElideRight, int(m_width - pageW)));
    m_p.drawText(QRectF(0, m_height + mm(3), m_width, mm(5)), Qt::AlignRight | Qt::AlignVCenter, page);
    m_p.setPen(Qt::black);
    m_p.setFont(saved);
}

Status writePdf(const QString &path, const QString &title, const QString &footer, const std::function<void(PdfDocument &)> &draw)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::storage(Tr::tr("The PDF report needs the graphical libraries (a QGuiApplication; offscreen is enough)."));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("out"), Tr::tr("the folder %1 does not exist").arg(info.absolutePath()));
    // Drawn into a temporary file beside the target, renamed into place when complete.
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".report-XXXXXX.pdf")));
    if (!temp.open())
        return Error::invalid(QStringLiteral("out"), Tr::tr("%1 cannot be written (%2)").arg(path, temp.errorString()));
    {
        const DeterministicHashes deterministic;
        QPdfWriter writer(&temp);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter));
        writer.setResolution(PdfDocument::kDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MucoTrack"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(Tr::tr("The PDF report could not be started."));
        PdfDocument doc(writer, painter, footer);
        draw(doc);
        painter.end();
    }
    if (!temp.flush())
        return Error::storage(Tr::tr("%1 cannot be written (%2).").arg(path, temp.errorString()));
    QFile::remove(path);
    if (!temp.rename(path))
        return Error::storage(Tr::tr("%1 cannot be written (%2).").arg(path, temp.errorString()));
    temp.setAutoRemove(false);
    return {};
}

} // namespace muco::exports
