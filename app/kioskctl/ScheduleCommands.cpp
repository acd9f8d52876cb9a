#include "ScheduleCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "TextTable.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/FeedFetcher.h"
#include "schedule/FeedParser.h"
#include "schedule/ScheduleImporter.h"
#include "StopSignals.h"
#include "storage/FlightRepository.h"
#include "storage/ScheduleRepository.h"

#include <QFile>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <tuple>

namespace kiosk::ctl {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString summaryText(const ImportSummary &s, const QString &file)
{
    QStringList lines;
    const QString verb = s.dryRun ? QStringLiteral("dry run, nothing written:") : QStringLiteral("imported");
    lines << QStringLiteral("%1 %2 from %3: %4 legs").arg(verb, s.source, file).arg(s.legsInSchedule);
    lines << QStringLiteral("  added %1, updated %2, cancelled %3, unchanged %4")
                 .arg(s.added).arg(s.updated).arg(s.cancelled).arg(s.unchanged);
    if (!s.changed())
        lines << QStringLiteral("  nothing changed: the database already holds this schedule");
    if (s.disruptions > 0)
        lines << QStringLiteral("  %1 disruption(s) on %2 flight(s) with bookings: %3 (see 'kioskctl disruptions --open')")
                     .arg(s.disruptions).arg(s.flightsWithBookingsAffected.size())
                     .arg(s.flightsWithBookingsAffected.join(QStringLiteral(", ")));
    if (!s.generatedLayouts.isEmpty())
        lines << QStringLiteral("  generated layouts (no built-in layout matched): %1")
                     .arg(s.generatedLayouts.join(QStringLiteral(", ")));
    for (const QString &conflict : s.conflicts)
        lines << QStringLiteral("  conflict: ") + conflict;
    if (s.opened > 0)
        lines << QStringLiteral("  opened for sale: %1 flight(s) departing within %2 days (%3 seats); the others open "
                                "with 'kioskctl open-sales'")
                     .arg(s.opened).arg(SalesHorizon::StandardOpensDays).arg(s.seatsMade);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject summaryJson(const ImportSummary &s, const QString &file)
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("dry_run"), s.dryRun},
                       {QStringLiteral("legs_in_schedule"), s.legsInSchedule},
                       {QStringLiteral("added"), s.added},
                       {QStringLiteral("updated"), s.updated},
                       {QStringLiteral("cancelled"), s.cancelled},
                       {QStringLiteral("unchanged"), s.unchanged},
                       {QStringLiteral("changed"), s.changed()},
                       {QStringLiteral("flights_with_bookings_affected"), toArray(s.flightsWithBookingsAffected)},
                       {QStringLiteral("disruptions"), s.disruptions},
                       {QStringLiteral("generated_layouts"), toArray(s.generatedLayouts)},
                       {QStringLiteral("conflicts"), toArray(s.conflicts)},
                       {QStringLiteral("opened_for_sale"), s.opened},
                       {QStringLiteral("seats_made"), s.seatsMade},
                       {QStringLiteral("errors"), QJsonArray()}};
}

QJsonObject disruptionJson(const Disruption &d)
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("booking"), d.reference},
                       {QStringLiteral("booking_state"), d.bookingState},
                       {QStringLiteral("flight"), d.flightKey},
                       {QStringLiteral("flight_id"), d.flightId},
                       {QStringLiteral("kind"), disruptionKindName(d.kind)},
                       {QStringLiteral("detail"), d.detail},
                       {QStringLiteral("passenger"), orNull(d.passengerName)},
                       {QStringLiteral("old_seat"), orNull(d.oldSeat)},
                       {QStringLiteral("new_seat"), orNull(d.newSeat)},
                       {QStringLiteral("source"), d.source},
                       {QStringLiteral("created"), JsonFormat::time(d.createdUtc)},
                       {QStringLiteral("handled"), JsonFormat::time(d.handledUtc)},
                       {QStringLiteral("handled_by"), orNull(d.handledBy)},
                       {QStringLiteral("note"), orNull(d.handledNote)}};
}

} // namespace

int ScheduleCommands::importSchedule(const CommandArguments &arguments)
{
    const QString kind = arguments.positional(0);
    const QString path = arguments.positional(1);
    const bool feed = kind == QLatin1String("feed");
    if (kind != QLatin1String("ssim") && !feed)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("import: unknown kind '%1'; use ssim or feed").arg(kind)));
    if (path.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("import %1: missing FILE").arg(kind)));
    static const QRegularExpression sourceName(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    const QString source = arguments.value(QStringLiteral("source"));
    if (feed && !sourceName.match(source).hasMatch())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("import feed: --source NAME is required: lower-case "
                                                                          "letters, digits and hyphens, e.g. partner-x")));
    if (!feed && !source.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("import ssim: the source is the file's airline; "
                                                                          "--source is for feeds")));
    ImportOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    if (arguments.isSet(QStringLiteral("currency"))) {
        options.currency = arguments.value(QStringLiteral("currency")).toUpper();
        const bool isoCode = options.currency.size() == 3
            && std::all_of(options.currency.cbegin(), options.currency.cend(),
                           [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
        if (!isoCode)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--currency: '%1' is not an ISO 4217 code "
                                                                              "such as EUR").arg(options.currency)));
    }
    if (arguments.isSet(QStringLiteral("retime-threshold"))) {
        auto minutes = InputParser::integer(arguments.value(QStringLiteral("retime-threshold")),
                                            QStringLiteral("--retime-threshold"), 0, 1440);
        if (!minutes)
            return m_out.error(minutes.error());
        options.retimeThresholdMinutes = *minutes;
    }
    ImportRequest request{feed, path, QStringLiteral("feed:") + source, options, 30000, 0};
    const QUrl url(path);
    const bool remote = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (remote && !feed)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("import ssim reads a file; URLs are for feeds")));
    for (const auto &[name, target, maxSeconds] : {std::tuple{QStringLiteral("timeout"), &request.timeoutMs, 3600},
                                             std::tuple{QStringLiteral("every"), &request.everyMs, 86400}}) {
        if (!arguments.isSet(name))
            continue;
        if (!remote)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--%1 is for a feed URL").arg(name)));
        auto seconds = InputParser::integer(arguments.value(name), QStringLiteral("--") + name, 1, maxSeconds);
        if (!seconds)
            return m_out.error(seconds.error());
        *target = *seconds * 1000;
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    if (request.everyMs == 0)
        return importOnce(**context, request, false);
    // Operations: poll until Ctrl-C or SIGTERM, one summary line per fetch.
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, qApp, [&] { importOnce(**context, request, true); });
    importOnce(**context, request, true);
    timer.start(request.everyMs);
    QCoreApplication::exec();
    return 0;
}

int ScheduleCommands::importOnce(CtlContext &context, const ImportRequest &request, bool streaming)
{
    const QString &path = request.path;
    const QUrl url(path);
    const bool remote = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    QByteArray data;
    QString etag;
    ScheduleRepository schedule(context.db());
    if (remote) {
        FeedFetcher::Options fetchOptions;
        fetchOptions.timeoutMs = request.timeoutMs;
        fetchOptions.maxBytes = MaxFeedBytes;
        if (!request.options.dryRun) {
            auto known = schedule.feedEtag(request.source, path);
            if (!known)
                return m_out.error(known.error());
            fetchOptions.etag = *known;
        }
        auto download = FeedFetcher::fetch(url, fetchOptions);
        if (!download)
            return m_out.error(download.error());
        if (download->notModified) {
            const QJsonObject notModified{{QStringLiteral("file"), path}, {QStringLiteral("source"), request.source},
                                          {QStringLiteral("not_modified"), true}, {QStringLiteral("changed"), false}};
            const QString text = QStringLiteral("%1: not modified since the last fetch (ETag %2); nothing changed")
                                     .arg(path, download->etag);
            if (streaming) {
                m_out.line(notModified, text);
                return 0;
            }
            return m_out.result(notModified, text);
        }
        data = download->body;
        etag = download->etag;
    } else {
        QFile file(path);
        const qint64 limit = request.feed ? MaxFeedBytes : MaxFileBytes;
        if (QFileInfo(path).size() > limit)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("%1 is larger than %2 MB; nothing was imported")
                                                                  .arg(path).arg(limit / 1024 / 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        data = file.readAll();
    }

    ScheduleImporter importer(context.db(), context.actor());
    Result<ImportSummary> summary = makeError(ErrorCode::Internal, QString());
    if (request.feed) {
        auto legs = FeedParser::parse(data);
        summary = legs ? importer.importLegs(request.source, *legs, request.options) : Result<ImportSummary>(legs.error());
    } else {
        summary = importer.importSsim(data, request.options);
    }
    if (!summary) {
        Error error = summary.error();
        if (error.code == ErrorCode::BadInput)
            error.message = QStringLiteral("%1: %2 (nothing was imported)").arg(path, error.message);
        return m_out.error(error);
    }
    // Remembered only once the import is in: a failure above fetches the whole feed again.
    if (remote && !request.options.dryRun && !etag.isEmpty()) {
        if (auto saved = schedule.saveFeedEtag(request.source, path, etag); !saved)
            return m_out.error(saved.error());
    }
    if (streaming) {
        m_out.line(summaryJson(*summary, path), summaryText(*summary, path));
        return 0;
    }
    return m_out.result(summaryJson(*summary, path), summaryText(*summary, path));
}

int ScheduleCommands::disruptions(const CommandArguments &arguments)
{
    DisruptionFilter filter;
    filter.openOnly = arguments.isSet(QStringLiteral("open"));
    std::optional<qint64> handle;
    if (arguments.isSet(QStringLiteral("handle"))) {
        auto id = InputParser::integer(arguments.value(QStringLiteral("handle")), QStringLiteral("--handle"), 1,
                                       std::numeric_limits<int>::max());
        if (!id)
            return m_out.error(id.error());
        handle = *id;
    }
    std::optional<FlightRef> flightRef;
    if (arguments.isSet(QStringLiteral("flight"))) {
        auto ref = InputParser::flight(arguments.value(QStringLiteral("flight")));
        if (!ref)
            return m_out.error(ref.error());
        flightRef = *ref;
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    DisruptionDesk desk((*context)->db(), (*context)->actor());
    if (handle) {
        auto handled = desk.markHandled(*handle, arguments.value(QStringLiteral("note")));
        if (!handled)
            return m_out.error(handled.error());
        return m_out.result(QJsonObject{{QStringLiteral("disruption"), disruptionJson(*handled)}},
                            QStringLiteral("disruption %1 of booking %2 marked handled by %3")
                                .arg(handled->id).arg(handled->reference, handled->handledBy));
    }
    if (flightRef) {
        auto flight = FlightRepository((*context)->db()).find(*flightRef);
        if (!flight)
            return m_out.error(flight.error());
        filter.flightId = flight->id;
    }
    auto list = desk.list(filter);
    if (!list)
        return m_out.error(list.error());
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("BOOKING"), QStringLiteral("FLIGHT"), QStringLiteral("KIND"),
                     QStringLiteral("SEAT"), QStringLiteral("DETAIL"), QStringLiteral("HANDLED")});
    for (const Disruption &d : std::as_const(*list)) {
        json.append(disruptionJson(d));
        const QString seat = d.oldSeat.isEmpty() ? QString()
            : d.newSeat.isEmpty()                ? d.oldSeat + QStringLiteral(" -> ?")
                                                 : d.oldSeat + QStringLiteral(" -> ") + d.newSeat;
        table.addRow({QString::number(d.id), d.reference, d.flightKey, disruptionKindName(d.kind), seat, d.detail,
                      d.isOpen() ? QStringLiteral("open") : d.handledBy});
    }
    const QString text = list->isEmpty() ? QStringLiteral("no disruptions") : table.toString().trimmed();
    return m_out.result(QJsonObject{{QStringLiteral("disruptions"), json}}, text);
}

} // namespace kiosk::ctl
