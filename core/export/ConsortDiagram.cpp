#include "export/ConsortDiagram.h"
#include <QCoreApplication>
#include <QPainterPath>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConsortDiagram)
};

const QColor kStageFill(0xd9, 0xe6, 0xf2);
const QColor kStageText(0x1a, 0x3d, 0x5c);
const QColor kBoxFill(0xfb, 0xfc, 0xfd);

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A box of text: a bold first line, the rest regular, wrapped to the width.
struct Box {
    QString head;
    QStringList lines;
    QRectF rect;
};

class Layout {
public:
    Layout(QPainter &p, double width, double pxPerMm, const ConsortFlow &f) : m_p(p), m_mm(pxPerMm), m_width(width), m_flow(f) {}

    // Lays every box out from y = 0; returns the height. draw: also paints, shifted by origin.
    double run(bool draw, const QPointF &origin = {})
    {
        m_draw = draw;
        m_origin = origin;
        const double gap = mm(7);            // vertical room for an arrow between two boxes
        const double left = mm(12);          // the stage bars' column
        const double content = m_width - left;
        const double mainW = content * 0.46;
        const double mainX = left + content * 0.08;
        const double sideX = mainX + mainW + mm(8);
        const double sideW = m_width - sideX;
        const double armW = (content - mm(6)) / 2;
        const double armX[2] = {left, left + armW + mm(6)};
        const ConsortArm *arms[2] = {&m_flow.experimental, &m_flow.control};

        // Enrolment
        double y = 0;
        const double enrolTop = y;
        Box assessed{Tr::tr("Assessed for eligibility (n=%1)").arg(m_flow.assessed), {}, {}};
        place(assessed, mainX, y, mainW);
        Box excluded{Tr::tr("Excluded (n=%1)").arg(m_flow.excludedTotal()), {}, {}};
        for (auto it = m_flow.excluded.cbegin(); it != m_flow.excluded.cend(); ++it)
            excluded.lines << QStringLiteral("\u2022 ") + Tr::tr("%1 (n=%2)").arg(consortExclusionLabel(it.key())).arg(it.value());
        if (excluded.lines.isEmpty())
            excluded.lines << Tr::tr("none");
        const double excludedTop = assessed.rect.bottom() + gap;
        place(excluded, sideX, excludedTop, sideW);
        Box randomized{Tr::tr("Randomized (n=%1)").arg(m_flow.randomized), {}, {}};
        place(randomized, mainX, excluded.rect.bottom() + gap, mainW);
        const double spine = mainX + mainW / 2;
        arrow({spine, assessed.rect.bottom()}, {spine, randomized.rect.top()});
        arrow({spine, excluded.rect.center().y()}, {excluded.rect.left(), excluded.rect.center().y()});

        // Allocation
        const double allocTop = randomized.rect.bottom() + gap * 1.6;
        Box allocated[2] = {{Tr::tr("Allocated to the experimental arm: exosome mouth spray (n=%1)").arg(arms[0]->allocated), {}, {}},
                            {Tr::tr("Allocated to the control arm: no intervention (n=%1)").arg(arms[1]->allocated), {}, {}}};
        double rowBottom = 0;
        for (int i = 0; i < 2; ++i) {
            place(allocated[i], armX[i], allocTop, armW);
            rowBottom = std::max(rowBottom, allocated[i].rect.bottom());
        }
        equalize(allocated, rowBottom);
        const double split = randomized.rect.bottom() + gap * 0.8;
        line({spine, randomized.rect.bottom()}, {spine, split});
        line({armX[0] + armW / 2, split}, {armX[1] + armW / 2, split});
        for (int i = 0; i < 2; ++i)
            arrow({armX[i] + armW / 2, split}, {armX[i] + armW / 2, allocTop});

        // Follow-up
        const double followTop = rowBottom + gap;
        Box follow[2];
        rowBottom = 0;
        for (int i = 0; i < 2; ++i) {
            follow[i] = {Tr::tr("Follow-up"),
                         {Tr::tr("Completed follow-up (n=%1)").arg(arms[i]->completed),
                          Tr::tr("Still in follow-up (n=%1)").arg(arms[i]->ongoing),
                          Tr::tr("Withdrawn (n=%1)").arg(arms[i]->withdrawn),
                          Tr::tr("Lost to follow-up (n=%1)").arg(arms[i]->lostToFollowUp)},
                         {}};
            place(follow[i], armX[i], followTop, armW);
            rowBottom = std::max(rowBottom, follow[i].rect.bottom());
        }
        equalize(follow, rowBottom);

        // Analysis
        const double analysisTop = rowBottom + gap;
        Box analysed[2];
        rowBottom = 0;
        for (int i = 0; i < 2; ++i) {
            analysed[i] = {Tr::tr("Analysed for the primary endpoint (n=%1)").arg(arms[i]->analysed), {}, {}};
            analysed[i].lines << Tr::tr("Not analysed (n=%1)").arg(arms[i]->notAnalysedTotal());
            for (auto it = arms[i]->notAnalysed.cbegin(); it != arms[i]->notAnalysed.cend(); ++it)
                analysed[i].lines << QStringLiteral("\u2022 ") + Tr::tr("%1 (n=%2)").arg(it.key()).arg(it.value());
            place(analysed[i], armX[i], analysisTop, armW);
            rowBottom = std::max(rowBottom, analysed[i].rect.bottom());
        }
        // A stage's bar holds its name: the last row is at least that tall.
        m_p.setFont(font(8, true));
        rowBottom = std::max(rowBottom, analysisTop + m_p.fontMetrics().horizontalAdvance(Tr::tr("Analysis")) + mm(4));
        equalize(analysed, rowBottom);
        for (int i = 0; i < 2; ++i) {
            arrow({armX[i] + armW / 2, allocated[i].rect.bottom()}, {armX[i] + armW / 2, follow[i].rect.top()});
            arrow({armX[i] + armW / 2, follow[i].rect.bottom()}, {armX[i] + armW / 2, analysed[i].rect.top()});
        }
        for (int i = 0; i < 2; ++i) {
            draw_(allocated[i]);
            draw_(follow[i]);
            draw_(analysed[i]);
        }
        draw_(assessed);
        draw_(excluded);
        draw_(randomized);

        // The stages, down the left side.
        // Each bar reaches down to the next stage, so its name has room.
        stage(Tr::tr("Enrolment"), enrolTop, split - mm(1.5));
        stage(Tr::tr("Allocation"), split, followTop - mm(1.5));
        stage(Tr::tr("Follow-up"), followTop, analysisTop - mm(1.5));
        stage(Tr::tr("Analysis"), analysisTop, rowBottom);
        return rowBottom;
    }

private:
    double mm(double v) const { return v * m_mm; }

    double textHeight(const QString &text, double width, bool bold)
    {
        m_p.setFont(font(8.5, bold));
        return m_p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void place(Box &b, double x, double y, double w)
    {
        const double inner = w - mm(4);
        double h = mm(2) + textHeight(b.head, inner, true);
        for (const QString &l : b.lines)
            h += textHeight(l, inner, false);
        h += mm(2) + (b.lines.isEmpty() ? 0 : mm(1));
        b.rect = QRectF(x, y, w, h);
    }

    // Boxes side by side end on the same line.
    static void equalize(Box (&boxes)[2], double bottom)
    {
        for (Box &b : boxes)
            b.rect.setBottom(bottom);
    }

    void draw_(const Box &b)
    {
        if (!m_draw)
            return;
        const QRectF r = b.rect.translated(m_origin);
        m_p.setPen(QPen(Qt::black, mm(0.3)));
        m_p.setBrush(kBoxFill);
        m_p.drawRect(r);
        m_p.setBrush(Qt::NoBrush);
        const double inner = r.width() - mm(4);
        double y = r.top() + mm(2);
        const bool centred = b.lines.isEmpty();
        const double headH = textHeight(b.head, inner, true);
        m_p.setFont(font(8.5, true));
        m_p.drawText(QRectF(r.left() + mm(2), y, inner, headH), Qt::TextWordWrap | (centred ? Qt::AlignHCenter : Qt::AlignLeft), b.head);
        y += headH + mm(1);
        for (const QString &l : b.lines) {
            const double h = textHeight(l, inner, false);
            m_p.setFont(font(8.5, false));
            m_p.drawText(QRectF(r.left() + mm(2), y, inner, h), Qt::TextWordWrap, l);
            y += h;
        }
    }

    void line(QPointF a, QPointF b)
    {
        if (!m_draw)
            return;
        m_p.setPen(QPen(Qt::black, mm(0.3)));
        m_p.drawLine(a + m_origin, b + m_origin);
    }

    void arrow(QPointF a, QPointF b)
    {
        if (!m_draw)
            return;
        line(a, b);
        const QPointF tip = b + m_origin;
        QLineF back(b, a);
        back.setLength(mm(2.2));
        QLineF side1 = back, side2 = back;
        side1.setAngle(back.angle() + 25);
        side2.setAngle(back.angle() - 25);
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(side1.p2() + m_origin);
        head.lineTo(side2.p2() + m_origin);
        head.closeSubpath();
        m_p.fillPath(head, Qt::black);
    }

    void stage(const QString &name, double top, double bottom)
    {
        if (!m_draw)
            return;
        const QRectF r = QRectF(0, top, mm(8), bottom - top).translated(m_origin);
        QPainterPath path;
        path.addRoundedRect(r, mm(1.5), mm(1.5));
        m_p.fillPath(path, kStageFill);
        m_p.save();
        m_p.setPen(kStageText);
        m_p.setFont(font(8, true));
        m_p.translate(r.center());
        m_p.rotate(-90);
        m_p.drawText(QRectF(-r.height() / 2, -r.width() / 2, r.height(), r.width()), Qt::AlignCenter, name);
        m_p.restore();
    }

    QPainter &m_p;
    double m_mm;
    double m_width;
    const ConsortFlow &m_flow;
    bool m_draw = false;
    QPointF m_origin;
};

} // namespace

double consortDiagramHeight(QPainter &painter, double width, double pxPerMm, const ConsortFlow &flow)
{
    painter.save();
    const double h = Layout(painter, width, pxPerMm, flow).run(false);
    painter.restore();
    return h;
}

void drawConsortDiagram(QPainter &painter, const QPointF &origin, double width, double pxPerMm, const ConsortFlow &flow)
{
    painter.save();
    Layout(painter, width, pxPerMm, flow).run(true, origin);
    painter.restore();
}

} // namespace muco::exports
