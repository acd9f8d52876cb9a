#include "LayoutLibrary.h"

#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace kiosk {

namespace {
constexpr int MaxNameLength = 64; // aircraft_layouts.name
const QString BuiltInDirectory = QStringLiteral(":/layouts");

bool sameName(const StoredLayout &a, const StoredLayout &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}
} // namespace

QString LayoutLibrary::contentHash(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QByteArray canonical = document.isNull() ? json : document.toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

const QList<StoredLayout> &LayoutLibrary::builtIns()
{
    static const QList<StoredLayout> layouts = [] {
        QList<StoredLayout> result;
        const QDir dir(BuiltInDirectory);
        for (const QString &fileName : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(fileName));
            const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            // A broken built-in file is LayoutCatalog's error to report; it is left out here too.
            if (auto plan = AircraftLayout::fromJson(content, fileName))
                result.append(StoredLayout{plan->type(), 1, plan->iataTypes(), plan->displayName(), content, contentHash(content),
                               QString::fromLatin1(BuiltInImporter), {}});
        }
        return result;
    }();
    return layouts;
}

Status LayoutLibrary::storeBuiltIns()
{
    auto stored = LayoutRepository(m_db).newest();
    if (!stored)
        return stored.error();
    for (const StoredLayout &builtIn : builtIns()) {
        if (std::any_of(stored->cbegin(), stored->cend(), [&](const StoredLayout &s) { return sameName(s, builtIn); }))
            continue;
        // Another import storing the same built-ins at the same moment is no error.
        if (auto inserted = LayoutRepository(m_db).insert(builtIn); !inserted)
            return inserted.error();
    }
    return Done{};
}

Result<VersionedLayout> LayoutLibrary::read(const StoredLayout &stored) const
{
    auto plan = AircraftLayout::fromJson(stored.content, QStringLiteral("%1 version %2").arg(stored.name).arg(stored.version));
    if (!plan)
        return makeError(ErrorCode::Internal, tr("stored aircraft layout no longer reads: %1").arg(plan.error().message));
    return VersionedLayout{stored, *plan};
}

Result<QList<StoredLayout>> LayoutLibrary::list()
{
    auto stored = LayoutRepository(m_db).newest();
    if (!stored)
        return stored.error();
    for (const StoredLayout &builtIn : builtIns()) {
        if (std::none_of(stored->cbegin(), stored->cend(), [&](const StoredLayout &s) { return sameName(s, builtIn); }))
            stored->append(builtIn);
    }
    std::sort(stored->begin(), stored->end(),
              [](const StoredLayout &a, const StoredLayout &b) { return a.name.toLower() < b.name.toLower(); });
    return stored;
}

Result<QList<StoredLayout>> LayoutLibrary::versions(const QString &name)
{
    auto all = LayoutRepository(m_db).versions(name);
    if (!all || !all->isEmpty())
        return all;
    for (const StoredLayout &builtIn : builtIns()) {
        if (builtIn.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return QList<StoredLayout>{builtIn};
    }
    return makeError(ErrorCode::NotFound, tr("there is no aircraft layout %1 (kioskctl layout list shows them)").arg(name));
}

Result<VersionedLayout> LayoutLibrary::find(const QString &name, int version)
{
    auto all = versions(name);
    if (!all)
        return all.error();
    for (qsizetype i = all->size() - 1; i >= 0; --i) {
        if (version == 0 || all->at(i).version == version)
            return read(all->at(i));
    }
    return makeError(ErrorCode::NotFound, tr("aircraft layout %1 has no version %2; its newest is %3")
                                              .arg(all->last().name)
                                              .arg(version)
                                              .arg(all->last().version));
}

Result<QList<VersionedLayout>> LayoutLibrary::newest()
{
    auto stored = list();
    if (!stored)
        return stored.error();
    QList<VersionedLayout> layouts;
    for (const StoredLayout &layout : std::as_const(*stored)) {
        auto parsed = read(layout);
        if (!parsed)
            return parsed.error();
        layouts << *parsed;
    }
    return layouts;
}

Result<ScheduleLayouts> LayoutLibrary::scheduleLayouts()
{
    auto layouts = newest();
    if (!layouts)
        return layouts.error();
    QList<AircraftLayout> plans;
    QHash<QString, int> versionOf;
    for (const VersionedLayout &layout : std::as_const(*layouts)) {
        plans << layout.plan;
        versionOf.insert(layout.plan.type().toLower(), layout.stored.version);
    }
    return ScheduleLayouts(LayoutCatalog(plans), versionOf);
}

Result<LayoutImportOutcome> LayoutLibrary::importLayout(const QByteArray &json, const QString &sourceName)
{
    auto plan = AircraftLayout::fromJson(json, sourceName);
    const QString target = plan ? QStringLiteral("layout %1").arg(plan->type()) : QStringLiteral("layout file %1").arg(sourceName);
    if (auto allowed = m_access.require(m_actor, Permission::ManageLayouts, target); !allowed)
        return allowed.error();
    if (!plan)
        return plan.error();
    if (plan->type().size() > MaxNameLength)
        return makeError(ErrorCode::BadInput, tr("%1: the layout's \"type\" is longer than %2 characters")
                                                  .arg(sourceName)
                                                  .arg(MaxNameLength));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // The first import stores the built-in layouts as they are now: version 1 stays what it was
    // even if a later program changes a built-in file.
    if (auto seeded = storeBuiltIns(); !seeded)
        return seeded.error();
    auto stored = LayoutRepository(m_db).versions(plan->type());
    if (!stored)
        return stored.error();
    LayoutImportOutcome outcome;
    outcome.layout = StoredLayout{plan->type(), 1, plan->iataTypes(), plan->displayName(), json, contentHash(json),
                                  m_actor.name, {}};
    if (!stored->isEmpty()) {
        if (stored->last().contentHash == outcome.layout.contentHash) {
            outcome.layout = stored->last();
            return outcome; // identical to the newest version: nothing to store
        }
        outcome.layout.version = stored->last().version + 1;
        outcome.layout.name = stored->last().name; // the name keeps its first spelling
    }
    auto inserted = LayoutRepository(m_db).insert(outcome.layout);
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return makeError(ErrorCode::Busy, tr("another import stored version %1 of layout %2 at the same moment; "
                                                 "import again to make yours the next version")
                                                  .arg(outcome.layout.version)
                                                  .arg(outcome.layout.name));
    const QString detail = QStringLiteral("version %1, %2 seats").arg(outcome.layout.version).arg(plan->seatCount());
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("import layout"), target,
                                                       QStringLiteral("allowed"), detail);
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    outcome.created = true;
    qCInfo(lcStorage).noquote() << "aircraft layout" << outcome.layout.name << detail << "imported by" << m_actor.name;
    return outcome;
}

} // namespace kiosk
