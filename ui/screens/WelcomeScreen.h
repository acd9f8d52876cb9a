#pragma once

#include <QWidget>

class QLabel;
class QComboBox;

namespace kiosk::ui {

// The attract screen: airline branding, the local time and one big "Touch to start".
class WelcomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeScreen(const QString &airportName, QWidget *parent = nullptr);

Q_SIGNALS:
    void startRequested();
    void languageChosen(const QString &code);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void tick();
    QLabel *m_clock;
    QComboBox *m_language;
};

} // namespace kiosk::ui
