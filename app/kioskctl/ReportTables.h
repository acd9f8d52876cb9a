#pragma once

#include "domain/SalesReport.h"

#include <QList>
#include <QStringList>

namespace kiosk::ctl {

// The sales report as plain tables (summary, funnel, states, flights, days), the one
// layout both the text output and the CSV output of `kioskctl report` print, so they
// cannot disagree. Cells are plain numbers: money in major units with the currency in its
// own column or header, rates in percent with one decimal.
struct ReportTable {
    QString name;              // "flights": the --section name
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> numeric;       // per column: right-aligned in text
};

class ReportTables {
public:
    static QStringList sectionNames();
    static QList<ReportTable> build(const SalesReport &report);
    // Text for people: a title line and every table (or just `section`).
    static QString text(const SalesReport &report, const QString &section = QString());
    // RFC 4180 CSV. One section: a rectangular table with a header row, for import. All:
    // every table after a row with its name, separated by blank lines, for reading.
    static QString csv(const SalesReport &report, const QString &section = QString());
    // A CSV field, quoted when it holds a comma, a quote or a line break.
    static QString csvField(const QString &value);
};

} // namespace kiosk::ctl
