#pragma once
// The patient at a glance: cumulative dose and the mucositis grade of each scale over
// time (step series on their own axis), the grade-3 line of the primary endpoint marked.
#include "workspace/WorkspaceTab.h"

class QChart;
class QChartView;
class QLabel;

namespace muco::ui {

class OverviewTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);
    void reload() override;
    bool exportPng(const QString &path) const;
    QChart *chart() const;
    QString summaryText() const;

private:
    QLabel *m_summary;
    QChartView *m_view;
    QString m_subjectId;
};

} // namespace muco::ui
