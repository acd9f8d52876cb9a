#include "DocumentMailButton.h"

#include "UiText.h"

namespace kiosk::ui {

DocumentMailButton::DocumentMailButton(QWidget *parent) : QPushButton(tr("E-mail it to me"), parent)
{
    setObjectName(QStringLiteral("documentMailButton"));
    setAccessibleName(tr("E-mail it to me"));
    setMinimumSize(240, 72);
    setVisible(false);
    connect(this, &QPushButton::clicked, this, &DocumentMailButton::send);
}

void DocumentMailButton::offer(const DocumentMailRequest &request)
{
    m_request = request;
    m_masked.clear();
    putForward(false);
    if (m_mailer) {
        // A failure to look the address up only means no offer: the document is on screen anyway.
        if (auto masked = m_mailer->maskedAddress(request))
            m_masked = *masked;
    }
    setAccessibleDescription(m_masked.isEmpty() ? QString() : tr("Sends it to %1").arg(m_masked));
    setVisible(!m_masked.isEmpty());
    setEnabled(true);
}

void DocumentMailButton::putForward(bool forward)
{
    setDefault(forward);
    setAutoDefault(forward);
}

void DocumentMailButton::send()
{
    if (!m_mailer)
        return;
    auto sent = m_mailer->send(m_request);
    if (sent)
        return Q_EMIT reported(tr("Sent to %1. It should arrive within a few minutes.").arg(*sent), false);
    const Error &error = sent.error();
    if (error.code == ErrorCode::LimitReached && error.details.size() == 2) {
        setEnabled(false); // the next try is refused too; the next traveller gets a fresh screen
        return Q_EMIT reported(tr("This has been e-mailed %1 times in the last hour already. Please try again in %2 "
                                  "minutes, or ask at the desk.")
                                   .arg(error.details.at(0), error.details.at(1)),
                               true);
    }
    if (error.details.contains(QStringLiteral("no_address")))
        return Q_EMIT reported(tr("This booking has no e-mail address, so nothing can be e-mailed. Please ask at the desk."),
                               true);
    Q_EMIT reported(sentence(error.message), true);
}

} // namespace kiosk::ui
