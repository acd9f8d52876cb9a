#include "LayoutRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<QList<StoredLayout>> LayoutRepository::select(const QString &where, const QString &name, const QString &what)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT name, version, iata_types, display_name, content, content_hash, imported_by, %1 "
                             "FROM aircraft_layouts a WHERE %2 ORDER BY name_key, version")
                  .arg(m_db.dialect().epochMs(QStringLiteral("imported_at")), where));
    if (!query)
        return query.error();
    if (!name.isNull())
        query->bind(QStringLiteral(":key"), name.trimmed().toLower());
    if (auto done = query->exec(what); !done)
        return done.error();
    QList<StoredLayout> layouts;
    while (query->next()) {
        StoredLayout layout;
        layout.name = query->value(0).toString();
        layout.version = query->value(1).toInt();
        layout.iataTypes = query->value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        layout.displayName = query->value(3).toString();
        layout.content = query->value(4).toString().toUtf8();
        layout.contentHash = query->value(5).toString();
        layout.importedBy = query->value(6).toString();
        layout.importedAtUtc = utcFromEpochMs(query->value(7));
        layouts << layout;
    }
    return layouts;
}

Result<QList<StoredLayout>> LayoutRepository::newest()
{
    return select(QStringLiteral("version = (SELECT max(version) FROM aircraft_layouts b WHERE b.name_key = a.name_key)"),
                  QString(), QStringLiteral("reading the aircraft layouts"));
}

Result<QList<StoredLayout>> LayoutRepository::versions(const QString &name)
{
    return select(QStringLiteral("name_key = :key"), name, QStringLiteral("reading the versions of layout %1").arg(name));
}

Result<bool> LayoutRepository::insert(const StoredLayout &layout)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO aircraft_layouts (name, name_key, version, iata_types, display_name, content, "
                             "content_hash, imported_by, imported_at) VALUES (:name, :key, :version, :iata, :display, "
                             ":content, :hash, :by, %1) ON CONFLICT DO NOTHING")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":name"), layout.name)
        .bind(QStringLiteral(":key"), layout.name.toLower())
        .bind(QStringLiteral(":version"), layout.version)
        .bind(QStringLiteral(":iata"), layout.iataTypes.join(QLatin1Char(' ')))
        .bind(QStringLiteral(":display"), layout.displayName)
        .bind(QStringLiteral(":content"), QString::fromUtf8(layout.content))
        .bind(QStringLiteral(":hash"), layout.contentHash)
        .bind(QStringLiteral(":by"), layout.importedBy);
    if (auto done = insert->exec(QStringLiteral("storing version %1 of layout %2").arg(layout.version).arg(layout.name)); !done)
        return done.error();
    return insert->numRowsAffected() == 1;
}

} // namespace kiosk
