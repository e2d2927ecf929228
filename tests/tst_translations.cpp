// The translations stay complete: every message of every translated .ts file is
// finished, keeps the source's placeholders and accelerator, and the translated
// files hold exactly the messages of the English source file.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#ifndef MUCOTRACK_TRANSLATIONS
#error "MUCOTRACK_TRANSLATIONS must name the translations directory"
#endif

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one entry, or one per <numerusform>
    qint64 line = 0;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString where() const
    {
        QString w = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            w += QStringLiteral(" (comment: %1)").arg(comment);
        return w;
    }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1 cannot be read").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            bool gone = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    m.unfinished = type == QLatin1String("unfinished");
                    gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.translations << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!gone)
                ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%99, %L1.., %n and %Ln: what QString::arg() and tr(..., n) replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

// The mnemonic letter of "&Save" or "Sa&ve" ("&&" is a literal ampersand), or a null QChar.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        const QChar next = text[i + 1];
        if (next == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!next.isSpace())
            return next;
    }
    return {};
}

// Everything wrong with one translated message, as short phrases; empty when it is fine.
QStringList problemsOf(const QString &source, bool numerus, bool unfinished, const QStringList &translations)
{
    QStringList problems;
    if (unfinished)
        problems << QStringLiteral("unfinished");
    if (translations.isEmpty())
        problems << QStringLiteral("no translation");
    if (numerus && translations.size() > 1)
        problems << QStringLiteral("zh_CN has one plural form, found %1").arg(translations.size());
    const QStringList wanted = placeholders(source);
    const QChar mnemonic = accelerator(source);
    for (const QString &t : translations) {
        if (t.trimmed().isEmpty()) {
            problems << QStringLiteral("empty translation");
            continue;
        }
        const QStringList got = placeholders(t);
        if (got != wanted)
            problems << QStringLiteral("placeholders %1 in the source, %2 in \"%3\"")
                            .arg(wanted.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t);
        if (!mnemonic.isNull() && accelerator(t).isNull())
            problems << QStringLiteral("the source's accelerator &%1 is missing from \"%2\"").arg(QString(mnemonic), t);
    }
    return problems;
}

// QTest cuts long failure messages: each problem goes out as a warning of its own, and
// the failure says how many there are.
QString report(const QString &title, const QStringList &lines)
{
    for (const QString &line : lines)
        qWarning().noquote() << line;
    return QStringLiteral("%1: %2 (listed above)").arg(title).arg(lines.size());
}

QStringList tr8(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

QString tsPath(const QString &fileName) { return QDir(QStringLiteral(MUCOTRACK_TRANSLATIONS)).filePath(fileName); }

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    TsFile m_english;

    // One row per translated file (every mucotrack_*.ts except the English source).
    void addTranslatedFiles()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(MUCOTRACK_TRANSLATIONS))
                                      .entryList({QStringLiteral("mucotrack_*.ts")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            if (f != QLatin1String("mucotrack_en.ts"))
                QTest::newRow(qPrintable(f)) << f;
    }

private slots:
    void initTestCase()
    {
        m_english = parseTs(tsPath(QStringLiteral("mucotrack_en.ts")));
        QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
        QVERIFY(m_english.messages.size() > 100);
        QVERIFY(QFile::exists(tsPath(QStringLiteral("mucotrack_zh_CN.ts"))));
    }

    // The checker itself, on messages made up for the purpose.
    void checker_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<bool>("unfinished");
        QTest::addColumn<QStringList>("translations");
        QTest::addColumn<bool>("ok");
        QTest::newRow("finished") << "Sign in" << false << false << tr8({"登录"}) << true;
        QTest::newRow("unfinished") << "Sign in" << false << true << tr8({""}) << false;
        QTest::newRow("unfinished with text") << "Sign in" << false << true << tr8({"登录"}) << false;
        QTest::newRow("empty") << "Sign in" << false << false << tr8({""}) << false;
        QTest::newRow("blank") << "Sign in" << false << false << tr8({"  "}) << false;
        QTest::newRow("accelerator kept") << "&Save" << false << false << tr8({"保存(&S)"}) << true;
        QTest::newRow("accelerator lost") << "&Save" << false << false << tr8({"保存"}) << false;
        QTest::newRow("digit accelerator") << "&1 Overview" << false << false << tr8({"&1 概览"}) << true;
        QTest::newRow("literal ampersand") << "R&&D" << false << false << tr8({"研发"}) << true;
        QTest::newRow("ampersand before space") << "A & B" << false << false << tr8({"A 与 B"}) << true;
        QTest::newRow("placeholders reordered") << "%1 of %2" << false << false << tr8({"%2 中的 %1"}) << true;
        QTest::newRow("placeholder dropped") << "%1 of %2" << false << false << tr8({"%1"}) << false;
        QTest::newRow("placeholder added") << "Total" << false << false << tr8({"共 %1"}) << false;
        QTest::newRow("percent sign") << "%1 doses (%2%)" << false << false << tr8({"%1 剂（%2%）"}) << true;
        QTest::newRow("locale placeholder") << "%L1 Gy" << false << false << tr8({"%L1 Gy"}) << true;
        QTest::newRow("locale placeholder lost") << "%L1 Gy" << false << false << tr8({"%1 Gy"}) << false;
        QTest::newRow("ninth placeholder") << "%8 and %9" << false << false << tr8({"%8 与 %9"}) << true;
        QTest::newRow("plural") << "%n change(s)" << true << false << tr8({"%n 项更改"}) << true;
        QTest::newRow("plural without %n") << "%n change(s)" << true << false << tr8({"更改"}) << false;
        QTest::newRow("plural empty form") << "%n change(s)" << true << false << tr8({""}) << false;
        QTest::newRow("plural with two forms") << "%n change(s)" << true << false << tr8({"%n 项", "%n 项"}) << false;
    }
    void checker()
    {
        QFETCH(QString, source);
        QFETCH(bool, numerus);
        QFETCH(bool, unfinished);
        QFETCH(QStringList, translations);
        QFETCH(bool, ok);
        const QStringList problems = problemsOf(source, numerus, unfinished, translations);
        QVERIFY2(problems.isEmpty() == ok, qPrintable(problems.join(QStringLiteral("; "))));
    }

    void declaresItsLanguage_data() { addTranslatedFiles(); }
    void declaresItsLanguage()
    {
        QFETCH(QString, file);
        const TsFile ts = parseTs(tsPath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QString expected = file.mid(qsizetype(sizeof("mucotrack_") - 1)).chopped(3);
        QCOMPARE(ts.language, expected);
    }

    // The translated file holds exactly the English file's messages: nothing left behind
    // by an lupdate run on one file only, nothing translated that the code no longer has.
    void sameMessagesAsEnglish_data() { addTranslatedFiles(); }
    void sameMessagesAsEnglish()
    {
        QFETCH(QString, file);
        const TsFile ts = parseTs(tsPath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QMap<QString, TsMessage> english, translated;
        for (const TsMessage &m : m_english.messages)
            english.insert(m.key(), m);
        for (const TsMessage &m : ts.messages)
            translated.insert(m.key(), m);
        QStringList lines;
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            if (!translated.contains(it.key()))
                lines << QStringLiteral("only in mucotrack_en.ts: %1").arg(it->where());
        for (auto it = translated.cbegin(); it != translated.cend(); ++it)
            if (!english.contains(it.key()))
                lines << QStringLiteral("only in %1: %2").arg(file, it->where());
        QVERIFY2(lines.isEmpty(), qPrintable(report(QStringLiteral("%1 and mucotrack_en.ts differ").arg(file), lines)));
        QCOMPARE(ts.messages.size(), m_english.messages.size());
    }

    // Every message is finished and not empty, keeps the source's placeholders and has an
    // accelerator where the source has one. All problems are listed, not only the first.
    void everyMessageTranslated_data() { addTranslatedFiles(); }
    void everyMessageTranslated()
    {
        QFETCH(QString, file);
        const TsFile ts = parseTs(tsPath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList lines;
        for (const TsMessage &m : ts.messages) {
            const QStringList problems = problemsOf(m.source, m.numerus, m.unfinished, m.translations);
            if (!problems.isEmpty())
                lines << QStringLiteral("line %1 %2: %3").arg(m.line).arg(m.where(), problems.join(QStringLiteral("; ")));
        }
        QVERIFY2(lines.isEmpty(), qPrintable(report(QStringLiteral("%1: messages to fix").arg(file), lines)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
