#pragma once

#include <QFrame>
#include <QList>

class QDateTime;
class QLabel;
class QPushButton;

namespace kiosk::ui {

class CountdownLabel;

// The band across the top of every kiosk screen: the airline, where the traveller is in
// the booking (1 Flight · 2 Seats · 3 Travellers · 4 Pay · 5 Done), the time left on held
// seats, the language, Help and Start over. It only shows and asks; KioskWindow decides.
class KioskHeader : public QFrame {
    Q_OBJECT
public:
    // Steps of the booking; None on screens outside it (welcome, check-in, waitlist offer).
    enum class Step { None, Flight, Seats, Travellers, Pay, Done };

    explicit KioskHeader(QWidget *parent = nullptr);

    void setStep(Step step);
    Step step() const { return m_step; }
    // The hold's countdown, from the server's deadline; hidden again by hideHold().
    void showHold(const QDateTime &deadlineUtc, const QDateTime &serverNowUtc);
    void hideHold();
    // "Start over" only where there is something to start over.
    void setStartOverVisible(bool visible);
    // The language choice only before anything is chosen: switching rebuilds the screens.
    void setLanguageVisible(bool visible);
    // What the Help button says: Help; the call is recorded (staff are coming); an agent
    // answered it (on the way); the call could not be recorded (ask at the counter, or
    // press again). Kept until the kiosk starts over.
    enum class HelpState { None, Called, Answered, Unreachable };
    void setHelpState(HelpState state);
    HelpState helpState() const { return m_helpState; }
    bool staffCalled() const { return m_helpState == HelpState::Called || m_helpState == HelpState::Answered; }

    CountdownLabel *countdown() const { return m_countdown; }
    QPushButton *helpButton() const { return m_help; }
    QPushButton *startOverButton() const { return m_startOver; }
    QPushButton *languageButton() const { return m_language; }
    QList<QLabel *> stepLabels() const { return m_steps; }

Q_SIGNALS:
    void helpRequested();
    void startOverRequested();
    void languageChosen(const QString &code);

private:
    void showLanguage();

    Step m_step = Step::None;
    HelpState m_helpState = HelpState::None;
    QWidget *m_stepBar;
    QList<QLabel *> m_steps;
    QLabel *m_holdCaption;
    CountdownLabel *m_countdown;
    QPushButton *m_language;
    QPushButton *m_help;
    QPushButton *m_startOver;
};

} // namespace kiosk::ui
