#pragma once

#include "checkin/BarcodeSymbol.h"

#include <QWidget>

#include <optional>

namespace kiosk::ui {

// A barcode on screen, as large as the widget allows with whole device pixels per module
// (a scanner at the gate reads a phone or kiosk screen best without blurred edges).
class BarcodeWidget : public QWidget {
    Q_OBJECT
public:
    explicit BarcodeWidget(QWidget *parent = nullptr);
    void setSymbol(std::optional<BarcodeSymbol> symbol);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<BarcodeSymbol> m_symbol;
};

} // namespace kiosk::ui
