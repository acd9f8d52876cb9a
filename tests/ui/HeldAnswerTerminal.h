#pragma once

#include "payment/FutureWait.h"
#include "payment/MockPaymentTerminal.h"

#include <QPromise>

#include <memory>

namespace kiosk::test {

// The in-process mock terminal, whose next answer can be held back (the terminal and the
// bank thinking) until answer() lets it go: what the pay step shows meanwhile.
class HeldAnswerTerminal : public PaymentTerminal {
public:
    explicit HeldAnswerTerminal(MockPaymentGateway &acquirer) : mock(acquirer) {}
    QFuture<Result<TerminalAnswer>> pay(const TerminalRequest &request) override
    {
        if (!holdAnswer)
            return mock.pay(request);
        m_request = request;
        m_promise = std::make_unique<QPromise<Result<TerminalAnswer>>>();
        m_promise->start();
        return m_promise->future();
    }
    // Gives the held answer; the next payment is answered at once again.
    void answer()
    {
        m_promise->addResult(waitFor(mock.pay(m_request), 0));
        m_promise->finish();
        holdAnswer = false;
    }
    QString name() const override { return QStringLiteral("held-answer-terminal"); }

    MockPaymentTerminal mock;
    bool holdAnswer = false;

private:
    TerminalRequest m_request;
    std::unique_ptr<QPromise<Result<TerminalAnswer>>> m_promise;
};

} // namespace kiosk::test
