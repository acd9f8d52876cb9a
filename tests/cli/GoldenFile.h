#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <gtest/gtest.h>

namespace kiosk::test {

// kioskctl's output compared with a committed file under tests/cli/golden/ (docs/cli.md,
// "Golden files"). On a mismatch the failure shows a line diff and how to regenerate:
// KIOSKCTL_UPDATE_GOLDEN=1 rewrites the files instead of comparing (then review the diff).
::testing::AssertionResult matchesGolden(const QString &relativePath, const QByteArray &actual);

// What changes from run to run, replaced by placeholders before the comparison and
// nothing else: ISO 8601 times ("<time>"), the numbers of "seconds_left" and
// "hours_before_departure" ("<seconds>", "<hours>"), and the exact values a test names
// (its database URL, temporary directory, booking references, dates relative to today,
// the schema version).
class GoldenNormaliser {
public:
    // Every occurrence of `value` becomes `placeholder` (longer values are replaced first).
    void replace(const QString &value, const QString &placeholder);
    QByteArray operator()(const QByteArray &output) const;

private:
    QList<QPair<QString, QString>> m_values;
};

} // namespace kiosk::test
