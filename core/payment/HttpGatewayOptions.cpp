#include "HttpGatewayOptions.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QUrlQuery>

namespace kiosk {

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<int> boundedSetting(const QUrlQuery &query, const QString &name, int fallback, int low, int high)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < low || value > high)
        return makeError(ErrorCode::BadInput, HttpGatewayOptions::tr("gateway URL: %1 must be a whole number from %2 to %3")
                                                  .arg(name)
                                                  .arg(low)
                                                  .arg(high));
    return value;
}
} // namespace

Result<HttpGatewayOptions> HttpGatewayOptions::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::BadInput,
                         tr("gateway URL '%1' must be http(s)://HOST[:PORT][/PATH]").arg(text));
    if (url.scheme() == QLatin1String("http") && !isLoopback(url.host()))
        return makeError(ErrorCode::BadInput,
                         tr("gateway URL '%1': plain http is only for a simulator on this machine "
                            "(127.0.0.1, ::1, localhost); use https")
                             .arg(url.toString(QUrl::RemoveQuery)));
    if (!url.userInfo().isEmpty())
        return makeError(ErrorCode::BadInput,
                         tr("gateway URL: put the API key in $KIOSK_GATEWAY_KEY, not in the URL"));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        static const QStringList known{QStringLiteral("timeout_ms"), QStringLiteral("attempts"),
                                       QStringLiteral("backoff_ms"), QStringLiteral("max_backoff_ms"),
                                       QStringLiteral("ca")};
        if (!known.contains(item.first))
            return makeError(ErrorCode::BadInput, tr("gateway URL: unknown setting '%1' (%2)")
                                                      .arg(item.first, known.join(QStringLiteral(", "))));
    }
    HttpGatewayOptions options;
    auto timeout = boundedSetting(query, QStringLiteral("timeout_ms"), options.transferTimeoutMs, 100, 120000);
    auto attempts = boundedSetting(query, QStringLiteral("attempts"), options.maxAttempts, 1, 10);
    auto backoff = boundedSetting(query, QStringLiteral("backoff_ms"), options.firstBackoffMs, 0, 60000);
    auto maxBackoff = boundedSetting(query, QStringLiteral("max_backoff_ms"), options.maxBackoffMs, 0, 60000);
    for (const Result<int> *setting : {&timeout, &attempts, &backoff, &maxBackoff}) {
        if (!*setting)
            return setting->error();
    }
    options.transferTimeoutMs = *timeout;
    options.maxAttempts = *attempts;
    options.firstBackoffMs = *backoff;
    options.maxBackoffMs = *maxBackoff;
    options.caCertificates = query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
    if (!options.caCertificates.isEmpty() && !QFileInfo(options.caCertificates).isReadable())
        return makeError(ErrorCode::BadInput,
                         tr("gateway URL: the CA file %1 cannot be read").arg(options.caCertificates));
    if (!options.caCertificates.isEmpty() && url.scheme() != QLatin1String("https"))
        return makeError(ErrorCode::BadInput, tr("gateway URL: ca= only makes sense with https"));
    QUrl base = url;
    base.setQuery(QString());
    options.baseUrl = base;
    options.apiKey = qEnvironmentVariable("KIOSK_GATEWAY_KEY");
    return options;
}

} // namespace kiosk
