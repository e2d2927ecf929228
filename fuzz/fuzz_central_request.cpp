// A request to the central site, as its HTTP adapter hands it to CentralService (after the
// header check `screen`): any method, path, encoding and body, with and without a device's
// token. The first four bytes pick method, path, encoding and token; the rest is the body
// (gzip-compressed first when the encoding byte says so, so that the JSON inside is reached).
#include "FuzzTarget.h"
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "common/Gzip.h"
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace muco;

namespace {
QTemporaryDir *folder = nullptr;
CentralStore *store = nullptr;
QByteArray token;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);   // Qt SQL wants an application object
    folder = new QTemporaryDir;
    auto backend = CentralBackend::openEmbedded(folder->filePath(QStringLiteral("central")), true);
    if (!backend.ok())
        qFatal("%s", qPrintable(backend.error().message));
    store = new CentralStore(std::move(backend).value(), Clock::system());
    auto code = store->createEnrollmentCode(QStringLiteral("GX01"));
    auto enrolled = code.ok() ? store->enroll(code.value(), QStringLiteral("GX01")) : Result<Enrollment>(code.error());
    if (!enrolled.ok())
        qFatal("%s", qPrintable(enrolled.error().message));
    token = "Bearer " + enrolled->token.toLatin1();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    static const QByteArray methods[] = {"GET", "POST", "DELETE", "PUT"};
    static const QString paths[] = {QStringLiteral("/v1/push"), QStringLiteral("/v1/pull"), QStringLiteral("/v1/anchor"),
                                    QStringLiteral("/v1/status"), QStringLiteral("/v1/randomize"), QStringLiteral("/v1/reserve"),
                                    QStringLiteral("/v1/enroll"), QStringLiteral("/v1/nothing")};
    QByteArray body = fuzz::bytes(data + 4, size - 4);
    QByteArray encoding;
    switch (data[2] % 3) {
    case 1: encoding = "gzip"; body = gzipCompress(body); break;
    case 2: encoding = "gzip"; break;   // the raw bytes claimed to be gzip
    default: break;
    }
    ServiceRequest request{methods[data[0] % 4], paths[data[1] % 8], {}, (data[3] & 1) ? token : QByteArray("Bearer x"), encoding, body};
    if (request.path == QLatin1String("/v1/pull"))
        request.query = QUrlQuery(QStringLiteral("after=%1&limit=%2").arg(data[3] >> 1).arg(1 + data[2]));
    CentralService service(*store);
    if (auto refused = service.screen({request.method, request.path, request.query, request.authorization, request.contentEncoding, {}},
                                      body.size());
        refused)
        return 0;
    const ServiceResponse answer = service.handle(request);
    // The service answers every request with a status and never with its storage's text.
    if (answer.status < 200 || answer.status > 599)
        __builtin_trap();
    return 0;
}
