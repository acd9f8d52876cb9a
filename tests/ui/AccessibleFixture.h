#pragma once

#include "KioskFixture.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <string>

class QWidget;

namespace kiosk::ui {
class AccessibleMode;
class Narrator;
} // namespace kiosk::ui

namespace kiosk::test {

// The kiosk with the accessible mode at hand, driven as the navigation keypad drives it: a
// key where the focus is (as the keypad's USB keyboard sends it), then what was said since.
// On a failure the test prints everything the traveller heard.
class AccessibleFixture : public KioskFixture {
protected:
    void TearDown() override;

    // The German catalogue and locale, before open().
    void speakGerman();
    // The kiosk as app/kiosk/main.cpp styles and shows it, active.
    void open(const ui::KioskOptions &options = touchKiosk());
    // A key of the keypad, pressed where the focus is; then the event loop runs the
    // announcement of the new focus.
    void press(Qt::Key key);
    // Down until `target` has the focus; what was said on the way is ignored.
    void downTo(QWidget *target);
    // What asks for more width than the kiosk's screen has, to say where the type is too large.
    std::string tooWide() const;
    qsizetype mark() const;
    QString saidSince(qsizetype from) const;

    ui::AccessibleMode *mode = nullptr;
    ui::Narrator *narrator = nullptr;

private:
    std::unique_ptr<QTranslator> m_translator;
    QLocale m_locale;
};

} // namespace kiosk::test
