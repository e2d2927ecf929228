#include "central/CentralService.h"
#include "common/StrictJson.h"
#include "central/SubjectBlocks.h"
#include "central/AllocationList.h"
#include "central/AuditAnchors.h"
#include "central/CentralSignatures.h"
#include "central/MonitorDevices.h"
#include "common/Gzip.h"
#include <QCoreApplication>
#include <QDebug>
#include <QJsonDocument>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralService)
};

ServiceResponse fail(int status, const QString &message) { return {status, {{QStringLiteral("error"), message}}}; }

int statusFor(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Denied: return 403;
    case ErrorKind::Invalid:
    case ErrorKind::Usage: return 400;
    case ErrorKind::Integrity: return 409;
    default: return 500;
    }
}

// A refusal says why; a failure of the central site's own storage goes to its log only: its
// text may hold SQL, table names or database details that are no device's business.
ServiceResponse failWith(const Error &e)
{
    const int status = statusFor(e);
    if (status < 500)
        return fail(status, e.message);
    qWarning().noquote() << "mucotrack-central:" << e.message;
    return fail(status, Tr::tr("The central site could not complete the request; its operator will find the details in its log."));
}

} // namespace

std::optional<ServiceResponse> CentralService::screen(const ServiceRequest &r, qint64 declaredLength)
{
    static const QStringList known{QStringLiteral("/v1/enroll"), QStringLiteral("/v1/push"), QStringLiteral("/v1/pull"),
                                   QStringLiteral("/v1/anchor"), QStringLiteral("/v1/status"), QStringLiteral("/v1/randomize"), QStringLiteral("/v1/reserve"),
                                   QStringLiteral("/v1/subjects"), QStringLiteral("/v1/token"),
                                   QStringLiteral("/v1/keys")};
    if (!known.contains(r.path))
        return fail(404, Tr::tr("No such endpoint."));
    const bool enroll = r.path == QLatin1String("/v1/enroll");
    if (declaredLength > (enroll ? kMaxEnrollBody : kMaxBody))
        return fail(413, Tr::tr("The request is too large."));
    if (enroll)
        return std::nullopt;
    if (!r.authorization.startsWith("Bearer "))
        return fail(401, Tr::tr("A device token is required."));
    auto device = m_store.authenticate(QString::fromLatin1(r.authorization.mid(7).trimmed()));
    if (!device.ok())
        return device.error().kind == ErrorKind::Denied ? fail(401, device.error().message) : failWith(device.error());
    return std::nullopt;
}

ServiceResponse CentralService::handle(const ServiceRequest &r)
{
    QByteArray body = r.body;
    if (body.size() > (r.path == QLatin1String("/v1/enroll") ? kMaxEnrollBody : kMaxBody))
        return fail(413, Tr::tr("The request is too large."));
    if (r.contentEncoding == "gzip") {
        auto inflated = gzipDecompress(body, kMaxBody);
        if (!inflated)
            return fail(body.isEmpty() ? 400 : 413, Tr::tr("The request body is not valid gzip or too large."));
        body = *inflated;
    } else if (!r.contentEncoding.isEmpty() && r.contentEncoding != "identity") {
        return fail(415, Tr::tr("Unsupported content encoding."));
    }
    QJsonObject json;
    if (r.method == "POST") {
        auto parsed = json::parseObject(body);
        if (!parsed.ok())
            return parsed.error().field == QLatin1String("(input)")
                       ? fail(400, Tr::tr("The request body must be one JSON object."))
                       : fail(400, Tr::tr("%1 is given more than once in the request.").arg(parsed.error().field));
        json = std::move(parsed).value();
    }

    if (r.path == QLatin1String("/v1/enroll")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        // "site": the enrolling device's site; a code of another site is refused and stays unused.
        // "root": the enrolling administrator's own key certificate, pinned for the device.
        std::optional<KeyCertificate> root;
        if (json.contains(QStringLiteral("root"))) {
            auto parsed = KeyCertificate::fromJson(json.value(QStringLiteral("root")), QStringLiteral("root"));
            if (!parsed.ok())
                return failWith(parsed.error());
            root = parsed.value();
        }
        // "previous_token": the token of the identity a device enrolled again had; it is revoked.
        const QJsonValue previous = json.value(QStringLiteral("previous_token"));
        if (!previous.isUndefined() && (!previous.isString() || previous.toString().size() > 128))
            return failWith(Error::invalid(QStringLiteral("previous_token"), Tr::tr("the device's previous token, as text")));
        auto e = m_store.enroll(json.value(QStringLiteral("code")).toString(), json.value(QStringLiteral("site")).toString(), root, true,
                                previous.toString());
        if (!e.ok())
            return failWith(e.error());
        QJsonObject answer{{QStringLiteral("device_id"), e->deviceId}, {QStringLiteral("token"), e->token}, {QStringLiteral("site"), e->site}};
        if (!e->replaced.isEmpty())
            answer.insert(QStringLiteral("replaced"), e->replaced);
        if (e->monitor)   // the device stores its scope, and refuses clinical writes from then on
            answer.insert(QStringLiteral("scope"), QLatin1String(MonitorDevices::kScope));
        else
            answer.insert(QStringLiteral("subject_blocks"), e->subjectBlocks);
        return {200, answer};
    }

    // Everything else needs a device token.
    if (!r.authorization.startsWith("Bearer "))
        return fail(401, Tr::tr("A device token is required."));
    auto device = m_store.authenticate(QString::fromLatin1(r.authorization.mid(7).trimmed()));
    if (!device.ok())
        return device.error().kind == ErrorKind::Denied ? fail(401, device.error().message) : failWith(device.error());

    if (r.path == QLatin1String("/v1/push")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        const QJsonValue changes = json.value(QStringLiteral("changes"));
        if (!changes.isArray())
            return fail(400, Tr::tr("\"changes\" must be a list."));
        if (changes.toArray().size() > kMaxChangesPerPush)
            return fail(413, Tr::tr("At most %1 changes per request.").arg(kMaxChangesPerPush));
        auto result = m_store.push(device.value(), changes.toArray());
        if (!result.ok())
            return failWith(result.error());
        return {200, result.value()};
    }
    if (r.path == QLatin1String("/v1/pull")) {
        if (r.method != "GET")
            return fail(405, Tr::tr("Use GET."));
        bool okAfter = true, okLimit = true;
        const qint64 after = r.query.hasQueryItem(QStringLiteral("after")) ? r.query.queryItemValue(QStringLiteral("after")).toLongLong(&okAfter) : 0;
        const int limit = r.query.hasQueryItem(QStringLiteral("limit")) ? r.query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit) : 200;
        if (!okAfter || !okLimit || after < 0 || limit < 1)
            return fail(400, Tr::tr("after and limit must be non-negative whole numbers."));
        auto result = m_store.pull(device.value(), after, limit);
        if (!result.ok())
            return failWith(result.error());
        return {200, result.value()};
    }
    // A monitor's device randomizes nobody and adds no patients (central/MonitorDevices.h).
    if (device->monitor && (r.path == QLatin1String("/v1/randomize") || r.path == QLatin1String("/v1/reserve")
                            || r.path == QLatin1String("/v1/subjects")))
        return fail(403, Tr::tr("A monitor's device may not randomize patients or allocate subject numbers."));
    // Randomization (issue 15): online allocation, and the sealed reserve issued at every sync.
    if (r.path == QLatin1String("/v1/randomize") || r.path == QLatin1String("/v1/reserve")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        AllocationList list = m_store.allocationList();
        auto result = r.path == QLatin1String("/v1/randomize") ? list.allocateOnline(device.value(), json)
                                                               : list.issueReserve(device.value(), json);
        if (!result.ok())
            return failWith(result.error());
        return {200, result.value()};
    }
    // Subject-number blocks (issue 13): all of the device's blocks, and a new one when it asks.
    if (r.path == QLatin1String("/v1/subjects")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        auto result = SubjectBlocks(m_store.backend(), m_store.clock()).request(device.value(), json);
        if (!result.ok())
            return failWith(result.error());
        return {200, result.value()};
    }
    if (r.path == QLatin1String("/v1/anchor")) {
        AuditAnchors anchors(m_store.backend(), m_store.clock());
        if (r.method == "GET") {
            auto current = anchors.current(device.value());
            return current.ok() ? ServiceResponse{200, current.value()} : failWith(current.error());
        }
        if (r.method != "POST")
            return fail(405, Tr::tr("Use GET or POST."));
        auto result = anchors.anchor(device.value(), json);
        if (!result.ok())
            return failWith(result.error());
        return {result->contains(QStringLiteral("moved")) ? 412 : 200, result.value()};
    }
    // The public keys of the device's accounts, for the signatures checked here (CentralSignatures).
    if (r.path == QLatin1String("/v1/keys")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        auto result = CentralSignatures(m_store.backend(), m_store.clock()).registerKeys(device.value(), json);
        if (!result.ok())
            return failWith(result.error());
        return {200, result.value()};
    }
    // The device's next token (CentralStore::replaceToken), authenticated by its current one.
    if (r.path == QLatin1String("/v1/token")) {
        if (r.method != "POST")
            return fail(405, Tr::tr("Use POST."));
        const Status replaced = m_store.replaceToken(device.value(), QString::fromLatin1(r.authorization.mid(7).trimmed()),
                                                     json.value(QStringLiteral("token")).toString());
        if (!replaced.ok())
            return failWith(replaced.error());
        return {200, {{QStringLiteral("replaced"), true}}};
    }
    if (r.path == QLatin1String("/v1/status")) {
        if (r.method != "GET")
            return fail(405, Tr::tr("Use GET."));
        return {200, {{QStringLiteral("site"), device->site}, {QStringLiteral("device_id"), device->deviceId}}};
    }
    return fail(404, Tr::tr("No such endpoint."));
}

} // namespace muco
