#pragma once
// The printed reports' page layout (the DMC report, the casebook): QPainter on a QPdfWriter,
// A4 portrait at 300 dpi, a cursor that flows titles, headings, paragraphs, tables (their
// header repeated on every page they span) and boxes for charts down the page and onto the
// next, and a footer with the page number. Qt Gui only, no Widgets; the caller needs a
// QGuiApplication (offscreen is enough).
#include "common/Result.h"
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <functional>

namespace muco::exports {

class PdfDocument {
public:
    static constexpr int kDpi = 300;
    static double mm(double v) { return v * kDpi / 25.4; }

    PdfDocument(QPdfWriter &writer, QPainter &painter, QString footer);

    double width() const { return m_width; }
    QPainter &painter() { return m_p; }
    void newPage();
    // A new page unless `height` fits under the cursor.
    void ensure(double height);
    void title(const QString &text, const QString &subtitle);
    // A heading starts a new page unless `keep` (what follows it) fits under it.
    void heading(const QString &text, double keep = mm(30));
    void subheading(const QString &text, double keep = mm(20));
    void paragraph(const QString &text, double size = 9.5);
    // Columns share the width in the given proportions; the first column is left-aligned, the
    // others centred. The header repeats on a new page. The cells of the `wrap` columns wrap
    // onto more lines (left-aligned) instead of being cut.
    // No widths: each column's share fitted to its heading and cells (fittedWidths).
    void table(const QStringList &header, const QList<QStringList> &rows, QList<double> widths = {}, const QList<int> &wrap = {});
    // A box of the given height (a chart); returns its rectangle on the current page.
    QRectF box(double height);
    void space(double height) { m_y += height; }
    double y() const { return m_y; }
    void setFont(double points, bool bold);

private:
    QList<double> fittedWidths(const QStringList &header, const QList<QStringList> &rows, const QList<int> &wrap);
    void drawWrapped(const QString &text, double after);
    void drawFooter();

    QPdfWriter &m_w;
    QPainter &m_p;
    QString m_footer;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

// Draws a PDF into a temporary file beside `path`, renamed into place once complete: a failure
// leaves neither a partial file nor the temporary one. The same drawing gives the same bytes
// apart from the creation date (reproducible reports).
Status writePdf(const QString &path, const QString &title, const QString &footer, const std::function<void(PdfDocument &)> &draw);

} // namespace muco::exports
