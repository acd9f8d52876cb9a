<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentFormat</name>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="21"/>
        <source>Initiated</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="22"/>
        <source>Seat held</source>
        <translation>Platz reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="23"/>
        <source>Payment pending</source>
        <translation>Zahlung offen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="24"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="25"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="26"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="27"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>BagTagPdf</name>
    <message>
        <location filename="../../print/BagTagPdf.cpp" line="44"/>
        <source>Booking %1 · bag %2 of %3</source>
        <translation>Buchung %1 · Gepäckstück %2 von %3</translation>
    </message>
</context>
<context>
    <name>BoardingPassLayout</name>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="63"/>
        <source>Boarding pass</source>
        <translation>Bordkarte</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="66"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="67"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="69"/>
        <source>Departs</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="70"/>
        <source>From / to</source>
        <translation>Von / nach</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="72"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="73"/>
        <source>Boarding no.</source>
        <translation>Boarding-Nr.</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="74"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="75"/>
        <source>Gate</source>
        <translation>Flugsteig</translation>
    </message>
    <message>
        <location filename="../../print/BoardingPassLayout.cpp" line="75"/>
        <source>see screens</source>
        <translation>siehe Anzeigen</translation>
    </message>
</context>
<context>
    <name>DeclineReasonText</name>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="14"/>
        <source>The card was declined by the bank.</source>
        <translation>Die Bank hat die Karte abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="23"/>
        <source>The card has insufficient funds.</source>
        <translation>Die Karte ist nicht ausreichend gedeckt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="24"/>
        <source>The bank reports that the card has expired.</source>
        <translation>Die Bank meldet, dass die Karte abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="25"/>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="26"/>
        <source>The security code is not correct.</source>
        <translation>Die Prüfnummer ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="27"/>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="28"/>
        <source>The card number is not correct.</source>
        <translation>Die Kartennummer ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="30"/>
        <source>The card has reached its spending limit.</source>
        <translation>Das Verfügungslimit der Karte ist erreicht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DeclineReasonText.cpp" line="31"/>
        <source>The bank could not process the card.</source>
        <translation>Die Bank konnte die Karte nicht verarbeiten.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/widgets/DocumentPrinter.cpp" line="17"/>
        <source>The printer %1 is not available.</source>
        <translation>Der Drucker %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentPrinter.cpp" line="20"/>
        <source>The printer %1 reports an error (paper or connection).</source>
        <translation>Der Drucker %1 meldet einen Fehler (Papier oder Verbindung).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentPrinter.cpp" line="24"/>
        <source>The printer %1 failed: %2.</source>
        <translation>Der Drucker %1 ist ausgefallen: %2.</translation>
    </message>
</context>
<context>
    <name>HoldLimitMessage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="18"/>
        <source>This kiosk already has %n unpaid booking(s) waiting, the most it may hold at once. Please ask at the airline&apos;s desk.</source>
        <translation>
            <numerusform>An diesem Automaten wartet bereits %n unbezahlte Buchung, mehr darf er nicht gleichzeitig reservieren. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</numerusform>
            <numerusform>An diesem Automaten warten bereits %n unbezahlte Buchungen, mehr darf er nicht gleichzeitig reservieren. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="21"/>
        <source>This kiosk already has %n unpaid booking(s) waiting, the most it may hold at once. Please try again after %1, or ask at the airline&apos;s desk.</source>
        <translation>
            <numerusform>An diesem Automaten wartet bereits %n unbezahlte Buchung, mehr darf er nicht gleichzeitig reservieren. Bitte versuchen Sie es nach %1 Uhr noch einmal oder wenden Sie sich an den Schalter der Fluggesellschaft.</numerusform>
            <numerusform>An diesem Automaten warten bereits %n unbezahlte Buchungen, mehr darf er nicht gleichzeitig reservieren. Bitte versuchen Sie es nach %1 Uhr noch einmal oder wenden Sie sich an den Schalter der Fluggesellschaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="25"/>
        <source>This kiosk has placed as many holds as it may in one minute (%n). Please try again after %1.</source>
        <translation>
            <numerusform>Dieser Automat hat in der letzten Minute so viele Reservierungen vorgenommen, wie er darf (%n). Bitte versuchen Sie es nach %1 Uhr noch einmal.</numerusform>
            <numerusform>Dieser Automat hat in der letzten Minute so viele Reservierungen vorgenommen, wie er darf (%n). Bitte versuchen Sie es nach %1 Uhr noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="29"/>
        <source>This desk already holds %n unpaid booking(s), the most it may hold at once. Take payment for one or cancel it.</source>
        <translation>
            <numerusform>Dieser Schalter hält bereits %n unbezahlte Reservierung, mehr darf er nicht gleichzeitig halten. Kassieren oder stornieren Sie eine.</numerusform>
            <numerusform>Dieser Schalter hält bereits %n unbezahlte Reservierungen, mehr darf er nicht gleichzeitig halten. Kassieren oder stornieren Sie eine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="32"/>
        <source>This desk already holds %n unpaid booking(s), the most it may hold at once. Take payment for one or cancel it, or wait until %1 when the first hold lapses.</source>
        <translation>
            <numerusform>Dieser Schalter hält bereits %n unbezahlte Reservierung, mehr darf er nicht gleichzeitig halten. Kassieren oder stornieren Sie eine, oder warten Sie bis %1 Uhr, wenn die erste abläuft.</numerusform>
            <numerusform>Dieser Schalter hält bereits %n unbezahlte Reservierungen, mehr darf er nicht gleichzeitig halten. Kassieren oder stornieren Sie eine, oder warten Sie bis %1 Uhr, wenn die erste abläuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/HoldLimitMessage.cpp" line="37"/>
        <source>This desk has placed as many holds as it may in one minute (%n). Try again at %1.</source>
        <translation>
            <numerusform>Dieser Schalter hat in der letzten Minute so viele Reservierungen vorgenommen, wie er darf (%n). Versuchen Sie es um %1 Uhr noch einmal.</numerusform>
            <numerusform>Dieser Schalter hat in der letzten Minute so viele Reservierungen vorgenommen, wie er darf (%n). Versuchen Sie es um %1 Uhr noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskStartup</name>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="30"/>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="52"/>
        <source>the configuration file %1 does not exist</source>
        <translation>die Konfigurationsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="54"/>
        <source>the configuration file %1 cannot be read (permissions?)</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden (Zugriffsrechte?)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="59"/>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation>die Konfigurationsdatei %1 ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="92"/>
        <source>Airline seat-booking kiosk. Without a mode flag it starts the offline demo.</source>
        <translation>Sitzplatz-Buchungskiosk der Fluggesellschaft. Ohne Modus-Option startet die Offline-Demo.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="97"/>
        <source>Settings file (INI) to read instead of the user&apos;s settings, e.g. /etc/booking-kiosk/kiosk.conf on a counter PC.</source>
        <translation>Einstellungsdatei (INI), die statt der Benutzereinstellungen gelesen wird, z. B. /etc/booking-kiosk/kiosk.conf auf einem Schalter-PC.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="100"/>
        <source>Offline demo: local SQLite file, sample flights, mock payments.</source>
        <translation>Offline-Demo: lokale SQLite-Datei, Beispielflüge, simulierte Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="102"/>
        <source>Counter kiosk: full screen, touch-first, locked down.</source>
        <translation>Kiosk am Schalter: Vollbild, Touch-Bedienung, abgesichert.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="104"/>
        <source>Agent workstation: windowed, keyboard-first.</source>
        <translation>Schalterarbeitsplatz: im Fenster, Tastaturbedienung.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="106"/>
        <source>Database URL: postgresql://... (libpq) or sqlite:PATH. Default: $KIOSK_DB, then the setting database/url.</source>
        <translation>Datenbank-URL: postgresql://... (libpq) oder sqlite:PFAD. Standard: $KIOSK_DB, dann die Einstellung database/url.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="109"/>
        <source>Database URL for the departures board and reports, e.g. a standby (target_session_attrs=prefer-standby). Holds and seat maps always use --db. Default: $KIOSK_READ_DB, then the setting database/readUrl, else --db.</source>
        <translation>Datenbank-URL für die Abflugtafel und die Berichte, z. B. ein Standby-Server (target_session_attrs=prefer-standby). Reservierungen und Sitzpläne verwenden immer --db. Standard: $KIOSK_READ_DB, dann die Einstellung database/readUrl, sonst --db.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="112"/>
        <source>Terminal name for the audit trail (default: host name).</source>
        <translation>Terminalname für das Prüfprotokoll (Standard: Hostname).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="115"/>
        <source>Seat hold in seconds (default %1).</source>
        <translation>Platzreservierung in Sekunden (Standard %1).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="117"/>
        <source>User interface language, e.g. en or de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. en oder de.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="119"/>
        <source>IATA code of the airport this terminal stands in (default %1).</source>
        <translation>IATA-Code des Flughafens, an dem dieses Terminal steht (Standard %1).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="122"/>
        <source>Seconds without input before &apos;Are you still there?&apos; (default %1); with --agent, before the automatic sign-out (default %2, setting %3).</source>
        <translation>Sekunden ohne Eingabe bis „Sind Sie noch da?“ (Standard %1); mit --agent bis zur automatischen Abmeldung (Standard %2, Einstellung %3).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="125"/>
        <source>Demo: seed of the generated flights (default 2026).</source>
        <translation>Demo: Startwert der erzeugten Flüge (Standard 2026).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="127"/>
        <source>Kiosk: hide the mouse cursor (touch screens).</source>
        <translation>Kiosk: Mauszeiger ausblenden (Touchscreens).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="129"/>
        <source>Payment gateway: a gateway URL, or mock / mock?approve=0.8&amp;seed=7. Default: $KIOSK_GATEWAY, then the setting payment/gateway, then the mock on the demo database only.</source>
        <translation>Zahlungs-Gateway: eine Gateway-URL, oder mock / mock?approve=0.8&amp;seed=7. Standard: $KIOSK_GATEWAY, dann die Einstellung payment/gateway, dann nur auf der Demo-Datenbank mock.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="132"/>
        <source>Read an operator exit PIN (4 or more digits) from standard input and print the hash to store as the setting kiosk/operatorPinHash.</source>
        <translation>Eine PIN für das Beenden durch Personal (4 oder mehr Ziffern) von der Standardeingabe lesen und den Hash ausgeben, der als Einstellung kiosk/operatorPinHash gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="144"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="154"/>
        <source>choose one of --demo, --kiosk and --agent</source>
        <translation>wählen Sie eine der Optionen --demo, --kiosk und --agent</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="176"/>
        <source>no database: pass --db URL, set KIOSK_DB, or use --demo</source>
        <translation>keine Datenbank: geben Sie --db URL an, setzen Sie KIOSK_DB oder verwenden Sie --demo</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="179"/>
        <source>--read-db: %1</source>
        <translation>--read-db: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="208"/>
        <source>--origin must be a three-letter IATA airport code, not &apos;%1&apos;</source>
        <translation>--origin muss ein dreistelliger IATA-Flughafencode sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="52"/>
        <source>Receipt and itinerary</source>
        <translation>Beleg und Reiseplan</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="54"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="58"/>
        <source>Departs</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="59"/>
        <source>Arrives</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="67"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="67"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="67"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="68"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="70"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="84"/>
        <source>Fare</source>
        <translation>Flugpreis</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="86"/>
        <source>Voucher %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="89"/>
        <location filename="../../print/ReceiptDocument.cpp" line="94"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="98"/>
        <source>Fares include all taxes and charges; no seat surcharge.</source>
        <translation>Die Preise enthalten alle Steuern und Gebühren; kein Sitzplatzaufpreis.</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="100"/>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="105"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="108"/>
        <source>Cancellation policy (refund by notice before departure)</source>
        <translation>Stornobedingungen (Erstattung nach Frist vor Abflug)</translation>
    </message>
    <message>
        <location filename="../../print/ReceiptDocument.cpp" line="112"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="34"/>
        <source>Initiated</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="35"/>
        <source>Seat held</source>
        <translation>Platz reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="36"/>
        <source>Payment pending</source>
        <translation>Zahlung offen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="37"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="38"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="39"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="40"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="57"/>
        <source>Booking funnel: bookings made in the period that reached each step</source>
        <translation>Buchungstrichter: Buchungen des Zeitraums je erreichtem Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="68"/>
        <source>State now of the bookings made in the period</source>
        <translation>Aktueller Status der Buchungen des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="77"/>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="103"/>
        <source>Money per day (captured minus refunded)</source>
        <translation>Umsatz pro Tag (belastet abzüglich erstattet)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="138"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::AgentWindow</name>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="55"/>
        <source>Booking desk — %1</source>
        <translation>Buchungsschalter — %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="63"/>
        <source>Nobody is signed in on this workstation.</source>
        <translation>An diesem Arbeitsplatz ist niemand angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="67"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="77"/>
        <source>&amp;Bookings</source>
        <translation>B&amp;uchungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="92"/>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/AgentWindow.cpp" line="106"/>
        <source>%1 was signed out after %n second(s) without input.</source>
        <translation>
            <numerusform>%1 wurde nach %n Sekunde ohne Eingabe abgemeldet.</numerusform>
            <numerusform>%1 wurde nach %n Sekunden ohne Eingabe abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="147"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="148"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="148"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="149"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="149"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="154"/>
        <source>&amp;Booking</source>
        <translation>&amp;Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="155"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="159"/>
        <location filename="../../ui/agent/AgentWindow.cpp" line="285"/>
        <source>&amp;New booking</source>
        <translation>&amp;Neue Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="163"/>
        <source>&amp;Open selected</source>
        <translation>Ausgewählte ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="163"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="167"/>
        <source>&amp;Cancel selected…</source>
        <translation>Ausgewählte s&amp;tornieren…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="167"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="175"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="264"/>
        <source>&amp;Reports</source>
        <translation>B&amp;erichte</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="274"/>
        <source>&amp;Disruptions</source>
        <translation>&amp;Störungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="298"/>
        <source>Check-&amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="306"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="306"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="307"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BagScreen</name>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="32"/>
        <source>Checked bags</source>
        <translation>Aufgegebenes Gepäck</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="35"/>
        <source>How many bags does each passenger check in? Hand luggage does not count.</source>
        <translation>Wie viele Gepäckstücke gibt jeder Passagier auf? Handgepäck zählt nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="46"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="48"/>
        <source>Confirm and print bag tags</source>
        <translation>Bestätigen und Gepäckanhänger drucken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="48"/>
        <source>Confirm bags</source>
        <translation>Gepäck bestätigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/BagScreen.cpp" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · seat %2 · %3: up to %n bag(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Sitz %2 · %3: bis zu %n Gepäckstück</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Sitz %2 · %3: bis zu %n Gepäckstücke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="99"/>
        <source>One bag less for %1</source>
        <translation>Ein Gepäckstück weniger für %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="102"/>
        <source>One bag more for %1</source>
        <translation>Ein Gepäckstück mehr für %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/BagScreen.cpp" line="126"/>
        <source>%n checked bag(s) for %1</source>
        <translation>
            <numerusform>%n aufgegebenes Gepäckstück für %1</numerusform>
            <numerusform>%n aufgegebene Gepäckstücke für %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="174"/>
        <source>No new checked bags. Have a good flight!</source>
        <translation>Kein neues Gepäck aufgegeben. Guten Flug!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="175"/>
        <source>Bag tags %1</source>
        <translation>Gepäckanhänger %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/BagScreen.cpp" line="182"/>
        <source>%n bag tag(s): %1.</source>
        <translation>
            <numerusform>%n Gepäckanhänger: %1.</numerusform>
            <numerusform>%n Gepäckanhänger: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="184"/>
        <source>Please take the tags from the printer and fix one to each bag.</source>
        <translation>Bitte entnehmen Sie die Anhänger dem Drucker und befestigen Sie je einen an jedem Gepäckstück.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BagScreen.cpp" line="186"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BoardingPassScreen</name>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="33"/>
        <source>Boarding pass barcode</source>
        <translation>Barcode der Bordkarte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="40"/>
        <source>Previous passenger</source>
        <translation>Vorheriger Fluggast</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="41"/>
        <source>Next passenger</source>
        <translation>Nächster Fluggast</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="42"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="42"/>
        <source>Print boarding pass</source>
        <translation>Bordkarte drucken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="44"/>
        <source>Add checked bags</source>
        <translation>Gepäck aufgeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="50"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="116"/>
        <source>Boarding pass %1 of %2</source>
        <translation>Bordkarte %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="119"/>
        <source>&lt;b style=&apos;font-size:28px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Flight &lt;b&gt;%2&lt;/b&gt; · %3 → %4 · departs %5&lt;br&gt;Seat &lt;b style=&apos;font-size:28px&apos;&gt;%6&lt;/b&gt; · boarding number &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:28px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Flug &lt;b&gt;%2&lt;/b&gt; · %3 → %4 · Abflug %5&lt;br&gt;Sitz &lt;b style=&apos;font-size:28px&apos;&gt;%6&lt;/b&gt; · Boarding-Nummer &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="138"/>
        <source>Boarding pass %1</source>
        <translation>Bordkarte %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="143"/>
        <source>Your boarding pass is printing. Please take it from the printer.</source>
        <translation>Ihre Bordkarte wird gedruckt. Bitte entnehmen Sie sie dem Drucker.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="144"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="152"/>
        <source>Touch “E-mail it to me” to have them sent to %1.</source>
        <translation>Tippen Sie auf „Per E-Mail senden“, dann gehen die Bordkarten an %1.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingDetailDialog</name>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="82"/>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="96"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="96"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="96"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="96"/>
        <source>Fare</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="96"/>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="97"/>
        <source>Bags</source>
        <translation>Gepäck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="98"/>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="100"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="98"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="98"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="98"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="99"/>
        <source>Captured</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="99"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="99"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="100"/>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="100"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="100"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="100"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="101"/>
        <source>Passengers</source>
        <translation>Passagiere</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="107"/>
        <source>Payments and refunds</source>
        <translation>Zahlungen und Erstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="109"/>
        <source>Audit history</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="118"/>
        <source>Passengers and seats</source>
        <translation>Passagiere und Sitzplätze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="119"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="120"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="127"/>
        <source>&amp;Cancel booking / refund…</source>
        <translation>&amp;Stornieren / erstatten…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="130"/>
        <source>Change &amp;seat…</source>
        <translation>Sitz&amp;platz ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="133"/>
        <source>Take &amp;payment…</source>
        <translation>Zahlung &amp;annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="136"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="158"/>
        <source>%1 · %2 · flight %3 · booked %4 at %5 by %6
Total %7 · captured %8 · refunded %9</source>
        <translation>%1 · %2 · Flug %3 · gebucht %4 an %5 von %6
Gesamt %7 · belastet %8 · erstattet %9</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="170"/>
        <source>Only a confirmed booking is cancelled with a refund here.</source>
        <translation>Hier wird nur eine bestätigte Buchung mit Erstattung storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="177"/>
        <source>Only a booking with its seats held and not yet paid takes a payment.</source>
        <translation>Nur eine Buchung mit reservierten, noch nicht bezahlten Plätzen nimmt eine Zahlung an.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="199"/>
        <source>seated</source>
        <translation>hat Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="199"/>
        <source>seat released</source>
        <translation>Sitzplatz freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="214"/>
        <source>%1 ending %2</source>
        <translation>%1 mit Endung %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="219"/>
        <source>refund %1</source>
        <translation>Erstattung %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="242"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailDialog.cpp" line="243"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingLookupView</name>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="37"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="37"/>
        <source>e.g. 5U8QSN</source>
        <translation>z. B. 5U8QSN</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="38"/>
        <source>Passenger name</source>
        <translation>Name des Passagiers</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="38"/>
        <source>name or surname, e.g. obrien-muller</source>
        <translation>Vor- oder Nachname, z. B. obrien-muller</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="39"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="39"/>
        <source>e.g. KX101</source>
        <translation>z. B. KX101</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="40"/>
        <source>Departure date</source>
        <translation>Abflugdatum</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="40"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="44"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="44"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="44"/>
        <source>F&amp;light</source>
        <translation>&amp;Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="55"/>
        <source>&amp;Search</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="62"/>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="175"/>
        <source>Search by reference, passenger name, flight or departure date.</source>
        <translation>Suche nach Buchungsreferenz, Name, Flug oder Abflugdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="65"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="72"/>
        <source>Bookings found</source>
        <translation>Gefundene Buchungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="108"/>
        <source>The flight must be a designator such as KX101, not &apos;%1&apos;.</source>
        <translation>Der Flug muss eine Flugnummer wie KX101 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="116"/>
        <source>The date must be written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>Das Datum muss als JJJJ-MM-TT angegeben werden, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="119"/>
        <source>Enter a reference, a passenger name, a flight or a date first.</source>
        <translation>Geben Sie zuerst eine Referenz, einen Namen, einen Flug oder ein Datum ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="155"/>
        <source>No booking matches.</source>
        <translation>Keine passende Buchung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/BookingLookupView.cpp" line="158"/>
        <source>The newest %n booking(s); narrow the search to see the others.</source>
        <translation>
            <numerusform>Die neueste Buchung (%n); grenzen Sie die Suche ein, um weitere zu sehen.</numerusform>
            <numerusform>Die neuesten %n Buchungen; grenzen Sie die Suche ein, um weitere zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/BookingLookupView.cpp" line="159"/>
        <source>%n booking(s) found.</source>
        <translation>
            <numerusform>%n Buchung gefunden.</numerusform>
            <numerusform>%n Buchungen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingTableModel</name>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="74"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="75"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="76"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="77"/>
        <source>Departure</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="78"/>
        <source>Passengers</source>
        <translation>Passagiere</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="79"/>
        <source>Seats</source>
        <translation>Sitzplätze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="80"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="81"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CancelBookingDialog</name>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="23"/>
        <source>Cancel booking %1</source>
        <translation>Buchung %1 stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="28"/>
        <source>What to cancel</source>
        <translation>Was storniert wird</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="29"/>
        <source>The whole booking</source>
        <translation>Die ganze Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="32"/>
        <source>Only %1 in seat %2</source>
        <translation>Nur %1 auf Sitzplatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="34"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="37"/>
        <source>Reason for the cancellation</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="38"/>
        <source>e.g. customer request</source>
        <translation>z. B. Kundenwunsch</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="39"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="42"/>
        <source>Refund by the cancellation policy</source>
        <translation>Erstattung nach Stornierungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="46"/>
        <source>Refund quote</source>
        <translation>Voraussichtliche Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="52"/>
        <source>&amp;Override refund (supervisor)</source>
        <translation>&amp;Manuelle Erstattung (Supervisor)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="59"/>
        <source>Override refund amount</source>
        <translation>Manueller Erstattungsbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="60"/>
        <source>amount in %1, e.g. 80.00</source>
        <translation>Betrag in %1, z. B. 80.00</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="63"/>
        <source>Override reason</source>
        <translation>Begründung der manuellen Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="64"/>
        <source>required, kept in the audit trail</source>
        <translation>Pflichtfeld, kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="65"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="66"/>
        <source>Reaso&amp;n</source>
        <translation>Begründu&amp;ng</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="69"/>
        <source>Only a supervisor may override the refund policy; you are signed in as %1.</source>
        <translation>Nur Vorgesetzte dürfen von der Erstattungsregel abweichen; Sie sind als %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="76"/>
        <source>Cancellation result</source>
        <translation>Ergebnis der Stornierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="81"/>
        <source>Refund in progress</source>
        <translation>Erstattung läuft</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="86"/>
        <source>Cancel and &amp;refund</source>
        <translation>Stornieren und &amp;erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="105"/>
        <source>cancelled at the desk</source>
        <translation>am Schalter storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="109"/>
        <source>The override amount must be an amount in %1 such as 80.00, not &apos;%2&apos;.</source>
        <translation>Der manuelle Betrag muss ein Betrag in %1 wie 80.00 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="112"/>
        <source>An override needs a reason for the audit trail.</source>
        <translation>Eine manuelle Erstattung braucht eine Begründung für das Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="137"/>
        <source>Policy: %1
Departure in %2 h: %3 % of the fare.
Refund: %4 (left to refund on the card: %5)</source>
        <translation>Regel: %1
Abflug in %2 Std.: %3 % des Preises.
Erstattung: %4 (noch auf die Karte erstattbar: %5)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="153"/>
        <source>Cancelling and refunding through the payment gateway…</source>
        <translation>Stornierung und Erstattung über das Zahlungs-Gateway…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="162"/>
        <source>The cancellation was abandoned before it finished; refresh the booking to see its state.</source>
        <translation>Die Stornierung wurde vor dem Abschluss abgebrochen; aktualisieren Sie die Buchung, um ihren Status zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="170"/>
        <source>The passenger was cancelled</source>
        <translation>Der Passagier wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="171"/>
        <source>The booking was cancelled</source>
        <translation>Die Buchung wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="173"/>
        <source>%1; %2 refunded to the card%3.</source>
        <translation>%1; %2 auf die Karte erstattet%3.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="175"/>
        <source> (supervisor override)</source>
        <translation> (manuell durch Supervisor)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="176"/>
        <source>%1; nothing was refunded.</source>
        <translation>%1; es wurde nichts erstattet.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ChangeSeatDialog</name>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="22"/>
        <source>Change seat — %1</source>
        <translation>Sitzplatz ändern — %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="27"/>
        <source>Passenger to move</source>
        <translation>Umzusetzender Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="30"/>
        <source>%1 in %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="35"/>
        <source>New seat</source>
        <translation>Neuer Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="36"/>
        <source>&amp;Passenger</source>
        <translation>&amp;Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="37"/>
        <source>&amp;New seat</source>
        <translation>&amp;Neuer Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="44"/>
        <source>&amp;Change seat</source>
        <translation>Sitzplatz &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="76"/>
        <source>No seat of this cabin is free.</source>
        <translation>In dieser Kabine ist kein Sitzplatz frei.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="91"/>
        <source>Moved from %1 to %2.</source>
        <translation>Von %1 nach %2 umgesetzt.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CheckInDeskModel</name>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="46"/>
        <source>checked in, no. %1</source>
        <translation>eingecheckt, Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="46"/>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="48"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="61"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="62"/>
        <source>Seat</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="63"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="64"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskModel.cpp" line="65"/>
        <source>Bags</source>
        <translation>Gepäck</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CheckInDeskView</name>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="44"/>
        <source>Boo&amp;king reference:</source>
        <translation>Buchungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="47"/>
        <source>Booking reference to check in</source>
        <translation>Buchungscode zum Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="48"/>
        <source>e.g. K7QX2M</source>
        <translation>z. B. K7QX2M</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="52"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="63"/>
        <source>Flight and check-in window</source>
        <translation>Flug und Check-in-Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="68"/>
        <source>Passengers of the booking</source>
        <translation>Passagiere der Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="81"/>
        <source>&amp;Check in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="82"/>
        <source>&amp;Print boarding pass</source>
        <translation>Bordkarte &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="85"/>
        <source>Offload r&amp;eason:</source>
        <translation>Ausbuchungs&amp;grund:</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="88"/>
        <source>Reason for the offload</source>
        <translation>Grund für das Ausbuchen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="89"/>
        <source>e.g. passenger did not travel</source>
        <translation>z. B. Passagier nicht angetreten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="92"/>
        <source>&amp;Offload</source>
        <translation>A&amp;usbuchen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="96"/>
        <source>Checked ba&amp;gs:</source>
        <translation>Aufgegebenes Ge&amp;päck:</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="99"/>
        <source>Checked bags of the passenger in all</source>
        <translation>Aufgegebene Gepäckstücke des Passagiers insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="102"/>
        <source>Dec&amp;lare bags</source>
        <translation>Gepäck an&amp;melden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="103"/>
        <source>Print bag &amp;tags</source>
        <translation>Gepäck&amp;anhänger drucken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="119"/>
        <source>Check-in messages</source>
        <translation>Check-in-Meldungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="140"/>
        <source>enter a booking reference</source>
        <translation>geben Sie einen Buchungscode ein</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="178"/>
        <source>Booking %1 · flight %2 %3 → %4, departs %5 · check-in %6 to %7%8</source>
        <translation>Buchung %1 · Flug %2 %3 → %4, Abflug %5 · Check-in %6 bis %7%8</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="182"/>
        <source> (open)</source>
        <translation> (geöffnet)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="182"/>
        <source> (closed)</source>
        <translation> (geschlossen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="225"/>
        <source>%n passenger(s) checked in.</source>
        <translation>
            <numerusform>%n Passagier eingecheckt.</numerusform>
            <numerusform>%n Passagiere eingecheckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="239"/>
        <source>The passenger in seat %1 was offloaded.</source>
        <translation>Der Passagier auf Sitz %1 wurde ausgebucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="253"/>
        <source>Seat %1 checks %n bag(s).</source>
        <translation>
            <numerusform>Sitz %1 gibt %n Gepäckstück auf.</numerusform>
            <numerusform>Sitz %1 gibt %n Gepäckstücke auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="264"/>
        <source>Boarding pass %1</source>
        <translation>Bordkarte %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="267"/>
        <source>The boarding pass is printing.</source>
        <translation>Die Bordkarte wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="279"/>
        <source>the passenger in seat %1 has no bags</source>
        <translation>der Passagier auf Sitz %1 hat kein Gepäck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="280"/>
        <source>Bag tags %1</source>
        <translation>Gepäckanhänger %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="283"/>
        <source>The bag tags are printing.</source>
        <translation>Die Gepäckanhänger werden gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CheckInDeskView.cpp" line="292"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CheckInPassengerModel</name>
    <message>
        <location filename="../../ui/models/CheckInPassengerModel.cpp" line="37"/>
        <source>checked in, boarding number %1</source>
        <translation>eingecheckt, Boarding-Nummer %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/CheckInPassengerModel.cpp" line="38"/>
        <source>not checked in yet</source>
        <translation>noch nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/models/CheckInPassengerModel.cpp" line="39"/>
        <source>%1 — seat %2 — %3</source>
        <translation>%1 — Sitz %2 — %3</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CheckInScreen</name>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="45"/>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="106"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="53"/>
        <source>Enter your booking reference and surname, or scan the barcode of your boarding pass.</source>
        <translation>Geben Sie Ihre Buchungsreferenz und Ihren Nachnamen ein oder scannen Sie den Barcode Ihrer Bordkarte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="61"/>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="104"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="63"/>
        <source>Find my booking</source>
        <translation>Buchung suchen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="91"/>
        <source>Who is checking in?</source>
        <translation>Wer checkt ein?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="95"/>
        <source>Passengers of the booking</source>
        <translation>Fluggäste der Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="112"/>
        <source>Change seat</source>
        <translation>Sitz ändern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="114"/>
        <source>Change the seat of the highlighted passenger</source>
        <translation>Sitz des markierten Passagiers ändern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="180"/>
        <source>Booking %1 · flight %2 from %3 to %4, departs %5</source>
        <translation>Buchung %1 · Flug %2 von %3 nach %4, Abflug %5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="184"/>
        <source>Check-in is open until %1.</source>
        <translation>Der Check-in ist bis %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="186"/>
        <source>Check-in opens at %1.</source>
        <translation>Der Check-in öffnet am %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="187"/>
        <source>Check-in closed at %1. Please ask at the airline&apos;s desk.</source>
        <translation>Der Check-in wurde am %1 geschlossen. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInScreen.cpp" line="222"/>
        <source>Seat changed from %1 to %2.</source>
        <translation>Sitz von %1 auf %2 geändert.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CheckInSeatPage</name>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="26"/>
        <source>Seat map: choose the new seat</source>
        <translation>Sitzplan: neuen Sitz wählen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="34"/>
        <source>Keep my seat</source>
        <translation>Meinen Sitz behalten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="36"/>
        <source>Take this seat</source>
        <translation>Diesen Sitz nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="45"/>
        <source>Touch a free seat first.</source>
        <translation>Tippen Sie zuerst auf einen freien Sitz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="53"/>
        <source>Seat %1 is not available.</source>
        <translation>Sitz %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="54"/>
        <source>Touch your chosen seat again to let it go, then choose another.</source>
        <translation>Tippen Sie erneut auf den gewählten Sitz, um ihn freizugeben, und wählen Sie dann einen anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CheckInSeatPage.cpp" line="71"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, seat %2 (%3): choose a new seat in the same cabin.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Sitz %2 (%3): Wählen Sie einen neuen Sitz in derselben Kabine.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ConfirmationScreen</name>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="14"/>
        <source>You&apos;re booked</source>
        <translation>Ihre Buchung ist bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="19"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="32"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="36"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="58"/>
        <source>Booking reference %1</source>
        <translation>Buchungsreferenz %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="59"/>
        <source>Flight %1</source>
        <translation>Flug %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="61"/>
        <source>Seat %1 — %2</source>
        <translation>Sitzplatz %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="62"/>
        <source>Paid %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ConnectionBanner</name>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="14"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="58"/>
        <source>Connection restored.</source>
        <translation>Verbindung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="71"/>
        <source>Connection to the booking system lost. Your seats stay held until their time runs out.</source>
        <translation>Verbindung zum Buchungssystem unterbrochen. Ihre Plätze bleiben reserviert, bis die Zeit abläuft.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="72"/>
        <source>Connection to the booking system lost. Your selection is kept and checked when the connection is back.</source>
        <translation>Verbindung zum Buchungssystem unterbrochen. Ihre Auswahl bleibt erhalten und wird geprüft, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="76"/>
        <source>Retrying now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="76"/>
        <source>Retrying in %1 s…</source>
        <translation>Neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ConnectionBanner.cpp" line="78"/>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ContactFields</name>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="111"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs a name, @ and a domain such as example.com, without spaces</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht einen Namen, @ und eine Domain wie example.com, ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="118"/>
        <source>&apos;%1&apos; is not a phone number: please give the country code and 7 to 15 digits, e.g. +49 30 1234567</source>
        <translation>„%1“ ist keine Telefonnummer: Bitte mit Ländervorwahl und 7 bis 15 Ziffern angeben, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="42"/>
        <source>Your e-mail and phone for the booking confirmation (optional)</source>
        <translation>Ihre E-Mail-Adresse und Telefonnummer für die Buchungsbestätigung (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="50"/>
        <location filename="../../ui/widgets/ContactFields.cpp" line="99"/>
        <source>E-mail address for the booking confirmation, optional</source>
        <translation>E-Mail-Adresse für die Buchungsbestätigung, freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="51"/>
        <source>E-mail, e.g. anna@example.com</source>
        <translation>E-Mail, z. B. anna@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="56"/>
        <source>Phone number with country code, optional</source>
        <translation>Telefonnummer mit Ländervorwahl, freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="57"/>
        <source>Phone, e.g. +49 30 1234567</source>
        <translation>Telefon, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="98"/>
        <source>E-mail address for the waitlist offer, required</source>
        <translation>E-Mail-Adresse für das Angebot der Warteliste, erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="105"/>
        <source>Please give an e-mail address: the offer of seats is sent there.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse an: Dorthin senden wir das Platzangebot.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CountdownLabel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/CountdownLabel.cpp" line="54"/>
        <source>Seats held for %n more second(s)</source>
        <translation>
            <numerusform>Plätze noch %n Sekunde reserviert</numerusform>
            <numerusform>Plätze noch %n Sekunden reserviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DeskBookingView</name>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="68"/>
        <source>The customer&apos;s e-mail and phone for the booking confirmation (optional)</source>
        <translation>E-Mail-Adresse und Telefonnummer des Kunden für die Buchungsbestätigung (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="239"/>
        <source>%1 — %2 — contact: %3</source>
        <translation>%1 — %2 — Kontakt: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="40"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="64"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="66"/>
        <source>&amp;New booking</source>
        <translation>&amp;Neue Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="71"/>
        <source>An unpaid hold is cancelled when you sign out (or are signed out after inactivity) unless you keep it for the customer.</source>
        <translation>Eine unbezahlte Reservierung wird beim Abmelden (auch bei automatischer Abmeldung nach Inaktivität) storniert, außer Sie halten sie für den Kunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/DeskBookingView.cpp" line="88"/>
        <source>Waitlist for %1 %2 — %n traveller(s)</source>
        <translation>
            <numerusform>Warteliste für %1 %2 — %n Reisende(r)</numerusform>
            <numerusform>Warteliste für %1 %2 — %n Reisende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="95"/>
        <source>Alt+W</source>
        <translation>Alt+W</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="119"/>
        <source>Pay now or hold for the customer</source>
        <translation>Jetzt bezahlen oder für den Kunden reservieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="130"/>
        <source>How long to hold the seats for the customer</source>
        <translation>Wie lange die Plätze für den Kunden reserviert bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="140"/>
        <source>&amp;Hold for</source>
        <translation>&amp;Reservieren für</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="146"/>
        <source>&amp;Back to names</source>
        <translation>&amp;Zurück zu den Namen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="150"/>
        <source>&amp;Keep hold for customer</source>
        <translation>Für den &amp;Kunden reservieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="154"/>
        <source>Take &amp;payment…</source>
        <translation>Zahlung &amp;annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="228"/>
        <source>if kept: until %1, unless paid before; paying now takes the standard hold</source>
        <translation>reserviert bis %1, falls nicht vorher bezahlt; bei Zahlung jetzt gilt die Standard-Reservierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="238"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="291"/>
        <source>The hold ran out and the seats were released. Nothing was charged.</source>
        <translation>Die Reservierung ist abgelaufen, die Plätze wurden freigegeben. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="292"/>
        <source>Not paid: the seats were released. Nothing was charged.</source>
        <translation>Nicht bezahlt: Die Plätze wurden freigegeben. Es wurde nichts belastet.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DisruptionTableModel</name>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="28"/>
        <source>Flight cancelled</source>
        <translation>Flug annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="29"/>
        <source>Retimed</source>
        <translation>Zeit geändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="30"/>
        <source>Seat moved</source>
        <translation>Platz verlegt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="31"/>
        <source>No seat</source>
        <translation>Kein Platz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="51"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="54"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="55"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="90"/>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="91"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="92"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="93"/>
        <source>Booking state</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="94"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="95"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="96"/>
        <source>Old seat</source>
        <translation>Alter Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="97"/>
        <source>New seat</source>
        <translation>Neuer Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="98"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="99"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DisruptionsView</name>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="27"/>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="33"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="43"/>
        <source>Disruptions</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="50"/>
        <source>Disruptions of bookings by schedule changes</source>
        <translation>Störungen von Buchungen durch Flugplanänderungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="73"/>
        <source>Note on the handled disruption</source>
        <translation>Notiz zur erledigten Störung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="74"/>
        <source>e.g. rebooked on KX103, passenger informed</source>
        <translation>z. B. auf KX103 umgebucht, Passagier informiert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="78"/>
        <source>&amp;Mark handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="117"/>
        <source>No open disruptions.</source>
        <translation>Keine offenen Störungen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="117"/>
        <source>No disruptions.</source>
        <translation>Keine Störungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/DisruptionsView.cpp" line="118"/>
        <source>%n open disruption(s) to handle.</source>
        <translation>
            <numerusform>%n offene Störung zu erledigen.</numerusform>
            <numerusform>%n offene Störungen zu erledigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="137"/>
        <source>Disruption of booking %1 marked handled.</source>
        <translation>Störung der Buchung %1 als erledigt markiert.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DocumentMailButton</name>
    <message>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="7"/>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="10"/>
        <source>E-mail it to me</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="26"/>
        <source>Sends it to %1</source>
        <translation>Sendet es an %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="43"/>
        <source>Sent to %1. It should arrive within a few minutes.</source>
        <translation>Gesendet an %1. Die E-Mail sollte in wenigen Minuten ankommen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="47"/>
        <source>This has been e-mailed %1 times in the last hour already. Please try again in %2 minutes, or ask at the desk.</source>
        <translation>Das wurde in der letzten Stunde schon %1-mal per E-Mail gesendet. Bitte versuchen Sie es in %2 Minuten noch einmal oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DocumentMailButton.cpp" line="53"/>
        <source>This booking has no e-mail address, so nothing can be e-mailed. Please ask at the desk.</source>
        <translation>Zu dieser Buchung ist keine E-Mail-Adresse hinterlegt, daher kann nichts gesendet werden. Bitte fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightListModel</name>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="127"/>
        <source>Cancelled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="128"/>
        <source>Scheduled</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="128"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="153"/>
        <source>Flight %1 to %2, departing %3, is cancelled</source>
        <translation>Flug %1 nach %2, Abflug %3, ist annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="156"/>
        <source>Flight %1 to %2, departing %3, is closed for sale</source>
        <translation>Flug %1 nach %2, Abflug %3, wird nicht mehr verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="158"/>
        <source>Flight %1 to %2, departs %3, %4 seats left, from %5</source>
        <translation>Flug %1 nach %2, Abflug %3, %4 freie Plätze, ab %5</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="161"/>
        <source>sold out</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="177"/>
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="180"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="191"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="192"/>
        <source>Operated by</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="193"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="194"/>
        <source>Departs (local)</source>
        <translation>Abflug (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="196"/>
        <source>Aircraft</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="197"/>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="198"/>
        <source>Fare</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightListScreen</name>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="20"/>
        <source>Choose your flight</source>
        <translation>Wählen Sie Ihren Flug</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="27"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="31"/>
        <source>Departure day</source>
        <translation>Abflugtag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="33"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="35"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="45"/>
        <source>Departures</source>
        <translation>Abflüge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="66"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="77"/>
        <source>Flight %1 is cancelled. Please choose another flight.</source>
        <translation>Flug %1 ist annulliert. Bitte wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="82"/>
        <source>Flight %1 leaves soon and is no longer sold here. Please ask at the airline&apos;s desk.</source>
        <translation>Flug %1 startet bald und wird hier nicht mehr verkauft. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="101"/>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="111"/>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="116"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="116"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="133"/>
        <source>No departures match. Choose another destination or day.</source>
        <translation>Keine passenden Abflüge. Wählen Sie ein anderes Ziel oder einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightSalesModel</name>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="48"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="54"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="54"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="80"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="81"/>
        <source>Route</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="82"/>
        <source>Departure (UTC)</source>
        <translation>Abflug (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="83"/>
        <source>Seats sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="84"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="85"/>
        <source>Load factor</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="86"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KioskWindow</name>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="65"/>
        <source>Seat booking — %1</source>
        <translation>Sitzplatzbuchung — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="102"/>
        <source>The kiosk was reset after a period of inactivity.</source>
        <translation>Der Kiosk wurde nach längerer Inaktivität zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="278"/>
        <source>Time ran out and your seats were released. Nothing was charged. Please choose your seats again.</source>
        <translation>Die Zeit ist abgelaufen, Ihre Plätze wurden freigegeben. Es wurde nichts belastet. Bitte wählen Sie Ihre Plätze erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="293"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="294"/>
        <source>Touch the button to continue. Otherwise the kiosk starts over in %1 seconds and any held seats are released.</source>
        <translation>Berühren Sie die Schaltfläche, um fortzufahren. Sonst beginnt der Kiosk in %1 Sekunden von vorn und reservierte Plätze werden freigegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="299"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/KioskWaitlist.cpp" line="41"/>
        <source>Waitlist for %1 %2 — %n traveller(s)</source>
        <translation>
            <numerusform>Warteliste für %1 %2 — %n Reisende(r)</numerusform>
            <numerusform>Warteliste für %1 %2 — %n Reisende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWaitlist.cpp" line="81"/>
        <source>Time ran out: the offer has lapsed and its seats went to the next traveller on the waitlist. Nothing was charged.</source>
        <translation>Die Zeit ist abgelaufen: Das Angebot ist verfallen, die Plätze gingen an den nächsten Reisenden auf der Warteliste. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWaitlist.cpp" line="83"/>
        <source>Not paid, and nothing was charged. The seats stay held for you until %1; you can pay for them here or at any kiosk or desk before then.</source>
        <translation>Nicht bezahlt, es wurde nichts belastet. Die Plätze bleiben bis %1 für Sie reserviert; bis dahin können Sie sie hier oder an jedem Automaten oder Schalter bezahlen.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OfferScreen</name>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="19"/>
        <source>Pay for a waitlist offer</source>
        <translation>Angebot der Warteliste bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="22"/>
        <source>Enter the booking reference from the e-mail we sent you and the surname of one of the passengers.</source>
        <translation>Geben Sie die Buchungsreferenz aus unserer E-Mail und den Nachnamen eines der Reisenden ein.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="31"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="34"/>
        <source>Find my offer</source>
        <translation>Mein Angebot suchen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="36"/>
        <source>Find my waitlist offer and pay</source>
        <translation>Mein Angebot der Warteliste suchen und bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="74"/>
        <source>We found no waitlist offer with this booking reference and surname. Please check both against the e-mail we sent you.</source>
        <translation>Wir haben kein Angebot der Warteliste mit dieser Buchungsreferenz und diesem Nachnamen gefunden. Bitte prüfen Sie beides anhand unserer E-Mail.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="78"/>
        <source>Booking %1 is not a waitlist offer. To check in, go back and choose &quot;Check in&quot;.</source>
        <translation>Buchung %1 ist kein Angebot der Warteliste. Zum Einchecken gehen Sie zurück und wählen „Einchecken“.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="82"/>
        <source>This offer has ended: it was paid already, or it ran out and its seats went to the next traveller on the waitlist.</source>
        <translation>Dieses Angebot besteht nicht mehr: Es wurde bereits bezahlt, oder es ist abgelaufen und die Plätze gingen an den nächsten Reisenden auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OfferScreen.cpp" line="86"/>
        <source>The booking system cannot be reached just now. Please try again in a moment.</source>
        <translation>Das Buchungssystem ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="22"/>
        <source>On-screen keypad</source>
        <translation>Bildschirm-Zahlenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="26"/>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="91"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="55"/>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="71"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OperatorExit</name>
    <message>
        <location filename="../../ui/widgets/OperatorExit.cpp" line="18"/>
        <source>The operator exit is not set up on this terminal.</source>
        <translation>Das Beenden durch Personal ist an diesem Terminal nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OperatorExit.cpp" line="22"/>
        <source>Operator exit</source>
        <translation>Beenden durch Personal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OperatorExit.cpp" line="22"/>
        <source>Operator PIN:</source>
        <translation>Personal-PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OperatorExit.cpp" line="33"/>
        <source>Too many wrong PINs: the operator exit is locked for a few minutes.</source>
        <translation>Zu viele falsche PINs: Das Beenden durch Personal ist für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OperatorExit.cpp" line="37"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OutOfServiceScreen</name>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="13"/>
        <source>Kiosk out of service</source>
        <translation>Kiosk außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="16"/>
        <source>Kestrel Air</source>
        <translation>Kestrel Air</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="20"/>
        <source>Temporarily out of service</source>
        <translation>Vorübergehend außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="25"/>
        <source>Please use another kiosk or ask at the desk.</source>
        <translation>Bitte nutzen Sie einen anderen Kiosk oder wenden Sie sich an den Schalter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="33"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="55"/>
        <source>The booking system cannot be reached. Trying again in %n s.</source>
        <translation>
            <numerusform>Das Buchungssystem ist nicht erreichbar. Neuer Versuch in %n s.</numerusform>
            <numerusform>Das Buchungssystem ist nicht erreichbar. Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutOfServiceScreen.cpp" line="56"/>
        <source>The booking system cannot be reached. Trying again now…</source>
        <translation>Das Buchungssystem ist nicht erreichbar. Neuer Versuch läuft …</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PassengerScreen</name>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="22"/>
        <source>Who is travelling?</source>
        <translation>Wer reist?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="48"/>
        <source>Back to seats</source>
        <translation>Zurück zu den Sitzplätzen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="51"/>
        <source>Hold seats and pay</source>
        <translation>Plätze reservieren und bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="80"/>
        <source>Full name of passenger %1, seat %2</source>
        <translation>Vollständiger Name von Passagier %1, Sitzplatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="91"/>
        <source>Passenger %1</source>
        <translation>Reisende(r) %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="92"/>
        <source>Full name of passenger %1 on the waitlist</source>
        <translation>Vollständiger Name von Reisendem %1 auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="95"/>
        <source>E-mail address for the offer (required) and phone (optional)</source>
        <translation>E-Mail-Adresse für das Angebot (erforderlich) und Telefonnummer (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="118"/>
        <source>First and last name, as in the passport</source>
        <translation>Vor- und Nachname wie im Reisepass</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="79"/>
        <source>Seat %1</source>
        <translation>Sitzplatz %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="213"/>
        <source>Joining the waitlist…</source>
        <translation>Eintragung in die Warteliste…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="213"/>
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="215"/>
        <source>Holding your seats…</source>
        <translation>Ihre Plätze werden reserviert…</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="42"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="49"/>
        <source>Your seats are held for</source>
        <translation>Ihre Plätze sind reserviert für</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="58"/>
        <source>Flight %1
%2
Total %3</source>
        <translation>Flug %1
%2
Gesamt %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="69"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="75"/>
        <source>Expiry date, month and year</source>
        <translation>Ablaufdatum, Monat und Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="76"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="80"/>
        <source>Security code</source>
        <translation>Prüfnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="86"/>
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="87"/>
        <source>&amp;Expiry</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="88"/>
        <source>Security &amp;code</source>
        <translation>&amp;Prüfnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="111"/>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="118"/>
        <source>Cancel and release seats</source>
        <translation>Abbrechen und Plätze freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="118"/>
        <source>Close without paying</source>
        <translation>Schließen, ohne zu bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="122"/>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="154"/>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="141"/>
        <source>Less than a minute left to pay.</source>
        <translation>Weniger als eine Minute zum Bezahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="188"/>
        <source>Enter the expiry date as MM/YY, for example 08/29.</source>
        <translation>Geben Sie das Ablaufdatum als MM/JJ ein, zum Beispiel 08/29.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="210"/>
        <source>Authorizing the payment with your bank…</source>
        <translation>Die Zahlung wird bei Ihrer Bank autorisiert…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="214"/>
        <source>Your bank approved the payment. Confirming your booking…</source>
        <translation>Ihre Bank hat die Zahlung genehmigt. Ihre Buchung wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="217"/>
        <source>Checking with your bank what happened to the payment. Please wait…</source>
        <translation>Wir klären mit Ihrer Bank, was mit der Zahlung geschehen ist. Bitte warten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/PaymentDialog.cpp" line="262"/>
        <source>Your bank declined the payment: %1 You have not been charged. We are keeping your seats %n more minute(s) so you can try another card.</source>
        <translation>
            <numerusform>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Wir halten Ihre Plätze noch %n weitere Minute, damit Sie eine andere Karte versuchen können.</numerusform>
            <numerusform>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Wir halten Ihre Plätze noch %n weitere Minuten, damit Sie eine andere Karte versuchen können.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="268"/>
        <source>Your bank declined the payment: %1 You have not been charged. Please try another card while your seats are held.</source>
        <translation>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Bitte versuchen Sie eine andere Karte, solange Ihre Plätze reserviert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="275"/>
        <source>We could not get a clear answer from your bank, so your booking is not confirmed. We will not charge you twice: anything reserved or taken on your card for this attempt is given back automatically. Please ask a member of staff for help.</source>
        <translation>Ihre Bank hat keine eindeutige Antwort gegeben, daher ist Ihre Buchung nicht bestätigt. Wir belasten Sie nicht doppelt: Was für diesen Versuch auf Ihrer Karte reserviert oder abgebucht wurde, geht automatisch zurück. Bitte wenden Sie sich an unser Personal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="282"/>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="327"/>
        <source>The payment did not go through and you have not been charged. Please try again while your seats are held.</source>
        <translation>Die Zahlung ist nicht durchgegangen, Ihnen wurde nichts belastet. Bitte versuchen Sie es erneut, solange Ihre Plätze reserviert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="284"/>
        <source>The payment did not go through and you have not been charged. Your booking is not confirmed.</source>
        <translation>Die Zahlung ist nicht durchgegangen, Ihnen wurde nichts belastet. Ihre Buchung ist nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="293"/>
        <source>We lost the connection to the booking system, so your booking is not confirmed yet. Please wait: as soon as it is back we finish or cancel the payment. If it is cancelled, any amount reserved on your card is released and you are not charged.</source>
        <translation>Die Verbindung zum Buchungssystem ist unterbrochen, daher ist Ihre Buchung noch nicht bestätigt. Bitte warten Sie: Sobald sie wieder steht, schließen wir die Zahlung ab oder brechen sie ab. Bei einem Abbruch wird ein auf Ihrer Karte reservierter Betrag freigegeben und Ihnen nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="302"/>
        <source>You have not been charged. Pay without the voucher or try another one.</source>
        <translation>Ihnen wurde nichts berechnet. Zahlen Sie ohne den Gutschein oder versuchen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="22"/>
        <source>Your receipt</source>
        <translation>Ihr Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="27"/>
        <source>Receipt preview</source>
        <translation>Belegvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="34"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="34"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="37"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="86"/>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="94"/>
        <source>Your receipt is printing. Please take it from the printer.</source>
        <translation>Ihr Beleg wird gedruckt. Bitte entnehmen Sie ihn dem Drucker.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="98"/>
        <source>Your booking is confirmed.</source>
        <translation>Ihre Buchung ist bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="99"/>
        <source>Your receipt was saved as %1</source>
        <translation>Ihr Beleg wurde gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="104"/>
        <source>Touch “E-mail it to me” to have it sent to %1.</source>
        <translation>Tippen Sie auf „Per E-Mail senden“, dann geht er an %1.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ReferenceSurnameFields</name>
    <message>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="21"/>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="30"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="22"/>
        <source>6 letters and digits, e.g. K7QX2M</source>
        <translation>6 Buchstaben und Ziffern, z. B. K7QX2M</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="26"/>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="31"/>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="27"/>
        <source>As on the booking</source>
        <translation>Wie in der Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ReferenceSurnameFields.cpp" line="56"/>
        <source>Please enter the booking reference and the surname.</source>
        <translation>Bitte geben Sie die Buchungsreferenz und den Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ReportsView</name>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="36"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="36"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="44"/>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="45"/>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="46"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="49"/>
        <source>Booking funnel chart</source>
        <translation>Diagramm Buchungstrichter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="50"/>
        <source>Booking states chart</source>
        <translation>Diagramm Buchungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="51"/>
        <source>Money per day chart</source>
        <translation>Diagramm Umsatz pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="57"/>
        <source>Sales report</source>
        <translation>Verkaufsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="59"/>
        <source>Show the report for these days (Enter, F5)</source>
        <translation>Bericht für diese Tage anzeigen (Eingabe, F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="61"/>
        <source>Report summary</source>
        <translation>Berichtszusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="65"/>
        <source>Report message</source>
        <translation>Berichtsmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="73"/>
        <source>Load factor and revenue per flight</source>
        <translation>Auslastung und Umsatz pro Flug</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="82"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="84"/>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="96"/>
        <source>UTC days, both included</source>
        <translation>UTC-Tage, jeweils einschließlich</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="127"/>
        <source>Pick the days and press Show.</source>
        <translation>Wählen Sie die Tage und dann „Anzeigen“.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="168"/>
        <source>%1 to %2: %3 bookings made, %4 confirmed · payment success %5 (%6 of %7 attempts) · expired holds %8 (%9 of %10) · money %11</source>
        <translation>%1 bis %2: %3 Buchungen, %4 bestätigt · Zahlungserfolg %5 (%6 von %7 Versuchen) · abgelaufene Reservierungen %8 (%9 von %10) · Umsatz %11</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="179"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatDelegate</name>
    <message>
        <location filename="../../ui/widgets/SeatDelegate.cpp" line="101"/>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatLegend</name>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="17"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="18"/>
        <source>Extra legroom</source>
        <translation>Mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="19"/>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="20"/>
        <source>Held by someone</source>
        <translation>Von jemandem reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="21"/>
        <source>Taken</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="22"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="41"/>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapModel</name>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="11"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="12"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="13"/>
        <source>Premium economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="14"/>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="24"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="25"/>
        <source>held by another traveller</source>
        <translation>von anderen Reisenden reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="26"/>
        <source>taken</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="27"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="196"/>
        <source>Seat %1</source>
        <translation>Sitzplatz %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="198"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="200"/>
        <source>aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="202"/>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="204"/>
        <source>exit row</source>
        <translation>Notausgangsreihe</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="206"/>
        <source>extra legroom</source>
        <translation>mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="208"/>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="231"/>
        <source>%1 — full</source>
        <translation>%1 — voll</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="232"/>
        <source>%1 — from %2</source>
        <translation>%1 — ab %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="247"/>
        <source>Row %1, exit row</source>
        <translation>Reihe %1, Notausgang</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="247"/>
        <source>Row %1</source>
        <translation>Reihe %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapScreen</name>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="30"/>
        <source>&amp;Travellers</source>
        <translation>&amp;Reisende</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="33"/>
        <source>Number of travellers</source>
        <translation>Anzahl der Reisenden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="42"/>
        <source>One traveller fewer</source>
        <translation>Ein Reisender weniger</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="45"/>
        <source>One more traveller</source>
        <translation>Ein Reisender mehr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="58"/>
        <source>Best available together</source>
        <translation>Beste Plätze zusammen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="90"/>
        <source>Back to flights</source>
        <translation>Zurück zu den Flügen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="94"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="109"/>
        <source>There are no %n seats side by side left. Please choose seats one by one.</source>
        <translation>
            <numerusform>Es ist kein Platz mehr frei. Bitte wählen Sie die Plätze einzeln.</numerusform>
            <numerusform>Es gibt keine %n Plätze nebeneinander mehr. Bitte wählen Sie die Plätze einzeln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="116"/>
        <source>Seat %1 is not available.</source>
        <translation>Sitzplatz %1 ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="117"/>
        <source>You have chosen %n seat(s) already. Tap one of them to change it.</source>
        <translation>
            <numerusform>Sie haben bereits %n Platz gewählt. Tippen Sie ihn an, um ihn zu ändern.</numerusform>
            <numerusform>Sie haben bereits %n Plätze gewählt. Tippen Sie einen davon an, um ihn zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="137"/>
        <source>Flight %1 is cancelled. Please go back and choose another flight.</source>
        <translation>Flug %1 ist annulliert. Bitte gehen Sie zurück und wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="138"/>
        <source>Choose seats — %1 %2 → %3, %4</source>
        <translation>Plätze wählen — %1 %2 → %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="154"/>
        <source>Main deck</source>
        <translation>Hauptdeck</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="154"/>
        <source>Upper deck</source>
        <translation>Oberdeck</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="181"/>
        <source>%1 is full — join the waitlist</source>
        <translation>%1 ist ausgebucht — auf die Warteliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="182"/>
        <source>Only %n seat(s) left in %1 — join the waitlist</source>
        <translation>
            <numerusform>Nur noch %n Platz in %1 — auf die Warteliste</numerusform>
            <numerusform>Nur noch %n Plätze in %1 — auf die Warteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="186"/>
        <source>Join the waitlist for %1, %n traveller(s)</source>
        <translation>
            <numerusform>Auf die Warteliste für %1, %n Reisende(r)</numerusform>
            <numerusform>Auf die Warteliste für %1, %n Reisende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="226"/>
        <source>Seat %1 was just taken by another traveller. Please choose another.</source>
        <translation>Sitzplatz %1 wurde gerade von anderen Reisenden belegt. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="240"/>
        <source>The airline has just cancelled flight %1. Your seats cannot be booked on it; please go back and choose another flight.</source>
        <translation>Die Fluggesellschaft hat Flug %1 soeben annulliert. Ihre Plätze können darauf nicht gebucht werden; bitte gehen Sie zurück und wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="244"/>
        <source>The airline has just changed flight %1: it now departs %2 (was %3) for %4.</source>
        <translation>Die Fluggesellschaft hat Flug %1 soeben geändert: Abflug jetzt %2 (bisher %3) nach %4.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="253"/>
        <source>Sorry, seat %1 was taken by another traveller a moment ago. Your other seats are still selected; please choose a replacement.</source>
        <translation>Leider wurde Sitzplatz %1 soeben von anderen Reisenden belegt. Ihre übrigen Plätze bleiben ausgewählt; bitte wählen Sie einen Ersatz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="281"/>
        <source>%1 — seats %2 — %3</source>
        <translation>%1 — Plätze %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="290"/>
        <source>Tap %n seat(s)</source>
        <translation>
            <numerusform>%n Platz antippen</numerusform>
            <numerusform>%n Plätze antippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapView</name>
    <message>
        <location filename="../../ui/widgets/SeatMapView.cpp" line="15"/>
        <source>Seat map</source>
        <translation>Sitzplan</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SignInDialog</name>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="21"/>
        <location filename="../../ui/agent/SignInDialog.cpp" line="22"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="24"/>
        <source>Sign in to the agent workstation</source>
        <translation>Am Schalterarbeitsplatz anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="27"/>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="39"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="42"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="44"/>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="45"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="50"/>
        <source>Sign-in message</source>
        <translation>Hinweis zur Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="56"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="78"/>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="83"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SignInDialog.cpp" line="88"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::VoucherField</name>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="17"/>
        <source>&amp;Voucher</source>
        <translation>&amp;Gutschein</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="20"/>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="21"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="26"/>
        <source>Apply</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="33"/>
        <source>Voucher status</source>
        <translation>Gutscheinstatus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="63"/>
        <source>Voucher %1 takes %2 off: you pay %3 instead of %4.</source>
        <translation>Gutschein %1 zieht %2 ab: Sie zahlen %3 statt %4.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::WaitlistScreen</name>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="18"/>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="53"/>
        <source>You are on the waitlist</source>
        <translation>Sie stehen auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="25"/>
        <source>Your place on the waitlist</source>
        <translation>Ihr Platz auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="39"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="53"/>
        <source>On the waitlist</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="67"/>
        <source>The customer is number %1 on the waitlist for %2 %3.</source>
        <translation>Der Kunde ist Nummer %1 auf der Warteliste für %2 %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="70"/>
        <source>If seats free up they are held for the customer and %1 gets a booking reference by e-mail; the customer pays at any kiosk or desk before the offer&apos;s deadline.</source>
        <translation>Werden Plätze frei, werden sie für den Kunden reserviert und %1 erhält eine Buchungsreferenz per E-Mail; der Kunde bezahlt vor Ablauf des Angebots an jedem Automaten oder Schalter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="74"/>
        <source>You are number %1 on the waitlist for %2 %3.</source>
        <translation>Sie sind Nummer %1 auf der Warteliste für %2 %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="75"/>
        <source>If seats free up we hold them for you and e-mail %1 a booking reference; pay for them at any kiosk or desk before the offer&apos;s deadline.</source>
        <translation>Werden Plätze frei, reservieren wir sie für Sie und senden eine Buchungsreferenz an %1; bezahlen Sie sie vor Ablauf des Angebots an jedem Automaten oder Schalter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="88"/>
        <source>%1 has enough free seats for you now: please go back and choose them.</source>
        <translation>In %1 sind jetzt genug Plätze für Sie frei: Bitte gehen Sie zurück und wählen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="90"/>
        <source>%1 is already on the waitlist for %2 on this flight.</source>
        <translation>%1 steht auf diesem Flug bereits auf der Warteliste für %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="92"/>
        <source>Sales for this flight have closed, so its waitlist is closed too.</source>
        <translation>Der Verkauf für diesen Flug ist beendet, damit auch seine Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="95"/>
        <source>This flight is no longer on sale. Please choose another flight.</source>
        <translation>Dieser Flug wird nicht mehr verkauft. Bitte wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="97"/>
        <source>This terminal cannot add travellers to a waitlist. Please ask at the airline&apos;s desk.</source>
        <translation>An diesem Terminal ist keine Eintragung in eine Warteliste möglich. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WaitlistScreen.cpp" line="99"/>
        <source>The booking system cannot be reached just now. Please try again in a moment.</source>
        <translation>Das Buchungssystem ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="20"/>
        <source>Kestrel Air</source>
        <translation>Kestrel Air</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="24"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="31"/>
        <source>Book your seat</source>
        <translation>Buchen Sie Ihren Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="35"/>
        <source>Departures from %1</source>
        <translation>Abflüge ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="40"/>
        <source>Touch to start</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="42"/>
        <source>Start booking</source>
        <translation>Buchung starten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="46"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="48"/>
        <source>Check in for a booked flight</source>
        <translation>Für einen gebuchten Flug einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="52"/>
        <source>Pay for a waitlist offer</source>
        <translation>Angebot der Warteliste bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="54"/>
        <source>Pay for seats a waitlist offered you</source>
        <translation>Plätze bezahlen, die Ihnen die Warteliste angeboten hat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="75"/>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="77"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/kiosk/main.cpp" line="38"/>
        <source>The kiosk cannot start</source>
        <translation>Der Kiosk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskTerminal.cpp" line="93"/>
        <source>This terminal is set to airport %1, which the database does not know.</source>
        <translation>Dieses Terminal ist auf den Flughafen %1 eingestellt, den die Datenbank nicht kennt.</translation>
    </message>
</context>
</TS>
