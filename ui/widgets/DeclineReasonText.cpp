#include "DeclineReasonText.h"

#include <QCoreApplication>
#include <QHash>

namespace kiosk::ui {

namespace {

const char *const Context = "DeclineReasonText";

const QHash<QString, const char *> &texts()
{
    static const char *const declined = QT_TRANSLATE_NOOP("DeclineReasonText", "The card was declined by the bank.");
    static const QHash<QString, const char *> byCode{
        {QStringLiteral("card_declined"), declined},
        {QStringLiteral("generic_decline"), declined},
        {QStringLiteral("do_not_honor"), declined},
        {QStringLiteral("lost_card"), declined},
        {QStringLiteral("stolen_card"), declined},
        {QStringLiteral("pickup_card"), declined},
        {QStringLiteral("fraudulent"), declined},
        {QStringLiteral("insufficient_funds"), QT_TRANSLATE_NOOP("DeclineReasonText", "The card has insufficient funds.")},
        {QStringLiteral("expired_card"), QT_TRANSLATE_NOOP("DeclineReasonText", "The bank reports that the card has expired.")},
        {QStringLiteral("incorrect_cvc"), QT_TRANSLATE_NOOP("DeclineReasonText", "The security code is not correct.")},
        {QStringLiteral("invalid_cvc"), QT_TRANSLATE_NOOP("DeclineReasonText", "The security code is not correct.")},
        {QStringLiteral("incorrect_number"), QT_TRANSLATE_NOOP("DeclineReasonText", "The card number is not correct.")},
        {QStringLiteral("invalid_number"), QT_TRANSLATE_NOOP("DeclineReasonText", "The card number is not correct.")},
        {QStringLiteral("card_velocity_exceeded"),
         QT_TRANSLATE_NOOP("DeclineReasonText", "The card has reached its spending limit.")},
        {QStringLiteral("processing_error"), QT_TRANSLATE_NOOP("DeclineReasonText", "The bank could not process the card.")},
    };
    return byCode;
}

} // namespace

QString declineReasonText(const QString &declineCode, const QString &gatewayText)
{
    const char *text = texts().value(declineCode.toLower(), nullptr);
    return text ? QCoreApplication::translate(Context, text) : gatewayText;
}

} // namespace kiosk::ui
