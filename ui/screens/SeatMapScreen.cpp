#include "SeatMapScreen.h"

#include "booking/FlightCatalog.h"
#include "booking/HoldRequest.h"
#include "models/SeatMapModel.h"
#include "schedule/FlightLayout.h"
#include "widgets/LocalMoney.h"
#include "widgets/PartySizeStepper.h"
#include "widgets/SeatCard.h"
#include "widgets/SeatLegend.h"
#include "widgets/SeatMapView.h"
#include "widgets/SeatMiniMap.h"
#include "widgets/StyleState.h"
#include "widgets/UiText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kiosk::ui {

SeatMapScreen::SeatMapScreen(FlightCatalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_model(new SeatMapModel(this)), m_view(new SeatMapView(this))
{
    setObjectName(QStringLiteral("seatMapScreen"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(m_title);

    auto *controls = new QHBoxLayout;
    // Asked before the departures too (FlightListScreen); here it can still change.
    m_party = new PartySizeStepper(HoldRequest::MaxSeats, this);
    m_best = new QPushButton(tr("Best available together"), this);
    m_best->setObjectName(QStringLiteral("bestAvailable"));
    m_best->setMinimumHeight(56);
    m_deckBar = new QWidget(this);
    m_decks = new QButtonGroup(this);
    auto *deckLayout = new QHBoxLayout(m_deckBar);
    deckLayout->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_party);
    controls->addWidget(m_best);
    controls->addStretch();
    controls->addWidget(m_deckBar);
    layout->addLayout(controls);

    // The aircraft in the middle, its overview beside it, the tapped seat's card on the right.
    m_view->setSeatModel(m_model);
    m_miniMap = new SeatMiniMap(m_model, m_view, this);
    m_seatCard = new SeatCard(m_model, this);
    auto *mapRow = new QHBoxLayout;
    mapRow->addStretch(1);
    mapRow->addWidget(m_view);
    mapRow->addWidget(m_miniMap);
    mapRow->addWidget(m_seatCard, 1);
    mapRow->addStretch(1);
    layout->addLayout(mapRow, 1);
    layout->addWidget(new SeatLegend(this));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("seatNotice"));
    m_notice->setWordWrap(true);
    setStyleState(m_notice, "role", QStringLiteral("error"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_waitlistBar = new QWidget(this);
    m_waitlistBar->setObjectName(QStringLiteral("waitlistBar"));
    auto *waitlistLayout = new QHBoxLayout(m_waitlistBar);
    waitlistLayout->setContentsMargins(0, 0, 0, 0);
    m_waitlistBar->hide();
    layout->addWidget(m_waitlistBar);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to flights"), this);
    back->setObjectName(QStringLiteral("seatBack"));
    back->setMinimumSize(200, 64);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    // A long choice (large print, German, a surcharged fare) wraps rather than squeezing the
    // buttons beside it below their words.
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_continue = new QPushButton(tr("Continue"), this);
    m_continue->setObjectName(QStringLiteral("seatContinue"));
    m_continue->setMinimumSize(200, 64);
    m_continue->setDefault(true); // the primary style: the way forward
    buttons->addWidget(back);
    buttons->addWidget(m_summary, 1); // all the room between the buttons, right-aligned
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &SeatMapScreen::backRequested);
    connect(m_continue, &QPushButton::clicked, this, &SeatMapScreen::continueRequested);
    connect(m_party, &PartySizeStepper::valueChanged, m_model, &SeatMapModel::setPartySize);
    connect(m_party, &PartySizeStepper::valueChanged, this, &SeatMapScreen::rebuildWaitlistButtons);
    connect(m_best, &QPushButton::clicked, this, [this] {
        if (!m_model->selectBestAvailableTogether()) {
            setNotice(tr("There are no %n seats side by side left. Please choose seats one by one.", nullptr,
                         m_model->partySize()));
            return;
        }
        // The block may be far down the aircraft: the traveller sees the seats chosen for them.
        const QList<SeatCode> chosen = m_model->selectedSeats();
        if (!chosen.isEmpty())
            m_view->scrollTo(m_model->indexOf(chosen.first().toString()), QAbstractItemView::PositionAtCenter);
    });
    connect(m_model, &SeatMapModel::selectionChanged, this, &SeatMapScreen::updateSummary);
    connect(m_model, &SeatMapModel::selectionChanged, this, &SeatMapScreen::warnAboutOrphans);
    connect(m_view, &SeatMapView::seatTapped, m_seatCard, &SeatCard::showSeat);
    connect(m_view, &SeatMapView::seatReached, m_seatCard, &SeatCard::showSeat);
    connect(m_view, &SeatMapView::seatRefused, this, [this](const QString &code) {
        const QModelIndex cell = m_model->indexOf(code);
        setNotice(m_model->seatAt(cell) && m_model->seatAt(cell)->status != SeatStatus::Free
                      ? tr("Seat %1 is not available.").arg(code)
                      : m_chooseKey.isEmpty()
                      ? tr("You have chosen %n seat(s) already. Tap one of them to change it.", nullptr,
                           m_model->partySize())
                      : tr("You have chosen %n seat(s) already. Press %1 on one of them to let it go, then on the "
                           "seat you want.", nullptr, m_model->partySize())
                            .arg(m_chooseKey));
    });
    connect(m_decks, &QButtonGroup::idClicked, m_model, &SeatMapModel::setDeck);
    connect(m_model, &SeatMapModel::modelReset, this, [this] { // the mini-map may change the deck too
        if (QAbstractButton *shown = m_decks->button(m_model->deck()))
            shown->setChecked(true);
    });
    updateSummary();
}

void SeatMapScreen::showFlight(qint64 flightId)
{
    setNotice(QString());
    auto flight = m_catalog.flight(flightId);
    auto seats = m_catalog.seats(flightId, m_channel);
    if (!flight || !seats) {
        setNotice(sentence(!flight ? flight.error().message : seats.error().message));
        return;
    }
    m_flight = *flight;
    auto origin = m_catalog.airport(m_flight.origin);
    m_originTimeZone = origin ? origin->timeZone : QString();
    if (m_flight.cancelled)
        setNotice(tr("Flight %1 is cancelled. Please go back and choose another flight.").arg(m_flight.designator()));
    m_title->setText(tr("Choose seats — %1 %2 → %3, %4")
                         .arg(m_flight.designator(), m_flight.origin, m_flight.destination, m_flight.aircraft));
    m_model->setLayout(FlightLayout::of(m_catalog.primary(), m_flight));
    m_model->setSeats(*seats);
    m_model->setPartySize(m_party->value());
    countFreeSeats(*seats);
    rebuildDeckButtons();
    m_view->setFocus();
    // The keyboard starts on the first seat (a galley row or a narrow cabin's gap may come first).
    const auto firstSeat = [this]() -> QModelIndex {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                if (m_model->seatAt(m_model->index(row, column)))
                    return m_model->index(row, column);
            }
        }
        return {};
    };
    m_view->setCurrentIndex(firstSeat());
    m_view->scrollToRow(0); // the nose and the first cabin's name first
}

void SeatMapScreen::rebuildDeckButtons()
{
    qDeleteAll(m_decks->buttons());
    const QList<int> decks = m_model->decks();
    m_deckBar->setVisible(decks.size() > 1);
    for (int deck : decks) {
        auto *button = new QPushButton(SeatMapModel::deckName(deck), m_deckBar);
        button->setObjectName(QStringLiteral("deck%1").arg(deck));
        button->setCheckable(true);
        button->setChecked(deck == m_model->deck());
        button->setMinimumHeight(56);
        m_decks->addButton(button, deck);
        m_deckBar->layout()->addWidget(button);
    }
}

void SeatMapScreen::countFreeSeats(const QList<Seat> &seats)
{
    m_freeSeats.clear();
    for (const Seat &seat : seats)
        m_freeSeats[seat.cabin] += seat.status == SeatStatus::Free ? 1 : 0;
    rebuildWaitlistButtons();
}

void SeatMapScreen::rebuildWaitlistButtons()
{
    struct Offer {
        Cabin cabin;
        QString text;
        QString accessibleName;
    };
    QList<Offer> offers;
    for (auto it = m_freeSeats.cbegin(); it != m_freeSeats.cend(); ++it) {
        const int free = it.value();
        if (free >= m_party->value() || m_flight.cancelled)
            continue;
        const QString cabin = SeatMapModel::cabinTitle(it.key());
        offers.append({it.key(),
                       free == 0 ? tr("%1 is full — join the waitlist").arg(cabin)
                                 : tr("Only %n seat(s) left in %1 — join the waitlist", nullptr, free).arg(cabin),
                       tr("Join the waitlist for %1, %n traveller(s)", nullptr, m_party->value()).arg(cabin)});
    }
    // The same offers keep their buttons: the refresh every few seconds must not take the
    // focus, or a tap under way, from the button a traveller is on.
    const QList<QPushButton *> shown = waitlistButtons();
    bool same = shown.size() == offers.size();
    for (qsizetype i = 0; same && i < offers.size(); ++i)
        same = shown[i]->text() == offers[i].text && shown[i]->accessibleName() == offers[i].accessibleName
            && shown[i]->objectName() == QStringLiteral("waitlist%1").arg(cabinCode(offers[i].cabin));
    if (!same) {
        qDeleteAll(shown);
        for (const Offer &offer : std::as_const(offers)) {
            auto *button = new QPushButton(offer.text, m_waitlistBar);
            button->setObjectName(QStringLiteral("waitlist%1").arg(cabinCode(offer.cabin)));
            button->setAccessibleName(offer.accessibleName);
            button->setMinimumHeight(72); // the way on for a traveller the seat map cannot seat
            connect(button, &QPushButton::clicked, this, [this, cabin = offer.cabin] { Q_EMIT waitlistRequested(cabin); });
            m_waitlistBar->layout()->addWidget(button);
            button->show(); // at once: a layout shows a new child of a visible widget only on the next event
        }
    }
    for (QPushButton *button : waitlistButtons())
        button->setEnabled(m_online);
    m_waitlistBar->setVisible(!offers.isEmpty());
}

QPushButton *SeatMapScreen::deckButton(int deck) const
{
    return qobject_cast<QPushButton *>(m_decks->button(deck));
}

QPushButton *SeatMapScreen::waitlistButton(Cabin cabin) const
{
    return m_waitlistBar->findChild<QPushButton *>(QStringLiteral("waitlist%1").arg(cabinCode(cabin)),
                                                   Qt::FindDirectChildrenOnly);
}

QList<QPushButton *> SeatMapScreen::waitlistButtons() const
{
    return m_waitlistBar->findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
}

void SeatMapScreen::refresh()
{
    if (m_flight.id == 0)
        return;
    // The flight itself first: a schedule import may have cancelled or retimed it.
    if (auto flight = m_catalog.flight(m_flight.id)) {
        const Flight was = m_flight;
        m_flight = *flight;
        tellScheduleChange(was);
    }
    auto seats = m_catalog.seats(m_flight.id, m_channel);
    if (!seats) {
        setNotice(seats.error().message);
        return;
    }
    const QStringList lost = m_model->updateStatuses(*seats);
    countFreeSeats(*seats);
    if (!lost.isEmpty())
        setNotice(tr("Seat %1 was just taken by another traveller. Please choose another.")
                      .arg(lost.join(QStringLiteral(", "))));
}

QString SeatMapScreen::localDeparture(const Flight &flight) const
{
    const QTimeZone zone(m_originTimeZone.toUtf8());
    const QDateTime local = zone.isValid() ? flight.departureUtc.toTimeZone(zone) : flight.departureUtc.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
}

void SeatMapScreen::tellScheduleChange(const Flight &was)
{
    if (m_flight.cancelled && !was.cancelled) {
        setNotice(tr("The airline has just cancelled flight %1. Your seats cannot be booked on it; please go back "
                     "and choose another flight.")
                      .arg(m_flight.designator()));
    } else if (m_flight.departureUtc != was.departureUtc || m_flight.destination != was.destination) {
        setNotice(tr("The airline has just changed flight %1: it now departs %2 (was %3) for %4.")
                      .arg(m_flight.designator(), localDeparture(m_flight), localDeparture(was), m_flight.destination));
    }
    updateSummary();
}

void SeatMapScreen::reportTaken(const QStringList &codes)
{
    refresh();
    setNotice(tr("Sorry, seat %1 was taken by another traveller a moment ago. Your other seats are still "
                 "selected; please choose a replacement.")
                  .arg(codes.join(QStringLiteral(", "))));
}

void SeatMapScreen::setNotice(const QString &text)
{
    m_orphanWarningShown = false;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty()); // an empty line would take a row of seats' room
}

void SeatMapScreen::setOnline(bool online)
{
    m_online = online;
    updateSummary();
    rebuildWaitlistButtons();
}

QList<SeatCode> SeatMapScreen::selectedSeats() const
{
    return m_model->selectedSeats();
}

QString SeatMapScreen::selectionSummary() const
{
    QStringList codes;
    for (const SeatCode &code : m_model->selectedSeats())
        codes << code.toString();
    return codes.isEmpty() ? QString()
                           : tr("%1 — seats %2 — %3")
                                 .arg(m_flight.designator(), codes.join(QStringLiteral(", ")),
                                      localMoney(m_model->selectedTotal()));
}

void SeatMapScreen::warnAboutOrphans()
{
    const QList<SeatCode> orphans = m_model->orphansLeftBySelection();
    if (orphans.isEmpty()) {
        if (m_orphanWarningShown)
            setNotice(QString());
        m_orphanWarningShown = false;
        return;
    }
    QStringList codes;
    for (const SeatCode &code : orphans)
        codes << code.toString();
    setNotice(tr("Your choice leaves seat %1 empty on its own between taken seats. You may keep it, or choose "
                 "seats that leave no single seat empty.")
                  .arg(codes.join(QStringLiteral(", "))));
    m_orphanWarningShown = true;
}

void SeatMapScreen::updateSummary()
{
    const int chosen = int(m_model->selectedSeats().size());
    m_continue->setEnabled(chosen == m_model->partySize() && !m_flight.cancelled && m_online);
    const QString hint = m_chooseKey.isEmpty() ? tr("Tap %n seat(s)", nullptr, m_model->partySize())
                                               : tr("Choose %n seat(s)", nullptr, m_model->partySize());
    m_summary->setText(chosen == 0 ? hint : selectionSummary());
}

void SeatMapScreen::setChooseKey(const QString &key)
{
    m_chooseKey = key;
    updateSummary();
}

} // namespace kiosk::ui
