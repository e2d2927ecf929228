#include "records/ChangeNotifier.h"

namespace muco {
ChangeNotifier &ChangeNotifier::instance()
{
    static ChangeNotifier notifier;
    return notifier;
}
} // namespace muco
