#include "FeedServer.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

#include <zlib.h>

namespace kiosk::test {

namespace {

QAtomicInt requestCount;

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY); // 16: gzip wrapper
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray response(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + headers + "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void answer(QTcpSocket *socket, const QByteArray &request, const QByteArray &body)
{
    requestCount.fetchAndAddRelaxed(1);
    const QByteArray path = request.split(' ').value(1);
    if (path == "/hang")
        return; // never answers; the socket closes when the client gives up
    if (path == "/huge") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{\"flights\": [");
        return;
    }
    if (path == "/feed")
        socket->write(request.contains("If-None-Match: \"v1\"")
                          ? response("304 Not Modified", "ETag: \"v1\"\r\n", QByteArray())
                          : response("200 OK", "Content-Type: application/json\r\nETag: \"v1\"\r\n", body));
    else if (path == "/gzip")
        socket->write(response("200 OK", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n", gzip(body)));
    else
        socket->write(response("404 Not Found", QByteArray(), QByteArray("no such feed")));
    socket->disconnectFromHost();
}

} // namespace

FeedServer::FeedServer(QByteArray body)
{
    QSemaphore listening;
    m_thread.start();
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_server, [this, body, &listening] {
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this, body] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, body] {
                    *buffer += socket->readAll();
                    if (buffer->contains("\r\n\r\n") && !buffer->isEmpty()) {
                        answer(socket, *buffer, body);
                        buffer->clear();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server->listen(QHostAddress::LocalHost);
        m_port = m_server->serverPort();
        listening.release();
    });
    listening.acquire();
}

FeedServer::~FeedServer()
{
    // Deleted in its own thread: deleteLater runs when that thread finishes.
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { server->close(); server->deleteLater(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString FeedServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

int FeedServer::requests() const
{
    return requestCount.loadRelaxed();
}

} // namespace kiosk::test
