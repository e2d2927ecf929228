#include "HelpTopics.h"
#include "HelpBrowser.h"
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QPointer>
#include <QTabWidget>
#include <QWidget>

namespace muco::ui::help {

namespace {

// Object names and class names of the screens, and the page that explains each.
const QHash<QString, QString> &topics()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("signInPage"), QStringLiteral("getting-started.html#sign-in")},
        {QStringLiteral("mainWindow"), QStringLiteral("getting-started.html#patient-list")},
        {QStringLiteral("patientList"), QStringLiteral("getting-started.html#patient-list")},
        {QStringLiteral("patientFilter"), QStringLiteral("getting-started.html#patient-list")},
        {QStringLiteral("overviewTab"), QStringLiteral("getting-started.html#overview")},
        {QStringLiteral("screeningTab"), QStringLiteral("coordinator.html#screening")},
        {QStringLiteral("visitsTab"), QStringLiteral("oncologist.html#visits")},
        {QStringLiteral("radiotherapyTab"), QStringLiteral("nurse.html#radiotherapy")},
        {QStringLiteral("labsTab"), QStringLiteral("nurse.html#labs")},
        {QStringLiteral("studyDrugTab"), QStringLiteral("nurse.html#study-drug")},
        {QStringLiteral("adverseEventsTab"), QStringLiteral("oncologist.html#adverse-events")},
        {QStringLiteral("queriesTab"), QStringLiteral("monitor.html#queries")},
        {QStringLiteral("sourceVerificationTab"), QStringLiteral("monitor.html#sdv")},
        {QStringLiteral("muco::ui::QueryDialog"), QStringLiteral("monitor.html#queries")},
        {QStringLiteral("muco::ui::AuditTrailDialog"), QStringLiteral("monitor.html#audit")},
        {QStringLiteral("gradingWizard"), QStringLiteral("oncologist.html#grading-wizard")},
        {QStringLiteral("addPatientDialog"), QStringLiteral("coordinator.html#new-patient")},
        {QStringLiteral("missedFractionDialog"), QStringLiteral("nurse.html#missed")},
        {QStringLiteral("muco::ui::SignatureDialog"), QStringLiteral("oncologist.html#signing")},
        {QStringLiteral("muco::ui::ConflictsDialog"), QStringLiteral("conflicts.html")},
        {QStringLiteral("muco::ui::ScreeningLogDialog"), QStringLiteral("coordinator.html#screening-log")},
        {QStringLiteral("muco::ui::PasswordDialog"), QStringLiteral("getting-started.html#password")},
        {QStringLiteral("muco::ui::AccountsDialog"), QStringLiteral("administrator.html#accounts")},
        {QStringLiteral("muco::ui::SiteSettingsDialog"), QStringLiteral("administrator.html#site-settings")},
        {QStringLiteral("muco::ui::ReferenceRangesDialog"), QStringLiteral("administrator.html#reference-ranges")},
        {QStringLiteral("muco::ui::NewSiteWizard"), QStringLiteral("administrator.html#new-site")},
        {QStringLiteral("muco::ui::HelpBrowser"), QStringLiteral("index.html")},
    };
    return map;
}

QString ownTopic(const QWidget *w)
{
    const QVariant property = w->property("helpTopic");
    if (property.isValid())
        return property.toString();
    if (const QString t = topics().value(w->objectName()); !t.isEmpty())
        return t;
    return topics().value(QString::fromLatin1(w->metaObject()->className()));
}

class F1Filter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        auto *widget = static_cast<QWidget *>(watched);
        HelpBrowser::open(widget, topicFor(widget));
        return true;
    }
};

} // namespace

QString topicFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *tabs = qobject_cast<const QTabWidget *>(w); tabs && tabs->currentWidget()) {
            if (const QString t = ownTopic(tabs->currentWidget()); !t.isEmpty())
                return t;
        }
        if (const QString t = ownTopic(w); !t.isEmpty())
            return t;
    }
    return QStringLiteral("index.html");
}

QStringList allTopics()
{
    QStringList list = topics().values();
    list << QStringLiteral("index.html") << QStringLiteral("shortcuts.html");
    list.removeDuplicates();
    list.sort();
    return list;
}

QString guideLanguage()
{
    // The app picks its translation from the locale (app/desktop/main.cpp); the guide follows.
    const QLocale locale;
    if (QFile::exists(QStringLiteral(":/guide/%1/index.html").arg(locale.name())))
        return locale.name();
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QUrl guideUrl(const QString &topic, const QString &language)
{
    QUrl url(QStringLiteral("qrc:/guide/%1/%2").arg(language, topic.section(QLatin1Char('#'), 0, 0)));
    const QString anchor = topic.section(QLatin1Char('#'), 1);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

void installF1()
{
    static QPointer<F1Filter> filter;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || filter)
        return;
    filter = new F1Filter(app);
    app->installEventFilter(filter);
}

} // namespace muco::ui::help
