#include "HttpPaymentTerminal.h"

#include "HttpCall.h"
#include "TerminalReplyParser.h"

namespace kiosk {

HttpPaymentTerminal::HttpPaymentTerminal(HttpGatewayOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_network.setAutoDeleteReplies(false);
}

QString HttpPaymentTerminal::name() const
{
    return m_options.baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QFuture<Result<TerminalAnswer>> HttpPaymentTerminal::pay(const TerminalRequest &request)
{
    const QJsonObject body{{QStringLiteral("amount"), request.amount.minorUnits()},
                           {QStringLiteral("currency"), request.amount.currency().toLower()},
                           {QStringLiteral("description"), request.description}};
    return HttpCall::send(m_network, m_options, "POST", QStringLiteral("/v1/terminal/payments"), body,
                          request.idempotencyKey)
        .then([request](const Result<HttpAnswer> &answer) -> Result<TerminalAnswer> {
            if (!answer)
                return answer.error();
            return TerminalReplyParser::payment(answer->status, answer->body, request);
        });
}

} // namespace kiosk
