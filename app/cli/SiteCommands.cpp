#include "SiteCommands.h"
#include "records/Patients.h"
#include "records/RecordSignature.h"
#include "records/Screenings.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


int cmdInit(CliContext &ctx)
{
    if (auto p = ctx.parse({kJson, kPasswordStdin}, {kDb, QStringLiteral("site"), QStringLiteral("admin"),
                                                     QStringLiteral("name"), QStringLiteral("time-zone")}); !p.ok())
        return ctx.fail(p.error());
    auto db = ctx.required(kDb);
    auto site = ctx.required(QStringLiteral("site"));
    auto admin = ctx.required(QStringLiteral("admin"));
    for (const auto *r : {&db, &site, &admin})
        if (!r->ok())
            return ctx.fail(r->error());
    if (QFileInfo::exists(db.value()))
        return ctx.fail(Error::invalid(QStringLiteral("db"), Tr::tr("%1 already exists; init never overwrites a database").arg(db.value())));
    // Check what can be checked before asking for a password.
    for (const Status &s : {validateSiteCode(site.value()), validateUsername(admin.value(), QStringLiteral("admin"))})
        if (!s.ok())
            return ctx.fail(s.error());
    auto password = ctx.readSecret(kPasswordStdin, Tr::tr("Password for %1: ").arg(admin.value()));
    if (!password.ok())
        return ctx.fail(password.error());
    if (!ctx.flag(kPasswordStdin)) {
        auto again = ctx.readSecret(kPasswordStdin, Tr::tr("Repeat the password: "));
        if (!again.ok() || !again->equals(password.value()))
            return ctx.fail(Error::invalid(QStringLiteral("password"), Tr::tr("the two passwords differ")));
    }
    SiteSetup setup{db.value(), site.value(), admin.value(), ctx.option(QStringLiteral("name")), std::move(password).value(),
                    ctx.has(QStringLiteral("time-zone")) ? ctx.option(QStringLiteral("time-zone")) : QStringLiteral("UTC"),
                    KdfCost::standard()};
    auto recovery = SiteVault::create(setup, *ctx.clock);
    if (!recovery.ok())
        return ctx.fail(recovery.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("recovery_key"), recovery.value()}});
    ctx.print(Tr::tr("Site %1 created in %2.\n\nRecovery key (shown once; print it or write it down and keep it locked away):\n\n    %3\n")
                  .arg(site.value(), db.value(), recovery.value()));
    return Ok;
}

// The first line of a file holding a new password (never on the command line: ps shows that),
// read straight into guarded memory.
Result<Secret> readPasswordFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error::invalid(QStringLiteral("new-password-file"), Tr::tr("%1 cannot be read").arg(path));
    return readSecretLine(f, QStringLiteral("new-password-file"));
}

int cmdUserAdd(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("name"), QStringLiteral("role"),
                                                            QStringLiteral("new-password-file"),
                                                            QStringLiteral("display-name")})); !p.ok())
        return ctx.fail(p.error());
    auto name = ctx.required(QStringLiteral("name"));
    auto roleText = ctx.required(QStringLiteral("role"));
    auto file = ctx.required(QStringLiteral("new-password-file"));
    for (const auto *r : {&name, &roleText, &file})
        if (!r->ok())
            return ctx.fail(r->error());
    auto role = parseRole(roleText.value());
    if (!role.ok())
        return ctx.fail(role.error());
    auto read = readPasswordFile(file.value());
    if (!read.ok())
        return ctx.fail(read.error());
    const Secret newPassword = std::move(read).value();
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto account = Accounts::add(**session, name.value(), ctx.option(QStringLiteral("display-name")), role.value(), newPassword);
    if (!account.ok())
        return ctx.fail(account.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("username"), account->username}, {QStringLiteral("role"), roleId(account->role)},
                              {QStringLiteral("id"), account->id}});
    ctx.print(Tr::tr("Account %1 (%2) added.").arg(account->username, roleLabel(account->role)));
    return Ok;
}

int cmdUserPassword(CliContext &ctx, bool reset)
{
    QSet<QString> values = signedInValues({QStringLiteral("new-password-file")});
    if (reset)
        values.insert(QStringLiteral("name"));
    if (auto p = ctx.parse(signedInFlags(), values); !p.ok())
        return ctx.fail(p.error());
    auto file = ctx.required(QStringLiteral("new-password-file"));
    if (!file.ok())
        return ctx.fail(file.error());
    auto name = reset ? ctx.required(QStringLiteral("name")) : Result<QString>(QString());
    if (!name.ok())
        return ctx.fail(name.error());
    auto newPassword = readPasswordFile(file.value());
    if (!newPassword.ok())
        return ctx.fail(newPassword.error());
    if (auto valid = validatePassword(newPassword.value(), QStringLiteral("new-password")); !valid.ok())
        return ctx.fail(valid.error());
    // The current password is needed twice (sign-in, then the slot check): read it once.
    auto current = ctx.readSecret(kPasswordStdin, Tr::tr("Current password for %1: ").arg(ctx.option(kUser)));
    if (!current.ok())
        return ctx.fail(current.error());
    if (!ctx.has(kUser) || ctx.option(kUser).isEmpty())
        return ctx.fail(Error::denied(Tr::tr("This command needs a sign-in: give --user NAME.")));
    auto db = ctx.required(kDb);
    if (!db.ok())
        return ctx.fail(db.error());
    auto session = SiteVault::signIn(db.value(), ctx.option(kUser), current.value(), ctx.clock);
    if (!session.ok())
        return ctx.fail(session.error());
    const Status s = reset ? Accounts::resetPassword(**session, name.value(), newPassword.value())
                           : Accounts::changeOwnPassword(**session, current.value(), newPassword.value());

    if (!s.ok())
        return ctx.fail(s.error());
    ctx.print(reset ? Tr::tr("The password of %1 was reset.").arg(name.value()) : Tr::tr("Your password was changed."));
    return Ok;
}

int cmdNewRecoveryKey(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto recovery = SiteVault::replaceRecoveryKey(**session, KdfCost::standard());
    if (!recovery.ok())
        return ctx.fail(recovery.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("recovery_key"), recovery.value()}});
    ctx.print(Tr::tr("The recovery key of %1 is replaced; the old one no longer opens it (backups made before keep their "
                     "own).\n\nNew recovery key (shown once; print it or write it down and keep it locked away):\n\n    %2\n")
                  .arg(ctx.option(kDb), recovery.value()));
    return Ok;
}

int cmdUserList(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto accounts = Accounts::list(**session);
    if (!accounts.ok())
        return ctx.fail(accounts.error());
    if (ctx.flag(kJson)) {
        QJsonArray users;
        for (const Account &a : accounts.value())
            users.append(QJsonObject{{QStringLiteral("username"), a.username}, {QStringLiteral("display_name"), a.displayName},
                                     {QStringLiteral("role"), roleId(a.role)}, {QStringLiteral("active"), a.active}});
        return ctx.printJson({{QStringLiteral("users"), users}});
    }
    QString text;
    for (const Account &a : accounts.value())
        text += QStringLiteral("%1\t%2\t%3%4\n").arg(a.username, roleId(a.role), a.displayName,
                                                     a.active ? QString() : Tr::tr(" (inactive)"));
    ctx.print(text);
    return Ok;
}

int cmdPatientAdd(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("name"),
                                                            QStringLiteral("mrn"), QStringLiteral("phone"),
                                                            QStringLiteral("birth-date"), QStringLiteral("sex")})); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    NewPatient np{ctx.option(kSubject), ctx.option(QStringLiteral("name")),
                  ctx.option(QStringLiteral("mrn")), ctx.option(QStringLiteral("phone")),
                  ctx.option(QStringLiteral("birth-date")), ctx.option(QStringLiteral("sex"))};
    auto patient = Patients::add(**session, np);
    if (!patient.ok())
        return ctx.fail(patient.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("subject_id"), patient->subjectId}, {QStringLiteral("id"), patient->id}});
    ctx.print(patient->subjectId);
    return Ok;
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

int cmdPatientList(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto patients = Patients::list(**session);
    if (!patients.ok())
        return ctx.fail(patients.error());
    if (ctx.flag(kJson)) {
        QJsonArray list;
        for (const Patient &p : patients.value()) {
            QJsonObject o{{QStringLiteral("subject_id"), p.subjectId}, {QStringLiteral("id"), p.id},
                          {QStringLiteral("birth_date"), orNull(p.birthDate)}, {QStringLiteral("sex"), orNull(p.sex)},
                          {QStringLiteral("status"), p.status}};
            if (p.identityVisible) {
                o.insert(QStringLiteral("name"), orNull(p.name));
                o.insert(QStringLiteral("mrn"), orNull(p.mrn));
            }
            list.append(o);
        }
        return ctx.printJson({{QStringLiteral("patients"), list}});
    }
    QString text;
    for (const Patient &p : patients.value())
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.subjectId, p.status, p.birthDate, p.identityVisible ? p.name : QString());
    ctx.print(text);
    return Ok;
}

QJsonObject patientJson(const Patient &p)
{
    QJsonObject o{{QStringLiteral("subject_id"), p.subjectId}, {QStringLiteral("id"), p.id},
                  {QStringLiteral("birth_date"), orNull(p.birthDate)}, {QStringLiteral("sex"), orNull(p.sex)},
                  {QStringLiteral("status"), p.status}, {QStringLiteral("status_date"), orNull(p.statusDate)},
                  {QStringLiteral("status_reason"), orNull(p.statusReason)}};
    if (p.identityVisible) {
        o.insert(QStringLiteral("name"), orNull(p.name));
        o.insert(QStringLiteral("mrn"), orNull(p.mrn));
    }
    return o;
}

// patient show | update | withdraw (cli-trial.md): the same core as the desktop's Patient details.
int cmdPatientOne(CliContext &ctx, const QString &sub)
{
    QStringList values{kSubject};
    if (sub == QLatin1String("update"))
        values << QStringLiteral("birth-date") << QStringLiteral("sex") << QStringLiteral("name") << QStringLiteral("mrn")
               << QStringLiteral("phone") << QStringLiteral("reason");
    if (sub == QLatin1String("withdraw"))
        values << QStringLiteral("reason") << QStringLiteral("date");
    QSet<QString> accepted = signedInValues();
    for (const QString &v : std::as_const(values))
        accepted.insert(v);
    if (auto p = ctx.parse(signedInFlags(), accepted); !p.ok())
        return ctx.fail(p.error());
    if (ctx.option(kSubject).isEmpty())
        return ctx.fail(Error::usage(Tr::tr("--subject-id is required")));
    if (sub != QLatin1String("show") && ctx.option(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.fail(Error::usage(Tr::tr("--reason is required")));
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto patient = Patients::bySubjectId(**session, ctx.option(kSubject));
    if (!patient.ok())
        return ctx.fail(patient.error());
    Result<Patient> out = patient.value();
    if (sub == QLatin1String("update")) {
        auto given = [&](const QString &key, const QString &current) {
            const QString v = ctx.option(key);
            return v.isEmpty() ? current : v;
        };
        const PatientDetails d{given(QStringLiteral("birth-date"), patient->birthDate), given(QStringLiteral("sex"), patient->sex),
                               given(QStringLiteral("name"), patient->name), given(QStringLiteral("mrn"), patient->mrn),
                               given(QStringLiteral("phone"), patient->phone)};
        out = Patients::update(**session, patient->id, d, ctx.option(QStringLiteral("reason")));
    } else if (sub == QLatin1String("withdraw")) {
        const QString dateText = ctx.option(QStringLiteral("date"));
        const QDate date = dateText.isEmpty() ? (*session)->today() : QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return ctx.fail(Error::invalid(QStringLiteral("date"), Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(dateText)));
        out = Patients::setStatus(**session, patient->id, QStringLiteral("withdrawn"), date, ctx.option(QStringLiteral("reason")));
    }
    if (!out.ok())
        return ctx.fail(out.error());
    if (ctx.flag(kJson))
        return ctx.printJson(patientJson(out.value()));
    ctx.print(QStringLiteral("%1\t%2\t%3\t%4\n").arg(out->subjectId, out->status, out->birthDate, out->sex));
    return Ok;
}

int cmdScreeningLog(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto log = Screenings::log(**session);
    if (!log.ok())
        return ctx.fail(log.error());
    if (ctx.flag(kJson)) {
        QJsonArray rows;
        for (const ScreeningLogEntry &e : log.value())
            rows.append(QJsonObject{{QStringLiteral("subject_id"), e.subjectId},
                                    {QStringLiteral("assessment_date"), e.assessmentDate.toString(Qt::ISODate)},
                                    {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("state"), e.state},
                                    {QStringLiteral("failed"), QJsonArray::fromStringList(e.failed)},
                                    {QStringLiteral("missing"), QJsonArray::fromStringList(e.missing)},
                                    {QStringLiteral("signed_by"), orNull(e.signedBy)}});
        return ctx.printJson({{QStringLiteral("screenings"), rows}});
    }
    QString text;
    for (const ScreeningLogEntry &e : log.value())
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(e.subjectId, e.assessmentDate.toString(Qt::ISODate), e.outcome, e.state,
                                                          e.failed.isEmpty() ? QString() : Tr::tr("failed: %1").arg(e.failed.join(QLatin1Char(','))));
    ctx.print(text);
    return Ok;
}

int cmdAuditVerify(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    if (auto allowed = (*session)->require(Permission::VerifyAudit); !allowed.ok())
        return ctx.fail(allowed.error());
    auto v = AuditChain::verify((*session)->db());
    if (!v.ok())
        return ctx.fail(v.error());
    if (v->intact) {
        // The chain holds: the electronic signatures on records are checked with its keys.
        auto esig = RecordSignature::check(**session, v->publicKeys, v->signingSinceUtc);
        if (!esig.ok())
            return ctx.fail(esig.error());
        if (!esig->problem.isEmpty()) {
            v->intact = false;
            v->firstBroken = v->rows;
            v->problem = esig->problem;
        }
    }
    if (ctx.flag(kJson))
        ctx.printJson({{QStringLiteral("intact"), v->intact}, {QStringLiteral("rows"), v->rows},
                       {QStringLiteral("signed_rows"), v->signedRows},
                       {QStringLiteral("first_broken"), v->intact ? QJsonValue() : QJsonValue(v->firstBroken)}});
    if (!v->intact) {
        ctx.printError(Tr::tr("The audit trail is broken at row %1: %2.").arg(v->firstBroken).arg(v->problem));
        return Integrity;
    }
    if (!ctx.flag(kJson))
        ctx.print(Tr::tr("The audit trail is intact (%1 rows).").arg(v->rows));
    return Ok;
}

int cmdRawKey(CliContext &ctx)
{
    if (auto p = ctx.parse({QStringLiteral("recovery-key-stdin"), kJson}, {kDb}); !p.ok())
        return ctx.fail(p.error());
    auto db = ctx.required(kDb);
    if (!db.ok())
        return ctx.fail(db.error());
    if (!QFileInfo::exists(db.value()))
        return ctx.fail(Error::storage(Tr::tr("The site database %1 does not exist.").arg(db.value())));
    auto recovery = ctx.readSecret(QStringLiteral("recovery-key-stdin"), Tr::tr("Recovery key: "));
    if (!recovery.ok())
        return ctx.fail(recovery.error());
    auto key = SiteVault::recoverKey(db.value(), recovery.value());
    if (!key.ok())
        return ctx.fail(key.error());
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(db.value()));
    if (!keys.ok())
        return ctx.fail(keys.error());
    QByteArray hex = key->toHex();
    if (ctx.flag(kJson)) {
        ctx.printJson({{QStringLiteral("raw_key"), QString::fromLatin1(hex)},
                       {QStringLiteral("pragmas"), QJsonArray::fromStringList(keys->cipher.pragmas())}});
    } else {
        ctx.print(QString::fromLatin1(hex) + QLatin1Char('\n') + keys->cipher.pragmas().join(QLatin1Char('\n')));
    }
    wipe(hex);
    return Ok;
}

} // namespace

CommandGroup siteCommands()
{
    return {headingSiteDatabase(),
            {
                {{QStringLiteral("init")}, QStringLiteral("init --db PATH --site CODE --admin NAME [--password-stdin] [--json]"),
                 Tr::tr("set up a new site database and its administrator"), cmdInit},
                {{QStringLiteral("user"), QStringLiteral("add")}, QStringLiteral("user add --name NAME --role ROLE --new-password-file FILE"),
                 Tr::tr("add a user (administrator)"), cmdUserAdd},
                {{QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("user list [--json]"),
                 Tr::tr("list the users and their roles"), cmdUserList},
                {{QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("user passwd --new-password-file FILE"),
                 Tr::tr("change your own password (the current one is the sign-in password)"), [](CliContext &ctx) { return cmdUserPassword(ctx, false); }},
                {{QStringLiteral("user"), QStringLiteral("reset-password")}, QStringLiteral("user reset-password --name NAME --new-password-file FILE"),
                 Tr::tr("set another user's password (administrator)"), [](CliContext &ctx) { return cmdUserPassword(ctx, true); }},
                {{QStringLiteral("patient"), QStringLiteral("add")}, QStringLiteral("patient add [--subject-id ID] [--name TEXT] [--mrn TEXT] [--birth-date YYYY-MM-DD] [--sex male|female] [--json]"),
                 Tr::tr("register a patient"), cmdPatientAdd},
                {{QStringLiteral("patient"), QStringLiteral("list")}, QStringLiteral("patient list [--json]"),
                 Tr::tr("list the patients"), cmdPatientList},
                {{QStringLiteral("patient"), QStringLiteral("show")}, QStringLiteral("patient show --subject-id ID [--json]"),
                 Tr::tr("one patient, with status, its date and reason"), [](CliContext &ctx) { return cmdPatientOne(ctx, QStringLiteral("show")); }},
                {{QStringLiteral("patient"), QStringLiteral("update")}, QStringLiteral("patient update --subject-id ID [--birth-date D] [--sex S] [--name T] [--mrn T] --reason TEXT"),
                 Tr::tr("correct a patient's details (audited)"), [](CliContext &ctx) { return cmdPatientOne(ctx, QStringLiteral("update")); }},
                {{QStringLiteral("patient"), QStringLiteral("withdraw")}, QStringLiteral("patient withdraw --subject-id ID --reason TEXT [--date YYYY-MM-DD]"),
                 Tr::tr("status withdrawn (kept, audited)"), [](CliContext &ctx) { return cmdPatientOne(ctx, QStringLiteral("withdraw")); }},
                {{QStringLiteral("screening"), QStringLiteral("log")}, QStringLiteral("screening log [--json]"),
                 Tr::tr("the trial's screening log, with failed criteria"), cmdScreeningLog},
                {{QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("audit verify [--json]"),
                 Tr::tr("check the audit trail"), cmdAuditVerify},
                {{QStringLiteral("db"), QStringLiteral("raw-key")}, QStringLiteral("db raw-key --db PATH --recovery-key-stdin"),
                 Tr::tr("print the database key and cipher settings, from the recovery key"), cmdRawKey},
                {{QStringLiteral("db"), QStringLiteral("new-recovery-key")}, QStringLiteral("db new-recovery-key [--json]"),
                 Tr::tr("replace the recovery key, shown once (administrator)"), cmdNewRecoveryKey},
            }};
}

} // namespace muco::cli
