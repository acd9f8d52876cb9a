#pragma once

#include "MessageRenderer.h"
#include "SmtpSettings.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

// Sends one message by SMTP through libcurl (its client does the protocol, STARTTLS, TLS
// and login): multipart/alternative with the plain text first and the HTML second, UTF-8 (inside the
// multipart/mixed libcurl makes, followed by the message's attachments, base64).
// One sender keeps its connection open between messages.
class SmtpSender {
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    // Done once the server accepted the message (250 after DATA); else DatabaseUnavailable with
    // libcurl's reason and the server's reply code, never the password.
    Status send(const QString &recipient, const QString &messageId, const RenderedMessage &message);

    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    void *m_curl = nullptr; // CURL*, kept for connection reuse
};

} // namespace kiosk
