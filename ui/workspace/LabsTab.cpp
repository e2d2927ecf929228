#include "workspace/LabsTab.h"
#include "models/LabResultsModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "records/RecordStore.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
std::function<QMessageBox::StandardButton(const QString &)> &questionSeam()
{
    static std::function<QMessageBox::StandardButton(const QString &)> seam;
    return seam;
}
} // namespace

void LabsTab::setQuestionForTests(std::function<QMessageBox::StandardButton(const QString &)> answer)
{
    questionSeam() = std::move(answer);
}

QMessageBox::StandardButton LabsTab::ask(const QString &question, QMessageBox::StandardButtons buttons)
{
    if (questionSeam())
        return questionSeam()(question);
    return QMessageBox::question(this, tr("Check before saving"), question, buttons);
}

QString LabsTab::defaultUnit(const QString &analyte) const
{
    const AnalyteInfo *info = analyteByKey(analyte);
    if (!info)
        return {};
    if (Session *s = session()) {
        const QString unit = s->setting(QStringLiteral("lab_unit.") + analyte).value_or(QString());
        for (const UnitFactor &u : info->units)
            if (u.unit == unit)
                return unit;
    }
    return info->units.first().unit;
}

LabsTab::LabsTab(QWidget *parent)
    : WorkspaceTab(parent), m_panel(new QComboBox), m_collected(new QDateTimeEdit), m_pages(new QStackedWidget),
      m_error(new QLabel), m_model(new LabResultsModel(this)), m_results(new QTableView)
{
    setObjectName(QStringLiteral("labsTab"));
    showsTables({Labs::table().name});
    m_collected->setDisplayFormat(dateTimeFormat());
    m_collected->setTimeSpec(Qt::UTC);   // holds the site's wall clock (siteWallClock), never the machine's
    m_collected->setCalendarPopup(true);
    m_collected->setObjectName(QStringLiteral("labCollected"));
    // Not in the Tab path of value entry (Panel -> values): typing a value into it edited the
    // date section by section. Alt+C (its label) or the mouse reach it.
    m_collected->setFocusPolicy(Qt::ClickFocus);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("labError"));
    for (const QString &panel : Labs::panels()) {
        m_panel->addItem(Labs::panelLabel(panel), panel);
        auto *page = new QWidget;
        auto *grid = new QGridLayout(page);
        grid->addWidget(new QLabel(tr("<b>Test</b>")), 0, 0);
        grid->addWidget(new QLabel(tr("<b>Value</b>")), 0, 1);
        grid->addWidget(new QLabel(tr("<b>Unit</b>")), 0, 2);
        grid->addWidget(new QLabel(tr("<b>SI value</b>")), 0, 3);
        grid->addWidget(new QLabel(tr("<b>Reference</b>")), 0, 4);
        int r = 1;
        for (const QString &key : Labs::panelAnalytes(panel)) {
            const AnalyteInfo *info = analyteByKey(key);
            Row row{key, new QLineEdit, new QComboBox, new QLabel, new QLabel};
            row.value->setObjectName(key + QStringLiteral("Value"));
            row.value->setMinimumHeight(30);
            for (const UnitFactor &u : info->units)
                row.unit->addItem(u.unit);
            grid->addWidget(new QLabel(analyteLabel(info->analyte)), r, 0);
            grid->addWidget(row.value, r, 1);
            grid->addWidget(row.unit, r, 2);
            grid->addWidget(row.si, r, 3);
            grid->addWidget(row.range, r, 4);
            connect(row.value, &QLineEdit::textChanged, this, [this, row] { updateRow(row); });
            connect(row.unit, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
            // A refusal speaks of what was typed then: the user's correction takes it away (it had
            // stayed beside the corrected value, a walkthrough); the form's own changes (a reload
            // clearing it) leave a message of their own, such as ranges that cannot be read.
            connect(row.value, &QLineEdit::textEdited, m_error, &QLabel::clear);
            connect(row.unit, &QComboBox::activated, m_error, &QLabel::clear);
            connect(row.value, &QLineEdit::returnPressed, this, &LabsTab::save);
            m_rows << row;
            ++r;
        }
        grid->setRowStretch(r, 1);
        m_pages->addWidget(page);
    }
    connect(m_panel, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_save = new QPushButton(tr("&Save panel"));
    m_save->setObjectName(QStringLiteral("savePanel"));
    connect(m_save, &QPushButton::clicked, this, &LabsTab::save);

    m_results->setObjectName(QStringLiteral("labResults"));
    m_results->setModel(m_model);
    // Every column as wide as its contents but the test's name, which takes the rest and gives
    // way (its tooltip whole): the flag (low, high) was the column cut off at 1366x768 beside the
    // form (a walkthrough in Chinese).
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(LabResultsModel::Test, QHeaderView::Stretch);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *top = new QFormLayout;
    top->addRow(tr("&Panel:"), m_panel);
    top->addRow(tr("&Collected:"), m_collected);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_pages);
    left->addWidget(m_error);
    left->addWidget(m_save);
    auto *h = new QHBoxLayout(this);
    h->addLayout(left, 1);
    h->addWidget(m_results, 1);
}

QLineEdit *LabsTab::valueField(const QString &analyte) const
{
    for (const Row &r : m_rows)
        if (r.analyte == analyte)
            return r.value;
    return nullptr;
}

QComboBox *LabsTab::unitField(const QString &analyte) const
{
    for (const Row &r : m_rows)
        if (r.analyte == analyte)
            return r.unit;
    return nullptr;
}

QLabel *LabsTab::siLabel(const QString &analyte) const
{
    for (const Row &r : m_rows)
        if (r.analyte == analyte)
            return r.si;
    return nullptr;
}

QLabel *LabsTab::rangeLabel(const QString &analyte) const
{
    for (const Row &r : m_rows)
        if (r.analyte == analyte)
            return r.range;
    return nullptr;
}

void LabsTab::updateRow(const Row &row)
{
    const AnalyteInfo *info = analyteByKey(row.analyte);
    row.value->setStyleSheet(QString());
    row.si->clear();
    if (row.value->text().trimmed().isEmpty())
        return;
    const auto value = Decimal::parse(row.value->text());
    if (!value) {
        row.si->setText(tr("not a number"));
        row.value->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        return;
    }
    const auto si = toSi(*info, *value, row.unit->currentText());
    if (!si)
        return;
    row.si->setText(QStringLiteral("%1 %2").arg(displayNumber(*si), info->siUnit));
    const auto flag = Labs::compare(m_ranges.value(row.analyte), m_sex, *si);
    if (flag && *flag != 0)
        row.value->setStyleSheet(QStringLiteral("background: #fff3cd;"));
}

QString LabsTab::rangeText(const QMap<QString, ReferenceRange> &bySex, const QString &unit) const
{
    auto text = [&](const ReferenceRange &r) {
        return QStringLiteral("%1-%2 %3").arg(r.lln ? displayNumber(*r.lln) : QString(), r.uln ? displayNumber(*r.uln) : QString(), unit);
    };
    if (const auto r = Labs::rangeFor(bySex, m_sex); r && (r->lln || r->uln))
        return text(*r);
    const auto female = Labs::rangeFor(bySex, QStringLiteral("female")), male = Labs::rangeFor(bySex, QStringLiteral("male"));
    if (m_sex.isEmpty() && female && male && (female->lln || female->uln) && (male->lln || male->uln))
        return tr("women %1, men %2").arg(text(*female), text(*male));
    return tr("not set");
}

void LabsTab::focusEntry()
{
    m_panel->setFocus();
}

void LabsTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    m_collected->setDateTime(siteWallClock(s->now(), s->siteZone()));
    m_error->clear();
    const auto read = Labs::referenceRangesBySex(*s);
    if (!read.ok())
        m_error->setText(read.error().message);   // values are still taken; flags cannot be shown
    m_ranges = read.value_or({});
    const auto &ranges = m_ranges;
    // The range of the patient's sex; sex unknown: flags only where both ranges agree.
    const auto patient = Patients::get(*s, patientId());
    m_sex = patient.ok() ? patient->sex : QString();
    for (const Row &r : std::as_const(m_rows)) {
        r.value->clear();
        r.value->setStyleSheet(QString());
        // Every patient, every panel starts at the site's unit: a unit chosen once must not
        // carry a plausible wrong-unit value into the next entry.
        r.unit->setCurrentText(defaultUnit(r.analyte));
        r.range->setText(rangeText(ranges.value(r.analyte), analyteByKey(r.analyte)->siUnit));
        r.value->setEnabled(s->can(Permission::EnterLabs));
        r.unit->setEnabled(s->can(Permission::EnterLabs));   // as the value: nothing to enter it for
    }
    // Nothing offered that core would refuse (a monitor, or anyone on a monitor's device).
    m_save->setVisible(s->can(Permission::EnterLabs));
    m_collected->setEnabled(s->can(Permission::EnterLabs));
    (void)m_model->load(*s, patientId(), ranges, m_sex);   // a failed read leaves the list empty
}

void LabsTab::save()
{
    Session *s = session();
    if (!s)
        return;
    const QString panel = m_panel->currentData().toString();
    QList<LabEntry> entries;
    for (const Row &r : std::as_const(m_rows)) {
        if (!Labs::panelAnalytes(panel).contains(r.analyte) || r.value->text().trimmed().isEmpty())
            continue;
        const auto value = Decimal::parse(r.value->text());
        if (!value) {
            m_error->setText(tr("%1: \"%2\" is not a number.").arg(analyteLabel(analyteByKey(r.analyte)->analyte), r.value->text()));
            r.value->setFocus();
            return;
        }
        const AnalyteInfo *info = analyteByKey(r.analyte);
        // A value impossible in its unit is refused by core, at the field; the question is for a
        // possible value that is implausible as entered and usual in another unit.
        const auto si = toSi(*info, *value, r.unit->currentText());
        const bool possible = si && !(*si < info->siMinimum) && !(*si > info->siMaximum);
        const QStringList likelier = possible ? likelierUnits(*info, *value, r.unit->currentText()) : QStringList();
        if (!likelier.isEmpty()) {
            const auto choice = ask(tr("%1 %2 %3 is unusual; %1 %2 %4 would be usual.\n\nYes: save it in %4. "
                                       "No: save it in %3 as entered. Cancel: go back to the value.")
                                        .arg(analyteLabel(info->analyte), r.value->text().trimmed(), r.unit->currentText(),
                                             likelier.first()),
                                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
            if (choice == QMessageBox::Yes) {
                r.unit->setCurrentText(likelier.first());
            } else if (choice != QMessageBox::No) {
                r.value->setFocus();
                r.value->selectAll();
                return;
            }
        }
        entries.append({r.analyte, *value, r.unit->currentText()});
    }
    const QDateTime now = s->now();
    const QDateTime collected = fromSiteWallClock(m_collected->dateTime(), s->siteZone());
    if (!entries.isEmpty() && collected.secsTo(now) > 2 * 24 * 3600
        && ask(tr("The collection time is %1, %2 days ago. Save the results with this collection time?")
                   .arg(displayDateTime(collected, s->siteZone()))
                   .arg(collected.toTimeZone(s->siteZone()).date().daysTo(now.toTimeZone(s->siteZone()).date())),
               QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
        m_collected->setFocus();
        return;
    }
    auto saved = Labs::recordPanel(*s, patientId(), collected, panel, entries);
    if (!saved.ok()) {
        const QString key = saved.error().field.section(QLatin1Char('.'), 1, 1);
        const AnalyteInfo *info = analyteByKey(key);
        // Name the field as the form does ("Hemoglobin"), not by its JSON path.
        m_error->setText(info ? QStringLiteral("%1: %2").arg(analyteLabel(info->analyte), saved.error().why())
                              : errorText(saved.error()));
        if (QLineEdit *field = valueField(key)) {
            field->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
            field->setFocus();
        }
        return;   // nothing saved; the typed values stay
    }
    // reload() (through ChangeNotifier) clears the form for the next panel.
}

// Values typed and not saved (the form clears once a panel is saved): asked about before the
// workspace shows another patient, as the screening is.
QString LabsTab::unsavedWork() const
{
    Session *s = session();
    if (!s || !s->can(Permission::EnterLabs))
        return {};
    const bool typed = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.value->text().trimmed().isEmpty(); });
    return typed ? tr("The lab results typed") : QString();
}

bool LabsTab::saveUnsaved()
{
    save();
    return unsavedWork().isEmpty();   // saved: the form was cleared for the next panel
}

} // namespace muco::ui
