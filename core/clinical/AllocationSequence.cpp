#include "clinical/AllocationSequence.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <sodium.h>
#include <array>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AllocationSequence)
};

// A deterministic stream from libsodium: randombytes_buf_deterministic (ChaCha20) under a
// 32-byte key derived from the seed and the stratum, refilled chunk by chunk with keys
// derived from that key and the chunk's number. Never std::rand, never a home-made generator.
class SeededStream {
public:
    SeededStream(quint64 seed, const QString &stratum)
    {
        const QByteArray material = QByteArrayLiteral("mucotrack.randomization.v1\n") + QByteArray::number(seed) + '\n' + stratum.toUtf8();
        crypto_generichash(m_key.data(), m_key.size(), reinterpret_cast<const unsigned char *>(material.constData()),
                           static_cast<unsigned long long>(material.size()), nullptr, 0);
    }
    ~SeededStream() { sodium_memzero(m_key.data(), m_key.size()); sodium_memzero(m_chunk.data(), m_chunk.size()); }

    // Uniform in [0, bound), without modulo bias (rejection, as randombytes_uniform does).
    quint32 uniform(quint32 bound)
    {
        if (bound < 2)
            return 0;
        const quint32 min = (0U - bound) % bound;
        for (;;) {
            const quint32 r = next32();
            if (r >= min)
                return r % bound;
        }
    }

private:
    quint32 next32()
    {
        if (m_used + 4 > m_chunk.size())
            refill();
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | m_chunk[m_used++];
        return v;
    }
    void refill()
    {
        std::array<unsigned char, randombytes_SEEDBYTES> chunkSeed{};
        const quint64 n = m_chunks++;
        unsigned char counter[8];
        for (int i = 0; i < 8; ++i)
            counter[i] = static_cast<unsigned char>(n >> (8 * i));
        crypto_generichash(chunkSeed.data(), chunkSeed.size(), counter, sizeof counter, m_key.data(), m_key.size());
        randombytes_buf_deterministic(m_chunk.data(), m_chunk.size(), chunkSeed.data());
        sodium_memzero(chunkSeed.data(), chunkSeed.size());
        m_used = 0;
    }
    std::array<unsigned char, 32> m_key{};
    std::array<unsigned char, 1024> m_chunk{};
    std::size_t m_used = 1024;
    quint64 m_chunks = 0;
};

} // namespace

Result<QList<StratificationFactor>> AllocationSequence::factorsFromProtocol(const QByteArray &protocolJson)
{
    const QJsonArray factors = QJsonDocument::fromJson(protocolJson).object().value(QStringLiteral("randomization")).toObject()
                                   .value(QStringLiteral("stratification_factors")).toArray();
    static const QRegularExpression levelRe(QStringLiteral("^[a-z0-9_]{1,20}$"));
    QList<StratificationFactor> out;
    for (int i = 0; i < factors.size(); ++i) {
        const QString path = QStringLiteral("randomization.stratification_factors[%1]").arg(i);
        const QJsonObject f = factors.at(i).toObject();
        StratificationFactor factor{f.value(QStringLiteral("id")).toString(), {}};
        // Only a factor the site's records answer can stratify: a device decides the stratum.
        if (!knownFactors().contains(factor.id))
            return Error::invalid(path + QStringLiteral(".id"), Tr::tr("must be one of %1").arg(knownFactors().join(QStringLiteral(", "))));
        for (const QJsonValue &l : f.value(QStringLiteral("levels")).toArray()) {
            if (!levelRe.match(l.toString()).hasMatch() || factor.levels.contains(l.toString()))
                return Error::invalid(path + QStringLiteral(".levels"), Tr::tr("levels are distinct lower-case words"));
            factor.levels << l.toString();
        }
        if (factor.levels.size() < 2)
            return Error::invalid(path + QStringLiteral(".levels"), Tr::tr("a factor has at least two levels"));
        out << factor;
    }
    return out;
}

QList<StratificationFactor> AllocationSequence::protocolFactors()
{
    static const QList<StratificationFactor> factors = [] {
        QFile f(QStringLiteral(":/protocol/NCT07312656.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QList<StratificationFactor>();
        // The file is compiled in; tst_randomization checks that it parses.
        return factorsFromProtocol(f.readAll()).value_or({});
    }();
    return factors;
}

QString AllocationSequence::stratumName(const QString &site, const QList<QPair<QString, QString>> &levels)
{
    QString name = site;
    for (const auto &[factor, level] : levels)
        name += QLatin1Char('|') + factor + QLatin1Char('=') + level;
    return name;
}

QStringList AllocationSequence::strata(const QStringList &sites, const QList<StratificationFactor> &factors)
{
    QStringList out = sites;
    for (const StratificationFactor &f : factors) {
        QStringList next;
        for (const QString &s : out)
            for (const QString &level : f.levels)
                next << s + QLatin1Char('|') + f.id + QLatin1Char('=') + level;
        out = next;
    }
    return out;
}

bool AllocationSequence::validStratum(const QString &stratum)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,10}(\\|[a-z_]{1,40}=[a-z0-9_]{1,20})*$"));
    return re.match(stratum).hasMatch();
}

Result<QList<int>> AllocationSequence::parseBlocks(const QString &text, const QString &option)
{
    QList<int> sizes;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < 2 || n > 20 || n % 2 != 0)
            return Error::invalid(option, Tr::tr("\"%1\" is not a block size: sizes are even numbers from 2 to 20 (1:1 within every block)")
                                              .arg(p.trimmed()));
        if (sizes.contains(n))
            return Error::invalid(option, Tr::tr("the block size %1 is given twice").arg(n));
        sizes << n;
    }
    return sizes;
}

Result<QList<ListEntry>> AllocationSequence::generate(quint64 seed, const QString &stratum, int perStratum, const QList<int> &blocks)
{
    if (!validStratum(stratum))
        return Error::invalid(QStringLiteral("stratum"), Tr::tr("\"%1\" is not a stratum").arg(stratum));
    if (perStratum < 1 || perStratum > 10000)
        return Error::invalid(QStringLiteral("per-stratum"), Tr::tr("must be a whole number from 1 to 10000"));
    if (blocks.isEmpty())
        return Error::invalid(QStringLiteral("blocks"), Tr::tr("at least one block size is needed"));
    for (int b : blocks)
        if (b < 2 || b % 2 != 0)
            return Error::invalid(QStringLiteral("blocks"), Tr::tr("block sizes are even numbers (1:1 within every block)"));
    if (sodium_init() < 0)
        return Error::storage(Tr::tr("libsodium could not be initialised."));
    SeededStream stream(seed, stratum);
    QList<ListEntry> out;
    int block = 0;
    while (out.size() < perStratum) {
        const int size = blocks.at(static_cast<int>(stream.uniform(static_cast<quint32>(blocks.size()))));
        ++block;
        QStringList blockArms;
        for (int i = 0; i < size; ++i)
            blockArms << (i < size / 2 ? QStringLiteral("experimental") : QStringLiteral("control"));
        // Fisher-Yates, each swap index drawn uniformly from the stream.
        for (int i = size - 1; i > 0; --i)
            blockArms.swapItemsAt(i, static_cast<int>(stream.uniform(static_cast<quint32>(i + 1))));
        for (const QString &arm : std::as_const(blockArms))
            out.append({stratum, static_cast<int>(out.size()) + 1, arm, block, size});
    }
    return out;
}

Result<QList<ListEntry>> AllocationSequence::parseCsv(const QByteArray &csv)
{
    const QStringList columns{QStringLiteral("stratum"), QStringLiteral("sequence"), QStringLiteral("arm")};
    auto at = [](int line, const QString &column, const QString &why) {
        return Error::invalid(Tr::tr("line %1, column %2").arg(line).arg(column), why);
    };
    QList<ListEntry> out;
    QHash<QString, int> last;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = QString::fromUtf8(lines[i]);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != 3)
            return Error::invalid(Tr::tr("line %1").arg(lineNo),
                                  Tr::tr("a line holds three columns (stratum,sequence,arm), this one %n", nullptr, int(cells.size())));
        QStringList v;
        for (const QString &c : cells)
            v << c.trimmed();
        if (out.isEmpty() && last.isEmpty() && v == columns)
            continue;   // the header
        if (!validStratum(v[0]))
            return at(lineNo, columns[0], Tr::tr("\"%1\" is not a stratum (a site code such as GX01, then |factor=level for each factor)").arg(v[0]));
        bool ok = false;
        const int seq = v[1].toInt(&ok);
        if (!ok || seq < 1)
            return at(lineNo, columns[1], Tr::tr("\"%1\" is not a sequence number (1, 2, 3, ...)").arg(v[1]));
        if (seq != last.value(v[0]) + 1)
            return at(lineNo, columns[1], Tr::tr("stratum %1 expects sequence %2 here, not %3 (no gaps, no repeats, in order)")
                                              .arg(v[0]).arg(last.value(v[0]) + 1).arg(seq));
        if (!arms().contains(v[2]))
            return at(lineNo, columns[2], Tr::tr("\"%1\" is not an arm; use experimental or control").arg(v[2]));
        last.insert(v[0], seq);
        out.append({v[0], seq, v[2], 0, 0});
    }
    if (out.isEmpty())
        return Error::invalid(QStringLiteral("FILE"), Tr::tr("the list holds no allocations"));
    return out;
}

} // namespace muco
