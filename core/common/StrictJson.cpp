#include "common/StrictJson.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace muco::json {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(json)
};
} // namespace

QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

namespace {

// One open object or array while scanning: the key or index whose value is being read.
struct Frame {
    bool object = true;
    QSet<QString> keys;
    QString key;
    qsizetype index = 0;
};

QString pathOf(const QList<Frame> &stack, const QString &key)
{
    QString path;
    for (qsizetype i = 0; i + 1 < stack.size(); ++i)
        path = stack[i].object ? join(path, stack[i].key) : path + QStringLiteral("[%1]").arg(stack[i].index);
    return join(path, key);
}

QString decodeKey(const QByteArray &quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    // Escapes (\u0061 is "a"): let the JSON parser decode the one string.
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

} // namespace

Status noDuplicateKeys(const QByteArray &bytes)
{
    // QJsonDocument keeps one of two equal keys silently; a key given twice is an
    // ambiguous answer, so the raw text is scanned. Only strings need care: every
    // other token of a valid document is free of quotes and brackets.
    QList<Frame> stack;
    bool expectKey = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        switch (bytes[i]) {
        case '{': stack.append(Frame{true, {}, {}, 0}); expectKey = true; break;
        case '[': stack.append(Frame{false, {}, {}, 0}); expectKey = false; break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                expectKey = true;
            else if (!stack.isEmpty())
                ++stack.last().index;
            break;
        case ':': expectKey = false; break;
        case '"': {
            const qsizetype start = i;
            for (++i; i < bytes.size() && bytes[i] != '"'; ++i)
                if (bytes[i] == '\\')
                    ++i;
            if (!expectKey || stack.isEmpty() || !stack.last().object)
                break;
            const QString key = decodeKey(bytes.mid(start, i - start + 1));
            Frame &top = stack.last();
            if (top.keys.contains(key))
                return Error::invalid(pathOf(stack, key), Tr::tr("is given more than once"));
            top.keys.insert(key);
            top.key = key;
            break;
        }
        default: break;
        }
    }
    return {};
}

Result<QJsonObject> parseObject(const QByteArray &bytes)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("(input)"), Tr::tr("is not valid JSON: %1 at character %2").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("(input)"), Tr::tr("must be one JSON object"));
    MUCO_TRY(noDuplicateKeys(bytes));
    return doc.object();
}

} // namespace muco::json
