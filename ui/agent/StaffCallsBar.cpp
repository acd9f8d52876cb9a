#include "StaffCallsBar.h"

#include "auth/AccessPolicy.h"
#include "booking/StaffCallDesk.h"
#include "widgets/StyleState.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kiosk::ui {

QString kioskScreenDescription(const QString &screen)
{
    static const QHash<QString, const char *> described{
        {QStringLiteral("welcomeScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "on the welcome screen")},
        {QStringLiteral("flightListScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "choosing a flight")},
        {QStringLiteral("seatMapScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "choosing seats")},
        {QStringLiteral("waitlistScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "joining a waitlist")},
        {QStringLiteral("passengerScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "entering names")},
        {QStringLiteral("paymentDialog"), QT_TRANSLATE_NOOP("StaffCallsBar", "paying")},
        {QStringLiteral("confirmationScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "on the confirmation")},
        {QStringLiteral("receiptScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "on the receipt")},
        {QStringLiteral("checkInScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "checking in")},
        {QStringLiteral("boardingPassScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "on the boarding pass")},
        {QStringLiteral("bagScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "adding bags")},
        {QStringLiteral("offerScreen"), QT_TRANSLATE_NOOP("StaffCallsBar", "taking up a waitlist offer")},
    };
    const auto found = described.constFind(screen);
    return found == described.constEnd() ? StaffCallsBar::tr("on screen %1").arg(screen)
                                         : QCoreApplication::translate("StaffCallsBar", found.value());
}

StaffCallsBar::StaffCallsBar(StaffCallDesk &desk, QWidget *parent)
    : QFrame(parent), m_desk(desk), m_text(new QLabel(this)), m_answer(new QPushButton(tr("On my way (F9)"), this))
{
    setObjectName(QStringLiteral("staffCallsBar"));
    setAccessibleName(tr("Kiosks asking for help"));
    m_text->setObjectName(QStringLiteral("staffCallsText"));
    m_text->setWordWrap(true);
    m_answer->setObjectName(QStringLiteral("staffCallsAnswer"));
    m_answer->setAccessibleName(tr("Answer the oldest call for help: you are on your way"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_answer);
    connect(m_answer, &QPushButton::clicked, this, &StaffCallsBar::answerOldest);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &StaffCallsBar::refresh);
    hide();
}

void StaffCallsBar::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor && AccessPolicy::allows(actor->role, Permission::AnswerStaffCalls) ? actor : std::nullopt;
    m_calls.clear();
    if (!m_actor) {
        m_poll.stop();
        hide();
        return;
    }
    m_poll.start();
    refresh();
}

void StaffCallsBar::refresh()
{
    if (!m_actor)
        return;
    auto calls = m_desk.openCalls(*m_actor);
    if (!calls) {
        show(tr("Calls for help cannot be read now: %1").arg(calls.error().message));
        m_answer->hide();
        return;
    }
    const bool newCall = !calls->isEmpty() && (m_calls.isEmpty() || calls->last().id != m_calls.last().id);
    m_calls = *calls;
    if (m_calls.isEmpty()) {
        hide();
        return;
    }
    const StaffCall &oldest = m_calls.first();
    const qint64 minutes = qMax<qint64>(0, oldest.calledAtUtc.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    QString message = oldest.reference.isEmpty()
                          ? tr("Kiosk %1 asks for help: the traveller is %2 (%3).")
                                .arg(oldest.terminal, kioskScreenDescription(oldest.screen),
                                     minutes == 0 ? tr("just now") : tr("%n min ago", nullptr, int(minutes)))
                          : tr("Kiosk %1 asks for help: the traveller is %2, booking %3 (%4).")
                                .arg(oldest.terminal, kioskScreenDescription(oldest.screen), oldest.reference,
                                     minutes == 0 ? tr("just now") : tr("%n min ago", nullptr, int(minutes)));
    if (m_calls.size() > 1)
        message += QLatin1Char(' ') + tr("%n more waiting.", nullptr, int(m_calls.size() - 1));
    m_answer->show();
    show(message);
    if (newCall)
        QApplication::beep(); // heard at a desk whose agent looks at a customer, not the screen
}

void StaffCallsBar::answerOldest()
{
    if (!m_actor || m_calls.isEmpty())
        return;
    const QString reference = m_calls.first().reference;
    auto done = m_desk.answer(m_calls.first().id, *m_actor);
    refresh();
    if (!done) // someone else was quicker, or the database is away: say so over the list
        show(done.error().message + (m_calls.isEmpty() ? QString() : QLatin1Char(' ') + m_text->text()));
    else if (!reference.isEmpty())
        Q_EMIT answered(reference);
}

void StaffCallsBar::show(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    QFrame::show();
}

} // namespace kiosk::ui
