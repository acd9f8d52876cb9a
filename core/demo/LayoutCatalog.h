#pragma once

#include "AircraftLayout.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kiosk {

// The aircraft layouts the program knows, by type code ("A320"). The built-in set is
// compiled in from resources/layouts (Qt resource prefix :/layouts/).
class LayoutCatalog {
    Q_DECLARE_TR_FUNCTIONS(LayoutCatalog)
public:
    // Reads every *.json file of a directory (a resource path or a real one). Files that
    // fail to parse are left out and listed in errors().
    explicit LayoutCatalog(const QString &directory);
    // The given layouts, in that order (LayoutLibrary's stored ones).
    explicit LayoutCatalog(QList<AircraftLayout> layouts) : m_layouts(std::move(layouts)) {}

    static const LayoutCatalog &builtIn();

    // Case-insensitive; NotFound for a type the catalog does not hold.
    Result<AircraftLayout> layout(const QString &type) const;
    bool contains(const QString &type) const;
    // Type codes, sorted.
    QStringList types() const;
    const QList<AircraftLayout> &layouts() const { return m_layouts; }
    // Problems met while loading (bad files, duplicate types); empty for a sound catalog.
    const QList<Error> &errors() const { return m_errors; }

private:
    const AircraftLayout *find(const QString &type) const;

    QList<AircraftLayout> m_layouts;
    QList<Error> m_errors;
};

} // namespace kiosk
