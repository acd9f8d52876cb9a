#pragma once

#include "checkin/BarcodeSymbol.h"
#include "checkin/BoardingPass.h"
#include "widgets/DocumentPrinter.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk {
class DocumentMailer;
}

namespace kiosk::ui {

class BarcodeWidget;
class DocumentMailButton;

// The boarding passes just issued, one at a time: the barcode (PDF417, or Aztec with the
// setting checkin/screen-barcode) large enough to scan from the screen, and the words a traveller looks for (seat, boarding number, gate time).
// "Print" sends them to the kiosk's printer; without one (demo mode) or when it fails,
// they are saved as a PDF in the kiosk's document folder and the screen says where.
// "E-mail it to me" sends them to the booking's address (DocumentMailButton; put forward
// when the printer failed). "Add checked bags" leads to the bag declaration.
class BoardingPassScreen : public QWidget {
    Q_OBJECT
public:
    BoardingPassScreen(DocumentPrinter printer, ScreenBarcode::Symbology symbology, QWidget *parent = nullptr);

    void showPasses(const QList<BoardingPass> &passes);
    int currentIndex() const { return m_index; }
    BarcodeWidget *barcode() const { return m_barcode; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *bagsButton() const { return m_bags; }
    DocumentMailButton *mailButton() const { return m_mail; }
    // "E-mail it to me" through `mailer` (the kiosk's); without one it is not offered.
    void setMailer(DocumentMailer *mailer);
    const QList<BoardingPass> &passes() const { return m_passes; }
    QString details() const;
    QString savedMessage() const;

Q_SIGNALS:
    void doneRequested();
    void bagsRequested(const QList<kiosk::BoardingPass> &passes);

private:
    void showCurrent();
    void save();

    DocumentPrinter m_printer;
    ScreenBarcode::Symbology m_symbology;
    QList<BoardingPass> m_passes;
    int m_index = 0;
    QLabel *m_title;
    QLabel *m_details;
    BarcodeWidget *m_barcode;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_bags;
    DocumentMailButton *m_mail;
    QPushButton *m_done;
    QLabel *m_saved;
};

} // namespace kiosk::ui
