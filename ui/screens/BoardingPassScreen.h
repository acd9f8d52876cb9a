#pragma once

#include "checkin/BoardingPass.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

class BarcodeWidget;

// The boarding passes just issued, one at a time: the PDF417 barcode large enough to scan
// from the screen, and the words a traveller looks for (seat, boarding number, gate time).
// "Save as PDF" writes them into the kiosk's document folder (demo mode and kiosks
// without a printer).
class BoardingPassScreen : public QWidget {
    Q_OBJECT
public:
    BoardingPassScreen(QString documentFolder, QWidget *parent = nullptr);

    void showPasses(const QList<BoardingPass> &passes);
    int currentIndex() const { return m_index; }
    BarcodeWidget *barcode() const { return m_barcode; }
    QPushButton *saveButton() const { return m_save; }
    QString details() const;
    QString savedMessage() const;

Q_SIGNALS:
    void doneRequested();

private:
    void showCurrent();
    void save();

    QString m_folder;
    QList<BoardingPass> m_passes;
    int m_index = 0;
    QLabel *m_title;
    QLabel *m_details;
    BarcodeWidget *m_barcode;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_save;
    QLabel *m_saved;
};

} // namespace kiosk::ui
