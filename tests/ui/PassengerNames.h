#pragma once

#include "screens/PassengerScreen.h"

#include <QLineEdit>
#include <QTest>

namespace kiosk::test {

// Types a full name into the passenger form as a traveller does, replacing what is there:
// the first word into the given names, the rest into the surname ("R2-D2": given names only).
inline void typeName(ui::PassengerScreen &screen, int traveller, const QString &fullName)
{
    const QString name = fullName.simplified();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    QLineEdit *given = screen.givenNamesField(traveller);
    QLineEdit *surname = screen.surnameField(traveller);
    if (!given || !surname) // also in the screenshot tours, which have no GoogleTest to report to
        qFatal("typeName: the passenger screen has no traveller %d", traveller + 1);
    given->clear();
    surname->clear();
    QTest::keyClicks(given, space < 0 ? name : name.left(space));
    if (space >= 0)
        QTest::keyClicks(surname, name.mid(space + 1));
}

} // namespace kiosk::test
