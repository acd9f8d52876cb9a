#pragma once

#include <QWidget>

namespace kiosk::ui {

// The key to the seat map, drawn with the very same painter as the seats.
class SeatLegend : public QWidget {
    Q_OBJECT
public:
    explicit SeatLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

private:
    int entryWidth() const;

protected:
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }
    void paintEvent(QPaintEvent *event) override;
};

} // namespace kiosk::ui
