#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// How many travellers: "Travellers  −  2  +" with 64 px buttons a finger hits, instead of
// a spin box whose arrows are 14 px. Up and down arrow keys step it for keyboard users.
class PartySizeStepper : public QWidget {
    Q_OBJECT
public:
    explicit PartySizeStepper(int maximum, QWidget *parent = nullptr);

    int value() const { return m_value; }
    int minimum() const { return 1; }
    int maximum() const { return m_maximum; }
    void setValue(int value);
    void stepUp() { setValue(m_value + 1); }
    void stepDown() { setValue(m_value - 1); }

    QPushButton *fewerButton() const { return m_fewer; }
    QPushButton *moreButton() const { return m_more; }

Q_SIGNALS:
    void valueChanged(int value);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showValue();

    int m_value = 1;
    int m_maximum;
    QLabel *m_number;
    QPushButton *m_fewer;
    QPushButton *m_more;
};

} // namespace kiosk::ui
