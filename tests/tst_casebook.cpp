// A patient's casebook (issue 16): a PDF of every form of one demo patient with its signatures
// and the audit trail of each field. Its text (pdftotext, poppler-utils) holds every signed
// grade, who signed it, what the signature means and when, and the trail's entries; no name
// or medical record number unless asked for by a role that may see them (refused otherwise);
// the command line's report casebook writes the same.
#include "CliRunner.h"
#include "common/Clock.h"
#include "export/Casebook.h"
#include "export/CsvExport.h"
#include "records/AuditTrail.h"
#include "records/DemoSite.h"
#include "records/Minimisation.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/SourceVerification.h"
#include "records/StudyDrug.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "reports/SiteSnapshot.h"
#include "security/SiteVault.h"
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    // -layout: a table row stays on one line.
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    // Compatibility forms: the PDF draws "fi" as its ligature.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QString patientSubject(Session &s, const QString &patientId)
{
    auto p = Patients::get(s, patientId);
    return p.ok() ? p->subjectId : QString();
}

bool pdftotextAvailable() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

// Where pdftotext finds each word: its page, text and box.
struct PlacedWord {
    int page;
    QString text;
    QRectF box;
};

QList<PlacedWord> placedWords(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    QList<PlacedWord> out;
    int page = 0;
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>"));
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("<page ")))
            ++page;
        const auto m = word.match(line);
        if (m.hasMatch())
            out.append({page, m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                                    QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return out;
}

} // namespace

class TestCasebook : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    QString m_subject;       // a randomized demo patient with signed grades
    QString m_name;

    QString sitePath() const { return m_dir.filePath(QStringLiteral("demo.db")); }

    std::unique_ptr<Session> signIn(const QString &user)
    {
        auto s = SiteVault::signIn(sitePath(), user, DemoSite::password(), m_clock);
        return s.ok() ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(sitePath(), m_clock).ok());
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        auto patients = Patients::list(*doctor);
        QVERIFY(patients.ok());
        for (const Patient &p : patients.value()) {
            auto book = exports::loadCasebook(*doctor, p.id);
            QVERIFY(book.ok());
            int signedGrades = 0;
            for (const exports::CasebookRecord &r : book->records)
                signedGrades += r.table == QLatin1String("assessments") && r.text(QStringLiteral("state")) == QLatin1String("signed");
            if (signedGrades >= 2) {
                m_subject = p.subjectId;
                m_name = p.name;
                break;
            }
        }
        QVERIFY2(!m_subject.isEmpty(), "a demo patient with two signed grades");
        QVERIFY(!m_name.isEmpty());
    }

    void signedGradesSignersAndTrail()
    {
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        auto book = exports::loadCasebook(*doctor, m_subject);
        QVERIFY2(book.ok(), qPrintable(book.ok() ? QString() : book.error().message));
        QVERIFY(!book->identityShown);
        QVERIFY(book->name.isEmpty() && book->mrn.isEmpty());
        QVERIFY(!book->audit.isEmpty());
        // MUCOTRACK_KEEP_CASEBOOK=file.pdf keeps it to look at (pdftoppm -png).
        const QString pdf = qEnvironmentVariableIsSet("MUCOTRACK_KEEP_CASEBOOK") ? qEnvironmentVariable("MUCOTRACK_KEEP_CASEBOOK")
                                                                                 : m_dir.filePath(QStringLiteral("casebook.pdf"));
        const Status written = exports::writeCasebook(pdf, book.value());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".report-*")}, QDir::Hidden | QDir::Files).isEmpty());
        if (!pdftotextAvailable())
            QSKIP("pdftotext (poppler-utils) is absent: the casebook's text cannot be checked");
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(m_subject));
        QVERIFY2(!text.contains(m_name), "no name without asking for identities");
        int signedGrades = 0;
        for (const exports::CasebookRecord &r : book->records) {
            if (r.table != QLatin1String("assessments") || r.text(QStringLiteral("state")) != QLatin1String("signed"))
                continue;
            ++signedGrades;
            // Each signed grade, its signer's printed name (21 CFR 11.50: the DEMO's "DEMO Dr. Lin
            // (oncologist)", where it printed "doctor") and account, the signature's meaning and time.
            const QString signedAt = QDateTime::fromString(r.text(QStringLiteral("signed_utc")), Qt::ISODate).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QString signer = r.text(QStringLiteral("signed_by"));
            const QString name = book->signerNames.value(signer);
            QVERIFY2(!name.isEmpty() && name != signer, qPrintable(signer));
            const QString line = QStringLiteral("Signed by %1 (user %2), meaning \"%3\", at %4 UTC.")
                                     .arg(name, signer, r.text(QStringLiteral("signature_meaning")), signedAt);
            QVERIFY2(text.contains(line), qPrintable(line));
            QVERIFY2(text.contains(QStringLiteral("who_grade %1").arg(r.text(QStringLiteral("who_grade")))), qPrintable(r.text(QStringLiteral("visit_date"))));
            QVERIFY(text.contains(QStringLiteral("Oral mucositis grading, %1").arg(r.text(QStringLiteral("visit_date")))));
            // The audit trail of the record: the grade written, and the signing (signed_by
            // set), each with when and by whom.
            int entries = 0;
            for (const AuditRow &a : book->audit) {
                if (a.recordId != r.id || (a.field != QLatin1String("signed_by") && a.field != QLatin1String("who_grade")))
                    continue;
                ++entries;
                const QString entry = QStringLiteral("%1 %2 %3 %4 %5").arg(a.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), a.user, a.action, a.field, a.newValue);
                QVERIFY2(text.contains(entry), qPrintable(entry));
            }
            QVERIFY2(entries >= 2, "the grade's and the signature's entries are in the audit trail");
        }
        QVERIFY(signedGrades >= 2);
        // The randomization's signature and the fraction log are there too.
        QVERIFY(text.contains(QStringLiteral("Randomization")));
        QVERIFY(text.contains(QStringLiteral("Radiotherapy fractions")));
    }

    // A day's doses in the order they were given, whatever order they were entered in (a
    // walkthrough: the diary's records read dinner before lunch). Entered dinner, lunch,
    // breakfast: the diary's list and the casebook read breakfast, lunch, dinner.
    void aDaysDosesInMealOrder()
    {
        auto nurse = signIn(QStringLiteral("nurse"));
        QVERIFY(nurse);
        QString patient;
        QDate day;
        const QList<Patient> patients = Patients::list(*nurse).value();
        for (const Patient &p : patients) {
            const QList<DrugDose> doses = StudyDrug::doses(*nurse, p.id).value();
            if (!doses.isEmpty()) {
                patient = p.id;
                day = doses.last().date;
                break;
            }
        }
        QVERIFY2(!patient.isEmpty(), "a demo patient on the spray");
        const QList<DrugDose> before = StudyDrug::doses(*nurse, patient).value();
        for (const DrugDose &d : before)
            if (d.date == day)
                QVERIFY(StudyDrug::clear(*nurse, patient, day, d.slot, QStringLiteral("entered again in the test")).ok());
        for (const QString &slot : {QStringLiteral("dinner"), QStringLiteral("lunch"), QStringLiteral("breakfast")})
            QVERIFY(StudyDrug::setTaken(*nurse, patient, day, slot, slot != QLatin1String("lunch")).ok());
        const QStringList given = StudyDrug::doseSlots();
        QStringList diary;
        const QList<DrugDose> after = StudyDrug::doses(*nurse, patient).value();
        for (const DrugDose &d : after)
            if (d.date == day)
                diary << d.slot;
        QCOMPARE(diary, given);
        auto book = exports::loadCasebook(*nurse, patient);
        QVERIFY2(book.ok(), qPrintable(book.ok() ? QString() : book.error().message));
        QStringList printed;
        for (const exports::CasebookRecord &r : book->records)
            if (r.table == StudyDrug::table().name && !r.deleted && r.text(QStringLiteral("date")) == day.toString(Qt::ISODate))
                printed << r.text(QStringLiteral("slot"));
        QCOMPARE(printed, given);
        // The exports too (a review): ODM's order is the snapshot's, CSV's EX file its own.
        const TrialSnapshot snap = siteSnapshot(*nurse).value();
        QStringList exported;
        for (const SnapshotRecord &r : snap.rows(StudyDrug::table().name))
            if (r.text(QStringLiteral("patient_id")) == patient && r.text(QStringLiteral("date")) == day.toString(Qt::ISODate))
                exported << r.text(QStringLiteral("slot"));
        QCOMPARE(exported, given);
        QTemporaryDir csvDir;
        QVERIFY(exports::writeCsv(csvDir.path(), snap).ok());
        QFile ex(csvDir.filePath(QStringLiteral("EX.csv")));
        QVERIFY(ex.open(QIODevice::ReadOnly));
        QStringList lines;
        for (const QByteArray &line : ex.readAll().split('\n'))
            if (line.contains(day.toString(Qt::ISODate).toLatin1()) && line.contains(patientSubject(*nurse, patient).toLatin1()))
                lines << QString::fromUtf8(line);
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(lines.at(i).contains(given.at(i)), qPrintable(lines.at(i)));
    }

    void identityOnlyWhenAskedByAnAllowedRole()
    {
        exports::CasebookOptions withIdentity;
        withIdentity.withIdentity = true;
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        auto book = exports::loadCasebook(*doctor, m_subject, withIdentity);
        QVERIFY(book.ok());
        QVERIFY(book->identityShown);
        QCOMPARE(book->name, m_name);
        const QString pdf = m_dir.filePath(QStringLiteral("identified.pdf"));
        QVERIFY(exports::writeCasebook(pdf, book.value()).ok());
        if (pdftotextAvailable())
            QVERIFY(pdfText(pdf).contains(m_name));

        auto monitor = signIn(QStringLiteral("monitor"));
        QVERIFY(monitor);
        const auto refused = exports::loadCasebook(*monitor, m_subject, withIdentity);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        // Without identities the monitor gets the casebook, birth year only.
        auto plain = exports::loadCasebook(*monitor, m_subject);
        QVERIFY(plain.ok());
        for (const exports::CasebookRecord &r : plain->records)
            if (r.table == QLatin1String("patients"))
                QVERIFY(r.text(QStringLiteral("birth_date")).size() <= 4);
        for (const AuditRow &a : plain->audit) {
            QVERIFY(a.table != QLatin1String("patient_identity"));
            if (a.field == QLatin1String("birth_date"))
                QVERIFY(a.newValue.size() <= 4);
        }
        // Nor anywhere else: the screening's inputs held the date the age was computed from.
        const QString born = Patients::bySubjectId(*doctor, m_subject)->birthDate;
        QCOMPARE(born.size(), 10);
        bool inputsReduced = false;
        for (const exports::CasebookRecord &r : plain->records)
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
                QVERIFY2(!it.value().toString().contains(born), qPrintable(r.table + QLatin1Char('.') + it.key()));
                inputsReduced = inputsReduced || (r.table == QLatin1String("screenings") && it.key() == QLatin1String("inputs")
                                                  && it.value().toString().contains(QLatin1String("\"birth_year\"")));
            }
        QVERIFY(inputsReduced);
        for (const AuditRow &a : plain->audit)
            QVERIFY2(!a.oldValue.contains(born) && !a.newValue.contains(born), qPrintable(a.table + QLatin1Char('.') + a.field));
        // Nor the site's export (ODM's audit records), whoever exports it.
        for (Session *who : {monitor.get(), doctor.get()}) {
            auto snapshot = siteSnapshot(*who);
            QVERIFY(snapshot.ok());
            QVERIFY(!snapshot->audit.isEmpty());
            for (const SnapshotAudit &a : snapshot->audit)
                QVERIFY2(!a.newValue.contains(born), qPrintable(a.table + QLatin1Char('.') + a.field));
        }
        const auto unknown = exports::loadCasebook(*monitor, QStringLiteral("NOPE-0000"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("patient"));
    }

    // Free text (an AE's "specify", a missed fraction's reason, a change's reason) may name
    // anyone: a monitor exports it only as the central site's reviewer passed it, which a device
    // cannot know, so a monitor's export holds none (a review: it held the DEMO's reason for a
    // missed fraction, which the central site's export withheld). The site's staff export theirs.
    void aMonitorsExportHoldsNoFreeText()
    {
        const auto freeText = [](const TrialSnapshot &snap) {
            QStringList found;
            for (auto t = snap.tables.cbegin(); t != snap.tables.cend(); ++t)
                for (const SnapshotRecord &r : t.value())
                    for (const QString &field : Minimisation::freeTextFields(t.key()))
                        if (!r.text(field).isEmpty())
                            found << t.key() + QLatin1Char('.') + field + QStringLiteral(": ") + r.text(field);
            for (const SnapshotAudit &a : snap.audit) {
                if (Minimisation::isFreeText(a.table, a.field) && !a.newValue.isEmpty())
                    found << QStringLiteral("audit ") + a.table + QLatin1Char('.') + a.field + QStringLiteral(": ") + a.newValue;
                if (!a.reason.isEmpty())
                    found << QStringLiteral("audit reason: ") + a.reason;
            }
            return found;
        };
        auto doctor = signIn(QStringLiteral("doctor"));
        auto monitor = signIn(QStringLiteral("monitor"));
        QVERIFY(doctor && monitor);
        const QStringList staff = freeText(siteSnapshot(*doctor).value());
        QVERIFY2(staff.join(QLatin1Char('\n')).contains(QStringLiteral("fractions.reason: DEMO: transport strike")), qPrintable(staff.join(QLatin1Char('\n'))));
        QCOMPARE(freeText(siteSnapshot(*monitor).value()), QStringList());

        // The casebook and the audit trail's file alike (a review: both printed or wrote it).
        QString patient;
        const TrialSnapshot staffSnapshot = siteSnapshot(*doctor).value();
        for (const SnapshotRecord &r : staffSnapshot.rows(QStringLiteral("fractions")))
            if (r.text(QStringLiteral("reason")) == QLatin1String("DEMO: transport strike"))
                patient = r.text(QStringLiteral("patient_id"));
        QVERIFY(!patient.isEmpty());
        const auto casebookFreeText = [&](Session &who) {
            QStringList found;
            const exports::Casebook book = exports::loadCasebook(who, patient).value();
            for (const exports::CasebookRecord &r : book.records)
                for (const QString &field : Minimisation::freeTextFields(r.table))
                    if (!r.text(field).isEmpty())
                        found << r.text(field);
            for (const AuditRow &a : book.audit)
                if ((Minimisation::isFreeText(a.table, a.field) && !a.newValue.isEmpty()) || !a.reason.isEmpty())
                    found << a.newValue + a.reason;
            return found;
        };
        QVERIFY(casebookFreeText(*doctor).contains(QStringLiteral("DEMO: transport strike")));
        QCOMPARE(casebookFreeText(*monitor), QStringList());
        // ... and says where it held some, rather than print an empty cell.
        const exports::Casebook monitorsBook = exports::loadCasebook(*monitor, patient).value();
        bool withheld = false;
        for (const exports::CasebookRecord &r : monitorsBook.records)
            withheld = withheld || (r.table == QLatin1String("fractions") && r.withheld.contains(QStringLiteral("reason")));
        QVERIFY(withheld);
        const exports::Casebook staffBook = exports::loadCasebook(*doctor, patient).value();
        for (const exports::CasebookRecord &r : staffBook.records)
            QVERIFY(r.withheld.isEmpty());
        if (pdftotextAvailable()) {
            const QString pdf = m_dir.filePath(QStringLiteral("withheld.pdf"));
            QVERIFY(exports::writeCasebook(pdf, monitorsBook).ok());
            QVERIFY(pdfText(pdf).contains(QStringLiteral("(free text, withheld from monitors)")));
        }
        const QList<AuditRow> trail = AuditTrail::ofPatient(*monitor, patient).value();
        QVERIFY(std::any_of(trail.cbegin(), trail.cend(), [](const AuditRow &a) { return !a.reason.isEmpty(); }));   // on screen
        for (const AuditRow &a : AuditTrail::forExport(*monitor, trail))
            QVERIFY2(a.reason.isEmpty() && (!Minimisation::isFreeText(a.table, a.field) || a.newValue.isEmpty()), qPrintable(a.reason + a.newValue));
        QCOMPARE(AuditTrail::forExport(*doctor, trail).size(), trail.size());
    }

    // A signature's bytes are not printed in a record's audit trail, as they are not in its
    // form: its presence is, and `audit verify` checks it. Before, the 128-character Ed25519
    // hex and its central part filled a row of every signed grade, randomization, source
    // verification mark and query message.
    void signaturesBytesAreNotPrinted()
    {
        if (!pdftotextAvailable())
            QSKIP("pdftotext (poppler-utils) is absent: the casebook's text cannot be checked");
        auto monitor = signIn(QStringLiteral("monitor"));
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(monitor && doctor);
        QString patient;
        const auto patients = Patients::list(*doctor);
        QVERIFY(patients.ok());
        for (const Patient &p : patients.value())
            if (p.subjectId == m_subject)
                patient = p.id;
        QVERIFY(SourceVerification::mark(*monitor, QStringLiteral("patients"), patient, DemoSite::password()).ok());
        QStringList signatures;   // the mark's and the signed grades'
        auto st = doctor->db().prepare(QStringLiteral("SELECT signature FROM sdv_marks WHERE target_id = ?1"
                                                      " UNION ALL SELECT signature FROM assessments WHERE patient_id = ?1 AND signature IS NOT NULL"));
        st->bind(1, patient);
        QVERIFY(st->forEachRow([&](const Statement &r) { signatures << r.text(0); }).ok());
        QVERIFY(signatures.size() >= 3);
        auto book = exports::loadCasebook(*doctor, m_subject);
        QVERIFY(book.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(exports::writeCasebook(pdf, book.value()).ok());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("(electronic signature)")));
        for (const QString &signature : std::as_const(signatures))
            QVERIFY2(!text.contains(signature.left(12)), qPrintable(signature.left(12)));
    }

    // Every word of the casebook stands clear of the others. A listing's column named after a
    // long field (query_messages' corrected_value) printed its name centred in a narrower cell,
    // over its neighbours' and cut at both edges ("rected_va"); it now breaks after the
    // underscore.
    void noWordOverlapsAnother()
    {
        if (!pdftotextAvailable())
            QSKIP("pdftotext (poppler-utils) is absent: the casebook's words cannot be placed");
        auto monitor = signIn(QStringLiteral("monitor"));
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(monitor && doctor);
        QString patient;
        const auto patients = Patients::list(*doctor);
        QVERIFY(patients.ok());
        for (const Patient &p : patients.value())
            if (p.subjectId == m_subject)
                patient = p.id;
        auto raised = Queries::raise(*monitor, patient, QStringLiteral("patients"), patient, QStringLiteral("sex"),
                                     QStringLiteral("Please confirm against the source."), DemoSite::password());
        QVERIFY2(raised.ok(), qPrintable(raised.ok() ? QString() : raised.error().message));
        QVERIFY(Queries::answer(*doctor, raised->id, QStringLiteral("Confirmed."), DemoSite::password()).ok());
        auto book = exports::loadCasebook(*doctor, m_subject);
        QVERIFY(book.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("placed.pdf"));
        QVERIFY(exports::writeCasebook(pdf, book.value()).ok());
        const QList<PlacedWord> words = placedWords(pdf);
        QVERIFY(words.size() > 200);
        QStringList texts;
        for (const PlacedWord &w : words)
            texts << w.text;
        QVERIFY2(texts.contains(QStringLiteral("corrected_")) && texts.contains(QStringLiteral("value")), qPrintable(texts.filter(QStringLiteral("correct")).join(QLatin1Char(' '))));
        for (qsizetype i = 0; i < words.size(); ++i)
            for (qsizetype j = i + 1; j < words.size() && words.at(j).page == words.at(i).page; ++j) {
                // Boxes touching at an edge, or meeting within half a point, are neighbours.
                const QRectF common = words.at(i).box.intersected(words.at(j).box);
                QVERIFY2(common.width() < 0.5 || common.height() < 0.5,
                         qPrintable(QStringLiteral("page %1: \"%2\" over \"%3\"").arg(words.at(i).page).arg(words.at(i).text, words.at(j).text)));
            }
    }

    // Each record of the casebook is named by a number of its own, so that its audit rows can be
    // matched to it: the numbers were the ids' first eight characters, a version 7 id's time,
    // one number for every record of the patient.
    void eachRecordHasANumberOfItsOwn()
    {
        if (!pdftotextAvailable())
            QSKIP("pdftotext (poppler-utils) is absent: the casebook's text cannot be checked");
        auto doctor = signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        auto book = exports::loadCasebook(*doctor, m_subject);
        QVERIFY(book.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("numbers.pdf"));
        QVERIFY(exports::writeCasebook(pdf, book.value()).ok());
        QSet<QString> numbers;
        int forms = 0;
        static const QRegularExpression heading(QStringLiteral("\\(record (\\S+), version \\d+\\)"));
        for (auto it = heading.globalMatch(pdfText(pdf)); it.hasNext(); ++forms)
            numbers.insert(it.next().captured(1));
        QVERIFY(forms >= 5);
        QCOMPARE(numbers.size(), forms);
    }

    void commandLine()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        const auto ok = test::runCli({QStringLiteral("report"), QStringLiteral("casebook"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                      QStringLiteral("doctor"), QStringLiteral("--password-stdin"), QStringLiteral("--patient"), m_subject,
                                      QStringLiteral("--out"), pdf, QStringLiteral("--json")},
                                     DemoSite::password().toUtf8() + '\n');
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.json().value(QStringLiteral("subject_id")).toString(), m_subject);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        // No --patient: usage (2), naming the option.
        const auto usage = test::runCli({QStringLiteral("report"), QStringLiteral("casebook"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                         QStringLiteral("doctor"), QStringLiteral("--password-stdin"), QStringLiteral("--out"), pdf},
                                        DemoSite::password().toUtf8() + '\n');
        QVERIFY(usage.exitCode == 2 || usage.exitCode == 4);
        QVERIFY(usage.err.contains("patient"));
        // A monitor asking for identities: denied (3), nothing written.
        const QString denied = m_dir.filePath(QStringLiteral("denied.pdf"));
        const auto refused = test::runCli({QStringLiteral("report"), QStringLiteral("casebook"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                           QStringLiteral("monitor"), QStringLiteral("--password-stdin"), QStringLiteral("--patient"), m_subject,
                                           QStringLiteral("--out"), denied, QStringLiteral("--with-identity")},
                                          DemoSite::password().toUtf8() + '\n');
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!QFileInfo::exists(denied));
    }
};

QTEST_MAIN(TestCasebook)
#include "tst_casebook.moc"
