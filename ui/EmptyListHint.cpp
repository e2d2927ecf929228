#include "EmptyListHint.h"
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace muco::ui {

EmptyListHint *EmptyListHint::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyListHint(view, text);
}

EmptyListHint::EmptyListHint(QAbstractItemView *view, const QString &text)
    : QObject(view), m_view(view), m_label(new QLabel(text, view->viewport()))
{
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setMargin(12);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyListHint::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListHint::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListHint::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListHint::update);
    }
    update();
}

void EmptyListHint::setText(const QString &text)
{
    m_label->setText(text);
    update();
}

QString EmptyListHint::text() const { return m_label->text(); }

bool EmptyListHint::isShown() const { return !m_label->isHidden(); }

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_label->setGeometry(m_view->viewport()->rect());
    return QObject::eventFilter(watched, event);
}

void EmptyListHint::update()
{
    const QAbstractItemModel *model = m_view->model();
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(!m_label->text().isEmpty() && (!model || model->rowCount() == 0));
}

} // namespace muco::ui
