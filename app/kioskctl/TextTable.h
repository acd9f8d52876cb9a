#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::ctl {

// A plain-text table for people: a header row, aligned columns, two spaces between them.
class TextTable {
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList headers, QList<Align> aligns = {});

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
};

} // namespace kiosk::ctl
