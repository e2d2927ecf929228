#include "BackupCommands.h"
#include "security/SiteBackup.h"
#include <QCoreApplication>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kRecoveryStdin = QStringLiteral("recovery-key-stdin");

int cmdBackupCreate(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("to")})); !p.ok())
        return ctx.fail(p.error());
    auto to = ctx.required(QStringLiteral("to"));
    if (!to.ok())
        return ctx.fail(to.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto path = SiteBackup::create(**session, to.value());
    if (!path.ok())
        return ctx.fail(path.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("path"), path.value()}});
    ctx.print(path.value() + QLatin1Char('\n'));
    return Ok;
}

// The backup FILE: the one word after "backup verify" / "backup restore".
Result<QString> backupFile(CliContext &ctx)
{
    const QStringList rest = ctx.positional();
    if (rest.size() != 1 || rest.first().isEmpty())
        return Error::usage(Tr::tr("Name one backup file: %1 FILE.").arg(ctx.words.join(QLatin1Char(' '))));
    return rest.first();
}

int printCheck(CliContext &ctx, const QString &file, const BackupCheck &check, const QString &restoredTo = {})
{
    if (ctx.flag(kJson)) {
        QJsonObject o{{QStringLiteral("intact"), check.audit.intact}, {QStringLiteral("rows"), check.audit.rows},
                      {QStringLiteral("first_broken"), check.audit.intact ? QJsonValue() : QJsonValue(check.audit.firstBroken)},
                      {QStringLiteral("site"), check.site}};
        if (!restoredTo.isEmpty())
            o.insert(QStringLiteral("db"), restoredTo);
        ctx.printJson(o);
    }
    if (!check.audit.intact) {
        ctx.printError(Tr::tr("The backup %1 is readable, but its audit trail is broken at row %2: %3.")
                           .arg(file).arg(check.audit.firstBroken).arg(check.audit.problem));
        return Integrity;
    }
    if (!ctx.flag(kJson))
        ctx.print(restoredTo.isEmpty()
                      ? Tr::tr("The backup %1 of site %2 is intact (%3 audit rows).\n").arg(file, check.site).arg(check.audit.rows)
                      : Tr::tr("The backup %1 of site %2 was restored to %3 (%4 audit rows, intact).\n")
                            .arg(file, check.site, restoredTo).arg(check.audit.rows));
    return Ok;
}

int cmdBackupVerify(CliContext &ctx)
{
    if (auto p = ctx.parse({kJson, kRecoveryStdin}, {}); !p.ok())
        return ctx.fail(p.error());
    auto file = backupFile(ctx);
    if (!file.ok())
        return ctx.fail(file.error());
    auto recovery = ctx.readSecret(kRecoveryStdin, Tr::tr("Recovery key: "));
    if (!recovery.ok())
        return ctx.fail(recovery.error());
    auto check = SiteBackup::verify(file.value(), recovery.value());
    if (!check.ok())
        return ctx.fail(check.error());
    return printCheck(ctx, file.value(), check.value());
}

int cmdBackupRestore(CliContext &ctx)
{
    if (auto p = ctx.parse({kJson, kRecoveryStdin}, {QStringLiteral("db")}); !p.ok())
        return ctx.fail(p.error());
    auto file = backupFile(ctx);
    if (!file.ok())
        return ctx.fail(file.error());
    auto db = ctx.required(QStringLiteral("db"));
    if (!db.ok())
        return ctx.fail(db.error());
    auto recovery = ctx.readSecret(kRecoveryStdin, Tr::tr("Recovery key: "));
    if (!recovery.ok())
        return ctx.fail(recovery.error());
    auto check = SiteBackup::restore(file.value(), db.value(), recovery.value());
    if (!check.ok())
        return ctx.fail(check.error());
    return printCheck(ctx, file.value(), check.value(), db.value());
}

} // namespace

CommandGroup backupCommands()
{
    return {Tr::tr("Backups (the site database and its key file, encrypted):"),
            {
                {{QStringLiteral("backup"), QStringLiteral("create")}, QStringLiteral("backup create --db PATH --user ADMIN [--password-stdin] --to DIR [--json]"),
                 Tr::tr("a consistent, encrypted copy of the database and its key file, while the app may run (administrator)"), cmdBackupCreate},
                {{QStringLiteral("backup"), QStringLiteral("verify")}, QStringLiteral("backup verify FILE --recovery-key-stdin [--json]"),
                 Tr::tr("open a backup with the recovery key and check every page and the audit trail"), cmdBackupVerify},
                {{QStringLiteral("backup"), QStringLiteral("restore")}, QStringLiteral("backup restore FILE --db NEWPATH --recovery-key-stdin [--json]"),
                 Tr::tr("check a backup and put it at a new path (never over an existing database)"), cmdBackupRestore},
            }};
}

} // namespace muco::cli
