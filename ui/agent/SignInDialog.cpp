#include "SignInDialog.h"

#include "auth/Authenticator.h"
#include "widgets/UiText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kiosk::ui {

SignInDialog::SignInDialog(Authenticator &authenticator, const QString &terminal, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    setAccessibleName(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sign in to the agent workstation"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto *where = new QLabel(tr("Terminal %1").arg(terminal), this);
    where->setObjectName(QStringLiteral("signInTerminal"));
    layout->addWidget(where);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userNameField"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name"), m_user);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(m_message->fontMetrics().averageCharWidth() * 60); // room for a lockout sentence
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    // AcceptRole would close the dialog at once; the sign-in decides.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    m_user->setFocus();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::attempt()
{
    if (m_busy)
        return;
    if (m_user->text().trimmed().isEmpty()) {
        showLabelMessage(m_message, tr("Enter your user name."), true);
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showLabelMessage(m_message, tr("Enter your password."), true);
        m_password->setFocus();
        return;
    }
    setBusy(true);
    showLabelMessage(m_message, tr("Signing in…"), false);
    // The hash takes most of a second on purpose; paint "Signing in…" before it starts.
    m_message->repaint();
    QTimer::singleShot(0, this, &SignInDialog::finishAttempt);
}

void SignInDialog::finishAttempt()
{
    auto actor = m_authenticator.signIn(m_user->text(), m_password->text());
    setBusy(false);
    m_password->clear();
    if (!actor) {
        showLabelMessage(m_message, sentence(actor.error().message) + QLatin1Char('.'), true);
        m_password->setFocus();
        return;
    }
    showLabelMessage(m_message, QString(), false);
    setNotice(QString());
    m_user->clear();
    Q_EMIT signedIn(*actor);
    accept();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

} // namespace kiosk::ui
