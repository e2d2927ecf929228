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

    // The primary endpoint's scale and threshold are the protocol's (reference.md): WHO >= 3
    // as declared in the built-in file and when a file declares none; a grade below the
    // threshold does not reach it, the threshold itself does.
    void primaryEndpoint_data()
    {
        QTest::addColumn<QByteArray>("endpoint");   // the primary_endpoint member, or empty
        QTest::addColumn<QString>("field");         // empty: accepted
        QTest::addColumn<QString>("scale");
        QTest::addColumn<int>("threshold");
        QTest::newRow("not declared: WHO >= 3") << QByteArray() << "" << "who" << 3;
        QTest::newRow("WHO >= 3") << QByteArray(R"({"scale":"who","threshold":3})") << "" << "who" << 3;
        QTest::newRow("CTCAE >= 3") << QByteArray(R"({"scale":"ctcae","threshold":3})") << "" << "ctcae" << 3;
        QTest::newRow("RTOG >= 2") << QByteArray(R"({"scale":"rtog","threshold":2})") << "" << "rtog" << 2;
        QTest::newRow("WHO threshold 4, the top") << QByteArray(R"({"scale":"who","threshold":4})") << "" << "who" << 4;
        QTest::newRow("WHO threshold 5, above the scale") << QByteArray(R"({"scale":"who","threshold":5})") << "primary_endpoint.threshold" << "" << 0;
        QTest::newRow("CTCAE threshold 5") << QByteArray(R"({"scale":"ctcae","threshold":5})") << "" << "ctcae" << 5;
        QTest::newRow("CTCAE threshold 6") << QByteArray(R"({"scale":"ctcae","threshold":6})") << "primary_endpoint.threshold" << "" << 0;
        QTest::newRow("threshold 1") << QByteArray(R"({"scale":"rtog","threshold":1})") << "" << "rtog" << 1;
        QTest::newRow("threshold 0") << QByteArray(R"({"scale":"rtog","threshold":0})") << "primary_endpoint.threshold" << "" << 0;
        QTest::newRow("threshold 2.5") << QByteArray(R"({"scale":"who","threshold":2.5})") << "primary_endpoint.threshold" << "" << 0;
        QTest::newRow("threshold missing") << QByteArray(R"({"scale":"who"})") << "primary_endpoint.threshold" << "" << 0;
        QTest::newRow("OMAS has no grade") << QByteArray(R"({"scale":"omas","threshold":3})") << "primary_endpoint.scale" << "" << 0;
        QTest::newRow("unknown scale") << QByteArray(R"({"scale":"nci","threshold":3})") << "primary_endpoint.scale" << "" << 0;
    }

    void primaryEndpoint()
    {
        QFETCH(QByteArray, endpoint);
        QFETCH(QString, field);
        QFETCH(QString, scale);
        QFETCH(int, threshold);
        QByteArray json = R"({"protocol":"P","criteria":[{"id":"I1","kind":"inclusion","text":{"en":"t"},"rule":{"attest":"cirrhosis","expect":false}}])";
        if (!endpoint.isEmpty())
            json += R"(,"primary_endpoint":)" + endpoint;
        json += "}";
        auto p = Protocol::fromJson(json);
        if (!field.isEmpty()) {
            QVERIFY(!p.ok());
            QCOMPARE(p.error().field, field);
            return;
        }
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(scaleId(p->primaryEndpoint.scale), scale);
        QCOMPARE(p->primaryEndpoint.threshold, threshold);
        QVERIFY(!p->primaryEndpoint.reached(threshold - 1));
        QVERIFY(p->primaryEndpoint.reached(threshold));
    }

    void builtInDeclaresItsPrimaryEndpoint()
    {
        const PrimaryEndpoint &e = Protocol::nct07312656().primaryEndpoint;
        QCOMPARE(e.scale, Scale::Who);
        QCOMPARE(e.threshold, 3);
        QCOMPARE(e.label(), QStringLiteral("WHO grade >= 3"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
