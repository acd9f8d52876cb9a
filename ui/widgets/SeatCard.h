#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kiosk::ui {

class SeatMapModel;

// What the last tapped seat is, in words, and whose it is: the seat's code large, its place
// (window, aisle, exit row, legroom) and cabin, its price, and one button per traveller,
// "Choose for traveller N" or "Chosen for traveller N". A seat that cannot be had says why.
// Touch screens show no tooltips, so this card says all a tooltip would.
class SeatCard : public QFrame {
    Q_OBJECT
public:
    SeatCard(SeatMapModel *model, QWidget *parent = nullptr);

    void showSeat(const QString &code); // empty: the hint to tap a seat
    QString seatCode() const { return m_code; }

    QLabel *codeLabel() const { return m_codeLabel; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *statusLabel() const { return m_status; }
    // Traveller `traveller`'s button (1 = the first); null while the card offers none.
    QPushButton *travellerButton(int traveller) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fitButtons();
    void rebuildButtons(int travellers);

    SeatMapModel *m_model;
    QString m_code;
    QLabel *m_codeLabel;
    QLabel *m_details;
    QLabel *m_price;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QWidget *m_buttonBox;
    QVBoxLayout *m_buttonLayout;
    QList<QPushButton *> m_buttons;
    QPushButton *m_probe;
};

} // namespace kiosk::ui
