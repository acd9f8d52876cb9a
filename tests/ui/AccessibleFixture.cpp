#include "AccessibleFixture.h"

#include "accessibility/AccessibleMode.h"
#include "accessibility/Narrator.h"

#include <QApplication>
#include <QFile>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

namespace kiosk::test {

void AccessibleFixture::TearDown()
{
    if (HasFailure() && narrator) // what the traveller heard, to see where it went wrong
        std::fprintf(stderr, "said:\n  %s\n", qPrintable(narrator->utterances().join(QStringLiteral("\n  "))));
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        QLocale::setDefault(m_locale);
    }
    KioskFixture::TearDown();
    qApp->setStyleSheet(QString());
}

void AccessibleFixture::speakGerman()
{
    // As the kiosk's language switch does it: the words, and the locale (QWERTZ keys, money).
    m_locale = QLocale();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_translator = std::make_unique<QTranslator>();
    ASSERT_TRUE(m_translator->load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                   QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
    ASSERT_TRUE(QCoreApplication::installTranslator(m_translator.get()));
}

void AccessibleFixture::open(const ui::KioskOptions &options)
{
    QFile style(QStringLiteral(":/styles/kiosk.qss")); // as app/kiosk/main.cpp styles the kiosk
    ASSERT_TRUE(style.open(QIODevice::ReadOnly));
    qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    ASSERT_NO_FATAL_FAILURE(openKiosk(options));
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    mode = window->accessibleMode();
    narrator = mode->narrator();
}

void AccessibleFixture::press(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window.get(), key);
    QCoreApplication::processEvents();
}

void AccessibleFixture::downTo(QWidget *target)
{
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != target; ++presses)
        press(Qt::Key_Down);
    ASSERT_EQ(QApplication::focusWidget(), target) << "the keypad never reached " << target->objectName().toStdString();
}

std::string AccessibleFixture::tooWide() const
{
    QStringList found;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->minimumSizeHint().width() > 1100)
            found << QStringLiteral("%1#%2 %3 px")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                         .arg(widget->minimumSizeHint().width());
    }
    return found.join(QStringLiteral(", ")).toStdString();
}

qsizetype AccessibleFixture::mark() const
{
    return narrator->utterances().size();
}

QString AccessibleFixture::saidSince(qsizetype from) const
{
    return narrator->utterances().mid(from).join(QStringLiteral(" | "));
}

} // namespace kiosk::test
