#pragma once

#include "ScheduleLayouts.h"
#include "auth/AccessControl.h"
#include "demo/AircraftLayout.h"
#include "domain/Actor.h"
#include "storage/LayoutRepository.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// A stored layout version with its seat plan read.
struct VersionedLayout {
    StoredLayout stored;
    AircraftLayout plan;
};

// What an import did.
struct LayoutImportOutcome {
    StoredLayout layout; // the version that now holds the content
    bool created = false; // false: the content is the newest version's already; nothing stored
};

// The aircraft layouts as managed data (docs/layouts.md, kioskctl layout): every import a
// new version of its name, none ever changed, so a flight's seats always trace back to the
// version they were made from. The built-in layouts (resources/layouts) are version 1 of
// their names: read from the program until the first import stores them (in its
// transaction), so reading the library, a dry run included, never writes (migration 0035
// says why they are not seeded there). Reading is open to every user; importing needs
// ManageLayouts (a refusal is audited).
class LayoutLibrary {
    Q_DECLARE_TR_FUNCTIONS(LayoutLibrary)
public:
    static constexpr const char *BuiltInImporter = "built-in";

    LayoutLibrary(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // The newest version of every layout, by name.
    Result<QList<StoredLayout>> list();
    // Every version of one layout, oldest first; NotFound for an unknown name.
    Result<QList<StoredLayout>> versions(const QString &name);
    // One version (0: the newest) with its seat plan; NotFound for an unknown name or version.
    Result<VersionedLayout> find(const QString &name, int version = 0);
    // The newest version of every layout, read.
    Result<QList<VersionedLayout>> newest();
    // What schedule imports and changes of aircraft choose from: the newest versions.
    Result<ScheduleLayouts> scheduleLayouts();
    // Validates `json` (BadInput naming `sourceName` and the problem; nothing stored), then
    // stores it as the next version of its "type", unless the newest version has the same
    // content (whitespace and key order aside).
    Result<LayoutImportOutcome> importLayout(const QByteArray &json, const QString &sourceName);

    // SHA-256 of the JSON's canonical form (compact, keys sorted), hex.
    static QString contentHash(const QByteArray &json);

private:
    // The compiled-in layouts as version 1, read once.
    static const QList<StoredLayout> &builtIns();
    Status storeBuiltIns();
    Result<VersionedLayout> read(const StoredLayout &stored) const;

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
