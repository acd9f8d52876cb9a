#pragma once

#include "payment/MockPaymentGateway.h"

#include <QPromise>
#include <QTimer>

#include <memory>

namespace kiosk::test {

// The mock gateway with switchable network faults, for saga tests in one process: a call can
// be processed and its answer lost (the caller sees "unavailable"), or not reach the gateway.
class FaultyGateway : public PaymentGateway {
public:
    bool loseAuthorizeAnswer = false; // authorized at the gateway, the answer never arrives
    bool lookupDown = false;
    bool captureDown = false;         // the capture never reaches the gateway
    bool refundDown = false;
    int authorizeDelayMs = 0;         // the bank takes its time (answers on a later event-loop turn)

    MockPaymentGateway &inner() { return m_inner; }

    QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) override
    {
        auto answer = m_inner.authorize(request);
        if (loseAuthorizeAnswer)
            answer = QtFuture::makeReadyFuture(Result<GatewayDecision>(lost()));
        if (authorizeDelayMs <= 0)
            return answer;
        auto promise = std::make_shared<QPromise<Result<GatewayDecision>>>();
        promise->start();
        QTimer::singleShot(authorizeDelayMs, [promise, answer] {
            promise->addResult(answer.result());
            promise->finish();
        });
        return promise->future();
    }
    QFuture<Status> capture(const QString &reference, const Money &amount, const QString &key) override
    {
        return captureDown ? QtFuture::makeReadyFuture(Status(lost())) : m_inner.capture(reference, amount, key);
    }
    QFuture<Status> voidAuthorization(const QString &reference, const QString &key) override
    {
        return m_inner.voidAuthorization(reference, key);
    }
    QFuture<Status> refund(const QString &reference, const Money &amount, const QString &key) override
    {
        return refundDown ? QtFuture::makeReadyFuture(Status(lost())) : m_inner.refund(reference, amount, key);
    }
    QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &key) override
    {
        using Answer = Result<std::optional<GatewayCharge>>;
        return lookupDown ? QtFuture::makeReadyFuture(Answer(lost())) : m_inner.lookup(key);
    }
    QString name() const override { return m_inner.name(); }

private:
    static Error lost() { return makeError(ErrorCode::GatewayUnavailable, QStringLiteral("connection reset (test fault)")); }

    MockPaymentGateway m_inner;
};

} // namespace kiosk::test
