#include "reports/TrialSnapshot.h"
#include "records/Minimisation.h"

namespace muco {

// An id the central site passed on already is kept (Minimisation::opaqueAccountId).
QString opaqueUserId(const QString &userName) { return Minimisation::opaqueAccountId(userName); }

} // namespace muco
