#include "CheckInSeatPage.h"

#include "booking/FlightCatalog.h"
#include "models/SeatMapModel.h"
#include "widgets/SeatLegend.h"
#include "widgets/SeatMapView.h"
#include "widgets/UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

CheckInSeatPage::CheckInSeatPage(FlightCatalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_model(new SeatMapModel(this)), m_view(new SeatMapView(this))
{
    setObjectName(QStringLiteral("checkInSeatPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checkInSeatTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_view->setSeatModel(m_model);
    m_view->setAccessibleName(tr("Seat map: choose the new seat"));
    layout->addWidget(m_view, 1, Qt::AlignHCenter);
    layout->addWidget(new SeatLegend(this));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("checkInSeatNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    auto *buttons = new QHBoxLayout;
    auto *keep = new QPushButton(tr("Keep my seat"), this);
    keep->setObjectName(QStringLiteral("checkInSeatKeep"));
    m_take = new QPushButton(tr("Take this seat"), this);
    m_take->setObjectName(QStringLiteral("checkInSeatTake"));
    m_take->setDefault(true);
    for (QPushButton *button : {keep, m_take})
        button->setMinimumSize(240, 64);
    connect(keep, &QPushButton::clicked, this, &CheckInSeatPage::cancelled);
    connect(m_take, &QPushButton::clicked, this, [this] {
        const QList<SeatCode> chosen = m_model->selectedSeats();
        if (chosen.isEmpty())
            return setNotice(tr("Touch a free seat first."));
        Q_EMIT seatChosen(m_from, chosen.first());
    });
    connect(m_model, &SeatMapModel::selectionChanged, this,
            [this] { m_take->setEnabled(!m_model->selectedSeats().isEmpty()); });
    connect(m_view, &SeatMapView::seatRefused, this, [this](const QString &code) {
        const Seat *seat = m_model->seatAt(m_model->indexOf(code));
        setNotice(seat && seat->status != SeatStatus::Free
                      ? tr("Seat %1 is not available.").arg(code)
                      : tr("Touch your chosen seat again to let it go, then choose another."));
    });
    buttons->addWidget(keep);
    buttons->addStretch();
    buttons->addWidget(m_take);
    layout->addLayout(buttons);
}

bool CheckInSeatPage::showFor(const Flight &flight, const CheckInPassenger &passenger)
{
    setNotice(QString());
    auto seats = m_catalog.seats(flight.id);
    if (!seats) {
        setNotice(sentence(seats.error().message));
        return false;
    }
    m_from = passenger.passenger.seat;
    m_title->setText(tr("<b>%1</b>, seat %2 (%3): choose a new seat in the same cabin.")
                         .arg(passenger.passenger.name.toHtmlEscaped(), m_from.toString(),
                              SeatMapModel::cabinTitle(passenger.passenger.cabin)));
    m_model->setSeats(*seats);
    m_model->setPartySize(1);
    m_take->setEnabled(false);
    m_view->setFocus();
    const QModelIndex current = m_model->indexOf(m_from.toString());
    m_view->setCurrentIndex(current.isValid() ? current : m_model->index(1, 1));
    return true;
}

void CheckInSeatPage::setNotice(const QString &text)
{
    showLabelMessage(m_notice, text, !text.isEmpty());
}

QString CheckInSeatPage::notice() const
{
    return m_notice->text();
}

} // namespace kiosk::ui
