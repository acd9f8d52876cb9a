#include "MainWindow.h"

#include <QLabel>

namespace kiosk::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *label = new QLabel(tr("Booking kiosk"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    setWindowTitle(tr("Booking kiosk"));
}

} // namespace kiosk::ui
