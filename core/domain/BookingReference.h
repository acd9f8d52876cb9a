#pragma once

#include <QString>

#include <optional>

class QRandomGenerator;

namespace kiosk {

// A 6-character booking reference (PNR locator) from an alphabet without look-alikes:
// no 0/O, 1/I/L, so it can be read aloud at a counter and typed without doubt.
class BookingReference {
public:
    static constexpr int Length = 6;
    static const QString &alphabet();

    static BookingReference generate(QRandomGenerator &random);
    static BookingReference generate(); // from the system's secure generator
    // Case-insensitive; nullopt unless 6 characters of the alphabet.
    static std::optional<BookingReference> parse(const QString &text);

    const QString &toString() const { return m_text; }
    bool operator==(const BookingReference &other) const = default;

private:
    explicit BookingReference(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace kiosk
