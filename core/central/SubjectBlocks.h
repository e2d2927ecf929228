#pragma once
// Subject numbers that never clash (issue 13): each device of a site draws its patients'
// numbers from blocks the central site grants it, the first at enrolment, another at a sync
// once the device's numbers run low, so two devices adding patients offline never allocate
// the same one. A device without a block (never enrolled, or an old central site) allocates
// after the highest number it holds; the central site's renumbering of a taken subject ID
// (CentralStore::push) stays the fallback for that case.
#include "central/CentralStore.h"
#include <QJsonObject>

namespace muco {

class SubjectBlocks {
public:
    static constexpr int kBlockSize = 50;
    static QStringList schema();

    SubjectBlocks(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}
    // Grants the device a new block (the numbers after the highest one the site has used or
    // granted), in the caller's transaction when there is one.
    Status grant(const DeviceIdentity &device);
    // Request {"have": n, "want": bool}: the device holds n blocks and asks for one more. A
    // block is granted only while the central site has granted exactly n, so a request repeated
    // after a lost answer grants nothing twice. Answer {"blocks": [[first, last], ...]}, all of
    // the device's blocks, oldest first.
    Result<QJsonObject> request(const DeviceIdentity &device, const QJsonObject &body);
    Result<QJsonArray> blocksOf(const QString &deviceId);
    // The highest subject number of the site in a record or a granted block (0 when none).
    static Result<qint64> highestNumber(CentralBackend &backend, const QString &site);

private:
    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
