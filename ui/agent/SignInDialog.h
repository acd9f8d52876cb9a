#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk {
class Authenticator;
}

namespace kiosk::ui {

// User name and password for the agent workstation. The core's answer is shown as it is
// (wrong password and how many tries are left, locked until when, disabled); while the
// deliberately slow password hash runs the dialog says "Signing in…" and takes no input.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Authenticator &authenticator, const QString &terminal, QWidget *parent = nullptr);

    QLineEdit *userName() const { return m_user; }
    QLineEdit *password() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *message() const { return m_message; }
    bool isBusy() const { return m_busy; }
    // A sentence above the fields, e.g. why the last user was signed out.
    void setNotice(const QString &text);

Q_SIGNALS:
    void signedIn(const kiosk::Actor &actor);

private:
    void attempt();
    void finishAttempt();
    void setBusy(bool busy);

    Authenticator &m_authenticator;
    QLabel *m_notice;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_message;
    bool m_busy = false;
};

} // namespace kiosk::ui
