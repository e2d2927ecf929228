#include "export/OdmExport.h"
#include "clinical/Protocol.h"
#include "export/ExportSchema.h"
#include "records/Assessments.h"
#include "records/Randomizations.h"
#include "records/Screenings.h"
#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>
#include <algorithm>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QString kStudyOid = QStringLiteral("NCT07312656");
const QString kMdvOid = QStringLiteral("MDV.1");

QString itemOid(const ExportDomain &d, const ExportField &f) { return QStringLiteral("IT.%1.%2").arg(d.file, f.name.toUpper()); }
QString formOid(const ExportDomain &d) { return QStringLiteral("F.") + d.file; }
QString groupOid(const ExportDomain &d) { return QStringLiteral("IG.") + d.file; }
QString eventOid(const QString &event) { return QStringLiteral("SE.") + event; }
QString locationOid(const QString &site) { return QStringLiteral("LOC.") + site; }

QString signatureOid(const QString &table)
{
    if (table == QLatin1String("screenings"))
        return QStringLiteral("SD.ELIGIBILITY");
    if (table == QLatin1String("randomizations"))
        return QStringLiteral("SD.RANDOMIZATION");
    return QStringLiteral("SD.GRADING");
}

// Values as ODM writes them: dates and times in ISO 8601 (UTC with Z), numbers as stored.
QString odmValue(const ExportField &f, const QVariant &v)
{
    if (f.type == FieldType::DateTime) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC().toString(Qt::ISODate);
    }
    if (f.type == FieldType::Boolean && (v.typeId() == QMetaType::Bool || v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false")))
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    return v.toString();
}

QString stamp(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

class OdmWriter {
public:
    OdmWriter(QIODevice &out, const TrialSnapshot &s) : m_x(&out), m_s(s)
    {
        for (const SnapshotAudit &a : s.audit)
            m_lastChange.insert(key(a.table, a.recordId, a.field), &a);
        for (const SnapshotRecord &p : s.rows(QStringLiteral("patients")))
            m_subjects.insert(p.id, &p);
    }

    Status write(const OdmProgress &progress)
    {
        m_x.setAutoFormatting(true);
        m_x.setAutoFormattingIndent(1);
        m_x.writeStartDocument();
        m_x.writeStartElement(QStringLiteral("ODM"));
        m_x.writeDefaultNamespace(QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"));
        m_x.writeAttribute(QStringLiteral("FileType"), QStringLiteral("Snapshot"));
        m_x.writeAttribute(QStringLiteral("Granularity"), QStringLiteral("All"));
        m_x.writeAttribute(QStringLiteral("FileOID"), QStringLiteral("MucoTrack.%1.%2").arg(kStudyOid, m_s.scope == QLatin1String("trial")
                                                                                                    ? QStringLiteral("TRIAL")
                                                                                                    : m_s.sites.join(QLatin1Char('.'))));
        m_x.writeAttribute(QStringLiteral("CreationDateTime"), m_s.takenUtc.toUTC().toString(Qt::ISODate));
        m_x.writeAttribute(QStringLiteral("ODMVersion"), QStringLiteral("1.3.2"));
        m_x.writeAttribute(QStringLiteral("Originator"), QStringLiteral("MucoTrack"));
        m_x.writeAttribute(QStringLiteral("SourceSystem"), QStringLiteral("MucoTrack"));
        m_x.writeAttribute(QStringLiteral("SourceSystemVersion"), QCoreApplication::applicationVersion().isEmpty()
                                                                     ? QStringLiteral("unknown") : QCoreApplication::applicationVersion());
        writeStudy();
        writeAdminData();
        if (!writeClinicalData(progress))
            return Error::invalid(QStringLiteral("cancelled"), Tr::tr("The ODM export was cancelled; nothing was written."));
        m_x.writeEndElement();
        m_x.writeEndDocument();
        if (m_x.hasError())
            return Error::storage(Tr::tr("The ODM export could not be written."));
        return {};
    }

private:
    static QString key(const QString &table, const QString &id, const QString &field) { return table + QLatin1Char('/') + id + QLatin1Char('/') + field; }

    void text(const QString &element, const QString &value)
    {
        m_x.writeStartElement(element);
        m_x.writeStartElement(QStringLiteral("TranslatedText"));
        m_x.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
        m_x.writeCharacters(value);
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    void ref(const QString &element, const QString &attribute, const QString &oid, int order)
    {
        m_x.writeEmptyElement(element);
        m_x.writeAttribute(attribute, oid);
        m_x.writeAttribute(QStringLiteral("OrderNumber"), QString::number(order));
        m_x.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("No"));
    }

    void writeStudy()
    {
        const Protocol &protocol = Protocol::nct07312656();
        m_x.writeStartElement(QStringLiteral("Study"));
        m_x.writeAttribute(QStringLiteral("OID"), kStudyOid);
        m_x.writeStartElement(QStringLiteral("GlobalVariables"));
        m_x.writeTextElement(QStringLiteral("StudyName"), kStudyOid);
        m_x.writeTextElement(QStringLiteral("StudyDescription"),
                             QStringLiteral("Aerosolized mesenchymal stem cell-derived exosomes (mouth spray) versus no intervention "
                                            "for the prevention of radiation-induced oral mucositis"));
        m_x.writeTextElement(QStringLiteral("ProtocolName"), protocol.id + QStringLiteral(" (") + protocol.version + QLatin1Char(')'));
        m_x.writeEndElement();

        m_x.writeStartElement(QStringLiteral("MetaDataVersion"));
        m_x.writeAttribute(QStringLiteral("OID"), kMdvOid);
        m_x.writeAttribute(QStringLiteral("Name"), QStringLiteral("Protocol ") + protocol.version);
        const QStringList events{QStringLiteral("ENROLMENT"), QStringLiteral("TREATMENT"), QStringLiteral("VISIT")};
        m_x.writeStartElement(QStringLiteral("Protocol"));
        for (int i = 0; i < events.size(); ++i)
            ref(QStringLiteral("StudyEventRef"), QStringLiteral("StudyEventOID"), eventOid(events[i]), i + 1);
        m_x.writeEndElement();
        for (const QString &event : events) {
            m_x.writeStartElement(QStringLiteral("StudyEventDef"));
            m_x.writeAttribute(QStringLiteral("OID"), eventOid(event));
            m_x.writeAttribute(QStringLiteral("Name"), event == QLatin1String("ENROLMENT") ? QStringLiteral("Enrolment")
                                                       : event == QLatin1String("TREATMENT") ? QStringLiteral("Treatment and follow-up")
                                                                                             : QStringLiteral("Grading visit"));
            m_x.writeAttribute(QStringLiteral("Repeating"), event == QLatin1String("VISIT") ? QStringLiteral("Yes") : QStringLiteral("No"));
            m_x.writeAttribute(QStringLiteral("Type"), event == QLatin1String("TREATMENT") ? QStringLiteral("Common") : QStringLiteral("Scheduled"));
            int order = 0;
            for (const ExportDomain &d : exportDomains())
                if (d.event == event)
                    ref(QStringLiteral("FormRef"), QStringLiteral("FormOID"), formOid(d), ++order);
            m_x.writeEndElement();
        }
        for (const ExportDomain &d : exportDomains()) {
            m_x.writeStartElement(QStringLiteral("FormDef"));
            m_x.writeAttribute(QStringLiteral("OID"), formOid(d));
            m_x.writeAttribute(QStringLiteral("Name"), d.label);
            m_x.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
            ref(QStringLiteral("ItemGroupRef"), QStringLiteral("ItemGroupOID"), groupOid(d), 1);
            m_x.writeEndElement();
        }
        for (const ExportDomain &d : exportDomains()) {
            m_x.writeStartElement(QStringLiteral("ItemGroupDef"));
            m_x.writeAttribute(QStringLiteral("OID"), groupOid(d));
            m_x.writeAttribute(QStringLiteral("Name"), d.label);
            m_x.writeAttribute(QStringLiteral("Repeating"), d.repeating ? QStringLiteral("Yes") : QStringLiteral("No"));
            if (!d.sdtm.isEmpty())
                m_x.writeAttribute(QStringLiteral("Domain"), d.sdtm);
            int order = 0;
            for (const ExportField &f : d.fields)
                ref(QStringLiteral("ItemRef"), QStringLiteral("ItemOID"), itemOid(d, f), ++order);
            m_x.writeEndElement();
        }
        for (const ExportDomain &d : exportDomains())
            for (const ExportField &f : d.fields) {
                m_x.writeStartElement(QStringLiteral("ItemDef"));
                m_x.writeAttribute(QStringLiteral("OID"), itemOid(d, f));
                m_x.writeAttribute(QStringLiteral("Name"), f.name);
                m_x.writeAttribute(QStringLiteral("DataType"), fieldTypeName(f.type));
                text(QStringLiteral("Question"), f.label);
                if (!f.codeList.isEmpty()) {
                    m_x.writeEmptyElement(QStringLiteral("CodeListRef"));
                    m_x.writeAttribute(QStringLiteral("CodeListOID"), QStringLiteral("CL.") + f.codeList);
                }
                m_x.writeEndElement();
            }
        for (const ExportCodeList &c : codeLists()) {
            m_x.writeStartElement(QStringLiteral("CodeList"));
            m_x.writeAttribute(QStringLiteral("OID"), QStringLiteral("CL.") + c.id);
            m_x.writeAttribute(QStringLiteral("Name"), c.id);
            m_x.writeAttribute(QStringLiteral("DataType"), c.type == FieldType::Integer ? QStringLiteral("integer") : QStringLiteral("text"));
            for (const CodeListItem &i : c.items) {
                m_x.writeStartElement(QStringLiteral("CodeListItem"));
                m_x.writeAttribute(QStringLiteral("CodedValue"), i.value);
                text(QStringLiteral("Decode"), i.decode);
                m_x.writeEndElement();
            }
            m_x.writeEndElement();
        }
        m_x.writeEndElement();   // MetaDataVersion
        m_x.writeEndElement();   // Study
    }

    void collectUser(const QString &name)
    {
        if (!name.isEmpty())
            m_users.insert(opaqueUserId(name));
    }

    // ODM's UserType has four values: the site's staff are the Investigator's team, the
    // monitors work for the Sponsor. The snapshot holds no accounts, so a monitor is known by
    // what only a monitor does: verify source, raise a query, write in a thread as one.
    QSet<QString> monitors() const
    {
        QSet<QString> out;
        const auto add = [&](const QString &name) {
            if (!name.isEmpty())
                out.insert(opaqueUserId(name));
        };
        for (const SnapshotRecord &r : m_s.rows(QStringLiteral("sdv_marks"))) {
            add(r.text(QStringLiteral("verified_by")));
            add(r.text(QStringLiteral("signed_by")));
        }
        for (const SnapshotRecord &r : m_s.rows(QStringLiteral("queries")))
            add(r.text(QStringLiteral("raised_by")));
        for (const SnapshotRecord &r : m_s.rows(QStringLiteral("query_messages")))
            if (r.text(QStringLiteral("author_role")) == QLatin1String("monitor"))
                add(r.text(QStringLiteral("author")));
        return out;
    }

    void writeAdminData()
    {
        for (const SnapshotAudit &a : m_s.audit)
            collectUser(a.user);
        for (auto t = m_s.tables.cbegin(); t != m_s.tables.cend(); ++t)
            for (const SnapshotRecord &r : t.value()) {
                collectUser(r.modifiedBy);
                collectUser(r.text(QStringLiteral("signed_by")));
            }
        const QSet<QString> sponsor = monitors();
        QStringList users(m_users.cbegin(), m_users.cend());
        std::sort(users.begin(), users.end());
        m_x.writeStartElement(QStringLiteral("AdminData"));
        m_x.writeAttribute(QStringLiteral("StudyOID"), kStudyOid);
        for (const QString &u : users) {
            m_x.writeEmptyElement(QStringLiteral("User"));
            m_x.writeAttribute(QStringLiteral("OID"), u);
            m_x.writeAttribute(QStringLiteral("UserType"), sponsor.contains(u) ? QStringLiteral("Sponsor") : QStringLiteral("Investigator"));
        }
        for (const QString &site : m_s.sites) {
            m_x.writeStartElement(QStringLiteral("Location"));
            m_x.writeAttribute(QStringLiteral("OID"), locationOid(site));
            m_x.writeAttribute(QStringLiteral("Name"), site);
            m_x.writeAttribute(QStringLiteral("LocationType"), QStringLiteral("Site"));
            m_x.writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
            m_x.writeAttribute(QStringLiteral("StudyOID"), kStudyOid);
            m_x.writeAttribute(QStringLiteral("MetaDataVersionOID"), kMdvOid);
            m_x.writeAttribute(QStringLiteral("EffectiveDate"), firstActivity(site));
            m_x.writeEndElement();
        }
        for (const auto &[oid, meaning] : {std::pair{QStringLiteral("SD.ELIGIBILITY"), Screenings::signatureMeaning()},
                                           std::pair{QStringLiteral("SD.RANDOMIZATION"), Randomizations::signatureMeaning()},
                                           std::pair{QStringLiteral("SD.GRADING"), Assessments::signatureMeaning()}}) {
            m_x.writeStartElement(QStringLiteral("SignatureDef"));
            m_x.writeAttribute(QStringLiteral("OID"), oid);
            m_x.writeAttribute(QStringLiteral("Methodology"), QStringLiteral("Electronic"));
            m_x.writeTextElement(QStringLiteral("Meaning"), meaning);
            m_x.writeTextElement(QStringLiteral("LegalReason"),
                                 QStringLiteral("Electronic signature: user name and password re-entered at signing (21 CFR Part 11)"));
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
    }

    // The site's first recorded activity: a date that depends on the data only.
    QString firstActivity(const QString &site) const
    {
        QString first;
        for (const SnapshotRecord &p : m_s.rows(QStringLiteral("patients")))
            if (p.site == site && !p.modifiedUtc.isEmpty() && (first.isEmpty() || p.modifiedUtc < first))
                first = p.modifiedUtc;
        const QDate d = QDateTime::fromString(first, Qt::ISODateWithMs).toUTC().date();
        return (d.isValid() ? d : m_s.takenUtc.toUTC().date()).toString(Qt::ISODate);
    }

    void auditRecord(const SnapshotAudit &a, const QString &id = {}, const QString &source = {})
    {
        m_x.writeStartElement(QStringLiteral("AuditRecord"));
        if (!id.isEmpty())
            m_x.writeAttribute(QStringLiteral("ID"), id);
        m_x.writeEmptyElement(QStringLiteral("UserRef"));
        m_x.writeAttribute(QStringLiteral("UserOID"), opaqueUserId(a.user));
        m_x.writeEmptyElement(QStringLiteral("LocationRef"));
        m_x.writeAttribute(QStringLiteral("LocationOID"), locationOid(a.location));
        m_x.writeTextElement(QStringLiteral("DateTimeStamp"), stamp(a.atUtc));
        if (!a.reason.isEmpty())
            m_x.writeTextElement(QStringLiteral("ReasonForChange"), a.reason);
        if (!source.isEmpty())
            m_x.writeTextElement(QStringLiteral("SourceID"), source);
        m_x.writeEndElement();
    }

    void signature(const QString &table, const SnapshotRecord &r)
    {
        const QString when = stamp(r.text(QStringLiteral("signed_utc")));
        if (r.text(QStringLiteral("signed_by")).isEmpty() || when.isEmpty())
            return;
        m_x.writeStartElement(QStringLiteral("Signature"));
        m_x.writeEmptyElement(QStringLiteral("UserRef"));
        m_x.writeAttribute(QStringLiteral("UserOID"), opaqueUserId(r.text(QStringLiteral("signed_by"))));
        m_x.writeEmptyElement(QStringLiteral("LocationRef"));
        m_x.writeAttribute(QStringLiteral("LocationOID"), locationOid(r.site));
        m_x.writeEmptyElement(QStringLiteral("SignatureRef"));
        m_x.writeAttribute(QStringLiteral("SignatureOID"), signatureOid(table));
        m_x.writeTextElement(QStringLiteral("DateTimeStamp"), when);
        m_x.writeEndElement();
    }

    void itemGroup(const ExportDomain &d, const SnapshotRecord &r)
    {
        m_x.writeStartElement(QStringLiteral("ItemGroupData"));
        m_x.writeAttribute(QStringLiteral("ItemGroupOID"), groupOid(d));
        if (d.repeating)
            m_x.writeAttribute(QStringLiteral("ItemGroupRepeatKey"), r.id);
        for (const ExportField &f : d.fields) {
            const QVariant v = r.fields.value(f.name);
            if (!v.isValid() || v.isNull() || v.toString().isEmpty())
                continue;
            m_x.writeStartElement(QStringLiteral("ItemData"));
            m_x.writeAttribute(QStringLiteral("ItemOID"), itemOid(d, f));
            m_x.writeAttribute(QStringLiteral("Value"), odmValue(f, v));
            if (const SnapshotAudit *a = m_lastChange.value(key(d.table, r.id, f.name)))
                auditRecord(*a);
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
    }

    void form(const ExportDomain &d, const QList<const SnapshotRecord *> &records)
    {
        if (records.isEmpty())
            return;
        m_x.writeStartElement(QStringLiteral("FormData"));
        m_x.writeAttribute(QStringLiteral("FormOID"), formOid(d));
        // One signed record per form carries its Signature here (grading visits, a single
        // screening); the others are signed in their own record's AuditRecord trail.
        if (records.size() == 1
            && (d.table == QLatin1String("assessments") || d.table == QLatin1String("screenings") || d.table == QLatin1String("randomizations")))
            signature(d.table, *records.first());
        for (const SnapshotRecord *r : records)
            itemGroup(d, *r);
        m_x.writeEndElement();
    }

    // False when the progress callback cancelled the export.
    bool writeClinicalData(const OdmProgress &progress)
    {
        // Each patient's records, by table, in a stable order.
        QMap<QString, QMap<QString, QList<const SnapshotRecord *>>> byPatient;
        for (const ExportDomain &d : exportDomains())
            for (const SnapshotRecord &r : m_s.rows(d.table)) {
                const QString patient = d.table == QLatin1String("patients") ? r.id : r.text(QStringLiteral("patient_id"));
                byPatient[patient][d.table] << &r;
            }
        QList<const SnapshotRecord *> subjects = m_subjects.values();
        std::sort(subjects.begin(), subjects.end(), [](const SnapshotRecord *a, const SnapshotRecord *b) {
            return a->text(QStringLiteral("subject_id")) < b->text(QStringLiteral("subject_id"));
        });
        m_x.writeStartElement(QStringLiteral("ClinicalData"));
        m_x.writeAttribute(QStringLiteral("StudyOID"), kStudyOid);
        m_x.writeAttribute(QStringLiteral("MetaDataVersionOID"), kMdvOid);
        int done = 0;
        for (const SnapshotRecord *p : subjects) {
            const auto &records = byPatient[p->id];
            m_x.writeStartElement(QStringLiteral("SubjectData"));
            m_x.writeAttribute(QStringLiteral("SubjectKey"), p->text(QStringLiteral("subject_id")));
            m_x.writeEmptyElement(QStringLiteral("SiteRef"));
            m_x.writeAttribute(QStringLiteral("LocationOID"), locationOid(p->site));
            for (const QString &event : {QStringLiteral("ENROLMENT"), QStringLiteral("TREATMENT")}) {
                bool any = false;
                for (const ExportDomain &d : exportDomains())
                    any = any || (d.event == event && !records.value(d.table).isEmpty());
                if (!any)
                    continue;
                m_x.writeStartElement(QStringLiteral("StudyEventData"));
                m_x.writeAttribute(QStringLiteral("StudyEventOID"), eventOid(event));
                for (const ExportDomain &d : exportDomains())
                    if (d.event == event)
                        form(d, records.value(d.table));
                m_x.writeEndElement();
            }
            for (const ExportDomain &d : exportDomains()) {
                if (d.event != QLatin1String("VISIT"))
                    continue;
                QList<const SnapshotRecord *> visits = records.value(d.table);
                std::sort(visits.begin(), visits.end(), [](const SnapshotRecord *a, const SnapshotRecord *b) {
                    const QString da = a->text(QStringLiteral("visit_date")), db = b->text(QStringLiteral("visit_date"));
                    return da != db ? da < db : a->id < b->id;
                });
                for (const SnapshotRecord *v : visits) {
                    m_x.writeStartElement(QStringLiteral("StudyEventData"));
                    m_x.writeAttribute(QStringLiteral("StudyEventOID"), eventOid(d.event));
                    m_x.writeAttribute(QStringLiteral("StudyEventRepeatKey"), v->id);
                    form(d, {v});
                    m_x.writeEndElement();
                }
            }
            m_x.writeEndElement();
            if (progress && !progress(++done, int(subjects.size())))
                return false;
        }
        // The complete trail: every change of every exported record, oldest first.
        QSet<QString> exportedTables;
        for (const ExportDomain &d : exportDomains())
            exportedTables.insert(d.table);
        bool open = false;
        int n = 0;
        for (const SnapshotAudit &a : m_s.audit) {
            if (!exportedTables.contains(a.table) || stamp(a.atUtc).isEmpty())
                continue;
            if (!open) {
                m_x.writeStartElement(QStringLiteral("AuditRecords"));
                open = true;
            }
            // A user named in a value (who signed) is written as the user's opaque id, as everywhere.
            const QString value = a.field == QLatin1String("signed_by") || a.field == QLatin1String("modified_by") ? opaqueUserId(a.newValue) : a.newValue;
            auditRecord(a, QStringLiteral("AR.%1").arg(++n), QStringLiteral("%1/%2/%3 %4: %5").arg(a.table, a.recordId, a.field, a.action, value));
        }
        if (open)
            m_x.writeEndElement();
        m_x.writeEndElement();   // ClinicalData
        return true;
    }

    QXmlStreamWriter m_x;
    const TrialSnapshot &m_s;
    QHash<QString, const SnapshotAudit *> m_lastChange;
    QHash<QString, const SnapshotRecord *> m_subjects;
    QSet<QString> m_users;
};

} // namespace

bool isCancelled(const Error &error) { return error.kind == ErrorKind::Invalid && error.field == QLatin1String("cancelled"); }

Status writeOdm(QIODevice &out, const TrialSnapshot &snapshot, const OdmProgress &progress)
{
    OdmWriter w(out, snapshot);
    return w.write(progress);
}

Status writeOdmFile(const QString &path, const TrialSnapshot &snapshot, const OdmProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(QStringLiteral("out"), Tr::tr("%1 cannot be written (%2)").arg(path, file.errorString()));
    // A failed or cancelled export returns before commit(): QSaveFile then removes its
    // temporary file, and whatever `path` held before is left as it was.
    MUCO_TRY(writeOdm(file, snapshot, progress));
    if (!file.commit())
        return Error::storage(Tr::tr("%1 cannot be written (%2).").arg(path, file.errorString()));
    return {};
}

} // namespace muco::exports
