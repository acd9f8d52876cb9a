#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kiosk {

class Database;

// A booking's documents e-mailed on request (migration 0022): a request row, whose trigger
// writes the outbox message to the booking's stored contact address. No address is ever
// passed in: whoever asks, the documents go where the booking says.
class DocumentRequestRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRequestRepository)
public:
    explicit DocumentRequestRepository(Database &db) : m_db(db) {}

    // The booking's stored e-mail address; empty when it has none (or, on a kiosk's
    // PostgreSQL login, when `surname` does not prove it). NotFound for an unknown reference.
    Result<QString> addressOf(const QString &reference, const QString &surname);
    // In one transaction, under the booking's row lock (SQLite: the file's write lock), so
    // terminals asking at once count each other: NotFound for an unknown reference;
    // WrongState (detail "no_address") for a booking without an address; LimitReached
    // (details "limit", then the minutes until the oldest ask leaves the window) when
    // `limit` asks for `document` of this booking are younger than `windowSeconds`; else
    // the request row and its message. Returns the address the message goes to.
    Result<QString> request(const QString &reference, const QString &surname, const QString &document,
                            const QStringList &seats, int limit, int windowSeconds, const Actor &actor);

private:
    Database &m_db;
};

} // namespace kiosk
