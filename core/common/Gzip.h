#pragma once
// gzip (RFC 1952) for request and response bodies, through zlib.
#include <QByteArray>
#include <optional>

namespace muco {
QByteArray gzipCompress(const QByteArray &data);
// Empty optional when the data is not one valid gzip member (nothing after it) or would
// inflate beyond maxSize.
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize);
} // namespace muco
