#pragma once

#include "domain/Actor.h"
#include "domain/StaffCall.h"

#include <QFrame>
#include <QList>
#include <QTimer>

#include <optional>

class QLabel;
class QPushButton;

namespace kiosk {
class StaffCallDesk;
}

namespace kiosk::ui {

// The strip across the agent workstation that shows kiosks asking for help (their Help
// button): the oldest open call in a sentence, how many more wait, and "On my way" (F9),
// which answers it so the kiosk tells its traveller that someone is coming. Shown only to a
// signed-in user who may answer; the open calls are read again every PollMs.
class StaffCallsBar : public QFrame {
    Q_OBJECT
public:
    static constexpr int PollMs = 3000;

    explicit StaffCallsBar(StaffCallDesk &desk, QWidget *parent = nullptr);

    // Who is signed in (nobody: hidden, not polling).
    void setActor(const std::optional<Actor> &actor);
    // Reads the open calls now.
    void refresh();

    const QList<StaffCall> &openCalls() const { return m_calls; }
    QLabel *text() const { return m_text; }
    QPushButton *answerButton() const { return m_answer; }
    // "On my way" for the oldest open call (the button, and F9 in the workstation's menu).
    void answerOldest();

Q_SIGNALS:
    // "On my way" went through for a call about `reference` (a traveller's booking; empty: none).
    void answered(const QString &reference);

private:
    void show(const QString &message);

    StaffCallDesk &m_desk;
    std::optional<Actor> m_actor;
    QList<StaffCall> m_calls;
    QLabel *m_text;
    QPushButton *m_answer;
    QTimer m_poll;
};

// Where the traveller is, from the kiosk screen's name, for the agent ("choosing seats").
QString kioskScreenDescription(const QString &screen);

} // namespace kiosk::ui
