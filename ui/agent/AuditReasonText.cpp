#include "AuditReasonText.h"

#include "domain/Money.h"
#include "widgets/DeclineReasonText.h"
#include "widgets/LocalMoney.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace kiosk::ui {

namespace {

struct AuditReasonText {
    Q_DECLARE_TR_FUNCTIONS(AuditReasonText)
};

// "EUR 300.00" as the core writes money (Money::toString) in the language's way; other text as it is.
QString money(const QString &stored)
{
    const qsizetype space = stored.indexOf(QLatin1Char(' '));
    if (space == 3) {
        if (auto amount = Money::parse(stored.mid(4), stored.left(3)))
            return localMoney(*amount);
    }
    return stored;
}

// A reason an agent typed, or the core's default when nobody typed one.
QString typed(const QString &stored)
{
    return stored == QLatin1String("cancelled") ? AuditReasonText::tr("cancelled") : auditReasonText(stored);
}

struct Pattern {
    QRegularExpression stored;
    std::function<QString(const QRegularExpressionMatch &)> text;
};

const QList<Pattern> &patterns()
{
    using M = QRegularExpressionMatch;
    static const auto re = [](const char *pattern) {
        return QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$'));
    };
    static const QList<Pattern> all = {
        // What a schedule change adds to a reason, first: the rest is read on its own.
        {re("(.+); (\\d+) passenger\\(s\\) checked in"),
         [](const M &m) {
             return AuditReasonText::tr("%1; passengers who had checked in: %2")
                 .arg(auditReasonText(m.captured(1)), m.captured(2));
         }},
        {re("(.+); the hold was released"),
         [](const M &m) { return AuditReasonText::tr("%1; the hold was released").arg(auditReasonText(m.captured(1))); }},
        {re("(.+); the payment in progress was stopped and the booking cancelled"),
         [](const M &m) {
             return AuditReasonText::tr("%1; the payment in progress was stopped and the booking cancelled")
                 .arg(auditReasonText(m.captured(1)));
         }},
        {re("(.+); (.+) was checked in \\(boarding no\\. (\\d+)\\): the boarding pass must be printed again"),
         [](const M &m) {
             return AuditReasonText::tr("%1; %2 was checked in (boarding number %3): print the boarding pass again")
                 .arg(auditReasonText(m.captured(1)), m.captured(2), m.captured(3));
         }},
        {re("aircraft changed to (\\S+): seat (\\S+) moved to (\\S+)"),
         [](const M &m) {
             return AuditReasonText::tr("Aircraft changed to %1: seat %2 moved to %3")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {re("aircraft changed to (\\S+): no free (.+) seat for (.+) \\(was (\\S+)\\); an agent must reseat, rebook or refund"),
         [](const M &m) {
             return AuditReasonText::tr("Aircraft changed to %1: no free %2 seat for %3 (was %4); reseat, rebook or refund")
                 .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
         }},
        {re("retimed: departure (\\S+) -> (\\S+) \\(([-+]?\\d+) min\\), arrival (\\S+) -> (\\S+) \\(([-+]?\\d+) min\\)"
            "(?:, now to (\\S+) instead of (\\S+))?"),
         [](const M &m) {
             QString text = AuditReasonText::tr("Retimed: departure %1 → %2 (%3 min), arrival %4 → %5 (%6 min)")
                                .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5),
                                     m.captured(6));
             if (m.hasCaptured(7))
                 text += AuditReasonText::tr(", now to %1 instead of %2").arg(m.captured(7), m.captured(8));
             return text;
         }},
        {re("flight cancelled by schedule (.+)"),
         [](const M &m) { return AuditReasonText::tr("Flight cancelled by the schedule %1").arg(m.captured(1)); }},
        {re("seats held"), [](const M &) { return AuditReasonText::tr("Seats held"); }},
        {re("cancelled"), [](const M &) { return AuditReasonText::tr("Cancelled"); }},
        {re("left the waitlist"), [](const M &) { return AuditReasonText::tr("The traveller left the waitlist"); }},
        {re("hold deadline passed"), [](const M &) { return AuditReasonText::tr("The hold ran out"); }},
        {re("hold deadline passed before payment"),
         [](const M &) { return AuditReasonText::tr("The hold ran out before payment"); }},
        {re("hold deadline passed; released for a new hold"),
         [](const M &) { return AuditReasonText::tr("The hold ran out; its seats went to a new hold"); }},
        {re("payment submitted \\(card terminal\\)"),
         [](const M &) { return AuditReasonText::tr("Payment sent on the card terminal"); }},
        {re("payment submitted \\((.+) ending (\\d+)\\)"),
         [](const M &m) {
             return AuditReasonText::tr("Payment sent: %1 card ending %2").arg(m.captured(1), m.captured(2));
         }},
        {re("payment authorized"), [](const M &) { return AuditReasonText::tr("Payment approved"); }},
        {re("payment authorized \\((.+) ending (\\d+)\\)"),
         [](const M &m) {
             return AuditReasonText::tr("Payment approved: %1 card ending %2").arg(m.captured(1), m.captured(2));
         }},
        {re("payment declined: (.*)"),
         [](const M &m) {
             return AuditReasonText::tr("Payment declined: %1").arg(declineReasonText(m.captured(1), m.captured(1)));
         }},
        {re("seat changed (\\S+) -> (\\S+) for (.+)"),
         [](const M &m) {
             return AuditReasonText::tr("%3 moved from seat %1 to %2").arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {re("refunded ([A-Z]{3} [0-9.]+)"),
         [](const M &m) { return AuditReasonText::tr("Refunded %1").arg(money(m.captured(1))); }},
        {re("refunded ([A-Z]{3} [0-9.]+): (.*)"),
         [](const M &m) {
             return AuditReasonText::tr("Refunded %1: %2").arg(money(m.captured(1)), typed(m.captured(2)));
         }},
        {re("(.*); refund ([A-Z]{3} [0-9.]+) \\((.*)\\)"),
         [](const M &m) {
             return AuditReasonText::tr("%1; refund %2 (%3)")
                 .arg(typed(m.captured(1)), money(m.captured(2)), auditReasonText(m.captured(3)));
         }},
        {re("(\\d+) % by policy, (\\d+) h before departure"),
         [](const M &m) {
             return AuditReasonText::tr("%1 % by the policy, %2 h before departure").arg(m.captured(1), m.captured(2));
         }},
        {re("supervisor override by (.+?) \\(policy: ([A-Z]{3} [0-9.]+)\\): (.*)"),
         [](const M &m) {
             return AuditReasonText::tr("override by supervisor %1 (the policy gave %2): %3")
                 .arg(m.captured(1), money(m.captured(2)), m.captured(3));
         }},
        {re("for (.+) \\((\\S+)\\): (.*)"),
         [](const M &m) {
             return AuditReasonText::tr("For %1 (seat %2): %3").arg(m.captured(1), m.captured(2), typed(m.captured(3)));
         }},
        {re("checked in (.+) in (\\S+), boarding number (\\d+)"),
         [](const M &m) {
             return AuditReasonText::tr("%1 checked in, seat %2, boarding number %3")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {re("offloaded (.+) from (\\S+) \\(boarding number (\\d+)\\): (.*)"),
         [](const M &m) {
             return AuditReasonText::tr("%1 offloaded from seat %2 (boarding number %3): %4")
                 .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
         }},
        {re("flight cancelled by (\\S+): (.*)"),
         [](const M &m) { return AuditReasonText::tr("Flight cancelled by %1: %2").arg(m.captured(1), m.captured(2)); }},
    };
    return all;
}

} // namespace

QString auditReasonText(const QString &stored)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.stored.match(stored);
        if (match.hasMatch())
            return pattern.text(match);
    }
    return stored;
}

} // namespace kiosk::ui
