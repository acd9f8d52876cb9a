#pragma once

#include "notify/DocumentMailer.h"

#include <QPushButton>

namespace kiosk::ui {

// "E-mail it to me" on the receipt and boarding pass screens: offered only when the booking
// has an e-mail address, it asks the core (DocumentMailer) to e-mail the document to the
// booking's stored address (nothing is typed here: a kiosk sends nobody's documents
// elsewhere) and reports what happened in the traveller's words: the masked address it
// went to, or why not (the hourly limit, no address). Touch-sized; put forward (the screen's
// default button) when the printer failed.
class DocumentMailButton : public QPushButton {
    Q_OBJECT
public:
    explicit DocumentMailButton(QWidget *parent = nullptr);

    // Without a mailer the button stays hidden (the agent desk, tests of printing alone).
    void setMailer(DocumentMailer *mailer) { m_mailer = mailer; }
    // The document now on screen; shows the button when its booking has an address.
    void offer(const DocumentMailRequest &request);
    // The printer failed: the e-mail is the way to the document now.
    void putForward(bool forward);
    // The masked address the document goes to; empty when not offered.
    const QString &maskedAddress() const { return m_masked; }

Q_SIGNALS:
    void reported(const QString &message, bool error);

private:
    void send();

    DocumentMailer *m_mailer = nullptr;
    DocumentMailRequest m_request;
    QString m_masked;
};

} // namespace kiosk::ui
