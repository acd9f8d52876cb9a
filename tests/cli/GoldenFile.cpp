#include "GoldenFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace kiosk::test {

namespace {

constexpr int ContextLines = 2;
constexpr int MaxDiffLines = 80;

bool updating()
{
    return qEnvironmentVariable("KIOSKCTL_UPDATE_GOLDEN") == QLatin1String("1");
}

// A unified-diff-like listing ("-" golden, "+" actual, two lines of context), from the
// longest common subsequence of lines; golden files are small enough for the O(n*m) table.
QString lineDiff(const QStringList &expected, const QStringList &actual)
{
    const qsizetype n = expected.size(), m = actual.size();
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[size_t(i)][size_t(j)] = expected[i] == actual[j]
                ? common[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(common[size_t(i + 1)][size_t(j)], common[size_t(i)][size_t(j + 1)]);
    }
    struct Line {
        QChar mark;
        QString text;
        qsizetype number; // in the golden file, 1-based
    };
    QList<Line> lines;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected[i] == actual[j]) {
            lines.append({QLatin1Char(' '), expected[i], i + 1});
            ++i, ++j;
        } else if (i < n && (j == m || common[size_t(i + 1)][size_t(j)] >= common[size_t(i)][size_t(j + 1)])) {
            lines.append({QLatin1Char('-'), expected[i], i + 1});
            ++i;
        } else {
            lines.append({QLatin1Char('+'), actual[j], i + 1});
            ++j;
        }
    }
    QString text;
    int shown = 0;
    qsizetype lastShown = -1;
    for (qsizetype k = 0; k < lines.size() && shown < MaxDiffLines; ++k) {
        const auto near = [&](qsizetype at) { return at >= 0 && at < lines.size() && lines[at].mark != QLatin1Char(' '); };
        bool inContext = false;
        for (qsizetype d = -ContextLines; d <= ContextLines; ++d)
            inContext = inContext || near(k + d);
        if (!inContext)
            continue;
        if (lastShown != k - 1)
            text += QStringLiteral("@@ golden line %1 @@\n").arg(lines[k].number);
        text += lines[k].mark + lines[k].text + QLatin1Char('\n');
        lastShown = k;
        ++shown;
    }
    if (shown == MaxDiffLines)
        text += QStringLiteral("... (diff cut at %1 lines)\n").arg(MaxDiffLines);
    return text;
}

} // namespace

::testing::AssertionResult matchesGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = QStringLiteral(KIOSKCTL_GOLDEN_DIR "/") + relativePath;
    if (updating()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size())
            return ::testing::AssertionFailure() << "cannot write " << path.toStdString();
        return ::testing::AssertionSuccess();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure()
            << "no golden file " << path.toStdString()
            << "\n(create it: KIOSKCTL_UPDATE_GOLDEN=1 ctest --test-dir build/dev -R CliGolden, then review git diff)";
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return ::testing::AssertionSuccess();
    const QStringList expectedLines = QString::fromUtf8(expected).split(QLatin1Char('\n'));
    const QStringList actualLines = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    return ::testing::AssertionFailure()
        << "kioskctl's output differs from the golden file " << path.toStdString() << " (the CLI contract):\n"
        << "--- golden\n+++ actual\n"
        << lineDiff(expectedLines, actualLines).toStdString()
        << "If the change is intended, regenerate with KIOSKCTL_UPDATE_GOLDEN=1 ctest --test-dir build/dev "
           "-R CliGolden and review the diff (docs/cli.md, \"Golden files\").";
}

void GoldenNormaliser::replace(const QString &value, const QString &placeholder)
{
    if (value.isEmpty())
        return;
    m_values.append({value, placeholder});
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QByteArray GoldenNormaliser::operator()(const QByteArray &output) const
{
    QString text = QString::fromUtf8(output);
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)"));
    static const QRegularExpression seconds(QStringLiteral("(\"seconds_left\": )\\d+"));
    static const QRegularExpression hours(QStringLiteral("(\"hours_before_departure\": )[\\d.]+"));
    text.replace(time, QStringLiteral("<time>"));
    text.replace(seconds, QStringLiteral("\\1<seconds>"));
    text.replace(hours, QStringLiteral("\\1<hours>"));
    // After the times, so that a date inside a time is not taken for a named one.
    for (const auto &[value, placeholder] : m_values)
        text.replace(value, placeholder);
    return text.toUtf8();
}

} // namespace kiosk::test
