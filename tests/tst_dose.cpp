// Dose arithmetic against the contract: BED/EQD2, the treatment calendar (weekdays,
// holidays, as_of as the end of its day), completion and invalid input.
#include "clinical/DoseJson.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace muco;

namespace {

// A 70 Gy / 35 fraction plan starting Monday 2026-11-02, with 2 Gy delivered on each
// listed day (every weekday from the start through `through`, minus `skip`).
QJsonObject course(const QString &asOf, const QString &through, const QStringList &skip = {},
                   const QStringList &holidays = {}, const QJsonArray &weekdays = {})
{
    QJsonArray fractions;
    for (QDate d(2026, 11, 2); d <= QDate::fromString(through, Qt::ISODate); d = d.addDays(1)) {
        const bool weekday = weekdays.isEmpty() ? d.dayOfWeek() <= 5 : weekdays.contains(d.dayOfWeek());
        if (!weekday || skip.contains(d.toString(Qt::ISODate)) || holidays.contains(d.toString(Qt::ISODate)))
            continue;
        fractions.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("dose_gy"), 2.0},
                                     {QStringLiteral("status"), QStringLiteral("delivered")}});
    }
    QJsonObject plan{{QStringLiteral("total_dose_gy"), 70}, {QStringLiteral("fractions"), 35},
                     {QStringLiteral("start_date"), QStringLiteral("2026-11-02")}};
    if (!weekdays.isEmpty())
        plan.insert(QStringLiteral("treatment_weekdays"), weekdays);
    return {{QStringLiteral("as_of"), asOf}, {QStringLiteral("plan"), plan},
            {QStringLiteral("holidays"), QJsonArray::fromStringList(holidays)}, {QStringLiteral("fractions"), fractions}};
}

DoseSummary summarize(const QJsonObject &o)
{
    auto in = doseInputFromJson(o);
    if (!in.ok())
        qFatal("%s", qPrintable(in.error().message));
    return summarizeDose(in.value());
}

} // namespace

class TestDose : public QObject {
    Q_OBJECT
private slots:
    void referenceBedEqd2()
    {
        // 25 x 2 Gy at alpha/beta 10: BED 60 Gy, EQD2 50 Gy (shared/clinical/reference.md).
        QJsonArray fractions;
        QDate d(2026, 11, 2);
        for (int i = 0; i < 25; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            fractions.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("dose_gy"), 2},
                                         {QStringLiteral("status"), QStringLiteral("delivered")}});
            ++i;
        }
        const QJsonObject o{{QStringLiteral("as_of"), QStringLiteral("2026-12-31")},
                            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("total_dose_gy"), 50}, {QStringLiteral("fractions"), 25},
                                                                 {QStringLiteral("start_date"), QStringLiteral("2026-11-02")}}},
                            {QStringLiteral("fractions"), fractions}};
        const DoseSummary s = summarize(o);
        QCOMPARE(s.bedGy, 60.0);
        QCOMPARE(s.eqd2Gy, 50.0);
        QCOMPARE(s.cumulativeDoseGy.toDouble(), 50.0);
        QCOMPARE(s.remainingFractions, 0);
        QVERIFY(!s.projectedCompletionDate);
        // Complete: missed days stop counting at the last fraction, not at as_of.
        QCOMPARE(s.missedTreatmentDays, 0);
        QCOMPARE(s.percentComplete, 100.0);
    }

    void alphaBeta3()
    {
        QJsonObject o = course(QStringLiteral("2026-11-02"), QStringLiteral("2026-11-02"));
        o.insert(QStringLiteral("alpha_beta_gy"), 3);
        const DoseSummary s = summarize(o);
        QCOMPARE(roundTo(s.bedGy, 6), roundTo(2.0 * (1.0 + 2.0 / 3.0), 6));
        QCOMPARE(roundTo(s.eqd2Gy, 6), 2.0);
    }

    void calendar_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("through");
        QTest::addColumn<QStringList>("skip");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("missed");
        QTest::addColumn<QString>("projected");
        QTest::addColumn<int>("overall");
        // 15 fractions Mon 2 Nov - Fri 20 Nov; 20 left from Mon 23 Nov: Fri 18 Dec.
        QTest::newRow("on schedule") << "2026-11-20" << "2026-11-20" << QStringList{} << QStringList{} << 15 << 0 << "2026-12-18" << 19;
        QTest::newRow("one missed weekday") << "2026-11-20" << "2026-11-20" << QStringList{QStringLiteral("2026-11-11")}
                                            << QStringList{} << 14 << 1 << "2026-12-21" << 19;
        QTest::newRow("holiday is not missed") << "2026-11-20" << "2026-11-20" << QStringList{}
                                               << QStringList{QStringLiteral("2026-11-11")} << 14 << 0 << "2026-12-21" << 19;
        QTest::newRow("as_of counts its own day") << "2026-11-20" << "2026-11-19" << QStringList{} << QStringList{} << 14 << 1 << "2026-12-21" << 18;
        QTest::newRow("weekend as_of") << "2026-11-22" << "2026-11-20" << QStringList{} << QStringList{} << 15 << 0 << "2026-12-18" << 19;
        QTest::newRow("holiday pushes projection") << "2026-11-20" << "2026-11-20" << QStringList{}
                                                   << QStringList{QStringLiteral("2026-12-18")} << 15 << 0 << "2026-12-21" << 19;
        QTest::newRow("nothing delivered yet") << "2026-11-01" << "2026-11-01" << QStringList{} << QStringList{} << 0 << 0 << "2026-12-18" << 0;
        QTest::newRow("complete course") << "2027-01-15" << "2026-12-18" << QStringList{} << QStringList{} << 35 << 0 << "" << 47;
    }

    void calendar()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, through);
        QFETCH(QStringList, skip);
        QFETCH(QStringList, holidays);
        QFETCH(int, delivered);
        QFETCH(int, missed);
        QFETCH(QString, projected);
        QFETCH(int, overall);
        const DoseSummary s = summarize(course(asOf, through, skip, holidays));
        QCOMPARE(s.deliveredFractions, delivered);
        QCOMPARE(s.missedTreatmentDays, missed);
        QCOMPARE(s.projectedCompletionDate ? s.projectedCompletionDate->toString(Qt::ISODate) : QString(), projected);
        QCOMPARE(s.overallTreatmentDays, overall);
        QCOMPARE(s.remainingFractions, 35 - delivered);
        QCOMPARE(s.cumulativeDoseGy.toDouble(), 2.0 * delivered);
        QCOMPARE(s.remainingDoseGy.toDouble(), 70.0 - 2.0 * delivered);
    }

    void sixDayWeek()
    {
        const QJsonArray monToSat{1, 2, 3, 4, 5, 6};
        const DoseSummary s = summarize(course(QStringLiteral("2026-11-21"), QStringLiteral("2026-11-21"), {}, {}, monToSat));
        QCOMPARE(s.deliveredFractions, 18);
        QCOMPARE(s.missedTreatmentDays, 0);
        // 17 left, six a week from Mon 23 Nov: 23-28 (6), 30 Nov-5 Dec (12), 7-11 Dec (17).
        QCOMPARE(s.projectedCompletionDate->toString(Qt::ISODate), QStringLiteral("2026-12-11"));
    }

    void missedAndHeldAreNotDelivered()
    {
        QJsonObject o = course(QStringLiteral("2026-11-04"), QStringLiteral("2026-11-02"));
        QJsonArray f = o.value(QStringLiteral("fractions")).toArray();
        f.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-03")}, {QStringLiteral("status"), QStringLiteral("missed")}});
        f.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-04")}, {QStringLiteral("dose_gy"), 0}, {QStringLiteral("status"), QStringLiteral("held")}});
        o.insert(QStringLiteral("fractions"), f);
        const DoseSummary s = summarize(o);
        QCOMPARE(s.deliveredFractions, 1);
        QCOMPARE(s.missedTreatmentDays, 2);
        QCOMPARE(s.lastFractionDate->toString(Qt::ISODate), QStringLiteral("2026-11-02"));
    }

    void exactCumulative()
    {
        // 0.1 + 0.2 is not 0.3 in binary; the cumulative dose must be.
        QJsonObject o{{QStringLiteral("as_of"), QStringLiteral("2026-11-03")},
                      {QStringLiteral("plan"), QJsonObject{{QStringLiteral("total_dose_gy"), 0.3}, {QStringLiteral("fractions"), 2},
                                                           {QStringLiteral("start_date"), QStringLiteral("2026-11-02")}}},
                      {QStringLiteral("fractions"), QJsonArray{
                           QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-02")}, {QStringLiteral("dose_gy"), 0.1}, {QStringLiteral("status"), QStringLiteral("delivered")}},
                           QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-03")}, {QStringLiteral("dose_gy"), 0.2}, {QStringLiteral("status"), QStringLiteral("delivered")}}}}};
        const DoseSummary s = summarize(o);
        QCOMPARE(s.cumulativeDoseGy.toString(), QStringLiteral("0.3"));
        QVERIFY(s.remainingDoseGy.isZero());
        QCOMPARE(s.percentComplete, 100.0);
    }

    // The one cumulative dose of the app (list, overview, visits, summary): delivered
    // fractions only, through the end of the given day, summed on the decimals.
    void cumulativeDoseThrough_data()
    {
        QTest::addColumn<QString>("through");   // empty: everything
        QTest::addColumn<QString>("expected");
        QTest::newRow("the day before the first fraction") << "2026-11-01" << "0";
        QTest::newRow("the first fraction's day") << "2026-11-02" << "2.125";
        QTest::newRow("the day before the third") << "2026-11-03" << "4.25";   // the missed day adds nothing
        QTest::newRow("the third fraction's day") << "2026-11-05" << "6.375";
        QTest::newRow("everything") << "" << "6.375";
    }

    void cumulativeDoseThrough()
    {
        QFETCH(QString, through);
        QFETCH(QString, expected);
        const Decimal d = *Decimal::parse(QStringLiteral("2.125"));   // 68 Gy in 32 fractions
        const QList<Fraction> fractions{{QDate(2026, 11, 2), d, FractionStatus::Delivered},
                                        {QDate(2026, 11, 3), d, FractionStatus::Delivered},
                                        {QDate(2026, 11, 4), std::nullopt, FractionStatus::Missed},
                                        {QDate(2026, 11, 5), std::nullopt, FractionStatus::Held},
                                        {QDate(2026, 11, 5), d, FractionStatus::Delivered}};
        const std::optional<QDate> day = through.isEmpty() ? std::nullopt : std::optional(QDate::fromString(through, Qt::ISODate));
        QCOMPARE(cumulativeDose(fractions, day).toString(), expected);
        const auto running = cumulativeDoseByDate(fractions);
        QCOMPARE(running.size(), 3);
        QCOMPARE(running.last().second.toString(), QStringLiteral("6.375"));
        QCOMPARE(running.at(1).first, QDate(2026, 11, 3));
        QCOMPARE(running.at(1).second.toString(), QStringLiteral("4.25"));
    }

    // 2nd ed.: an overdose shows as excess_dose_gy and a warning; remaining stays >= 0.
    void excess_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("through");
        QTest::addColumn<QString>("excess");
        QTest::addColumn<int>("warnings");
        // 35 fractions of 2 Gy end Fri 18 Dec; the 36th is Mon 21 Dec.
        QTest::newRow("plan delivered exactly") << "2026-12-18" << "2026-12-18" << "0" << 0;
        QTest::newRow("one fraction over: 72 of 70 Gy") << "2026-12-21" << "2026-12-21" << "2" << 2;
        QTest::newRow("two fractions over: 74 of 70 Gy") << "2026-12-22" << "2026-12-22" << "4" << 2;
        QTest::newRow("one short: 68 of 70 Gy") << "2026-12-17" << "2026-12-17" << "0" << 0;
    }

    void excess()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, through);
        QFETCH(QString, excess);
        QFETCH(int, warnings);
        const DoseSummary s = summarize(course(asOf, through));
        QCOMPARE(s.excessDoseGy.toString(), excess);
        QVERIFY(!s.remainingDoseGy.isNegative());
        QCOMPARE(s.warnings.size(), warnings);
        if (warnings > 0)
            QVERIFY2(s.warnings.first().contains(QStringLiteral("exceeds the planned total of 70 Gy by %1 Gy").arg(excess)),
                     qPrintable(s.warnings.first()));
        const QJsonObject out = doseSummaryToJson(s);
        QCOMPARE(out.value(QStringLiteral("excess_dose_gy")).toDouble(), excess.toDouble());
        QCOMPARE(out.value(QStringLiteral("warnings")).toArray().size(), warnings);
        QCOMPARE(out.value(QStringLiteral("remaining_dose_gy")).toDouble(), std::max(0.0, 70.0 - s.cumulativeDoseGy.toDouble()));
    }

    void excessIsExactAndAlwaysWarned_data()
    {
        QTest::addColumn<QList<double>>("doses");
        QTest::addColumn<QString>("excess");
        QTest::addColumn<int>("warnings");
        // Plan 0.3 Gy in 2 fractions: the excess is exact on decimals, and warned even
        // when the number of fractions is as planned.
        QTest::newRow("0.1 + 0.2 = 0.3: none") << QList<double>{0.1, 0.2} << "0" << 0;
        QTest::newRow("0.1 + 0.2001: 0.0001 over") << QList<double>{0.1, 0.2001} << "0.0001" << 1;
        QTest::newRow("0.1 + 0.1999: under") << QList<double>{0.1, 0.1999} << "0" << 0;
        QTest::newRow("three fractions of 0.1: count warned, dose not over") << QList<double>{0.1, 0.1, 0.1} << "0" << 1;
    }

    void excessIsExactAndAlwaysWarned()
    {
        QFETCH(QList<double>, doses);
        QFETCH(QString, excess);
        QFETCH(int, warnings);
        QJsonArray fractions;
        QDate d(2026, 11, 2);
        for (double dose : doses) {
            fractions.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("dose_gy"), dose},
                                         {QStringLiteral("status"), QStringLiteral("delivered")}});
            d = d.addDays(1);
        }
        const DoseSummary s = summarize(QJsonObject{
            {QStringLiteral("as_of"), QStringLiteral("2026-11-06")},
            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("total_dose_gy"), 0.3}, {QStringLiteral("fractions"), 2},
                                                 {QStringLiteral("start_date"), QStringLiteral("2026-11-02")}}},
            {QStringLiteral("fractions"), fractions}});
        QCOMPARE(s.excessDoseGy.toString(), excess);
        QCOMPARE(s.warnings.size(), warnings);
    }

    // The app asks during the day (as_of's day open); the contract's as_of is the end of it.
    void dayInProgress_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("through");        // delivered every weekday through this date
        QTest::addColumn<QString>("todayStatus");    // recorded on as_of: "", delivered, missed
        QTest::addColumn<bool>("open");
        QTest::addColumn<int>("missed");
        QTest::addColumn<QString>("projected");
        // Mon 2 Nov is the first day; 35 weekdays end Fri 18 Dec.
        QTest::newRow("first day, before the first fraction") << "2026-11-02" << "2026-11-01" << "" << true << 0 << "2026-12-18";
        QTest::newRow("first day ended without a fraction (contract)") << "2026-11-02" << "2026-11-01" << "" << false << 1 << "2026-12-21";
        QTest::newRow("first day, fraction delivered") << "2026-11-02" << "2026-11-01" << "delivered" << true << 0 << "2026-12-18";
        QTest::newRow("first day, fraction recorded missed") << "2026-11-02" << "2026-11-01" << "missed" << true << 1 << "2026-12-21";
        QTest::newRow("mid-course, today's still to come") << "2026-11-20" << "2026-11-19" << "" << true << 0 << "2026-12-18";
        QTest::newRow("mid-course, day ended (contract)") << "2026-11-20" << "2026-11-19" << "" << false << 1 << "2026-12-21";
        QTest::newRow("mid-course, today's delivered") << "2026-11-20" << "2026-11-19" << "delivered" << true << 0 << "2026-12-18";
        QTest::newRow("Saturday: no treatment day open") << "2026-11-21" << "2026-11-20" << "" << true << 0 << "2026-12-18";
        QTest::newRow("before the start") << "2026-11-01" << "2026-11-01" << "" << true << 0 << "2026-12-18";
    }

    void dayInProgress()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, through);
        QFETCH(QString, todayStatus);
        QFETCH(bool, open);
        QFETCH(int, missed);
        QFETCH(QString, projected);
        QJsonObject o = course(asOf, through);
        if (!todayStatus.isEmpty()) {
            QJsonArray f = o.value(QStringLiteral("fractions")).toArray();
            QJsonObject today{{QStringLiteral("date"), asOf}, {QStringLiteral("status"), todayStatus}};
            if (todayStatus == QLatin1String("delivered"))
                today.insert(QStringLiteral("dose_gy"), 2);
            f.append(today);
            o.insert(QStringLiteral("fractions"), f);
        }
        auto in = doseInputFromJson(o);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        in->asOfDayOpen = open;
        const DoseSummary s = summarizeDose(in.value());
        QCOMPARE(s.missedTreatmentDays, missed);
        QCOMPARE(s.projectedCompletionDate->toString(Qt::ISODate), projected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        const char *plan = R"("plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02"})";
        auto row = [&](const char *name, const QString &json, const char *field) {
            QTest::newRow(name) << json << QString::fromLatin1(field);
        };
        const QString p = QString::fromLatin1(plan);
        row("fraction after as_of", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-04","dose_gy":2,"status":"delivered"}]})").arg(p), "fractions[0].date");
        row("fraction before start", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-01","dose_gy":2,"status":"delivered"}]})").arg(p), "fractions[0].date");
        row("delivered zero", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":0,"status":"delivered"}]})").arg(p), "fractions[0].dose_gy");
        row("delivered negative", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":-2,"status":"delivered"}]})").arg(p), "fractions[0].dose_gy");
        row("delivered without dose", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","status":"delivered"}]})").arg(p), "fractions[0].dose_gy");
        row("unknown status", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":2,"status":"done"}]})").arg(p), "fractions[0].status");
        row("malformed fraction date", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026/11/02","dose_gy":2}]})").arg(p), "fractions[0].date");
        row("unknown key in fraction", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":2,"machine":"L1"}]})").arg(p), "fractions[0].machine");
        row("malformed as_of", QStringLiteral(R"({"as_of":"2026-11-31",%1})").arg(p), "as_of");
        row("missing as_of", QStringLiteral(R"({%1})").arg(p), "as_of");
        row("missing plan", QStringLiteral(R"({"as_of":"2026-11-03"})"), "plan");
        row("weekday 8", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[1,8]}})"), "plan.treatment_weekdays[1]");
        row("no weekdays", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[]}})"), "plan.treatment_weekdays");
        row("fractional fraction count", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35.5,"start_date":"2026-11-02"}})"), "plan.fractions");
        row("zero total", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":0,"fractions":35,"start_date":"2026-11-02"}})"), "plan.total_dose_gy");
        row("alpha/beta zero", QStringLiteral(R"({"as_of":"2026-11-03","alpha_beta_gy":0,%1})").arg(p), "alpha_beta_gy");
        row("holiday malformed", QStringLiteral(R"({"as_of":"2026-11-03",%1,"holidays":["25/12/2026"]})").arg(p), "holidays[0]");
        row("unknown top key", QStringLiteral(R"({"as_of":"2026-11-03",%1,"patient":"x"})").arg(p), "patient");
        // 2nd ed.: every fraction needs its status (it was silently "delivered").
        row("fraction without status", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":2,"status":"delivered"},{"date":"2026-11-03","dose_gy":2}]})").arg(p), "fractions[1].status");
        row("fraction with null status", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":2,"status":null}]})").arg(p), "fractions[0].status");
        // Out of range numbers never reach a conversion to int (UBSan).
        row("weekday 1e300", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[1e300]}})"), "plan.treatment_weekdays[0]");
        row("weekday -1e300", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[1,-1e300]}})"), "plan.treatment_weekdays[1]");
        row("weekday 0", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[0]}})"), "plan.treatment_weekdays[0]");
        row("weekday 7.5", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[7.5]}})"), "plan.treatment_weekdays[0]");
        row("fraction count 1e300", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":1e300,"start_date":"2026-11-02"}})"), "plan.fractions");
        row("fraction count 101", QStringLiteral(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":101,"start_date":"2026-11-02"}})"), "plan.fractions");
        row("dose 1e300", QStringLiteral(R"({"as_of":"2026-11-03",%1,"fractions":[{"date":"2026-11-02","dose_gy":1e300,"status":"delivered"}]})").arg(p), "fractions[0].dose_gy");
        row("alpha/beta 1e300", QStringLiteral(R"({"as_of":"2026-11-03","alpha_beta_gy":1e300,%1})").arg(p), "alpha_beta_gy");
    }

    void invalid()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(json));
        auto in = doseInputFromJson(doc.object());
        QVERIFY(!in.ok());
        QCOMPARE(in.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestDose)
#include "tst_dose.moc"
