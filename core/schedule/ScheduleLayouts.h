#pragma once

#include "demo/LayoutCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace kiosk {

// The aircraft an imported leg flies: chosen once per (IATA type, configuration).
struct ChosenLayout {
    AircraftLayout layout;
    bool generated = false;
    QList<SeatTemplate> seats; // layout.seats(), computed once
    // Names the seats' content ("A320@" and a hash), the key of their rows in layout_seats:
    // a layout that changes gets a new key, so stored rows never go stale.
    QString key;
    // The stored version of the layout (LayoutLibrary); 0 for a generated layout.
    int version = 0;
};

// Picks the seat plan for an IATA aircraft type and configuration: the catalog layout
// listing that type whose seat count per cabin is exactly the configuration's (with no
// configuration, the first layout of that type), else a GeneratedLayout. Remembers what
// it chose, so a season of 50,000 legs builds each plan once.
class ScheduleLayouts {
    Q_DECLARE_TR_FUNCTIONS(ScheduleLayouts)
public:
    // `versions`: each layout's stored version by lower-case type; a layout not in it is the
    // built-in version 1.
    explicit ScheduleLayouts(LayoutCatalog catalog = LayoutCatalog::builtIn(), QHash<QString, int> versions = {})
        : m_catalog(std::move(catalog)), m_versions(std::move(versions))
    {
    }

    // BadInput for a configuration that does not parse, or none with a type the catalog lacks.
    Result<ChosenLayout> choose(const QString &iataType, const QString &configuration);
    // A layout by its type ("A321neo", any case) or, failing that, the first listing the
    // IATA type code ("32Q"): what an admin names to change one flight's aircraft.
    // BadInput listing the known types for anything else.
    Result<ChosenLayout> named(const QString &typeOrIataCode);
    // Types of the generated layouts chosen so far, sorted ("733-W18Y112").
    QStringList generatedTypes() const;

private:
    ChosenLayout pick(const AircraftLayout &layout, bool generated) const;

    LayoutCatalog m_catalog;
    QHash<QString, int> m_versions;
    QHash<QString, ChosenLayout> m_chosen; // "<type>|<configuration>"
};

} // namespace kiosk
