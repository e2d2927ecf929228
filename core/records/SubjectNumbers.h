#pragma once
// The device's side of subject-number blocks (central/SubjectBlocks.h, issue 13): the blocks
// the central site granted this device, kept in meta; the number the next patient added here
// gets; and what to ask for at the next sync.
#include "common/Result.h"
#include <QJsonObject>
#include <QList>

namespace muco {

class Session;

struct SubjectBlock {
    qint64 first = 0;
    qint64 last = 0;
};

class SubjectNumbers {
public:
    // A sync asks for another block when fewer numbers than this are left.
    static constexpr int kRefillBelow = 10;

    static Result<QList<SubjectBlock>> blocks(Session &session);
    // Keeps the central site's list of this device's blocks ([[first, last], ...], all of them,
    // oldest first), audited; invalid (JSON path "subject_blocks[i]") for anything else.
    static Status storeBlocks(Session &session, const QJsonValue &blocks);
    // The number for the next patient added on this device: the lowest unused number of its
    // blocks (after the highest used in each); after the highest the site holds when it has
    // no block or has used them all (the central site then renumbers a clash).
    static Result<qint64> next(Session &session);
    // Numbers left in the device's blocks.
    static Result<qint64> remaining(Session &session);
    // The request of a sync: {"have": blocks held, "want": fewer than kRefillBelow left}.
    static Result<QJsonObject> request(Session &session);
};

} // namespace muco
