#pragma once
// The sync API of the central site as plain request -> response, so the protocol,
// authentication and limits are tested without HTTP; app/central puts it on HTTP(S).
// The protocol is written down in docs/sync-protocol.md.
#include "central/CentralStore.h"
#include <QUrlQuery>

namespace muco {

struct ServiceRequest {
    QByteArray method;           // GET | POST
    QString path;                // /v1/...
    QUrlQuery query;
    QByteArray authorization;    // "Bearer <token>"
    QByteArray contentEncoding;  // "gzip" or empty
    QByteArray body;
};

struct ServiceResponse {
    int status = 200;
    QJsonObject body;
};

class CentralService {
public:
    static constexpr qsizetype kMaxBody = 8 * 1024 * 1024;      // inflated request size
    static constexpr int kMaxChangesPerPush = 2000;
    explicit CentralService(CentralStore &store) : m_store(store) {}
    ServiceResponse handle(const ServiceRequest &request);

private:
    CentralStore &m_store;
};

} // namespace muco
