#include "TerminalFactory.h"

#include "HttpPaymentTerminal.h"
#include "MockPaymentTerminal.h"
#include "TerminalPaymentGateway.h"

#include <QUrlQuery>

namespace kiosk {

namespace {
Error unknownTerminal(const QString &spec)
{
    return makeError(ErrorCode::BadInput, TerminalFactory::tr("unknown card terminal '%1': use mock, "
                                                              "mock?card=NAME or http(s)://HOST[:PORT]")
                                              .arg(spec));
}

// The card a mock terminal meets when none was presented; an error names the choices.
Result<MockPaymentTerminal::Card> mockCard(const QString &spec)
{
    const qsizetype question = spec.indexOf(QLatin1Char('?'));
    if (question < 0)
        return MockPaymentTerminal::Card::Approve;
    const QUrlQuery query(spec.mid(question + 1));
    for (const auto &item : query.queryItems()) {
        if (item.first != QLatin1String("card"))
            return makeError(ErrorCode::BadInput,
                             TerminalFactory::tr("mock card terminal: unknown setting '%1' (card)").arg(item.first));
    }
    const auto card = MockPaymentTerminal::cardNamed(query.queryItemValue(QStringLiteral("card")));
    if (!card || *card == MockPaymentTerminal::Card::AnswerLost)
        return makeError(ErrorCode::BadInput, TerminalFactory::tr("mock card terminal: card must be approve, decline, "
                                                                  "insufficient_funds, removed or timeout"));
    return *card;
}
} // namespace

Status TerminalFactory::checkChoice(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return Done{};
    if (trimmed == QLatin1String("mock") || trimmed.startsWith(QLatin1String("mock?"))) {
        auto card = mockCard(trimmed);
        return card ? Status(Done{}) : Status(card.error());
    }
    if (trimmed.startsWith(QLatin1String("http://")) || trimmed.startsWith(QLatin1String("https://"))) {
        auto options = HttpGatewayOptions::fromUrl(trimmed);
        return options ? Status(Done{}) : Status(options.error());
    }
    return unknownTerminal(trimmed);
}

Result<std::unique_ptr<PaymentGateway>> TerminalFactory::wrap(const QString &spec,
                                                              std::unique_ptr<PaymentGateway> acquirer)
{
    if (auto checked = checkChoice(spec); !checked)
        return checked.error();
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return acquirer;
    std::unique_ptr<PaymentTerminal> terminal;
    if (trimmed.startsWith(QLatin1String("mock"))) {
        auto *mock = dynamic_cast<MockPaymentGateway *>(acquirer.get());
        if (!mock)
            return makeError(ErrorCode::BadInput, tr("the mock card terminal authorizes at the mock gateway only: "
                                                     "use --gateway mock, or a terminal URL"));
        terminal = std::make_unique<MockPaymentTerminal>(*mock, *mockCard(trimmed));
    } else {
        terminal = std::make_unique<HttpPaymentTerminal>(*HttpGatewayOptions::fromUrl(trimmed));
    }
    return std::unique_ptr<PaymentGateway>(
        std::make_unique<TerminalPaymentGateway>(std::move(terminal), std::move(acquirer)));
}

} // namespace kiosk
