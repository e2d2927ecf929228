#pragma once
// Compact JSON written without a QJsonDocument where that is safe, byte for byte what the
// document would write (tst_storage compactJsonIsWhatQJsonDocumentWrites compares them). The
// write path builds one change-log object per record change and hashes one array per audit
// row; a document for each was a fifth of an audited insert (bench/README.md, issue 14).
#include <QString>
#include <QVariantMap>

namespace muco {

// Text that JSON writes as it is between quotes: printable ASCII without '"' or '\'.
bool plainJsonText(QStringView text);

// QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(Compact), as text. Written directly
// when every key is plain text and every value is null, a bool, an integer or a text of
// printable ASCII ('"' and '\' escaped as the document escapes them); anything else (doubles,
// lists, control characters, other scripts) goes through the document.
QString compactJsonObject(const QVariantMap &map);
// QJsonDocument(QJsonArray::fromVariantList(list)).toJson(Compact), as text, by the same rules.
QString compactJsonArray(const QVariantList &list);

} // namespace muco
