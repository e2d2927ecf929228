#pragma once
// A mouse wheel turned over a form scrolls the form, never a value in it. Qt hands the wheel to
// the choice, number or date under the pointer, which changed it on the way: a walkthrough
// scrolling the screening form turned "Oral mucosa intact" to "No" without a click, and the
// patient read "Not eligible". Such fields take the wheel only once focused (clicked or tabbed
// into), as browsers' forms do; the wheel otherwise goes on to the scrolling area around them.
#include <QObject>

namespace muco::ui {

class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Guards every such field of the application (an event filter on it), while `owner` lives.
    static void install(QObject *owner);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace muco::ui
