#include "workspace/RandomizePanel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "SignatureDialog.h"
#include "records/Patients.h"
#include "records/Randomizations.h"
#include "security/Session.h"
#include "sync/RandomizeClient.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace muco::ui {

namespace {
RandomizePanel::TransportFactory &testFactory()
{
    static RandomizePanel::TransportFactory factory;
    return factory;
}

Result<std::unique_ptr<SyncTransport>> transportFor(Session &s)
{
    if (testFactory())
        return testFactory()(s);
    // The reserve is for a device never enrolled; an enrolled one whose configuration does not
    // open (no copy of the sync key, a token changed outside MucoTrack) says so instead.
    MUCO_READ(enrolled, SyncEngine::enrolled(s));
    if (!enrolled)
        return std::unique_ptr<SyncTransport>();
    MUCO_READ(config, SyncEngine::config(s));
    auto t = std::make_unique<HttpTransport>(config.server, config.token, config.caCert);
    t->timeoutMs = 15000;
    return std::unique_ptr<SyncTransport>(std::move(t));
}
} // namespace

QString armLabel(const QString &arm) { return fieldValueLabel(QStringLiteral("arm"), arm); }   // one list: CodeLabels

RandomizePanel::RandomizePanel(QWidget *parent)
    : QWidget(parent), m_arm(new QLabel), m_message(new QLabel), m_button(new QPushButton(tr("Randomi&ze...")))
{
    m_arm->setObjectName(QStringLiteral("randomizationArm"));
    m_message->setObjectName(QStringLiteral("randomizationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_button->setObjectName(QStringLiteral("randomizeButton"));
    m_button->setToolTip(tr("Allocate this enrolled patient's arm (an electronic signature)"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_arm);
    h->addWidget(m_button);
    h->addWidget(m_message, 1);
    connect(m_button, &QPushButton::clicked, this, &RandomizePanel::randomize);
}

RandomizePanel::~RandomizePanel() = default;

void RandomizePanel::setTransportFactoryForTests(TransportFactory factory) { testFactory() = std::move(factory); }

void RandomizePanel::setPatient(Session *session, const QString &patientId)
{
    if (m_patientId != patientId)
        m_message->clear();
    m_session = session;
    m_patientId = patientId;
    reload();
}

void RandomizePanel::reload()
{
    m_button->setVisible(false);
    if (!m_session || m_patientId.isEmpty()) {
        m_arm->clear();
        return;
    }
    auto a = Randomizations::forPatient(m_session->db(), m_patientId);
    if (!a.ok()) {
        m_arm->setText(tr("Arm: cannot be read (%1)").arg(a.error().message));
        return;
    }
    if (a->has_value()) {
        const Allocation &x = **a;
        m_arm->setText(tr("<b>Arm: %1</b>  ·  randomized %2 (%3 #%4, %5)")
                           .arg(ui::armLabel(x.arm).toHtmlEscaped(), displayDateTime(x.allocatedUtc, m_session->siteZone()).toHtmlEscaped(),
                                x.stratum.toHtmlEscaped())
                           .arg(x.sequence)
                           .arg(x.source == QLatin1String("online") ? tr("central site") : tr("sealed reserve")));
        m_message->clear();
        return;
    }
    auto p = Patients::get(*m_session, m_patientId);
    const bool enrolled = p.ok() && p->status == QLatin1String("enrolled");
    m_arm->setText(enrolled ? tr("Not randomized yet") : tr("Not randomized"));
    m_button->setVisible(enrolled && Randomize::mayRandomize(*m_session).ok());
    m_button->setEnabled(!m_running);
}

void RandomizePanel::randomize()
{
    if (!m_session || m_running)
        return;
    const QString who = displaySubject(*m_session, m_patientId);
    const auto password = SignatureDialog::ask(this, m_session->user().displayName, Randomizations::signatureMeaning(),
                                               tr("the randomization of %1").arg(who));
    if (!password)
        return;
    m_running = true;
    m_button->setEnabled(false);
    m_message->setText(tr("Randomizing..."));
    auto transport = transportFor(*m_session);
    if (!transport.ok()) {
        m_running = false;
        m_button->setEnabled(true);
        m_message->setText(errorText(transport.error()));
        return;
    }
    m_transport = std::move(transport).value();
    QPointer<RandomizePanel> self(this);
    const QString patientId = m_patientId;
    RandomizeClient::start(*m_session, m_transport.get(), patientId, *password, [self, patientId](const Result<Allocation> &r) {
        if (!self)
            return;
        self->m_running = false;
        if (self->m_transport)
            self->m_transport.release()->deleteLater();   // not inside its own callback
        if (!r.ok()) {
            self->m_message->setText(errorText(r.error()));
            self->reload();
            return;
        }
        self->m_message->clear();
        self->reload();
        emit self->randomized(patientId);
    });
}

} // namespace muco::ui
