// kioskctl layout (docs/cli.md): list, show, export and import of the aircraft layouts, on
// SQLite and PostgreSQL: export then import is the same layout (no new version), an edited
// file is the next version, an invalid file exits 2 and a kiosk or agent user 6 (in the
// access log), both with nothing changed.
#include "CliFixture.h"
#include "SqlProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliLayoutTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(dir.isValid());
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("alice"), Role::Agent));
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }
    QByteArray read(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString stored() const
    {
        return QString::fromUtf8(ctl({QStringLiteral("layout"), QStringLiteral("list")}).out)
            + QString::number(countRows(*db, QStringLiteral("aircraft_layouts")));
    }
    static void expectError(const CtlRun &run, int exitCode, const QString &code, const QString &words)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), code) << run.describe();
        EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(words)) << run.describe();
    }
    QTemporaryDir dir;
};

TEST_P(CliLayoutTest, ListShowsTheBuiltInLayoutsAsVersionOne)
{
    const CtlRun list = ctl({QStringLiteral("layout"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.describe();
    const QJsonArray layouts = list.json().value(QStringLiteral("layouts")).toArray();
    ASSERT_EQ(layouts.size(), 6);
    EXPECT_EQ(layouts.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("A380-800"));
    EXPECT_EQ(layouts.at(2).toObject().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(layouts.at(2).toObject().value(QStringLiteral("seats")).toInt(), 446);

    const CtlRun show = ctl({QStringLiteral("layout"), QStringLiteral("show"), QStringLiteral("a380-800")});
    ASSERT_EQ(show.exitCode, 0) << show.describe();
    EXPECT_EQ(show.json().value(QStringLiteral("decks")).toArray().size(), 2);
    EXPECT_EQ(show.json().value(QStringLiteral("versions")).toInt(), 1);
    expectError(ctl({QStringLiteral("layout"), QStringLiteral("show"), QStringLiteral("A350")}), 4,
                QStringLiteral("not_found"), QStringLiteral("A350"));
    expectError(ctl({QStringLiteral("layout"), QStringLiteral("show"), QStringLiteral("A320"), QStringLiteral("--version"),
                     QStringLiteral("2")}),
                4, QStringLiteral("not_found"), QStringLiteral("no version 2"));
    expectError(ctl({QStringLiteral("layout"), QStringLiteral("fly")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("unknown action 'fly'"));
}

TEST_P(CliLayoutTest, ExportThenImportIsTheSameLayoutAndAnEditIsTheNextVersion)
{
    const QString exported = dir.filePath(QStringLiteral("b787.json"));
    const CtlRun out = ctl({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("B787-9"), QStringLiteral("--output"),
                            exported});
    ASSERT_EQ(out.exitCode, 0) << out.describe();
    QFile builtIn(QStringLiteral(":/layouts/B787-9.json"));
    ASSERT_TRUE(builtIn.open(QIODevice::ReadOnly));
    EXPECT_EQ(read(exported), builtIn.readAll());

    const CtlRun same = ctl({QStringLiteral("layout"), QStringLiteral("import"), exported});
    ASSERT_EQ(same.exitCode, 0) << same.describe();
    EXPECT_FALSE(same.json().value(QStringLiteral("created")).toBool());
    EXPECT_EQ(same.json().value(QStringLiteral("version")).toInt(), 1);

    QByteArray edited = read(exported);
    edited.replace(R"("blockedSeats": ["44E"])", R"("blockedSeats": ["44E", "44D"])");
    const CtlRun next = ctl({QStringLiteral("layout"), QStringLiteral("import"), write(QStringLiteral("edited.json"), edited)});
    ASSERT_EQ(next.exitCode, 0) << next.describe();
    EXPECT_TRUE(next.json().value(QStringLiteral("created")).toBool());
    EXPECT_EQ(next.json().value(QStringLiteral("version")).toInt(), 2);

    // Version 2 exported to standard output and imported again: no third version.
    const CtlRun stdoutExport = ctl({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("b787-9")});
    ASSERT_EQ(stdoutExport.exitCode, 0) << stdoutExport.describe();
    const CtlRun again = ctl({QStringLiteral("layout"), QStringLiteral("import"),
                              write(QStringLiteral("again.json"), stdoutExport.out)});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_FALSE(again.json().value(QStringLiteral("created")).toBool());
    EXPECT_EQ(again.json().value(QStringLiteral("version")).toInt(), 2);
    const CtlRun first = ctl({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("B787-9"),
                              QStringLiteral("--version"), QStringLiteral("1")});
    EXPECT_TRUE(first.out.contains(R"("blockedSeats": ["44E"])")) << first.describe();
    EXPECT_TRUE(stdoutExport.out.contains(R"("blockedSeats": ["44E", "44D"])")) << stdoutExport.describe();
}

TEST_P(CliLayoutTest, AnInvalidFileOrAUserBelowAdminChangesNothing)
{
    const QString before = stored();
    const QString invalid = write(QStringLiteral("bad.json"), R"({"schema": 2, "type": "X1", "name": "X", "rangeKm": 10,
        "decks": [{"name": "Main deck", "cabins": [{"cabin": "Y", "firstRow": 1, "lastRow": 20, "columns": "ABC DEF",
        "seats": [{"seat": "14D", "characteristics": ["H"]}, {"seat": "14D", "characteristics": ["1"]}]}]}]})");
    expectError(ctl({QStringLiteral("layout"), QStringLiteral("import"), invalid}), 2, QStringLiteral("bad_input"),
                QStringLiteral("bad.json: deck 'Main deck', cabin economy: row 14: seat 14D appears twice"));
    expectError(ctl({QStringLiteral("layout"), QStringLiteral("import"), dir.filePath(QStringLiteral("none.json"))}), 2,
                QStringLiteral("bad_input"), QStringLiteral("cannot read"));
    const QString good = write(QStringLiteral("a320.json"), ctl({QStringLiteral("layout"), QStringLiteral("export"),
                                                                 QStringLiteral("A320")}).out.replace("Airbus", "Airbus retrofit"));
    expectError(as(QStringLiteral("kim"), {QStringLiteral("layout"), QStringLiteral("import"), good}), 6,
                QStringLiteral("forbidden"), QStringLiteral("import aircraft layouts"));
    expectError(as(QStringLiteral("alice"), {QStringLiteral("layout"), QStringLiteral("import"), good}), 6,
                QStringLiteral("forbidden"), QStringLiteral("import aircraft layouts"));
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'import aircraft layouts' AND outcome = 'denied'")),
              2);
    EXPECT_EQ(stored(), before);
    // Reading is open to every user.
    EXPECT_EQ(as(QStringLiteral("kim"), {QStringLiteral("layout"), QStringLiteral("list")}).exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliLayoutTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
