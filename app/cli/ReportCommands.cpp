#include "ReportCommands.h"
#include "clinical/Protocol.h"
#include "export/Casebook.h"
#include "export/CsvExport.h"
#include "export/DmcReport.h"
#include "export/OdmExport.h"
#include "reports/EndpointAnalysis.h"
#include "reports/NumberFormat.h"
#include "reports/Severity.h"
#include "reports/SiteSnapshot.h"
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString percent(const ArmCounts &a)
{
    return a.n == 0 ? QStringLiteral("-") : QString::number(100.0 * a.events / a.n, 'f', 1) + QLatin1Char('%');
}

QString fixed(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : Tr::tr("not estimable");
}

QString endpointText(const EndpointResult &r)
{
    QStringList lines;
    lines << Tr::tr("%1 grade >= %2").arg(r.scale.toUpper()).arg(r.threshold);
    lines << Tr::tr("  experimental: %1 of %2 (%3)").arg(r.experimental.events).arg(r.experimental.n).arg(percent(r.experimental));
    lines << Tr::tr("  control:      %1 of %2 (%3)").arg(r.control.events).arg(r.control.n).arg(percent(r.control));
    if (r.riskDifference)
        lines << Tr::tr("  risk difference %1 (95% CI %2 to %3, Newcombe hybrid score)")
                     .arg(formatBesideNull(r.riskDifference->estimate, 3, 0), formatBesideNull(r.riskDifference->ci.lower, 3, 0),
                          formatBesideNull(r.riskDifference->ci.upper, 3, 0));
    else
        lines << Tr::tr("  risk difference not estimable (an arm has no patients)");
    if (r.relativeRisk)
        lines << Tr::tr("  relative risk %1 (95% CI %2 to %3, log method)")
                     .arg(formatBesideNull(r.relativeRisk->estimate, 3, 1), formatBesideNull(r.relativeRisk->ci.lower, 3, 1),
                          formatBesideNull(r.relativeRisk->ci.upper, 3, 1));
    else
        lines << Tr::tr("  relative risk not estimable (an arm has no patients or no events)");
    lines << Tr::tr("  Fisher's exact test, two-sided: p = %1").arg(fixed(r.fisherP, 4));
    lines << Tr::tr("  Cochran-Mantel-Haenszel test by site: p = %1")
                 .arg(fixed(r.cmh ? std::optional<double>(r.cmh->p) : std::nullopt, 4));
    for (auto it = r.bySite.cbegin(); it != r.bySite.cend(); ++it)
        lines << Tr::tr("  site %1: experimental %2 of %3, control %4 of %5")
                     .arg(it.key()).arg(it->first.events).arg(it->first.n).arg(it->second.events).arg(it->second.n);
    return lines.join(QLatin1Char('\n'));
}

QString optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : Tr::tr("not estimable");
}

QString severityText(const SeveritySummary &s)
{
    QStringList lines{Tr::tr("Severity per patient (%1 grade >= %2 for the days):").arg(s.scale.toUpper()).arg(s.threshold)};
    for (const auto &[label, a] : {std::pair{Tr::tr("experimental"), &s.experimental}, std::pair{Tr::tr("control"), &s.control}}) {
        QStringList worst;
        for (auto it = a->worstGradeCounts.cbegin(); it != a->worstGradeCounts.cend(); ++it) {
            QStringList counts;
            for (int c : it.value())
                counts << QString::number(c);
            worst << QStringLiteral("%1 %2").arg(it.key().toUpper(), counts.join(QLatin1Char('/')));
        }
        lines << Tr::tr("  %1: %2 patients; worst grade 0/1/2/3/4: %3").arg(label).arg(a->n).arg(worst.join(QStringLiteral("; ")));
        lines << Tr::tr("    %1 with grade >= %2 (%3 still at the last visit), median %4 days; OMAS AUC per day, mean of %5: %6")
                     .arg(a->patientsSevere).arg(s.threshold).arg(a->ongoing).arg(optionalNumber(a->medianSevereDays, 1))
                     .arg(a->omasScored).arg(optionalNumber(a->meanOmasAucPerDay, 2));
    }
    return lines.join(QLatin1Char('\n'));
}

int primaryEndpoint(CliContext &ctx, const TrialSnapshot &snapshot)
{
    const QList<PatientCourse> courses = trialCourses(snapshot);
    const PrimaryEndpoint &primary = Protocol::nct07312656().primaryEndpoint;
    const QList<EndpointResult> results = analyseEndpoints(courses, primary);
    const SeveritySummary severity = summarizeSeverity(patientSeverity(courses, results.first().scale, results.first().threshold),
                                                       results.first().scale, results.first().threshold);
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonObject json = endpointsJson(results);
        json.insert(QStringLiteral("severity"), severityJson(severity));
        return ctx.printJson(json);
    }
    QStringList text{Tr::tr("Primary endpoint (%1):").arg(Protocol::nct07312656().primaryEndpoint.label()), endpointText(results.first()),
                     QString(), Tr::tr("Other scales:")};
    for (qsizetype i = 1; i < results.size(); ++i)
        text << endpointText(results[i]);
    const QList<EndpointExclusion> &excluded = results.first().excluded;
    text << QString() << Tr::tr("Excluded from the primary analysis: %1").arg(excluded.size());
    for (const EndpointExclusion &e : excluded)
        text << QStringLiteral("  %1: %2").arg(e.subjectId, e.why);
    text << QString() << severityText(severity);
    ctx.print(text.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

bool isReportCommand(const QString &cmd)
{
    return cmd == QLatin1String("report") || cmd == QLatin1String("export");
}

int runReportCommand(const QStringList &words, CliContext &ctx, const SnapshotSource &source)
{
    const QString cmd = words.value(0);
    const QString sub = words.value(1);
    QSet<QString> flags = source.flags;
    flags.insert(QStringLiteral("json"));
    if (cmd == QLatin1String("report") && sub == QLatin1String("primary-endpoint")) {
        if (auto p = ctx.parse(flags, source.valued); !p.ok())
            return ctx.fail(p.error());
        auto snapshot = source.take(ctx);
        if (!snapshot.ok())
            return ctx.fail(snapshot.error());
        return primaryEndpoint(ctx, snapshot.value());
    }
    QSet<QString> valued = source.valued;
    valued.insert(QStringLiteral("out"));
    if (cmd == QLatin1String("report") && sub == QLatin1String("dmc")) {
        if (auto p = ctx.parse(flags, valued); !p.ok())
            return ctx.fail(p.error());
        auto out = ctx.required(QStringLiteral("out"));
        if (!out.ok())
            return ctx.fail(out.error());
        auto snapshot = source.take(ctx);
        if (!snapshot.ok())
            return ctx.fail(snapshot.error());
        if (const Status s = exports::writeDmcReport(out.value(), snapshot.value()); !s.ok())
            return ctx.fail(s.error());
        if (ctx.flag(QStringLiteral("json")))
            return ctx.printJson({{QStringLiteral("file"), out.value()}});
        ctx.print(Tr::tr("Wrote the DMC report to %1.").arg(out.value()));
        return Ok;
    }
    if (cmd == QLatin1String("export") && (sub == QLatin1String("odm") || sub == QLatin1String("csv"))) {
        if (auto p = ctx.parse(flags, valued); !p.ok())
            return ctx.fail(p.error());
        auto out = ctx.required(QStringLiteral("out"));
        if (!out.ok())
            return ctx.fail(out.error());
        auto snapshot = source.take(ctx);
        if (!snapshot.ok())
            return ctx.fail(snapshot.error());
        QStringList files{out.value()};
        if (sub == QLatin1String("odm")) {
            if (const Status s = exports::writeOdmFile(out.value(), snapshot.value()); !s.ok())
                return ctx.fail(s.error());
        } else {
            auto written = exports::writeCsv(out.value(), snapshot.value());
            if (!written.ok())
                return ctx.fail(written.error());
            files = written.value();
        }
        if (ctx.flag(QStringLiteral("json")))
            return ctx.printJson({{QStringLiteral("files"), QJsonArray::fromStringList(files)},
                                  {QStringLiteral("subjects"), int(snapshot->rows(QStringLiteral("patients")).size())}});
        ctx.print(Tr::tr("Exported %1 subjects to %2.").arg(snapshot->rows(QStringLiteral("patients")).size()).arg(out.value()));
        return Ok;
    }
    return ctx.fail(Error::usage(Tr::tr("Unknown command \"%1 %2\"; run %3 --help.").arg(cmd, sub, ctx.program)));
}

namespace {

int onSiteData(CliContext &ctx)
{
    const SnapshotSource site{{QStringLiteral("password-stdin")}, {QStringLiteral("db"), QStringLiteral("user")},
                              [](CliContext &c) -> Result<TrialSnapshot> {
                                  MUCO_READ(session, c.signIn());
                                  return siteSnapshot(*session);
                              }};
    return runReportCommand(ctx.words, ctx, site);
}

// report casebook: one patient's forms, signatures and audit trail (export/Casebook); a site
// document, so it reads the site database, never a snapshot of the synced data.
int casebook(CliContext &ctx)
{
    if (auto p = ctx.parse({QStringLiteral("password-stdin"), QStringLiteral("json"), QStringLiteral("with-identity")},
                           {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("patient"), QStringLiteral("out")});
        !p.ok())
        return ctx.fail(p.error());
    auto patient = ctx.required(QStringLiteral("patient"));
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto out = ctx.required(QStringLiteral("out"));
    if (!out.ok())
        return ctx.fail(out.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    exports::CasebookOptions options;
    options.withIdentity = ctx.flag(QStringLiteral("with-identity"));
    auto book = exports::loadCasebook(**session, patient.value(), options);
    if (!book.ok())
        return ctx.fail(book.error());
    if (const Status s = exports::writeCasebook(out.value(), book.value()); !s.ok())
        return ctx.fail(s.error());
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("file"), out.value()}, {QStringLiteral("subject_id"), book->subjectId},
                              {QStringLiteral("records"), int(book->records.size())}, {QStringLiteral("audit_entries"), int(book->audit.size())}});
    ctx.print(Tr::tr("Wrote the casebook of %1 to %2.").arg(book->subjectId, out.value()));
    return Ok;
}

} // namespace

CommandGroup reportCommands()
{
    return {Tr::tr("Reports and exports (--db PATH; --user NAME [--password-stdin]):"),
            {
                {{QStringLiteral("report"), QStringLiteral("primary-endpoint")}, QStringLiteral("report primary-endpoint [--json]"),
                 Tr::tr("the primary endpoint on this site's data, and the same for every other scale"), onSiteData},
                {{QStringLiteral("report"), QStringLiteral("dmc")}, QStringLiteral("report dmc --out FILE.pdf"),
                 Tr::tr("the data monitoring committee's report (PDF, A4) on this site's data"), onSiteData},
                {{QStringLiteral("report"), QStringLiteral("casebook")}, QStringLiteral("report casebook --patient ID --out FILE.pdf [--with-identity]"),
                 Tr::tr("one patient's casebook (PDF): every form, its signatures and the audit trail of each field; "
                        "--with-identity adds name and record number (roles that may see them)"), casebook},
                {{QStringLiteral("export"), QStringLiteral("odm")}, QStringLiteral("export odm --out FILE.xml"),
                 Tr::tr("CDISC ODM 1.3.2 snapshot of this site's data (no names or record numbers)"), onSiteData},
                {{QStringLiteral("export"), QStringLiteral("csv")}, QStringLiteral("export csv --out DIR"),
                 Tr::tr("one CSV file per domain and a data dictionary"), onSiteData},
            }};
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    const bool draws = argc > 2 && qstrcmp(argv[1], "report") == 0 && (qstrcmp(argv[2], "dmc") == 0 || qstrcmp(argv[2], "casebook") == 0);
    if (!draws)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace muco::cli
