#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace kiosk::test {

namespace {

// Each accepted message is written whole to a temporary name and renamed, so a reader
// never sees half of one; the 250 goes out only after that.
const char *const SinkScript = R"PY(
import os, socket, sys
from aiosmtpd.controller import Controller
directory, port, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]

class Sink:
    count = 0
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if mode == 'refuse':
            return '550 5.1.1 Mailbox unavailable'
        envelope.rcpt_tos.append(address)
        return '250 OK'
    async def handle_DATA(self, server, session, envelope):
        Sink.count += 1
        name = os.path.join(directory, '%d-%06d.eml' % (os.getpid(), Sink.count))
        with open(name + '.part', 'wb') as out:
            out.write(envelope.original_content or envelope.content)
        os.rename(name + '.part', name)
        return '250 Message accepted for delivery'

if port == 0:
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
controller = Controller(Sink(), hostname='127.0.0.1', port=port)
controller.start()
print('READY', port, flush=True)
sys.stdin.read()
controller.stop()
)PY";

} // namespace

SmtpSink::SmtpSink() = default;

bool SmtpSink::start(Mode mode, int port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    const int wanted = port > 0 ? port : m_port;
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(SinkScript), m_dir.path(), QString::number(wanted),
                      mode == Mode::Refuse ? QStringLiteral("refuse") : QStringLiteral("accept")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
    }
    const QRegularExpressionMatch ready = QRegularExpression(QStringLiteral("READY (\\d+)")).match(QString::fromUtf8(output));
    if (!ready.hasMatch()) {
        m_process->waitForFinished(1000);
        m_error = QStringLiteral("the aiosmtpd server did not start (is python3-aiosmtpd installed?): ")
            + QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        stop();
        return false;
    }
    m_port = ready.captured(1).toInt();
    return true;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // the script stops its server when stdin ends
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QStringList SmtpSink::messages() const
{
    QStringList found;
    for (const Arrival &arrival : arrivals())
        found << arrival.message;
    return found;
}

QList<SmtpSink::Arrival> SmtpSink::arrivals() const
{
    QList<Arrival> found;
    QDir dir(m_dir.path());
    QFileInfoList files = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified() : a.fileName() < b.fileName();
    });
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            found.append({info.lastModified().toUTC(), QString::fromUtf8(file.readAll())}); // renamed when whole
    }
    return found;
}

int SmtpSink::count() const
{
    return int(QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

bool SmtpSink::waitForMessages(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (this->count() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

QString SmtpSink::header(const QString &message, const QString &name)
{
    const QRegularExpression line(QStringLiteral("^%1:[ \\t]*(.*)$").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString headers = message.section(QStringLiteral("\r\n\r\n"), 0, 0).section(QStringLiteral("\n\n"), 0, 0);
    return line.match(headers).captured(1).trimmed();
}

QList<SmtpSink::Part> SmtpSink::parts(const QString &message, const QString &type)
{
    const QString text = QString(message).remove(QLatin1Char('\r'));
    QStringList chunks{text};
    const QRegularExpression boundary(QStringLiteral("boundary=\"?([^\";\n]+)\"?"));
    for (auto match = boundary.globalMatch(text); match.hasNext();) {
        const QString delimiter = QStringLiteral("\n--") + match.next().captured(1);
        QStringList split;
        for (const QString &chunk : std::as_const(chunks))
            split << chunk.split(delimiter);
        chunks = split;
    }
    const QRegularExpression wanted(QStringLiteral("^Content-Type:[ \t]*%1").arg(QRegularExpression::escape(type)),
                                    QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QList<Part> found;
    for (const QString &chunk : std::as_const(chunks)) {
        const qsizetype end = chunk.indexOf(QStringLiteral("\n\n"));
        if (end < 0 || !wanted.match(chunk.left(end)).hasMatch())
            continue;
        found.append({chunk.left(end).trimmed(), QByteArray::fromBase64(chunk.mid(end + 2).toLatin1())});
    }
    return found;
}

} // namespace kiosk::test
