<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>KioskStartup</name>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="20" />
        <source>%1 must be a whole number from %2 to %3, not '%4'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="40" />
        <source>Airline seat-booking kiosk. Without a mode flag it starts the offline demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="45" />
        <source>Offline demo: local SQLite file, sample flights, mock payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="47" />
        <source>Counter kiosk: full screen, touch-first, locked down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="49" />
        <source>Agent workstation: windowed, keyboard-first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="51" />
        <source>Database URL: postgresql://... (libpq) or sqlite:PATH. Default: $KIOSK_DB, then the setting database/url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="54" />
        <source>Terminal name for the audit trail (default: host name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="57" />
        <source>Seat hold in seconds (default 600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="59" />
        <source>User interface language, e.g. en or de.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="61" />
        <source>IATA code of the airport this terminal stands in (default DUB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="64" />
        <source>Seconds without input before 'Are you still there?' (default 60).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="67" />
        <source>Demo: seed of the generated flights (default 2026).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="69" />
        <source>Kiosk: hide the mouse cursor (touch screens).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="74" />
        <source>choose one of --demo, --kiosk and --agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="88" />
        <source>no database: pass --db URL, set KIOSK_DB, or use --demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="103" />
        <source>--origin must be a three-letter IATA airport code, not '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::ConfirmationScreen</name>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="14" />
        <source>You're booked</source>
        <translation>Ihre Buchung ist bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="19" />
        <source>Booking reference</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="32" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="43" />
        <source>Booking reference %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="44" />
        <source>Flight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="46" />
        <source>Seat %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="47" />
        <source>Paid %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::CountdownLabel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/CountdownLabel.cpp" line="40" />
        <source>Seats held for %n more second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightListModel</name>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="129" />
        <source>Flight %1 to %2, departs %3, %4 seats left, from %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="132" />
        <source>sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="143" />
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="144" />
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="154" />
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="155" />
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="156" />
        <source>Departs (local)</source>
        <translation>Abflug (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="157" />
        <source>Aircraft</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="158" />
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="159" />
        <source>Fare</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightListScreen</name>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="20" />
        <source>Choose your flight</source>
        <translation>Wählen Sie Ihren Flug</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="27" />
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="31" />
        <source>Departure day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="33" />
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="35" />
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="45" />
        <source>Departures</source>
        <translation>Abflüge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="63" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="87" />
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="97" />
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="102" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="102" />
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="119" />
        <source>No departures match. Choose another destination or day.</source>
        <translation>Keine passenden Abflüge. Wählen Sie ein anderes Ziel oder einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KioskWindow</name>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="45" />
        <source>Seat booking — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="63" />
        <source>The kiosk was reset after a period of inactivity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="85" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="86" />
        <source>&amp;New customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="88" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="92" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="93" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="94" />
        <source>&amp;Departures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="144" />
        <source>Seats not held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="164" />
        <source>Time ran out and your seats were released. Nothing was charged. Please choose your seats again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="180" />
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="181" />
        <source>Touch the button to continue. Otherwise the kiosk starts over in %1 seconds and any held seats are released.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="186" />
        <source>I'm still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="223" />
        <source>Operator exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="223" />
        <source>Operator PIN:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="13" />
        <source>On-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="21" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="32" />
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PassengerScreen</name>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="19" />
        <source>Who is travelling?</source>
        <translation>Wer reist?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="33" />
        <source>Back to seats</source>
        <translation>Zurück zu den Sitzplätzen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="36" />
        <location filename="../../ui/screens/PassengerScreen.cpp" line="108" />
        <source>Hold seats and pay</source>
        <translation>Plätze reservieren und bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="61" />
        <source>Full name of passenger %1, seat %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="62" />
        <source>First and last name, as in the passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="69" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="108" />
        <source>Holding your seats…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="22" />
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="29" />
        <source>Your seats are held for</source>
        <translation>Ihre Plätze sind reserviert für</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="38" />
        <source>Flight %1
%2
Total %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="49" />
        <source>Card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="55" />
        <source>Expiry date, month and year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="56" />
        <source>MM/YY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="60" />
        <source>Security code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="66" />
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="67" />
        <source>&amp;Expiry</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="68" />
        <source>Security &amp;code</source>
        <translation>&amp;Prüfnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="74" />
        <source>Payment status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="81" />
        <source>Cancel and release seats</source>
        <translation>Abbrechen und Plätze freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="84" />
        <source>Pay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="97" />
        <source>Less than a minute left to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="114" />
        <source>Enter the expiry date as MM/YY, for example 08/29.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="120" />
        <source>Authorizing the payment with your bank…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="140" />
        <source>Your bank declined the payment: %1 You have not been charged. Please try another card while your seats are held.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::SeatDelegate</name>
    <message>
        <location filename="../../ui/widgets/SeatDelegate.cpp" line="100" />
        <source>EXIT</source>
        <translation>NOTAUSGANG</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatLegend</name>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="17" />
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="18" />
        <source>Extra legroom</source>
        <translation>Mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="19" />
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="20" />
        <source>Held by someone</source>
        <translation>Von jemandem reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="21" />
        <source>Taken</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="22" />
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="41" />
        <source>Legend: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapModel</name>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="13" />
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="14" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="15" />
        <source>Premium economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="16" />
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="24" />
        <source>free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="25" />
        <source>held by another traveller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="26" />
        <source>taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="27" />
        <source>not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="196" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="198" />
        <source>window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="200" />
        <source>aisle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="202" />
        <source>middle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="204" />
        <source>exit row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="206" />
        <source>extra legroom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="208" />
        <source>selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="231" />
        <source>%1 — full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="232" />
        <source>%1 — from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="247" />
        <source>Row %1, exit row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="247" />
        <source>Row %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapScreen</name>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="28" />
        <source>&amp;Travellers</source>
        <translation>&amp;Reisende</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="31" />
        <source>Number of travellers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="36" />
        <source>Best available together</source>
        <translation>Beste Plätze nebeneinander</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="60" />
        <source>Back to flights</source>
        <translation>Zurück zu den Flügen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="64" />
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="78" />
        <source>There are no %n seats side by side left. Please choose seats one by one.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="85" />
        <source>Seat %1 is not available.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="86" />
        <source>You have chosen %n seat(s) already. Tap one of them to change it.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="103" />
        <source>Choose seats — %1 %2 → %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="118" />
        <source>Main deck</source>
        <translation>Hauptdeck</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="118" />
        <source>Upper deck</source>
        <translation>Oberdeck</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="139" />
        <source>Seat %1 was just taken by another traveller. Please choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="146" />
        <source>Sorry, seat %1 was taken by another traveller a moment ago. Your other seats are still selected; please choose a replacement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="167" />
        <source>%1 — seats %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="176" />
        <source>Tap %n seat(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapView</name>
    <message>
        <location filename="../../ui/widgets/SeatMapView.cpp" line="14" />
        <source>Seat map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ui::WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="20" />
        <source>Kestrel Air</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="24" />
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="31" />
        <source>Book your seat</source>
        <translation>Buchen Sie Ihren Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="35" />
        <source>Departures from %1</source>
        <translation>Abflüge ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="40" />
        <source>Touch to start</source>
        <translation>Zum Starten berühren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="42" />
        <source>Start booking</source>
        <translation>Buchung starten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="51" />
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="53" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/kiosk/main.cpp" line="25" />
        <source>The kiosk cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>