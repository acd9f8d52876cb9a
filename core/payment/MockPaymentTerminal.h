#pragma once

#include "MockPaymentGateway.h"
#include "PaymentTerminal.h"

#include <QList>

namespace kiosk {

// An in-process card terminal for the offline demo and the UI tests. A test "presents" the
// card each payment will meet (present()); without one, `fallback` (approve by default).
// Approvals and declines are authorized at the in-process MockPaymentGateway with the test
// cards, so that gateway captures, voids and looks them up as usual; "answer lost"
// authorizes and then reports no answer, as a terminal whose link dropped.
class MockPaymentTerminal : public PaymentTerminal {
public:
    enum class Card { Approve, Decline, InsufficientFunds, RemovedTooEarly, TimeOut, AnswerLost };

    explicit MockPaymentTerminal(MockPaymentGateway &acquirer, Card fallback = Card::Approve)
        : m_acquirer(acquirer), m_fallback(fallback) {}

    // The card the next payment meets (queued in order).
    void present(Card card) { m_presented << card; }
    QFuture<Result<TerminalAnswer>> pay(const TerminalRequest &request) override;
    QString name() const override { return QStringLiteral("mock-terminal"); }

    // "approve", "decline", "insufficient_funds", "removed", "timeout", "lost"; nullopt otherwise.
    static std::optional<Card> cardNamed(const QString &name);

private:
    MockPaymentGateway &m_acquirer;
    Card m_fallback;
    QList<Card> m_presented;
};

} // namespace kiosk
