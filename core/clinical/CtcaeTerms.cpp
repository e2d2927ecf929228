#include "clinical/CtcaeTerms.h"
#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CtcaeTerms)
};

// One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks),
// read from `pos`; `pos` ends past its line break.
QStringList readRecord(const QString &text, qsizetype &pos)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields << field;
    return fields;
}
} // namespace

bool CtcaeTerm::hasGrade(int grade) const
{
    return grade >= 1 && grade <= 5 && grades[std::size_t(grade - 1)] != QLatin1String("-") && !grades[std::size_t(grade - 1)].isEmpty();
}

QString CtcaeTerm::gradeText(int grade) const { return hasGrade(grade) ? grades[std::size_t(grade - 1)] : QString(); }

bool CtcaeTerm::isOtherSpecify() const { return term.endsWith(QLatin1String("- Other, specify")); }

Result<QList<CtcaeTerm>> CtcaeTerms::parse(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    qsizetype pos = 0;
    const QStringList header = readRecord(text, pos);
    const QStringList expected{QStringLiteral("meddra_code"), QStringLiteral("soc"), QStringLiteral("term"), QStringLiteral("definition"),
                               QStringLiteral("grade1"), QStringLiteral("grade2"), QStringLiteral("grade3"), QStringLiteral("grade4"),
                               QStringLiteral("grade5")};
    if (header != expected)
        return Error::invalid(QStringLiteral("ctcae"), Tr::tr("the CTCAE term list has an unexpected header"));
    QList<CtcaeTerm> out;
    int line = 1;
    while (pos < text.size()) {
        const QStringList f = readRecord(text, pos);
        ++line;
        if (f.size() == 1 && f.first().trimmed().isEmpty())
            continue;
        if (f.size() != expected.size() || f.at(0).isEmpty() || f.at(2).isEmpty())
            return Error::invalid(QStringLiteral("ctcae"), Tr::tr("line %1 of the CTCAE term list is not a term").arg(line));
        CtcaeTerm t{f.at(0), f.at(1), f.at(2), f.at(3), {f.at(4), f.at(5), f.at(6), f.at(7), f.at(8)}};
        out.append(t);
    }
    return out;
}

const QList<CtcaeTerm> &CtcaeTerms::all()
{
    // Compiled in and checked by tst_ctcae_terms: a list that does not parse is a build defect.
    static const QList<CtcaeTerm> terms = [] {
        QFile f(QStringLiteral(":/clinical/ctcae-v5.0-terms.csv"));
        if (!f.open(QIODevice::ReadOnly))
            return QList<CtcaeTerm>();
        auto parsed = parse(f.readAll());
        return parsed.ok() ? parsed.value() : QList<CtcaeTerm>();
    }();
    return terms;
}

const CtcaeTerm *CtcaeTerms::find(const QString &term)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < all().size(); ++i)
            h.insert(all().at(i).term.toCaseFolded(), i);
        return h;
    }();
    const auto it = index.constFind(term.trimmed().toCaseFolded());
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QStringList CtcaeTerms::names()
{
    QStringList out;
    out.reserve(all().size());
    for (const CtcaeTerm &t : all())
        out << t.term;
    return out;
}

} // namespace muco
