#include "domain/BookingReference.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace kiosk;

TEST(BookingReference, AlphabetHasNoLookAlikes)
{
    const QString &alphabet = BookingReference::alphabet();
    for (QChar c : {u'0', u'O', u'1', u'I', u'L'})
        EXPECT_FALSE(alphabet.contains(c)) << QString(c).toStdString();
    // 26 letters without O, I, L and 10 digits without 0, 1; each once.
    EXPECT_EQ(alphabet.size(), 31);
    EXPECT_EQ(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), alphabet.size());
    for (QChar c : alphabet)
        EXPECT_TRUE((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'9')) << QString(c).toStdString();
}

TEST(BookingReference, ParsesCaseInsensitively)
{
    const auto parsed = BookingReference::parse(QStringLiteral(" abc234 "));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toString(), QStringLiteral("ABC234"));
    EXPECT_EQ(*parsed, *BookingReference::parse(QStringLiteral("ABC234")));
}

TEST(BookingReference, RejectsWrongLengthAndLookAlikes)
{
    for (const char *text : {"", "ABC23", "ABC2345", "ABC23O", "ABC230", "ABC231", "ABCI23", "ABCL23", "ABC-23",
                             "AB C23"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(BookingReference::parse(QString::fromLatin1(text)).has_value());
    }
}

TEST(BookingReference, GenerationIsDeterministicForASeed)
{
    QRandomGenerator first(1234);
    QRandomGenerator second(1234);
    QRandomGenerator other(4321);
    QStringList a, b, c;
    for (int i = 0; i < 20; ++i) {
        a << BookingReference::generate(first).toString();
        b << BookingReference::generate(second).toString();
        c << BookingReference::generate(other).toString();
    }
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    for (const QString &text : a) {
        EXPECT_EQ(text.size(), BookingReference::Length);
        EXPECT_TRUE(BookingReference::parse(text).has_value()) << text.toStdString();
    }
}

TEST(BookingReference, SystemGenerationGivesValidReferences)
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString text = BookingReference::generate().toString();
        EXPECT_TRUE(BookingReference::parse(text).has_value()) << text.toStdString();
        seen << text;
    }
    // 31^6 is about 887 million: a repeat in 100 draws means the generator is broken.
    EXPECT_EQ(seen.size(), 100);
}
