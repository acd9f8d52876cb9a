#include "PassengerScreen.h"

#include "widgets/ContactFields.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/TouchScreen.h"
#include "widgets/UiText.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
constexpr int ErrorLineRoom = 48; // kept in view under a focused field: its error line
}

PassengerScreen::PassengerScreen(bool onScreenKeyboard, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passengerScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Who is travelling?"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Nine travellers and the contact do not fit above a keyboard: they scroll, the keyboard
    // and the buttons stay.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("passengerScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("passengerScrollContent"));
    auto *contentLayout = new QVBoxLayout(content);
    m_rowsHost = new QWidget(content); // the travellers' rows (buildRows)
    contentLayout->addWidget(m_rowsHost);
    m_contact = new ContactFields(content);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(m_contact);
    contentLayout->addStretch();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    if (onScreenKeyboard) {
        scrollByTouch(m_scroll);
        m_keyboard = new OnScreenKeyboard(this);
        layout->addWidget(m_keyboard);
        connect(m_keyboard, &OnScreenKeyboard::nextPressed, this, &PassengerScreen::focusNextTraveller);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passengerProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to seats"), this);
    back->setMinimumSize(200, 64);
    connect(back, &QPushButton::clicked, this, &PassengerScreen::backRequested);
    m_continueText = tr("Hold seats and pay");
    m_continue = new QPushButton(m_continueText, this);
    m_continue->setObjectName(QStringLiteral("passengerContinue"));
    m_continue->setMinimumSize(280, 64);
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!validate(true))
            return;
        if (m_waitlist)
            Q_EMIT joinWaitlistRequested(names());
        else
            Q_EMIT continueRequested(names());
    });
    for (QLineEdit *field : {m_contact->emailField(), m_contact->phoneField()})
        connect(field, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
}

void PassengerScreen::setSeats(const QList<SeatCode> &seats, const QString &summary)
{
    m_waitlist = false;
    m_contact->setEmailRequired(false, QString());
    QList<TravellerNameFields::Words> travellers;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString seat = seats[i].toString();
        travellers << TravellerNameFields::Words{tr("Seat %1").arg(seat),
                                                 tr("Given names of passenger %1, seat %2").arg(i + 1).arg(seat),
                                                 tr("Surname of passenger %1, seat %2").arg(i + 1).arg(seat)};
    }
    buildRows(travellers, summary);
}

void PassengerScreen::setWaitlist(int travellers, const QString &summary)
{
    m_waitlist = true;
    QList<TravellerNameFields::Words> words;
    for (int i = 1; i <= travellers; ++i) {
        words << TravellerNameFields::Words{tr("Passenger %1").arg(i),
                                            tr("Given names of passenger %1 on the waitlist").arg(i),
                                            tr("Surname of passenger %1 on the waitlist").arg(i)};
    }
    buildRows(words, summary);
    m_contact->setEmailRequired(true, tr("E-mail address for the offer (required) and phone (optional)"));
}

void PassengerScreen::setContinueText(const QString &text)
{
    m_continueText = text;
    updateContinue();
}

void PassengerScreen::buildRows(const QList<TravellerNameFields::Words> &travellers, const QString &summary)
{
    // A new grid each time: a reused one would keep the rows of a larger party.
    delete m_rowsHost;
    m_rowsHost = new QWidget(m_scroll->widget());
    m_rows = new QGridLayout(m_rowsHost);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setColumnStretch(1, 1);
    m_rows->setColumnStretch(2, 1);
    static_cast<QVBoxLayout *>(m_scroll->widget()->layout())->insertWidget(0, m_rowsHost);
    m_travellers.clear();
    m_contact->clear(); // like the names: nothing of an earlier traveller stays on screen
    m_summary->setText(summary);
    showProblem(QString());
    // What goes in which field, in words that stay when the fields are filled in.
    auto *givenCaption = new QLabel(tr("Given names, as in the passport"), m_rowsHost);
    auto *surnameCaption = new QLabel(tr("Surname, as in the passport"), m_rowsHost);
    for (QLabel *caption : {givenCaption, surnameCaption})
        caption->setWordWrap(true);
    m_rows->addWidget(givenCaption, 0, 1);
    m_rows->addWidget(surnameCaption, 0, 2);
    for (qsizetype i = 0; i < travellers.size(); ++i) {
        auto *traveller = new TravellerNameFields(m_rows, int(1 + 2 * i), QString::number(i + 1), travellers[i], m_rowsHost);
        connect(traveller, &TravellerNameFields::edited, this, [this] { validate(false); });
        // Return (a desk's keyboard) goes from the given names to the surname, then continues.
        connect(traveller->givenNames(), &QLineEdit::returnPressed, traveller->surname(),
                qOverload<>(&QWidget::setFocus));
        connect(traveller->surname(), &QLineEdit::returnPressed, m_continue, &QPushButton::click);
        m_travellers << traveller;
    }
    // Tab goes name by name, then to the e-mail, the phone and Continue (the rows are newer
    // than the rest of the screen, so the default order would leave them last).
    QList<QWidget *> order;
    for (TravellerNameFields *traveller : std::as_const(m_travellers))
        order << traveller->givenNames() << traveller->surname();
    order << m_contact->emailField() << m_contact->phoneField() << m_continue;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_scroll->verticalScrollBar()->setValue(0);
    if (!m_travellers.isEmpty())
        m_travellers.first()->givenNames()->setFocus();
    validate(false);
    updateContinue();
}

QStringList PassengerScreen::names() const
{
    QStringList names;
    for (const TravellerNameFields *traveller : m_travellers)
        names << traveller->fullName();
    return names;
}

QLineEdit *PassengerScreen::givenNamesField(int index) const
{
    const TravellerNameFields *traveller = m_travellers.value(index);
    return traveller ? traveller->givenNames() : nullptr;
}

QLineEdit *PassengerScreen::surnameField(int index) const
{
    const TravellerNameFields *traveller = m_travellers.value(index);
    return traveller ? traveller->surname() : nullptr;
}

QLabel *PassengerScreen::errorLabel(int index) const
{
    const TravellerNameFields *traveller = m_travellers.value(index);
    return traveller ? traveller->error() : nullptr;
}

ContactDetails PassengerScreen::contact() const
{
    return m_contact->contact();
}

int PassengerScreen::travellerWith(const QWidget *field) const
{
    for (qsizetype i = 0; i < m_travellers.size(); ++i) {
        if (m_travellers[i]->owns(field))
            return int(i);
    }
    return -1;
}

void PassengerScreen::followFocus(QWidget *focus)
{
    if (!focus || !isAncestorOf(focus))
        return;
    if (m_keyboard)
        showKeysFor(focus);
    // The layouts waiting for the next pass first: the keys' new height decides how much of
    // the form shows, an error line just shown moves the fields below it. (Twice: a layout
    // done in the first round asks its parent for another.)
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The field and its error line in view, above the keyboard (which never scrolls over it).
    if (m_scroll->widget()->isAncestorOf(focus))
        m_scroll->ensureWidgetVisible(focus, 0, ErrorLineRoom);
}

void PassengerScreen::showKeysFor(QWidget *focus)
{
    using Layout = OnScreenKeyboard::Layout;
    const Layout wanted = focus == m_contact->emailField() ? Layout::Email
                          : focus == m_contact->phoneField() ? Layout::Phone
                                                               : Layout::Letters;
    const int traveller = travellerWith(focus);
    if (traveller >= 0)
        m_keyboard->setNextKey(traveller + 1 < m_travellers.size() ? tr("Next traveller") : tr("Done"));
    if (m_keyboard->keys() != wanted)
        m_keyboard->showKeys(wanted);
}

void PassengerScreen::focusNextTraveller()
{
    const QWidget *focus = QApplication::focusWidget();
    const int current = travellerWith(focus);
    if (current >= 0 && current + 1 < m_travellers.size()) {
        TravellerNameFields *next = m_travellers[current + 1];
        QLineEdit *empty = next->firstEmptyField();
        (empty ? empty : next->givenNames())->setFocus();
        return;
    }
    // Done does not pass over the last traveller's surname, left empty after the given
    // names were typed: that is where it goes before Continue.
    if (current >= 0 && focus == m_travellers[current]->givenNames()
        && m_travellers[current]->firstEmptyField() == m_travellers[current]->surname()) {
        m_travellers[current]->surname()->setFocus();
        return;
    }
    m_continue->setFocus();
}

bool PassengerScreen::validate(bool showEmpty)
{
    bool allValid = true;
    for (TravellerNameFields *traveller : std::as_const(m_travellers))
        allValid &= traveller->validate(showEmpty);
    // The contact's errors wait for Continue (or leaving the field): see ContactFields.
    if (showEmpty)
        allValid &= m_contact->validate();
    return allValid;
}

void PassengerScreen::showProblem(const QString &text)
{
    showLabelMessage(m_problem, text, !text.isEmpty());
    m_problem->setVisible(!text.isEmpty());
}

void PassengerScreen::setBusy(bool busy)
{
    m_busy = busy;
    updateContinue();
}

void PassengerScreen::setOnline(bool online)
{
    m_online = online;
    updateContinue();
}

void PassengerScreen::updateContinue()
{
    m_continue->setEnabled(!m_busy && m_online);
    if (m_waitlist)
        m_continue->setText(m_busy ? tr("Joining the waitlist…") : tr("Join the waitlist"));
    else
        m_continue->setText(m_busy ? tr("Holding your seats…") : m_continueText);
}

} // namespace kiosk::ui
