#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace kiosk {

// A seat designator such as "12A": a row number (1-99) and a seat letter.
class SeatCode {
public:
    SeatCode() = default;
    SeatCode(int row, QChar letter) : m_row(row), m_letter(letter.toUpper()) {}

    // Accepts "12A", " 12a "; rejects "A12", "0A", "123A", "12", "12AB".
    static std::optional<SeatCode> parse(const QString &text);

    int row() const { return m_row; }
    QChar letter() const { return m_letter; }
    bool isValid() const { return m_row > 0; }
    QString toString() const { return QString::number(m_row) + m_letter; }

    bool operator==(const SeatCode &other) const = default;
    // Row first, then letter: the fixed order in which seat rows are locked.
    bool operator<(const SeatCode &other) const
    {
        return m_row != other.m_row ? m_row < other.m_row : m_letter < other.m_letter;
    }

private:
    int m_row = 0;
    QChar m_letter;
};

} // namespace kiosk
