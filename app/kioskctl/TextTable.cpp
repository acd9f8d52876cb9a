#include "TextTable.h"

namespace kiosk::ctl {

TextTable::TextTable(QStringList headers, QList<Align> aligns)
    : m_headers(std::move(headers)), m_aligns(std::move(aligns))
{
    while (m_aligns.size() < m_headers.size())
        m_aligns << Align::Left;
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells.mid(0, m_headers.size());
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths << header.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }

    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            const bool last = i == cells.size() - 1;
            if (m_aligns[i] == Align::Right)
                text += cells[i].rightJustified(widths[i]);
            else
                text += last ? cells[i] : cells[i].leftJustified(widths[i]);
        }
        return text + QLatin1Char('\n');
    };

    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

} // namespace kiosk::ctl
