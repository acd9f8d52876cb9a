#include "LayoutCatalog.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace kiosk {

LayoutCatalog::LayoutCatalog(const QString &directory)
{
    const QDir dir(directory);
    // Sorted by name so the catalog's order never depends on the file system.
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        m_errors << makeError(ErrorCode::NotFound, LayoutCatalog::tr("no aircraft layouts in %1").arg(directory));
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors << makeError(ErrorCode::DatabaseUnavailable,
                                  LayoutCatalog::tr("%1: cannot read: %2").arg(fileName, file.errorString()));
            continue;
        }
        auto parsed = AircraftLayout::fromJson(file.readAll(), fileName);
        if (!parsed) {
            m_errors << parsed.error();
        } else if (find(parsed->type())) {
            m_errors << makeError(ErrorCode::BadInput,
                                  LayoutCatalog::tr("%1: type %2 is already defined by another file")
                                      .arg(fileName, parsed->type()));
        } else {
            m_layouts << std::move(parsed).value();
        }
    }
    for (const Error &error : std::as_const(m_errors))
        qCWarning(lcDemo).noquote() << "aircraft layout:" << error.message;
}

const LayoutCatalog &LayoutCatalog::builtIn()
{
    static const LayoutCatalog catalog(QStringLiteral(":/layouts"));
    return catalog;
}

const AircraftLayout *LayoutCatalog::find(const QString &type) const
{
    for (const AircraftLayout &layout : m_layouts) {
        if (layout.type().compare(type, Qt::CaseInsensitive) == 0)
            return &layout;
    }
    return nullptr;
}

Result<AircraftLayout> LayoutCatalog::layout(const QString &type) const
{
    if (const AircraftLayout *found = find(type))
        return *found;
    return makeError(ErrorCode::NotFound, tr("unknown aircraft type '%1' (known: %2)")
                                              .arg(type, types().join(QStringLiteral(", "))));
}

bool LayoutCatalog::contains(const QString &type) const
{
    return find(type) != nullptr;
}

QStringList LayoutCatalog::types() const
{
    QStringList result;
    for (const AircraftLayout &layout : m_layouts)
        result << layout.type();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace kiosk
