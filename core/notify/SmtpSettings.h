#pragma once

#include "domain/Result.h"

#include <QString>

namespace kiosk {

// Where and how the outbox dispatcher sends e-mail. The server is a libcurl URL:
// smtp://host:587 (STARTTLS as `tls` says) or smtps://host:465 (TLS from the start).
struct SmtpSettings {
    enum class Tls { None, Try, Require }; // STARTTLS on smtp://: never, if offered, or refuse without

    QString url;
    QString from;          // the sender's address; its domain also names the Message-IDs
    QString user;          // empty: no login
    QString password;      // from the environment or a file only, never argv or logs
    Tls tls = Tls::Try;
    int timeoutSeconds = 30; // one message, connection included

    static constexpr const char *DefaultFrom = "bookings@localhost";

    // The Message-ID of an outbox row: stable, so a duplicate after a crash is recognisable.
    QString messageIdFor(qint64 outboxId) const;
    QString domain() const;

    // The server: the flag, else $KIOSK_SMTP (like the database URL, kioskctl reads no
    // settings file; the systemd unit sets these from its environment file). TLS: the flag,
    // else $KIOSK_SMTP_TLS. $KIOSK_SMTP_FROM, $KIOSK_SMTP_USER; the password from
    // $KIOSK_SMTP_PASSWORD or the file passwordFile (else $KIOSK_SMTP_PASSWORD_FILE).
    // BadInput for a missing or malformed server URL, an unreadable password file, a
    // malformed sender or TLS mode.
    static Result<SmtpSettings> resolve(const QString &urlFlag, const QString &tlsFlag, const QString &passwordFile);
    static Result<Tls> parseTls(const QString &text);
};

} // namespace kiosk
