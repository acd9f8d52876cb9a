#include "OutputWriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kiosk::ctl {

QString OutputWriter::withoutCardNumbers(const QString &message)
{
    // 12 to 19 digits, perhaps grouped by spaces or dashes: what a card number looks like.
    static const QRegularExpression card(QStringLiteral("\\d(?:[ -]?\\d){11,18}"));
    QString safe = message;
    return safe.replace(card, QStringLiteral("[a card number, not shown]"));
}

QJsonObject OutputWriter::errorObject(const Error &error)
{
    return QJsonObject{{QStringLiteral("error"), error.codeName()},
                       {QStringLiteral("message"), withoutCardNumbers(error.message)}};
}

int OutputWriter::result(const QJsonObject &object, const QString &text)
{
    if (m_json)
        write(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    else if (!text.isEmpty())
        write(m_out, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
    return 0;
}

int OutputWriter::error(const Error &error)
{
    if (m_json)
        write(m_err, QString::fromUtf8(QJsonDocument(errorObject(error)).toJson(QJsonDocument::Compact))
                         + QLatin1Char('\n'));
    else
        write(m_err, QStringLiteral("kioskctl: %1 (%2)\n").arg(withoutCardNumbers(error.message), error.codeName()));
    return error.exitCode();
}

void OutputWriter::line(const QJsonObject &object, const QString &text)
{
    write(m_out, (m_json ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : text)
                     + QLatin1Char('\n'));
}

void OutputWriter::plain(const QString &text)
{
    write(m_out, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void OutputWriter::write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace kiosk::ctl
