#include "common/Ids.h"
#include <QUuid>

namespace muco {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace muco
