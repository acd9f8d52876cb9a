#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace kiosk {

// What one fetch of a feed URL gave.
struct FeedDownload {
    bool notModified = false; // 304: the feed is unchanged since `etag` was given
    QByteArray body;          // decompressed (gzip is asked for and undone by Qt)
    QString etag;             // the server's ETag, empty if it sends none
};

// Fetches a feed over HTTP(S) with QNetworkAccessManager, waiting in a local event loop
// (for kioskctl; never on a GUI thread): TLS certificates verified (Qt's default, never
// relaxed), a transfer timeout, If-None-Match with the last ETag, and a size limit that
// refuses a larger Content-Length before reading and aborts a body that grows past it.
// No answer in time or a TLS failure is ErrorCode::DatabaseUnavailable (exit 5); a refused size or
// an HTTP error status is BadInput. Nothing is imported by a failed fetch.
class FeedFetcher {
    Q_DECLARE_TR_FUNCTIONS(FeedFetcher)
public:
    struct Options {
        int timeoutMs = 30000;
        qint64 maxBytes = 256LL * 1024 * 1024;
        QString etag; // the last one seen, for If-None-Match
    };

    static Result<FeedDownload> fetch(const QUrl &url, const Options &options);
};

} // namespace kiosk
