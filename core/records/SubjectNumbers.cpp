#include "records/SubjectNumbers.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubjectNumbers)
};

const auto kMetaKey = QStringLiteral("subject_blocks");   // "1-50,101-150"

QString encode(const QList<SubjectBlock> &blocks)
{
    QStringList parts;
    for (const SubjectBlock &b : blocks)
        parts << QStringLiteral("%1-%2").arg(b.first).arg(b.last);
    return parts.join(QLatin1Char(','));
}

// The highest number used at the site within [first, last] (first - 1 when none).
Result<qint64> highestUsed(Session &s, qint64 first, qint64 last)
{
    // Cached (every add asks), reset before returning.
    MUCO_READ(st, s.db().cached(QStringLiteral("SELECT MAX(subject_number) FROM patients WHERE site = ? AND subject_number BETWEEN ? AND ?")));
    st->bind(1, s.site()).bind(2, first).bind(3, last);
    auto row = st->next();
    const qint64 highest = row.ok() && row.value() && !st->isNull(0) ? st->integer(0) : first - 1;
    st->reset();
    if (!row.ok())
        return row.error();
    return highest;
}
} // namespace

Result<QList<SubjectBlock>> SubjectNumbers::blocks(Session &s)
{
    MUCO_READ(text, s.setting(kMetaKey));
    QList<SubjectBlock> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool okFirst = false, okLast = false;
        const SubjectBlock b{part.section(QLatin1Char('-'), 0, 0).toLongLong(&okFirst), part.section(QLatin1Char('-'), 1, 1).toLongLong(&okLast)};
        if (okFirst && okLast && b.first >= 1 && b.first <= b.last)
            out << b;
    }
    return out;
}

Status SubjectNumbers::storeBlocks(Session &s, const QJsonValue &value)
{
    MUCO_TRY(s.require(Permission::SyncNow));
    if (!value.isArray())
        return Error::invalid(QStringLiteral("subject_blocks"), Tr::tr("must be a list of [first, last] pairs"));
    QList<SubjectBlock> blocks;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray pair = list.at(i).toArray();
        const auto whole = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInteger()); };
        if (pair.size() != 2 || !whole(pair.at(0)) || !whole(pair.at(1)) || pair.at(0).toInteger() < 1
            || pair.at(0).toInteger() > pair.at(1).toInteger() || pair.at(1).toInteger() > 999999999
            || (!blocks.isEmpty() && pair.at(0).toInteger() <= blocks.last().last))
            return Error::invalid(QStringLiteral("subject_blocks[%1]").arg(i),
                                  Tr::tr("must be [first, last], whole numbers from 1, after the block before it"));
        blocks << SubjectBlock{pair.at(0).toInteger(), pair.at(1).toInteger()};
    }
    MUCO_READ(had, SubjectNumbers::blocks(s));
    const QString before = encode(had), after = encode(blocks);
    if (before == after)
        return {};
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(s.db().putMeta(kMetaKey, after));
    MUCO_TRY(s.audit({{}, QStringLiteral("subject_blocks"), QStringLiteral("meta"), kMetaKey, {}, before, after,
                      Tr::tr("granted by the central site")}));
    return tx.commit();
}

Result<qint64> SubjectNumbers::next(Session &s)
{
    MUCO_READ(list, blocks(s));
    for (const SubjectBlock &b : std::as_const(list)) {
        MUCO_READ(used, highestUsed(s, b.first, b.last));
        if (used < b.last)
            return used + 1;
    }
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT COALESCE(MAX(subject_number), 0) + 1 FROM patients WHERE site = ?")));
    st.bind(1, s.site());
    MUCO_READ(row, st.next());
    const qint64 afterHighest = row ? st.integer(0) : 1;
    return list.isEmpty() ? afterHighest : std::max(afterHighest, list.last().last + 1);
}

Result<qint64> SubjectNumbers::remaining(Session &s)
{
    MUCO_READ(list, blocks(s));
    qint64 left = 0;
    for (const SubjectBlock &b : std::as_const(list)) {
        MUCO_READ(used, highestUsed(s, b.first, b.last));
        left += b.last - used;
    }
    return left;
}

Result<QJsonObject> SubjectNumbers::request(Session &s)
{
    MUCO_READ(list, blocks(s));
    MUCO_READ(left, remaining(s));
    return QJsonObject{{QStringLiteral("have"), qint64(list.size())}, {QStringLiteral("want"), left < kRefillBelow}};
}

} // namespace muco
