#include "PatientOverview.h"
#include "PatientListModel.h"
#include "clinical/Eligibility.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace muco::ui {

PatientOverview::PatientOverview(QWidget *parent)
    : QWidget(parent), m_subject(new QLabel), m_details(new QLabel), m_tabs(new QTabWidget), m_summary(new QLabel)
{
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setObjectName(QStringLiteral("overviewSubject"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    m_summary->setMargin(12);
    m_tabs->addTab(m_summary, tr("&Overview"));
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_subject);
    v->addWidget(m_details);
    v->addWidget(m_tabs, 1);
}

void PatientOverview::show(Session &session, const Patient &p)
{
    m_subject->setText(p.identityVisible && !p.name.isEmpty() ? QStringLiteral("%1  ·  %2").arg(p.subjectId, p.name) : p.subjectId);
    QStringList bits;
    const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
    if (birth.isValid())
        bits << tr("born %1 (%2 years)").arg(p.birthDate).arg(completedYears(birth, session.now().date()));
    if (!p.sex.isEmpty())
        bits << (p.sex == QLatin1String("male") ? tr("male") : tr("female"));
    if (p.identityVisible && !p.mrn.isEmpty())
        bits << tr("MRN %1").arg(p.mrn);
    bits << statusLabel(p.status);
    m_details->setText(bits.join(QStringLiteral("  ·  ")));
    m_summary->setText(tr("Record version %1. Screening, grading, radiotherapy, labs, study drug and adverse events "
                          "are recorded in the tabs of this workspace.").arg(p.version));
}

} // namespace muco::ui
