#include "SmtpSender.h"

#include <QDateTime>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace kiosk {

namespace {

// Headers are ASCII: a subject with other letters goes as an RFC 2047 encoded word.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// curl_slist owned for the duration of one send.
struct HeaderList {
    curl_slist *list = nullptr;
    void append(const QByteArray &line) { list = curl_slist_append(list, line.constData()); }
    ~HeaderList() { curl_slist_free_all(list); }
};

struct Mime {
    curl_mime *mime = nullptr;
    ~Mime() { curl_mime_free(mime); }
};

void addTextPart(curl_mime *alternative, const QByteArray &body, const char *type)
{
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, body.constData(), static_cast<size_t>(body.size()));
    curl_mime_type(part, type);
    curl_mime_encoder(part, "quoted-printable");
}

// libcurl copies the bytes and, for a part with a file name, writes
// "Content-Disposition: attachment; filename=...".
void addAttachment(curl_mime *mixed, const MailAttachment &attachment)
{
    curl_mimepart *part = curl_mime_addpart(mixed);
    curl_mime_data(part, attachment.data.constData(), static_cast<size_t>(attachment.data.size()));
    curl_mime_filename(part, attachment.fileName.toUtf8().constData());
    curl_mime_type(part, attachment.mimeType.constData());
    curl_mime_encoder(part, "base64");
}

long tlsMode(SmtpSettings::Tls tls)
{
    switch (tls) {
    case SmtpSettings::Tls::None:
        return CURLUSESSL_NONE;
    case SmtpSettings::Tls::Require:
        return CURLUSESSL_ALL;
    case SmtpSettings::Tls::Try:
        break;
    }
    return CURLUSESSL_TRY;
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings) : m_settings(std::move(settings))
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Status SmtpSender::send(const QString &recipient, const QString &messageId, const RenderedMessage &message)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return makeError(ErrorCode::Internal, tr("libcurl could not be initialised"));
    curl_easy_reset(curl); // options only: the open connection stays for the next message

    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = "<" + m_settings.from.toUtf8() + ">";
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    HeaderList recipients;
    recipients.append("<" + recipient.toUtf8() + ">");
    HeaderList headers;
    headers.append("Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1());
    headers.append("From: Booking kiosk " + from);
    headers.append("To: <" + recipient.toUtf8() + ">");
    headers.append("Subject: " + headerText(message.subject));
    headers.append("Message-ID: " + messageId.toLatin1());

    Mime mime;
    mime.mime = curl_mime_init(curl);
    curl_mime *alternative = curl_mime_init(curl);
    addTextPart(alternative, message.text.toUtf8(), "text/plain; charset=utf-8");
    addTextPart(alternative, message.html.toUtf8(), "text/html; charset=utf-8");
    curl_mimepart *body = curl_mime_addpart(mime.mime);
    curl_mime_subparts(body, alternative); // the outer mime owns it now
    curl_mime_type(body, "multipart/alternative");
    for (const MailAttachment &attachment : message.attachments)
        addAttachment(mime.mime, attachment);

    char reason[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.list);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime.mime);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, tlsMode(m_settings.tls));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, reason);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(curl);
    if (result == CURLE_OK)
        return Done{};
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    const QString why = QString::fromUtf8(reason[0] ? reason : curl_easy_strerror(result)).trimmed();
    return makeError(ErrorCode::DatabaseUnavailable,
                     reply > 0 ? SmtpSender::tr("SMTP server %1 refused: %2 (reply %3)")
                                     .arg(QUrl(m_settings.url).toDisplayString(QUrl::RemoveUserInfo), why)
                                     .arg(reply)
                               : SmtpSender::tr("SMTP server %1: %2")
                                     .arg(QUrl(m_settings.url).toDisplayString(QUrl::RemoveUserInfo), why));
}

} // namespace kiosk
