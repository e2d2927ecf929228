#pragma once
// The sync API of the central site as plain request -> response, so the protocol,
// authentication and limits are tested without HTTP; app/central puts it on HTTP(S).
// The protocol is written down in docs/sync-protocol.md.
#include "central/CentralStore.h"
#include <QUrlQuery>
#include <optional>

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
    static constexpr qsizetype kMaxEnrollBody = 64 * 1024;      // an enrolment is a code and a site
    static constexpr int kMaxChangesPerPush = 2000;
    explicit CentralService(CentralStore &store) : m_store(store) {}
    ServiceResponse handle(const ServiceRequest &request);
    // Decides on a request's headers alone, before any of its body is read (its `body` is
    // empty; declaredLength is its Content-Length, -1 when it has none): a refusal, or nothing
    // to go on and read the body. Unknown paths, bodies larger than the limit and requests
    // without a valid device token are refused here, so nobody unauthenticated makes the
    // server buffer a large body.
    std::optional<ServiceResponse> screen(const ServiceRequest &head, qint64 declaredLength);

private:
    CentralStore &m_store;
};

} // namespace muco
