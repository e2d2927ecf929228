#pragma once
// The central service in-process, for the DEMO trial, tests and benchmarks: the device's sync
// client talks the real protocol to the real CentralService (the request handling the HTTP
// server uses), without sockets. It lives in core/demo, not in core/sync, so the desktop app
// never links the central site's code.
#include "central/CentralService.h"
#include "sync/SyncClient.h"
#include <functional>

namespace muco {

class DirectTransport : public SyncTransport {
    Q_OBJECT
public:
    DirectTransport(CentralService &service, const QString &token, QObject *parent = nullptr)
        : SyncTransport(token, parent), m_service(service) {}
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
              Callback callback) override;
    // Fault injection: return true to lose the response after the service handled the request.
    std::function<bool(const QString &path)> dropResponse;
    // Observation: each request's path and body, as the device sent it.
    std::function<void(const QString &path, const QJsonObject &body)> observe;

private:
    CentralService &m_service;
};

} // namespace muco
