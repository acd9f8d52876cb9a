#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kiosk {

class Database;

// One version of an aircraft layout as stored (migration 0035).
struct StoredLayout {
    QString name;          // "A320", as written in the file's "type"
    int version = 0;
    QStringList iataTypes; // "320"
    QString displayName;   // "Airbus A320-200"
    QByteArray content;    // the JSON as imported
    QString contentHash;   // SHA-256 of its canonical form (LayoutLibrary)
    QString importedBy;
    QDateTime importedAtUtc;
};

// The `aircraft_layouts` table. Names are looked up case-insensitively; versions are never
// changed or removed, so a flight's layout version always exists.
class LayoutRepository {
public:
    explicit LayoutRepository(Database &db) : m_db(db) {}

    // The newest version of every name, by name.
    Result<QList<StoredLayout>> newest();
    // Every version of one name, oldest first; empty for an unknown name.
    Result<QList<StoredLayout>> versions(const QString &name);
    // Adds a version; false (and nothing written) when that name and version exist already.
    Result<bool> insert(const StoredLayout &layout);

private:
    Result<QList<StoredLayout>> select(const QString &where, const QString &name, const QString &what);

    Database &m_db;
};

} // namespace kiosk
