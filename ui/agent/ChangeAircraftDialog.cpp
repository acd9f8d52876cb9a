#include "ChangeAircraftDialog.h"

#include "PermissionGate.h"
#include "SeatMoveModel.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
// What the dry run (or the change) does, in words.
QString outcomeText(const AircraftChangeOutcome &outcome)
{
    if (!outcome.changed)
        return ChangeAircraftDialog::tr("The flight flies %1 already: nothing to change.").arg(outcome.toName);
    const QString what = outcome.dryRun
        ? ChangeAircraftDialog::tr("From %1 to %2 (version %3): %n passenger(s) would move", nullptr, outcome.moved())
        : ChangeAircraftDialog::tr("Changed from %1 to %2 (version %3): %n passenger(s) moved", nullptr, outcome.moved());
    return what.arg(outcome.fromType, outcome.toName).arg(outcome.toVersion)
        + ChangeAircraftDialog::tr(", %n left without a seat for an agent", nullptr, outcome.withoutSeat())
        + ChangeAircraftDialog::tr("; %n disruption(s).", nullptr, outcome.disruptions);
}
} // namespace

ChangeAircraftDialog::ChangeAircraftDialog(ScheduleDesk &desk, const Actor &signedIn, qint64 flightId,
                                           const QString &flightKey, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_actor(signedIn),
      m_flightId(flightId),
      m_layout(new QComboBox),
      m_preview(new QPushButton(tr("&Preview"))),
      m_apply(new QPushButton(tr("&Change aircraft"))),
      m_summary(new QLabel),
      m_moves(new SeatMoveModel(this)),
      m_movesView(new QTableView)
{
    setObjectName(QStringLiteral("changeAircraftDialog"));
    setWindowTitle(tr("Change the aircraft of %1").arg(flightKey));
    m_layout->setAccessibleName(tr("Aircraft layout"));
    m_summary->setObjectName(QStringLiteral("changeAircraftSummary"));
    m_summary->setAccessibleName(tr("What the change does"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Pick a layout and press Preview to see who would move where."));
    m_movesView->setModel(m_moves);
    m_movesView->setAccessibleName(tr("Passengers the change moves"));
    m_movesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movesView->setTabKeyNavigation(false);
    m_movesView->verticalHeader()->hide();
    m_movesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movesView->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAutoDefault(false);
    m_apply->setAutoDefault(false);
    gateByPermission(m_preview, m_actor, Permission::ChangeAircraft, tr("See who would move where, changing nothing"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Preview the layout first"));

    if (auto layouts = m_desk.layouts()) {
        for (const StoredLayout &layout : std::as_const(*layouts))
            m_layout->addItem(tr("%1 (%2, version %3)").arg(layout.displayName, layout.name).arg(layout.version), layout.name);
    } else {
        showLabelMessage(m_summary, wholeSentence(layouts.error().message), true);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout"), m_layout);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_movesView, 1);
    layout->addWidget(buttons);

    connect(m_preview, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        m_apply->setEnabled(false); // what is applied must be what was previewed
        m_moves->setMoves({});
        m_summary->setText(tr("Press Preview to see who would move where on this layout."));
    });
}

bool ChangeAircraftDialog::preview()
{
    const QString layout = m_layout->currentData().toString();
    auto dryRun = m_desk.changeAircraft(m_flightId, layout, true);
    if (!dryRun) {
        showLabelMessage(m_summary, wholeSentence(dryRun.error().message), true);
        m_apply->setEnabled(false);
        return false;
    }
    m_moves->setMoves(dryRun->moves);
    showLabelMessage(m_summary, outcomeText(*dryRun), false);
    m_previewed = layout;
    gateByPermission(m_apply, m_actor, Permission::ChangeAircraft, tr("Apply the change previewed"));
    m_apply->setEnabled(m_apply->isEnabled() && dryRun->changed);
    return true;
}

bool ChangeAircraftDialog::apply()
{
    auto done = m_desk.changeAircraft(m_flightId, m_previewed, false);
    if (!done) {
        showLabelMessage(m_summary, wholeSentence(done.error().message), true);
        return false;
    }
    Q_EMIT aircraftChanged(outcomeText(*done));
    accept();
    return true;
}

} // namespace kiosk::ui
