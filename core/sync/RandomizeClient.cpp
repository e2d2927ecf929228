#include "sync/RandomizeClient.h"
#include "security/Session.h"
#include <QCoreApplication>
#include <QEventLoop>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RandomizeClient)
};
} // namespace

void RandomizeClient::start(Session &s, SyncTransport *transport, const QString &patientId, const Secret &password, Done done)
{
    auto request = Randomize::check(s, patientId, password);
    if (!request.ok()) {
        done(request.error());
        return;
    }
    if (!transport) {
        done(Randomize::fromReserve(s, request.value()));
        return;
    }
    const RandomizeRequest r = request.value();
    transport->send("POST", QStringLiteral("/v1/randomize"), {},
                    {{QStringLiteral("patient_id"), r.patientId}, {QStringLiteral("subject_id"), r.subjectId},
                     {QStringLiteral("stratum"), r.stratum}},
                    [&s, r, done](int status, const QJsonObject &body, const QString &) {
                        if (status == 200) {
                            done(Randomize::recordOnline(s, r, body));
                            return;
                        }
                        // No answer, or none to trust: offline, from the reserve.
                        if (status <= 0 || status >= 500) {
                            done(Randomize::fromReserve(s, r));
                            return;
                        }
                        const QString why = body.value(QStringLiteral("error")).toString();
                        if (status == 401 || status == 403)
                            done(Error::denied(Tr::tr("The central site refused to randomize: %1").arg(why)));
                        else
                            done(Error::invalid(QStringLiteral("subject_id"), Tr::tr("the central site refused to randomize: %1").arg(why)));
                    });
}

Result<Allocation> RandomizeClient::runBlocking(Session &s, SyncTransport *transport, const QString &patientId, const Secret &password)
{
    std::optional<Result<Allocation>> result;
    QEventLoop loop;
    start(s, transport, patientId, password, [&](const Result<Allocation> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace muco
