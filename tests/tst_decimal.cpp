// Exact decimals: the foundation of every threshold decision.
#include "clinical/Decimal.h"
#include <QtTest>

using namespace muco;

class TestDecimal : public QObject {
    Q_OBJECT
    static Decimal d(const char *s) { return *Decimal::parse(QString::fromLatin1(s)); }
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "70" << "70";
        QTest::newRow("trailing zeros") << "3.000" << "3";
        QTest::newRow("fraction") << "0.85" << "0.85";
        QTest::newRow("negative") << "-1.25" << "-1.25";
        QTest::newRow("exponent") << "1e-3" << "0.001";
        QTest::newRow("positive exponent") << "2.5E+2" << "250";
        QTest::newRow("leading dot") << ".5" << "0.5";
        QTest::newRow("zero") << "-0.0" << "0";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto v = Decimal::parse(text);
        QVERIFY(v.has_value());
        QCOMPARE(v->toString(), canonical);
    }
    void rejects()
    {
        for (const char *bad : {"", "abc", "1.2.3", "1e", "--1", "12345678901234567890"})
            QVERIFY2(!Decimal::parse(QString::fromLatin1(bad)).has_value(), bad);
    }
    void exactWhereBinaryIsNot()
    {
        QVERIFY(1.5 * 1.2 < 1.8);                    // binary floating point
        QVERIFY(d("1.5") * d("1.2") == d("1.8"));    // decimal
        QVERIFY(0.1 + 0.2 != 0.3);
        QVERIFY(d("0.1") + d("0.2") == d("0.3"));
        QVERIFY(d("2.5") * d("40") == d("100"));
        QVERIFY(d("100.1") > d("2.5") * d("40"));
        QCOMPARE((d("5.59") * d("16.11")).toString(), QStringLiteral("90.0549"));
    }
    void fromDoubleIsShortest()
    {
        QCOMPARE(Decimal::fromDouble(1.8)->toString(), QStringLiteral("1.8"));
        QCOMPARE(Decimal::fromDouble(59.99)->toString(), QStringLiteral("59.99"));
        QCOMPARE(Decimal::fromDouble(1e-5)->toString(), QStringLiteral("0.00001"));
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()).has_value());
    }
    void compareAcrossScales()
    {
        QVERIFY(d("3") == d("3.0"));
        QVERIFY(d("2.99") < d("3"));
        QVERIFY(d("-1") < d("0"));
        QVERIFY(d("10.01") > d("10"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
