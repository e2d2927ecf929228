#pragma once
// What an empty list means, written in the list itself: "No adverse events recorded" rather
// than a blank white box, and why it is empty when it could not be read (issue 12).
#include <QObject>
#include <QString>

class QAbstractItemView;
class QLabel;

namespace muco::ui {

class EmptyListHint : public QObject {
    Q_OBJECT
public:
    // Shown over the view's empty viewport while its model has no rows; owned by the view.
    // Install it after the view's model is set: it follows that model.
    static EmptyListHint *install(QAbstractItemView *view, const QString &text);
    void setText(const QString &text);
    QString text() const;
    bool isShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyListHint(QAbstractItemView *view, const QString &text);
    void update();
    QAbstractItemView *m_view;
    QLabel *m_label;
};

} // namespace muco::ui
