#pragma once

#include "checkin/BoardingPass.h"
#include "widgets/DocumentPrinter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kiosk {
class BagTagger;
}

namespace kiosk::ui {

// Checked bags at the kiosk, after check-in: each checked-in passenger with − and + (large
// touch targets) from the bags tagged already up to the cabin's allowance; "Confirm bags"
// declares them (BagTagger: each new bag the airline's next licence plate) and prints the
// bag tags on the kiosk's printer, or saves them as a PDF when there is none.
class BagScreen : public QWidget {
    Q_OBJECT
public:
    BagScreen(BagTagger &bags, DocumentPrinter printer, QWidget *parent = nullptr);

    void showPasses(const QList<BoardingPass> &passes);
    int count(int row) const;
    QPushButton *plusButton(int row) const;
    QPushButton *minusButton(int row) const;
    QPushButton *confirmButton() const { return m_confirm; }
    QString message() const;
    // The licence plates tagged for the passengers on screen, oldest first.
    QStringList tagNumbers() const { return m_tagNumbers; }

Q_SIGNALS:
    void doneRequested();

private:
    struct Row {
        BoardingPass pass;
        int tagged = 0;
        int allowance = 0;
        int count = 0;
        QLabel *countLabel = nullptr;
        QPushButton *minus = nullptr;
        QPushButton *plus = nullptr;
    };
    void step(int row, int delta);
    void updateRow(const Row &row);
    void confirm();
    void clearRows();

    BagTagger &m_bags;
    DocumentPrinter m_printer;
    QList<Row> m_rows;
    QStringList m_tagNumbers;
    QVBoxLayout *m_rowsLayout;
    QWidget *m_rowsBox;
    QLabel *m_message;
    QPushButton *m_confirm;
};

} // namespace kiosk::ui
