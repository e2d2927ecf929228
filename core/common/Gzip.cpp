#include "common/Gzip.h"
#include <zlib.h>

namespace muco {

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream zs{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char buffer[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - zs.avail_out));
        if (out.size() > maxSize) {
            rc = Z_MEM_ERROR;
            break;
        }
    }
    // Data after the first member (a second member, or anything appended) is refused, not
    // ignored: what was signed or acknowledged must be all that was sent (issue 13).
    const bool trailing = rc == Z_STREAM_END && zs.avail_in != 0;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || trailing)
        return std::nullopt;
    return out;
}

} // namespace muco
