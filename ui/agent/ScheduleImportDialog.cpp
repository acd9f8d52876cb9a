#include "ScheduleImportDialog.h"

#include "LegChangeModel.h"
#include "PermissionGate.h"
#include "ScheduleImportRun.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/UiText.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QString stageText(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Reading: return ScheduleImportDialog::tr("Reading the file…");
    case ImportStage::Comparing: return ScheduleImportDialog::tr("Comparing the legs with the stored flights…");
    case ImportStage::OpeningSales: return ScheduleImportDialog::tr("Opening flights for sale…");
    }
    return {};
}

QByteArray fingerprint(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}
} // namespace

ScheduleImportDialog::ScheduleImportDialog(ScheduleDesk &desk, const Actor &signedIn, const QString &path,
                                           QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_actor(signedIn),
      m_path(path),
      m_file(new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)))),
      m_stage(new QLabel),
      m_progress(new QProgressBar),
      m_headline(new QLabel),
      m_figures(new QFormLayout),
      m_changes(new LegChangeModel(this)),
      m_changesView(new QTableView),
      m_dryRun(new QPushButton(tr("&Dry run again"))),
      m_apply(new QPushButton(tr("&Apply"))),
      m_stop(new QPushButton(tr("&Stop")))
{
    setObjectName(QStringLiteral("scheduleImportDialog"));
    setWindowTitle(tr("Import a schedule"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setObjectName(QStringLiteral("importStage"));
    m_stage->setAccessibleName(tr("Import step"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, ScheduleImportRun::Whole);
    m_progress->setValue(0);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setAccessibleName(tr("What the import does"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse); // a parser's message is copied into a ticket

    const QStringList figureNames = {tr("Flights added"), tr("Flights changed (times or aircraft)"), tr("Flights cancelled"),
                                     tr("Flights unchanged"), tr("Bookings disrupted"), tr("Flights opened for sale"),
                                     tr("Layouts generated"), tr("Warnings")};
    for (const QString &name : figureNames) {
        auto *value = new QLabel;
        value->setAccessibleName(name);
        value->setWordWrap(true);
        m_figureLabels << value;
        m_figures->addRow(name + QLatin1Char(':'), value);
    }

    m_changesView->setObjectName(QStringLiteral("importChanges"));
    m_changesView->setModel(m_changes);
    m_changesView->setAccessibleName(tr("Flights the import changes"));
    m_changesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->setTabKeyNavigation(false);
    m_changesView->setWordWrap(false);
    m_changesView->verticalHeader()->hide();
    m_changesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changesView->horizontalHeader()->setStretchLastSection(true);

    m_dryRun->setObjectName(QStringLiteral("importDryRun"));
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_stop->setObjectName(QStringLiteral("importStop"));
    m_stop->setToolTip(tr("Stop the dry run; nothing is changed"));
    auto *buttons = new QDialogButtonBox;
    for (QPushButton *button : {m_dryRun, m_apply, m_stop}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleImportDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startDryRun(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { startApply(); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->stop();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_headline);
    layout->addLayout(m_figures);
    layout->addWidget(m_changesView, 1);
    layout->addWidget(buttons);
    showSummary({});
    updateButtons();
}

ScheduleImportDialog::~ScheduleImportDialog()
{
    delete m_run.data(); // stops a dry run and waits for its thread
}

QLabel *ScheduleImportDialog::figure(Figure which) const
{
    return m_figureLabels.value(int(which));
}

std::optional<QByteArray> ScheduleImportDialog::readFile()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

bool ScheduleImportDialog::startDryRun()
{
    if (m_run)
        return false;
    m_dryRunFingerprint.clear();
    auto content = readFile();
    if (!content)
        return false;
    start(*content, true);
    m_dryRunFingerprint = fingerprint(*content);
    return true;
}

bool ScheduleImportDialog::startApply()
{
    if (m_run || m_dryRunFingerprint.isEmpty())
        return false;
    auto content = readFile();
    if (!content)
        return false;
    if (fingerprint(*content) != m_dryRunFingerprint) {
        m_dryRunFingerprint.clear();
        showFailure(tr("The file changed on disk after the dry run. Run the dry run again to see what it "
                       "would change now."));
        return false;
    }
    start(*content, false);
    return true;
}

void ScheduleImportDialog::start(const QByteArray &content, bool dryRun)
{
    m_run = new ScheduleImportRun(m_desk.importJob(), content, dryRun, this);
    connect(m_run, &ScheduleImportRun::progressed, this, &ScheduleImportDialog::onProgress);
    connect(m_run, &ScheduleImportRun::finished, this, &ScheduleImportDialog::onFinished);
    m_progress->setValue(0);
    m_stage->setText(stageText(ImportStage::Reading));
    showSummary({});
    showLabelMessage(m_headline, dryRun ? tr("Dry run: working out what the import would change…")
                                        : tr("Importing the schedule…"), false);
    updateButtons();
    m_run->start();
}

void ScheduleImportDialog::onProgress(int stage, int done)
{
    m_stage->setText(stageText(ImportStage(stage)));
    m_progress->setValue(done);
}

void ScheduleImportDialog::onFinished()
{
    ScheduleImportRun *run = m_run;
    m_run = nullptr;
    const bool dryRun = run->dryRun();
    if (run->outcome()) {
        m_stage->setText(dryRun ? tr("Dry run finished.") : tr("Import finished."));
        showSummary(*run->outcome());
        if (dryRun && !run->outcome()->changed())
            m_dryRunFingerprint.clear(); // nothing to apply
        if (!dryRun) {
            m_dryRunFingerprint.clear(); // applied: a second import needs its own dry run
            Q_EMIT imported(*run->outcome());
        }
    } else {
        m_dryRunFingerprint.clear();
        showFailure(run->stopped() ? tr("The dry run was stopped. Nothing was changed.")
                                   : wholeSentence(run->outcome().error().message) + QLatin1Char(' ')
                                         + tr("Nothing was changed."));
    }
    run->deleteLater(); // its signal is being delivered: not deleted under its own feet
    updateButtons();
    Q_EMIT runFinished();
}

void ScheduleImportDialog::showSummary(const ImportSummary &summary)
{
    const bool known = !summary.source.isEmpty();
    if (known) {
        const QString text = summary.dryRun
            ? tr("Dry run of the schedule of %1 (%n leg(s)): nothing was changed. Apply makes these changes.", nullptr,
                 summary.legsInSchedule)
            : tr("The schedule of %1 (%n leg(s)) is imported.", nullptr, summary.legsInSchedule);
        showLabelMessage(m_headline,
                         text.arg(summary.source)
                             + (summary.changed() || !summary.dryRun ? QString()
                                                  : QLatin1Char(' ') + tr("The database holds this schedule already: "
                                                                          "nothing to apply.")),
                         false);
    }
    const auto number = [known](int n) { return known ? QString::number(n) : QString(); };
    figure(Figure::Added)->setText(number(summary.added));
    figure(Figure::Changed)->setText(number(summary.updated));
    figure(Figure::Cancelled)->setText(number(summary.cancelled));
    figure(Figure::Unchanged)->setText(number(summary.unchanged));
    figure(Figure::Disrupted)
        ->setText(known && summary.disruptions > 0
                      ? tr("%1 on %n flight(s), for the Disruptions tab", nullptr,
                           int(summary.flightsWithBookingsAffected.size()))
                            .arg(summary.disruptions)
                      : number(summary.disruptions));
    figure(Figure::Opened)->setText(number(summary.opened));
    figure(Figure::Layouts)->setText(!known ? QString()
                                         : summary.generatedLayouts.isEmpty()
                                         ? tr("none: every aircraft has a built-in layout")
                                         : summary.generatedLayouts.join(QStringLiteral(", ")));
    figure(Figure::Warnings)->setText(!known ? QString()
                                          : summary.conflicts.isEmpty() ? tr("none")
                                                                        : summary.conflicts.join(QLatin1Char('\n')));
    m_changes->setChanges(summary.changes);
}

void ScheduleImportDialog::showFailure(const QString &text)
{
    showSummary({});
    m_progress->setValue(0);
    m_stage->clear();
    showLabelMessage(m_headline, text, true);
    updateButtons(); // Apply waits for a new dry run
}

void ScheduleImportDialog::updateButtons()
{
    const bool running = isRunning();
    gateByPermission(m_dryRun, m_actor, Permission::ImportSchedules,
                     tr("Read the file again and show what importing it would change, changing nothing"));
    m_dryRun->setEnabled(m_dryRun->isEnabled() && !running);
    gateByPermission(m_apply, m_actor, Permission::ImportSchedules,
                     tr("Import the file the dry run read: add, change and cancel flights as shown"));
    if (m_apply->isEnabled() && (running || m_dryRunFingerprint.isEmpty())) {
        m_apply->setEnabled(false);
        m_apply->setToolTip(running ? tr("Wait until the run finishes")
                                    : tr("Run the dry run first: Apply imports only what it showed"));
    }
    m_stop->setEnabled(running && m_run->dryRun());
}

void ScheduleImportDialog::reject()
{
    if (m_run && !m_run->dryRun())
        return; // the import is written in one transaction: it finishes, then the dialog closes
    QDialog::reject();
}

} // namespace kiosk::ui
