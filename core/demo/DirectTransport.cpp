#include "demo/DirectTransport.h"
#include "common/Gzip.h"
#include <QJsonDocument>
#include <QTimer>

namespace muco {

void DirectTransport::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                           Callback callback)
{
    ServiceRequest request{method, path, query, "Bearer " + m_token.toLatin1(), "gzip",
                           gzipCompress(QJsonDocument(body).toJson(QJsonDocument::Compact))};
    bytesSent += request.body.size();
    if (observe)
        observe(path, body);
    const ServiceResponse response = m_service.handle(request);
    const bool lost = dropResponse && dropResponse(path);
    QTimer::singleShot(0, this, [callback, response, lost] {
        if (lost)
            callback(0, {}, QStringLiteral("connection reset (simulated)"));
        else
            callback(response.status, response.body, {});
    });
}

} // namespace muco
