// The protocol definition is data; it is validated when it loads.
#include "clinical/Eligibility.h"
#include "clinical/Protocol.h"
#include <QtTest>

using namespace muco;

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void builtInLoads()
    {
        const Protocol &p = Protocol::nct07312656();
        QCOMPARE(p.id, QStringLiteral("NCT07312656"));
        QCOMPARE(static_cast<int>(p.criteria.size()), 21);
        for (const Criterion &c : p.criteria) {
            QVERIFY2(!c.textEn.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.textZh.isEmpty(), qPrintable(c.id));
        }
        QCOMPARE(p.criteria[1].text(QStringLiteral("zh_CN")), QStringLiteral("年龄18-75岁"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        auto crit = [](const char *rule) -> QByteArray {
            return QByteArray(R"({"protocol":"P","criteria":[{"id":"I1","kind":"inclusion","text":{"en":"t"},"rule":)") + rule + "}]}";
        };
        QTest::newRow("not json") << QByteArray("{") << "protocol";
        QTest::newRow("no criteria") << QByteArray(R"({"protocol":"P","criteria":[]})") << "criteria";
        QTest::newRow("unknown fact") << crit(R"({"attest":"likes_tea","expect":true})") << "I1";
        QTest::newRow("range on a yes/no fact") << crit(R"({"range":"cirrhosis","min":1})") << "I1";
        QTest::newRow("range without bounds") << crit(R"({"range":"ecog"})") << "I1";
        QTest::newRow("uln on a plain number") << crit(R"({"uln_multiple":"ecog","max":2})") << "I1";
        QTest::newRow("window reversed") << crit(R"({"within_days":"last_head_neck_surgery_date","min":28,"max":0})") << "I1";
        QTest::newRow("empty all") << crit(R"({"all":[]})") << "I1";
        QTest::newRow("nested bad rule") << crit(R"({"any":[{"attest":"cirrhosis","expect":true},{"equals":"ecog","value":"1"}]})") << "I1.any[1]";
        QTest::newRow("duplicate id") << QByteArray(R"({"protocol":"P","criteria":[{"id":"I1","kind":"inclusion","text":{"en":"t"},"rule":{"attest":"cirrhosis","expect":true}},{"id":"I1","kind":"inclusion","text":{"en":"t"},"rule":{"attest":"cirrhosis","expect":true}}]})") << "criteria[1]";
        QTest::newRow("bad kind") << QByteArray(R"({"protocol":"P","criteria":[{"id":"I1","kind":"maybe","text":{"en":"t"},"rule":{"attest":"cirrhosis","expect":true}}]})") << "criteria[0]";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto p = Protocol::fromJson(json);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().field, field);
    }

    void amendmentChangesDataNotCode()
    {
        // An amended age limit is a change of data: the same engine applies it.
        auto p = Protocol::fromJson(R"({"protocol":"P2","criteria":[{"id":"I2","kind":"inclusion","text":{"en":"Age 18-80"},"rule":{"range":"age_years","min":18,"max":80}}]})");
        QVERIFY(p.ok());
        EligibilityInput in;
        in.assessmentDate = QDate(2026, 11, 20);
        in.birthDate = QDate(1948, 1, 1);   // 78
        QCOMPARE(outcomeId(evaluateEligibility(p.value(), in).criteria.front().outcome), QStringLiteral("pass"));
        QCOMPARE(outcomeId(evaluateEligibility(Protocol::nct07312656(), in).criteria[1].outcome), QStringLiteral("fail"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
