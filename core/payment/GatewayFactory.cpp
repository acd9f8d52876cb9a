#include "GatewayFactory.h"

#include "HttpPaymentGateway.h"
#include "MockPaymentGateway.h"

#include <QUrl>
#include <QUrlQuery>

namespace kiosk {

namespace {
Error unknownGateway(const QString &spec)
{
    return makeError(ErrorCode::BadInput,
                     GatewayFactory::tr("unknown payment gateway '%1': use mock, mock?approve=FRACTION&seed=N or "
                                        "http(s)://HOST[:PORT]")
                         .arg(spec));
}

Result<std::unique_ptr<PaymentGateway>> mockFrom(const QString &spec)
{
    const qsizetype question = spec.indexOf(QLatin1Char('?'));
    if (question < 0)
        return std::unique_ptr<PaymentGateway>(std::make_unique<MockPaymentGateway>());
    const QUrlQuery query(spec.mid(question + 1));
    bool fractionOk = true;
    bool seedOk = true;
    const double fraction = query.hasQueryItem(QStringLiteral("approve"))
        ? query.queryItemValue(QStringLiteral("approve")).toDouble(&fractionOk)
        : 1.0;
    const quint32 seed = query.hasQueryItem(QStringLiteral("seed"))
        ? query.queryItemValue(QStringLiteral("seed")).toUInt(&seedOk)
        : 1;
    if (!fractionOk || fraction < 0.0 || fraction > 1.0)
        return makeError(ErrorCode::BadInput,
                         GatewayFactory::tr("mock gateway: approve must be a fraction from 0 to 1, e.g. approve=0.8"));
    if (!seedOk)
        return makeError(ErrorCode::BadInput, GatewayFactory::tr("mock gateway: seed must be a whole number"));
    for (const auto &item : query.queryItems()) {
        if (item.first != QLatin1String("approve") && item.first != QLatin1String("seed"))
            return makeError(ErrorCode::BadInput,
                             GatewayFactory::tr("mock gateway: unknown setting '%1' (approve, seed)").arg(item.first));
    }
    return std::unique_ptr<PaymentGateway>(std::make_unique<MockPaymentGateway>(fraction, seed));
}
} // namespace

Status GatewayFactory::checkChoice(const QString &spec, Database database)
{
    if (spec.trimmed().isEmpty() && database == Database::Shared)
        return makeError(ErrorCode::BadInput,
                         tr("no payment gateway is set: on a shared (PostgreSQL) database name it with "
                            "--gateway URL, $KIOSK_GATEWAY or the setting payment/gateway (the mock "
                            "gateway is only the demo's default)"));
    return Done{};
}

bool GatewayFactory::isMock(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    return trimmed.isEmpty() || trimmed == QLatin1String("mock") || trimmed.startsWith(QLatin1String("mock?"));
}

Result<std::unique_ptr<PaymentGateway>> GatewayFactory::create(const QString &spec, Database database)
{
    if (auto chosen = checkChoice(spec, database); !chosen)
        return chosen.error();
    const QString trimmed = spec.trimmed();
    if (isMock(trimmed))
        return mockFrom(trimmed);
    if (trimmed.startsWith(QLatin1String("http://")) || trimmed.startsWith(QLatin1String("https://"))) {
        auto options = HttpGatewayOptions::fromUrl(trimmed);
        if (!options)
            return options.error();
        return std::unique_ptr<PaymentGateway>(std::make_unique<HttpPaymentGateway>(*options));
    }
    return unknownGateway(trimmed);
}

} // namespace kiosk
