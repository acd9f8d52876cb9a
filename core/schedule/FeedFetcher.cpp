#include "FeedFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kiosk {

Result<FeedDownload> FeedFetcher::fetch(const QUrl &url, const Options &options)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::BadInput, tr("%1 is not an http(s) URL").arg(url.toString()));
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!options.etag.isEmpty())
        request.setRawHeader("If-None-Match", options.etag.toUtf8());
    QNetworkReply *reply = network.get(request);
    QString tooLarge;
    const auto refuseBeyond = [&](qint64 bytes) {
        if (bytes > options.maxBytes && tooLarge.isEmpty()) {
            tooLarge = QStringLiteral("the feed at %1 is larger than the limit of %2 bytes (%3 announced or read); "
                                      "nothing was imported")
                           .arg(url.toDisplayString()).arg(options.maxBytes).arg(bytes);
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        refuseBeyond(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        refuseBeyond(received);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();

    if (!tooLarge.isEmpty())
        return makeError(ErrorCode::BadInput, tooLarge);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304)
        return FeedDownload{true, QByteArray(), options.etag};
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::DatabaseUnavailable, tr("the feed at %1 did not answer within %2 s; nothing was "
                                                                "imported")
                                                     .arg(url.toDisplayString()).arg(options.timeoutMs / 1000.0));
    if (status >= 400)
        return makeError(ErrorCode::BadInput, tr("the feed at %1 answered HTTP %2; nothing was imported")
                                                  .arg(url.toDisplayString()).arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return makeError(ErrorCode::DatabaseUnavailable, tr("cannot fetch the feed at %1: %2; nothing was imported")
                                                     .arg(url.toDisplayString(), reply->errorString()));
    return FeedDownload{false, reply->readAll(), QString::fromUtf8(reply->rawHeader("ETag"))};
}

} // namespace kiosk
