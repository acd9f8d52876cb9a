#include "ScheduleImporter.h"

#include "ScheduleExpander.h"
#include "LayoutLibrary.h"
#include "ScheduleLayouts.h"
#include "ScheduleReconciler.h"
#include "SsimParser.h"
#include "common/Logging.h"
#include "storage/SaleOpening.h"
#include "storage/Transaction.h"

#include <QMap>

namespace kiosk {

Result<ImportSummary> ScheduleImporter::importSsim(const QByteArray &data, const ImportOptions &options)
{
    if (auto allowed = m_access.require(m_actor, Permission::ImportSchedules, QStringLiteral("ssim")); !allowed)
        return allowed.error();
    std::function<bool(int, int)> reading;
    if (options.progress)
        reading = [&options](int line, int lines) { return options.progress(ImportStage::Reading, line, lines); };
    auto parsed = SsimParser::parse(data, reading);
    if (!parsed)
        return parsed.error();
    auto legs = ScheduleExpander::expand(*parsed);
    if (!legs)
        return legs.error();
    QMap<QString, QList<ScheduledLeg>> byCarrier;
    for (const ScheduledLeg &leg : std::as_const(*legs))
        byCarrier[leg.flight.carrier] << leg;
    // A carrier's schedule covers the periods of operation of its records: a stored leg in
    // them that no record operates any more is gone (a day of operation dropped, say).
    QMap<QString, std::pair<QDate, QDate>> periods;
    for (const SsimLeg &record : std::as_const(parsed->legs)) {
        auto &[from, to] = periods[record.airline];
        from = from.isValid() ? qMin(from, record.periodFrom) : record.periodFrom;
        if (record.periodTo.isValid())
            to = to.isValid() ? qMax(to, record.periodTo) : record.periodTo;
    }
    QList<SourceLegs> bySource;
    for (auto carrier = byCarrier.cbegin(); carrier != byCarrier.cend(); ++carrier)
        bySource.append({QStringLiteral("ssim:") + carrier.key(), carrier.value(), periods.value(carrier.key())});
    return reconcile(bySource, options);
}

Result<ImportSummary> ScheduleImporter::importLegs(const QString &source, const QList<ScheduledLeg> &legs,
                                                   const ImportOptions &options)
{
    if (auto allowed = m_access.require(m_actor, Permission::ImportSchedules, source); !allowed)
        return allowed.error();
    QMap<QString, QList<ScheduledLeg>> byCarrier;
    for (const ScheduledLeg &leg : legs)
        byCarrier[leg.flight.carrier] << leg;
    QList<SourceLegs> bySource;
    for (auto carrier = byCarrier.cbegin(); carrier != byCarrier.cend(); ++carrier)
        bySource.append({source, carrier.value(), {}}); // a feed covers the dates of its flights
    return reconcile(bySource, options);
}

Result<ImportSummary> ScheduleImporter::reconcile(const QList<SourceLegs> &bySource, const ImportOptions &options)
{
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    QStringList sources;
    // Every aircraft is chosen before anything is written, so a leg that cannot be seated
    // is refused with its line while the database is untouched.
    auto library = LayoutLibrary(m_db, m_actor).scheduleLayouts();
    if (!library)
        return library.error();
    ScheduleLayouts &layouts = *library;
    for (const auto &[source, legs, covered] : bySource) {
        sources << source;
        summary.legsInSchedule += int(legs.size());
        for (const ScheduledLeg &leg : legs) {
            if (auto chosen = layouts.choose(leg.aircraftType, leg.configuration); !chosen) {
                const QString where = leg.sourceLine > 0 ? QStringLiteral("line %1: ").arg(leg.sourceLine)
                                                         : QStringLiteral("flight %1: ").arg(leg.legKey());
                return makeError(ErrorCode::BadInput, where + chosen.error().message);
            }
        }
    }
    summary.source = sources.join(QStringLiteral(", "));
    summary.generatedLayouts = layouts.generatedTypes();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ScheduleReconciler reconciler(m_db, m_actor, options, layouts, summary);
    int compared = 0;
    if (options.progress) {
        reconciler.onEachLeg([&] { return options.progress(ImportStage::Comparing, ++compared, summary.legsInSchedule); });
        if (!options.progress(ImportStage::Comparing, 0, summary.legsInSchedule))
            return importStopped();
    }
    for (const auto &[source, legs, covered] : bySource) {
        if (auto applied = reconciler.apply(source, legs, covered); !applied)
            return applied.error();
    }
    if (options.progress && !options.progress(ImportStage::OpeningSales, 0, 1))
        return importStopped();
    // Legs departing within the sales horizon (new, or retimed into it) go on sale now; the
    // rest when `kioskctl open-sales` finds them inside it.
    auto opened = SaleOpening(m_db).openDeparting(options.opensDays);
    if (!opened)
        return opened.error();
    summary.opened = opened->flights;
    summary.seatsMade = opened->seats;
    if (options.dryRun) {
        transaction->rollback();
    } else if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    if (options.progress)
        (void)options.progress(ImportStage::OpeningSales, 1, 1); // done: too late to stop
    qCInfo(lcStorage).noquote() << (options.dryRun ? "dry run of" : "imported") << summary.source << ":"
                                << summary.added << "added," << summary.updated << "updated," << summary.cancelled
                                << "cancelled," << summary.unchanged << "unchanged," << summary.disruptions
                                << "disruption(s);" << summary.opened << "flight(s) opened for sale";
    return summary;
}

} // namespace kiosk
