#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

namespace kiosk {

// Waits for an asynchronous result with a local event loop, for callers that have nothing
// else to do meanwhile (kioskctl, tests, start-up). The kiosk screens never call this: they
// continue with QFuture::then and keep their event loop free.
template <typename T>
Result<T> waitFor(QFuture<Result<T>> future, int timeoutMs)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return makeError(ErrorCode::GatewayUnavailable,
                         QCoreApplication::translate("FutureWait", "no answer within %1 s; the outcome is not known yet").arg(timeoutMs / 1000.0));
    if (future.isCanceled() || future.resultCount() == 0)
        return makeError(ErrorCode::Internal, QCoreApplication::translate("FutureWait", "the operation was abandoned before it finished"));
    return future.result();
}

} // namespace kiosk
