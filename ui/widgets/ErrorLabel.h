#pragma once

#include <QLabel>

namespace kiosk::ui {

// A field's error in words, with an error sign before them: colour alone is not enough (not
// everyone sees red, and a red word among black ones is easy to miss). Styled by the style
// sheets' [role="error"]; the sign takes the text's colour and shows only while there is text.
class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(const QString &objectName, QWidget *parent = nullptr);

    // True when the sign is painted (there is an error to show).
    bool showsSign() const { return !text().isEmpty(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int signSize() const;
    void keepRoomForSign();
};

} // namespace kiosk::ui
