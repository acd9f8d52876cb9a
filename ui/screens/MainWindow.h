#pragma once

#include <QMainWindow>

namespace kiosk::ui {

// Placeholder top-level window until the kiosk journey lands (issue 4).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace kiosk::ui
