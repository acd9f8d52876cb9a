#include "screens/MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    kiosk::ui::MainWindow window;
    window.show();
    return app.exec();
}
