#pragma once

#include <QByteArray>
#include <QThread>

#include <memory>

class QTcpServer;

namespace kiosk::test {

// A small HTTP/1.1 server on 127.0.0.1 in a thread of its own (the test waits for kioskctl
// meanwhile), for the feed fetcher's cases:
//   /feed  the body with ETag "v1"; If-None-Match: "v1" gets 304 Not Modified
//   /gzip  the body gzip-compressed (Content-Encoding: gzip)
//   /huge  announces 2 GiB (Content-Length) and sends a little
//   /hang  accepts the request and never answers
//   anything else: 404
class FeedServer {
public:
    explicit FeedServer(QByteArray body);
    ~FeedServer();

    QString url(const QString &path) const;
    int requests() const;

private:
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
};

} // namespace kiosk::test
