#pragma once
// A table's columns that give way, one after another, when the table is narrower than its
// columns, and come back as it widens: the side panel beside a patient's workspace is a third
// of a laptop's screen, and walkthroughs found its lists scrolling sideways. What gives way is
// shown in the patient's workspace (or a tooltip) too; dragging the panel wider brings it back.
#include <QList>
#include <QObject>
#include <QSet>

class QTableView;

namespace muco::ui {

class ColumnsToWidth : public QObject {
    Q_OBJECT
public:
    // `givingWay`: the columns that may be hidden, the first to give way first. Owned by `table`.
    static ColumnsToWidth *install(QTableView *table, QList<int> givingWay);
    // A column hidden for another reason (a role that does not verify): it stays hidden.
    void setKeptHidden(int column, bool hidden);
    // Every column that may give way shown again (before widths are fitted to their contents).
    void showAll();
    // Fits the columns to the table's width now (also done, queued, whenever the table is resized:
    // in the resize the header has not yet laid out its stretched last column anew).
    void fit();
    // Whether fit() is hiding or showing columns at this moment: the sizes it changes are not
    // the user's choice (MainWindow remembers the user's widths).
    bool isFitting() const { return m_fitting; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnsToWidth(QTableView *table, QList<int> givingWay);
    QTableView *m_table;
    QList<int> m_givingWay;
    QSet<int> m_keptHidden;
    bool m_fitting = false;
};

} // namespace muco::ui
