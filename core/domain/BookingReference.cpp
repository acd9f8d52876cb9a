#include "BookingReference.h"

#include <QRandomGenerator>

namespace kiosk {

const QString &BookingReference::alphabet()
{
    static const QString letters = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    return letters;
}

BookingReference BookingReference::generate(QRandomGenerator &random)
{
    const QString &letters = alphabet();
    QString text;
    text.reserve(Length);
    for (int i = 0; i < Length; ++i)
        text += letters.at(int(random.bounded(quint32(letters.size()))));
    return BookingReference(text);
}

BookingReference BookingReference::generate()
{
    return generate(*QRandomGenerator::system());
}

std::optional<BookingReference> BookingReference::parse(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper.size() != Length)
        return std::nullopt;
    for (QChar c : upper) {
        if (!alphabet().contains(c))
            return std::nullopt;
    }
    return BookingReference(upper);
}

} // namespace kiosk
