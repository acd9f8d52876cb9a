// docs/layouts.md and docs/layouts.schema.json against the parser: the documented example
// reads, and the schema names exactly the keys the parser knows at each level (the parser's
// own "known keys" list, so neither can drift from the other unnoticed).

#include "demo/AircraftLayout.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

QByteArray sourceFile(const char *path)
{
    QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/") + QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The keys the parser accepts where `json` has the unknown key "zz", from its message.
QStringList knownKeys(const QByteArray &json)
{
    const auto parsed = AircraftLayout::fromJson(json, QStringLiteral("t.json"));
    EXPECT_FALSE(parsed.ok());
    const QString message = parsed ? QString() : parsed.error().message;
    const auto match = QRegularExpression(QStringLiteral("unknown key 'zz' \\(known keys: ([^)]*)\\)")).match(message);
    EXPECT_TRUE(match.hasMatch()) << message.toStdString();
    QStringList keys = match.captured(1).split(QStringLiteral(", "));
    keys.sort();
    return keys;
}

QStringList schemaKeys(const QJsonObject &object)
{
    QStringList keys = object.value(QStringLiteral("properties")).toObject().keys();
    keys.sort();
    return keys;
}

} // namespace

TEST(LayoutDocs, TheDocumentedExampleReads)
{
    const QString doc = QString::fromUtf8(sourceFile("docs/layouts.md"));
    const auto block = QRegularExpression(QStringLiteral("```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption)
                           .match(doc);
    ASSERT_TRUE(block.hasMatch());
    const auto parsed = AircraftLayout::fromJson(block.captured(1).toUtf8(), QStringLiteral("docs/layouts.md"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->schema(), 2);
}

TEST(LayoutDocs, TheSchemaNamesTheKeysTheParserKnows)
{
    const QJsonObject schema = QJsonDocument::fromJson(sourceFile("docs/layouts.schema.json")).object();
    ASSERT_FALSE(schema.isEmpty());
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    const QByteArray top = R"({"schema": 2, "zz": 1, "type": "T", "name": "X", "rangeKm": 1, "decks": []})";
    const QByteArray deck = R"({"schema": 2, "type": "T", "name": "X", "rangeKm": 1,
        "decks": [{"zz": 1, "name": "d", "cabins": []}]})";
    const QByteArray cabin = R"({"schema": 2, "type": "T", "name": "X", "rangeKm": 1,
        "decks": [{"name": "d", "cabins": [{"zz": 1, "cabin": "Y"}]}]})";
    EXPECT_EQ(knownKeys(top), schemaKeys(schema));
    EXPECT_EQ(knownKeys(deck), schemaKeys(defs.value(QStringLiteral("deck")).toObject()));
    EXPECT_EQ(knownKeys(cabin), schemaKeys(defs.value(QStringLiteral("cabin")).toObject()));
    EXPECT_EQ(schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("schema")).toObject()
                  .value(QStringLiteral("const")).toInt(),
              2);
}
