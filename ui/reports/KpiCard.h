#pragma once

#include <QFrame>

class QLabel;

namespace kiosk::ui {

// One key figure of the report as a card: the number large, what it counts under it, and
// a detail line ("9 of 10 attempts"). A screen reader hears it as one sentence.
class KpiCard : public QFrame {
    Q_OBJECT
public:
    KpiCard(const QString &caption, QWidget *parent = nullptr);

    void set(const QString &value, const QString &detail = QString());
    // Empty value and detail, "no figure" for a screen reader.
    void clear();

    QLabel *value() const { return m_value; }
    QLabel *caption() const { return m_caption; }
    QLabel *detail() const { return m_detail; }

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_detail;
};

} // namespace kiosk::ui
