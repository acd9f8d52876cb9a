#pragma once

#include "domain/Actor.h"
#include "domain/Flight.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kiosk {
class ScheduleDesk;
}

namespace kiosk::ui {

class SeatMoveModel;

// Puts one flight on another aircraft layout, an admin's decision: Preview runs the core's
// dry run and lists who would move where (SeatMoveModel); only then, for the layout
// previewed, Change aircraft applies it (the same reseating and disruptions as a schedule's
// change of equipment). Picking another layout asks for a new preview.
class ChangeAircraftDialog : public QDialog {
    Q_OBJECT
public:
    ChangeAircraftDialog(ScheduleDesk &desk, const Actor &signedIn, qint64 flightId, const QString &flightKey,
                         QWidget *parent = nullptr);

    bool preview();
    bool apply();

    QComboBox *layoutBox() const { return m_layout; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *movesView() const { return m_movesView; }
    SeatMoveModel *moves() const { return m_moves; }

Q_SIGNALS:
    void aircraftChanged(const QString &summary);

private:
    ScheduleDesk &m_desk;
    const Actor m_actor;
    const qint64 m_flightId;
    QComboBox *m_layout;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QLabel *m_summary;
    SeatMoveModel *m_moves;
    QTableView *m_movesView;
    QString m_previewed; // the layout of the last successful dry run
};

} // namespace kiosk::ui
