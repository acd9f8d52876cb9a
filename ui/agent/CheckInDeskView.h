#pragma once

#include "domain/SeatCode.h"
#include "widgets/DocumentPrinter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kiosk {
class BagTagger;
class CheckInService;
}

namespace kiosk::ui {

class CheckInDeskModel;

// Check-in at the airline's desk: the agent types a booking reference (no surname: the
// agent sees the passport), sees its passengers with boarding numbers and bags, and checks
// them in, offloads one with a reason, declares a passenger's bags, and prints boarding
// passes and bag tags (the desk's printer, else PDFs). Keyboard first: Enter finds, the
// table has the passengers, every action has a mnemonic. Every rule and role check is the
// core's (CheckInService, BagTagger) acting as the signed-in agent.
class CheckInDeskView : public QWidget {
    Q_OBJECT
public:
    CheckInDeskView(CheckInService &checkIns, BagTagger &bags, DocumentPrinter printer, QWidget *parent = nullptr);

    QLineEdit *referenceField() const { return m_reference; }
    QTableView *view() const { return m_view; }
    CheckInDeskModel *model() const { return m_model; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *offloadButton() const { return m_offload; }
    QSpinBox *bagCount() const { return m_bagCount; }
    QPushButton *bagsButton() const { return m_declareBags; }
    QPushButton *boardingPassButton() const { return m_printPass; }
    QPushButton *bagTagsButton() const { return m_printTags; }
    QLabel *status() const { return m_status; }
    QString flightText() const;

    // Finds the booking in the reference field and lists its passengers.
    void find();
    // Checks in the selected passengers (all of them when none is selected).
    void checkInSelected();
    void offloadCurrent();
    void declareBags();
    void printBoardingPasses();
    void printBagTags();

private:
    bool reload();
    QList<SeatCode> selectedSeats() const;
    std::optional<SeatCode> currentSeat() const;
    void updateButtons();
    void report(const QString &message, bool error);
    void reportDelivery(const Result<DocumentPrinter::Delivery> &delivery, const QString &printed);

    CheckInService &m_checkIns;
    BagTagger &m_bags;
    DocumentPrinter m_printer;
    QString m_foundReference;
    QLineEdit *m_reference;
    QPushButton *m_find;
    QLabel *m_flight;
    QTableView *m_view;
    CheckInDeskModel *m_model;
    QPushButton *m_checkIn;
    QLineEdit *m_reason;
    QPushButton *m_offload;
    QSpinBox *m_bagCount;
    QPushButton *m_declareBags;
    QPushButton *m_printPass;
    QPushButton *m_printTags;
    QLabel *m_status;
};

} // namespace kiosk::ui
