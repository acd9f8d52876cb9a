#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kiosk {
class DisruptionDesk;
}

namespace kiosk::ui {

class DisruptionTableModel;

// The agent's list of bookings a schedule change touched (cancelled or retimed flights,
// moved seats, passengers without a seat), open ones by default, newest first. The agent
// opens a row's booking (Enter, double click) to rebook or refund it, then marks the
// disruption handled with a note; the desk records who and when.
class DisruptionsView : public QWidget {
    Q_OBJECT
public:
    explicit DisruptionsView(DisruptionDesk &desk, QWidget *parent = nullptr);

    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *handleButton() const { return m_handle; }
    QTableView *view() const { return m_view; }
    DisruptionTableModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }

    void refresh();
    // Marks the current row's disruption handled with the note's text.
    void handleCurrent();

Q_SIGNALS:
    void openRequested(const QString &reference);

private:
    qint64 currentId() const;
    void updateButtons();

    DisruptionDesk &m_desk;
    QCheckBox *m_openOnly;
    QPushButton *m_refresh;
    QTableView *m_view;
    DisruptionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_note;
    QPushButton *m_handle;
    QLabel *m_status;
};

} // namespace kiosk::ui
