// kioskctl outbox run attaches the traveller's documents, painted by the print code, to
// the messages a real SMTP server (aiosmtpd) receives: the receipt to the confirmation, the
// boarding passes (a page per passenger) to the check-in message; a document that can no
// longer be made leaves its message to go without it, saying why.
#include "CliFixture.h"
#include "SmtpSink.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kiosk::test {
namespace {

class CliOutboxDocumentsTest : public CliTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(5 * 3600); }

    // Held with an address and paid through kioskctl, then checked in: two messages.
    QString checkedIn(const QString &seats, const QStringList &names)
    {
        QStringList options{QStringLiteral("--email"), QStringLiteral("anna@example.com")};
        for (const QString &name : names)
            options << QStringLiteral("--passenger") << name;
        const QString reference = holdSeats(seats, options);
        const CtlRun paid = ctl({QStringLiteral("pay"), reference}, cardInput());
        EXPECT_EQ(paid.exitCode, 0) << paid.describe();
        const CtlRun checkin = ctl({QStringLiteral("checkin"), reference, QStringLiteral("--surname"), QStringLiteral("Byrne")});
        EXPECT_EQ(checkin.exitCode, 0) << checkin.describe();
        return reference;
    }

    // What `outbox run --once --json` said: a line per message, then the summary (indented).
    QList<QJsonObject> runOnce(const SmtpSink &sink) const
    {
        const CtlRun run = ctl({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                                QStringLiteral("--smtp"), sink.url()});
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        const QByteArray out = run.out.trimmed();
        const qsizetype summaryAt = out.startsWith("{\n") ? 0 : out.lastIndexOf("\n{\n") + 1;
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.left(summaryAt).trimmed().split('\n'))
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        lines << QJsonDocument::fromJson(out.mid(summaryAt)).object();
        return lines;
    }

    static QString mailWithSubject(const QStringList &mails, const QString &start)
    {
        for (const QString &mail : mails)
            if (SmtpSink::header(mail, QStringLiteral("Subject")).startsWith(start))
                return mail;
        return QString();
    }

    static int pages(const QByteArray &pdf)
    {
        int count = 0;
        for (auto page = QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")).globalMatch(QString::fromLatin1(pdf));
             page.hasNext(); page.next())
            ++count;
        return count;
    }
};

TEST_P(CliOutboxDocumentsTest, TheConfirmationCarriesTheReceiptAndTheCheckInTheBoardingPasses)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString reference = checkedIn(QStringLiteral("2A,2B"), {QStringLiteral("Anna Byrne"), QStringLiteral("Liam Byrne")});
    const QList<QJsonObject> lines = runOnce(sink);
    ASSERT_EQ(lines.size(), 3);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(lines.at(i).value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
        EXPECT_EQ(lines.at(i).value(QStringLiteral("attachments")).toInt(), 1);
        EXPECT_TRUE(lines.at(i).value(QStringLiteral("attachment_error")).isNull());
    }
    ASSERT_TRUE(sink.waitForMessages(2, 5000));
    const QStringList mails = sink.messages();

    const QString confirmation = mailWithSubject(mails, QStringLiteral("Booking %1 confirmed").arg(reference));
    const QList<SmtpSink::Part> receipt = SmtpSink::parts(confirmation, QStringLiteral("application/pdf"));
    ASSERT_EQ(receipt.size(), 1) << confirmation.left(2000).toStdString();
    EXPECT_TRUE(receipt.first().data.startsWith("%PDF-"));
    EXPECT_TRUE(receipt.first().headers.contains(QStringLiteral("filename=\"receipt-%1.pdf\"").arg(reference)));
    EXPECT_GE(pages(receipt.first().data), 1);

    const QString checkIn = mailWithSubject(mails, QStringLiteral("Checked in for flight"));
    EXPECT_TRUE(checkIn.contains(QStringLiteral("boarding number 2"))) << checkIn.left(3000).toStdString();
    const QList<SmtpSink::Part> passes = SmtpSink::parts(checkIn, QStringLiteral("application/pdf"));
    ASSERT_EQ(passes.size(), 1) << checkIn.left(2000).toStdString();
    EXPECT_TRUE(passes.first().data.startsWith("%PDF-"));
    EXPECT_TRUE(passes.first().headers.contains(QStringLiteral("filename=\"boarding-pass-%1.pdf\"").arg(reference)));
    EXPECT_EQ(pages(passes.first().data), 2); // one per passenger checked in
}

TEST_P(CliOutboxDocumentsTest, ACheckInMessageWhosePassesAreGoneIsSentWithoutThemSayingWhy)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString reference = checkedIn(QStringLiteral("3C"), {QStringLiteral("Anna Byrne")});
    const CtlRun offloaded = ctl({QStringLiteral("offload"), reference, QStringLiteral("--passenger"), QStringLiteral("3C"),
                                  QStringLiteral("--reason"), QStringLiteral("wrong flight")});
    ASSERT_EQ(offloaded.exitCode, 0) << offloaded.describe();

    const QList<QJsonObject> lines = runOnce(sink);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(lines.at(1).value(QStringLiteral("attachments")).toInt(), 0);
    EXPECT_TRUE(lines.at(1).value(QStringLiteral("attachment_error")).toString().contains(QStringLiteral("not checked in")))
        << QJsonDocument(lines.at(1)).toJson().toStdString();
    EXPECT_EQ(lines.at(2).value(QStringLiteral("sent")).toInt(), 2);
    ASSERT_TRUE(sink.waitForMessages(2, 5000));
    const QString checkIn = mailWithSubject(sink.messages(), QStringLiteral("Checked in for flight"));
    ASSERT_FALSE(checkIn.isEmpty());
    EXPECT_TRUE(SmtpSink::parts(checkIn, QStringLiteral("application/pdf")).isEmpty());
    EXPECT_EQ(SmtpSink::parts(checkIn, QStringLiteral("text/plain")).size(), 1);
}

// "E-mail it to me" from the command line: receipt and boarding-pass --email queue a message
// to the booking's own address, which arrives with the document attached.
TEST_P(CliOutboxDocumentsTest, DocumentsAskedForByEmailArriveWithTheirPdf)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString reference = checkedIn(QStringLiteral("4A"), {QStringLiteral("Anna Byrne")});
    const CtlRun receipt = ctl({QStringLiteral("receipt"), reference.toLower(), QStringLiteral("--email")});
    ASSERT_EQ(receipt.exitCode, 0) << receipt.describe();
    const QJsonObject queued = QJsonDocument::fromJson(receipt.out).object();
    EXPECT_EQ(queued.value(QStringLiteral("emailed_to")).toString(), QString::fromUtf8("a•••@example.com"));
    EXPECT_FALSE(queued.contains(QStringLiteral("pdf")));
    const CtlRun passes = ctl({QStringLiteral("boarding-pass"), reference, QStringLiteral("--surname"), QStringLiteral("Byrne"),
                               QStringLiteral("--email")});
    ASSERT_EQ(passes.exitCode, 0) << passes.describe();

    const QList<QJsonObject> lines = runOnce(sink);
    ASSERT_EQ(lines.size(), 5); // confirmation, check-in, receipt, boarding pass, summary
    ASSERT_TRUE(sink.waitForMessages(4, 5000));
    const QString mailed = mailWithSubject(sink.messages(), QStringLiteral("Your receipt for booking %1").arg(reference));
    ASSERT_FALSE(mailed.isEmpty());
    EXPECT_TRUE(SmtpSink::header(mailed, QStringLiteral("To")).contains(QStringLiteral("anna@example.com")));
    const QList<SmtpSink::Part> receiptPdf = SmtpSink::parts(mailed, QStringLiteral("application/pdf"));
    ASSERT_EQ(receiptPdf.size(), 1);
    EXPECT_TRUE(receiptPdf.first().data.startsWith("%PDF-"));
    EXPECT_TRUE(receiptPdf.first().headers.contains(QStringLiteral("filename=\"receipt-%1.pdf\"").arg(reference)));
    const QString passMail = mailWithSubject(sink.messages(), QStringLiteral("Your boarding passes for flight"));
    const QList<SmtpSink::Part> passPdf = SmtpSink::parts(passMail, QStringLiteral("application/pdf"));
    ASSERT_EQ(passPdf.size(), 1) << passMail.left(2000).toStdString();
    EXPECT_EQ(pages(passPdf.first().data), 1);
    EXPECT_TRUE(passMail.contains(QStringLiteral("boarding number 1")));
}

TEST_P(CliOutboxDocumentsTest, NoAddressAnUnknownReferenceAndTheLimitAreRefusedClearly)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString quiet = holdSeats(QStringLiteral("6A"), {QStringLiteral("--passenger"), QStringLiteral("Ciara Walsh")});
    ASSERT_EQ(ctl({QStringLiteral("pay"), quiet}, cardInput()).exitCode, 0);
    const CtlRun noAddress = ctl({QStringLiteral("receipt"), quiet, QStringLiteral("--email")});
    EXPECT_EQ(noAddress.exitCode, 3) << noAddress.describe();
    EXPECT_TRUE(noAddress.err.contains("has no e-mail address on file")) << noAddress.describe();
    const CtlRun unknown = ctl({QStringLiteral("receipt"), QStringLiteral("ZZZ999"), QStringLiteral("--email")});
    EXPECT_EQ(unknown.exitCode, 4) << unknown.describe();
    const CtlRun neither = ctl({QStringLiteral("receipt"), quiet});
    EXPECT_EQ(neither.exitCode, 2) << neither.describe();
    EXPECT_TRUE(neither.err.contains("receipt needs --pdf FILE or --email")) << neither.describe();

    const QString reference = checkedIn(QStringLiteral("7A"), {QStringLiteral("Anna Byrne")});
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(ctl({QStringLiteral("receipt"), reference, QStringLiteral("--email")}).exitCode, 0) << i;
    const CtlRun fourth = ctl({QStringLiteral("receipt"), reference, QStringLiteral("--email")});
    EXPECT_EQ(fourth.exitCode, 3) << fourth.describe();
    EXPECT_TRUE(fourth.err.contains("limit_reached")) << fourth.describe();
    EXPECT_TRUE(fourth.err.contains("was e-mailed 3 times in the last 60 minutes already")) << fourth.describe();
    // Sent: the confirmation and the check-in of the second booking, its three receipts.
    const QList<QJsonObject> lines = runOnce(sink);
    EXPECT_EQ(lines.last().value(QStringLiteral("sent")).toInt(), 5) << QJsonDocument(lines.last()).toJson().toStdString();
}

KIOSK_ON_BOTH_BACKENDS(CliOutboxDocumentsTest);

} // namespace
} // namespace kiosk::test
