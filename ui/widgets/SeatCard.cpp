#include "SeatCard.h"

#include "Sentence.h"
#include "booking/HoldRequest.h"
#include "models/SeatMapModel.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {

// Why a seat cannot be chosen, in the traveller's words.
QString unavailableText(const Seat &seat)
{
    switch (seat.status) {
    case SeatStatus::Held:
        return SeatCard::tr("Not available: another traveller is holding this seat. It may come free again in a few "
                            "minutes.");
    case SeatStatus::Sold: return SeatCard::tr("Not available: this seat is already booked.");
    case SeatStatus::Blocked:
        return seat.deskOnly ? SeatCard::tr("Not available here: this seat is kept for the check-in desk.")
                             : SeatCard::tr("Not available: the airline does not sell this seat.");
    case SeatStatus::Free: break;
    }
    return QString();
}

} // namespace

SeatCard::SeatCard(SeatMapModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_codeLabel(new QLabel(this)), m_details(new QLabel(this)),
      m_price(new QLabel(this)), m_status(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_buttonBox(new QWidget), m_buttonLayout(new QVBoxLayout(m_buttonBox))
{
    setObjectName(QStringLiteral("seatCard"));
    setMaximumWidth(480);
    m_codeLabel->setObjectName(QStringLiteral("seatCardCode"));
    m_details->setObjectName(QStringLiteral("seatCardDetails"));
    m_price->setObjectName(QStringLiteral("seatCardPrice"));
    m_status->setObjectName(QStringLiteral("seatCardStatus"));
    for (QLabel *label : {m_details, m_price, m_status})
        label->setWordWrap(true);
    QFont large = m_codeLabel->font();
    large.setPixelSize(40); // the seat's code, readable from a step back
    large.setBold(true);
    m_codeLabel->setFont(large);
    m_status->setProperty("role", QStringLiteral("error"));
    // Up to nine travellers: their buttons scroll inside the card, the map keeps its height.
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonLayout->addStretch();
    m_buttonBox->setObjectName(QStringLiteral("seatCardButtons"));
    m_probe = new QPushButton(m_buttonBox); // measures the buttons' words, never shown
    m_probe->hide();
    m_scroll->setObjectName(QStringLiteral("seatCardScroll"));
    m_scroll->setWidget(m_buttonBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_details);
    layout->addWidget(m_price);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    connect(model, &SeatMapModel::selectionChanged, this, &SeatCard::refresh);
    connect(model, &SeatMapModel::dataChanged, this, &SeatCard::refresh); // another terminal took it
    connect(model, &SeatMapModel::modelReset, this, [this] { showSeat(QString()); });
    showSeat(QString());
}

void SeatCard::showSeat(const QString &code)
{
    m_code = code;
    refresh();
}

QPushButton *SeatCard::travellerButton(int traveller) const
{
    return traveller >= 1 && traveller <= m_buttons.size() && m_buttons[traveller - 1]->isVisibleTo(this)
               ? m_buttons[traveller - 1]
               : nullptr;
}

void SeatCard::rebuildButtons(int travellers)
{
    while (m_buttons.size() < travellers) {
        const int traveller = int(m_buttons.size()) + 1;
        auto *button = new QPushButton(m_buttonBox);
        button->setObjectName(QStringLiteral("chooseForTraveller%1").arg(traveller));
        button->setCheckable(true);
        button->setMinimumHeight(56); // a finger's target, 48 px at least
        connect(button, &QPushButton::clicked, this, [this, traveller] {
            m_model->assign(m_code, traveller);
            refresh(); // a tap on "Chosen for" keeps it chosen
        });
        m_buttonLayout->insertWidget(m_buttonLayout->count() - 1, button);
        m_buttons << button;
    }
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setVisible(i < travellers);
}

void SeatCard::fitButtons()
{
    // A scroll area asks no room for what it holds: as wide as the longest words a button can
    // carry in this language and style, so no text is cut and the card keeps its width.
    int widest = 0;
    for (const QString &text : {tr("Choose for\ntraveller %1").arg(HoldRequest::MaxSeats),
                                tr("Chosen for\ntraveller %1").arg(HoldRequest::MaxSeats)}) {
        m_probe->setText(text);
        widest = qMax(widest, m_probe->sizeHint().width());
    }
    m_scroll->setMinimumWidth(widest + m_scroll->verticalScrollBar()->sizeHint().width());
}

void SeatCard::showEvent(QShowEvent *event)
{
    fitButtons(); // the style sheet's fonts and padding apply now
    QFrame::showEvent(event);
}

void SeatCard::refresh()
{
    const Seat *seat = m_code.isEmpty() ? nullptr : m_model->seat(m_code);
    m_codeLabel->setVisible(seat != nullptr); // no large words to widen the card before a tap
    if (!seat) {
        m_codeLabel->clear();
        m_details->setText(tr("Tap a seat to see it here."));
        m_price->clear();
        m_status->hide();
        rebuildButtons(0);
        setAccessibleName(tr("Seat card"));
        return;
    }
    m_codeLabel->setText(m_code);
    QStringList words{SeatMapModel::cabinTitle(seat->cabin)};
    for (const QString &word : SeatMapModel::featureWords(*seat))
        words << sentence(word);
    m_details->setText(words.join(QStringLiteral(" · ")));
    m_price->setText(SeatMapModel::priceText(*seat));
    const int owner = m_model->travellerOf(seat->code);
    const bool choosable = seat->status == SeatStatus::Free;
    m_status->setText(choosable ? QString() : unavailableText(*seat));
    m_status->setVisible(!choosable);
    rebuildButtons(choosable ? m_model->partySize() : 0);
    for (int traveller = 1; choosable && traveller <= m_model->partySize(); ++traveller) {
        QPushButton *button = m_buttons[traveller - 1];
        // Two lines: the card stays narrow enough beside the A380's main deck at 1280 px.
        button->setText(owner == traveller ? tr("Chosen for\ntraveller %1").arg(traveller)
                                           : tr("Choose for\ntraveller %1").arg(traveller));
        button->setChecked(owner == traveller);
        button->setAccessibleName(owner == traveller ? tr("Seat %1 is chosen for traveller %2").arg(m_code).arg(traveller)
                                                     : tr("Choose seat %1 for traveller %2").arg(m_code).arg(traveller));
    }
    setAccessibleName(tr("Seat card: %1").arg(m_model->describe(m_code)));
    fitButtons();
}

} // namespace kiosk::ui
