#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace kiosk {

// Reads the fields of one 200-byte SSIM record by their 1-based column numbers, as the
// SSIM manual numbers them. Every reader returns nullopt on a bad value and keeps the
// first problem, worded "line 17, columns 29-35: days of operation "1234X67" ...", so a
// planner can go straight to the byte that is wrong.
class SsimFieldReader {
public:
    SsimFieldReader(const QByteArray &record, int line) : m_record(record), m_line(line) {}

    // Columns first..last as text, untrimmed.
    QString raw(int first, int last) const;
    bool isBlank(int first, int last) const;

    // DDMMMYY, years 00-99 are 2000-2099. With openAllowed, "00XXX00" gives an invalid date.
    std::optional<QDate> date(int first, const QString &name, bool openAllowed = false);
    // HHMM, 0000 to 2359.
    std::optional<QTime> time(int first, const QString &name);
    // +HHMM or -HHMM, at most 14 hours, minutes below 60; returns minutes east of UTC.
    std::optional<int> utcVariation(int first, const QString &name);
    // Digits, right-aligned with leading blanks or zeros allowed; blank gives `blankValue`
    // when that is set.
    std::optional<int> number(int first, int last, const QString &name, int min, int max,
                              std::optional<int> blankValue = std::nullopt);
    // Three capital letters.
    std::optional<QString> station(int first, const QString &name);
    // 0-9 days later, 'A' one day earlier, blank the same day.
    std::optional<int> dateVariation(int column, const QString &name);
    // Seven places, place n holding the digit n or a blank, at least one day.
    std::optional<QString> daysOfOperation(int first);
    // Two or three letters or digits, left-aligned.
    std::optional<QString> airline(int first, const QString &name);

    // Records a problem with columns first..last (first == last names one column).
    void fail(int first, int last, const QString &name, const QString &problem);
    // Records a problem with the whole record.
    void failRecord(const QString &problem);

    bool ok() const { return m_problem.isEmpty(); }
    Error error() const { return makeError(ErrorCode::BadInput, m_problem); }
    int line() const { return m_line; }

private:
    const QByteArray &m_record;
    int m_line;
    QString m_problem;
};

} // namespace kiosk
