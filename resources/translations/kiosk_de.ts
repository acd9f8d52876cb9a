<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="13"/>
        <source>hold seats</source>
        <translation>Sitze reservieren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="14"/>
        <source>hold seats longer than the standard hold time</source>
        <translation>Sitze länger als die übliche Reservierungszeit halten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="15"/>
        <source>pay</source>
        <translation>bezahlen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="16"/>
        <source>pay for a booking made elsewhere</source>
        <translation>eine anderswo gemachte Buchung bezahlen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="17"/>
        <source>cancel its own hold</source>
        <translation>die eigene Reservierung aufheben</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="18"/>
        <source>check in</source>
        <translation>einchecken</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="19"/>
        <source>offload a checked-in passenger</source>
        <translation>einen eingecheckten Fluggast ausbuchen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="20"/>
        <source>look up bookings</source>
        <translation>Buchungen suchen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="21"/>
        <source>cancel</source>
        <translation>stornieren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="22"/>
        <source>refund</source>
        <translation>erstatten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="23"/>
        <source>change seat</source>
        <translation>den Sitz ändern</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="24"/>
        <source>override the refund policy</source>
        <translation>von den Erstattungsregeln abweichen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="25"/>
        <source>view reports</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="26"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="27"/>
        <source>set the refund policy</source>
        <translation>die Erstattungsregeln festlegen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="28"/>
        <source>set the hold limits</source>
        <translation>die Reservierungsgrenzen festlegen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="29"/>
        <source>administer the database</source>
        <translation>die Datenbank verwalten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="30"/>
        <source>handle disruptions</source>
        <translation>Flugstörungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="31"/>
        <source>import schedules</source>
        <translation>Flugpläne importieren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="32"/>
        <source>configure airlines</source>
        <translation>Fluggesellschaften einrichten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="33"/>
        <source>manage vouchers</source>
        <translation>Gutscheine verwalten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="34"/>
        <source>handle travellers&apos; notifications and contact details</source>
        <translation>Benachrichtigungen und Kontaktdaten der Reisenden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="35"/>
        <source>open a flight for sale</source>
        <translation>einen Flug zum Verkauf öffnen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="36"/>
        <source>open the flights entering the sales horizon</source>
        <translation>die Flüge öffnen, die in den Verkaufszeitraum kommen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="37"/>
        <source>block seats</source>
        <translation>Sitze sperren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="38"/>
        <source>set fares and seat surcharges</source>
        <translation>Tarife und Sitzaufpreise festlegen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="39"/>
        <source>call staff</source>
        <translation>Personal rufen</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="40"/>
        <source>answer calls for help</source>
        <translation>Hilferufe beantworten</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="41"/>
        <source>change a flight&apos;s aircraft</source>
        <translation>das Flugzeug eines Flugs wechseln</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="42"/>
        <source>import aircraft layouts</source>
        <translation>Flugzeuglayouts importieren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="43"/>
        <source>cancel a flight</source>
        <translation>einen Flug annullieren</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="45"/>
        <source>this action</source>
        <translation>diese Aktion</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="106"/>
        <source>%1 is not allowed for role %2 (user %3; needs %4 or higher)</source>
        <translation>„%1“ ist für die Rolle %2 nicht erlaubt (Benutzer %3; nötig ist %4 oder höher)</translation>
    </message>
</context>
<context>
    <name>AgentFormat</name>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="23"/>
        <source>Initiated</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="24"/>
        <source>Seat held</source>
        <translation>Platz reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="25"/>
        <source>Payment pending</source>
        <translation>Zahlung offen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="26"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="27"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="28"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="29"/>
        <location filename="../../ui/agent/AgentFormat.h" line="61"/>
        <location filename="../../ui/agent/AgentFormat.h" line="85"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="56"/>
        <source>Waiting for the bank</source>
        <translation>Wartet auf die Bank</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="57"/>
        <source>Authorised, not yet taken</source>
        <translation>Autorisiert, noch nicht abgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="58"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="59"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="60"/>
        <source>Authorisation released</source>
        <translation>Autorisierung freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="83"/>
        <source>Refund on its way</source>
        <translation>Erstattung unterwegs</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentFormat.h" line="87"/>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AircraftChange</name>
    <message>
        <location filename="../../core/schedule/AircraftChange.cpp" line="77"/>
        <source>its aircraft can no longer be changed</source>
        <translation>sein Flugzeug kann nicht mehr gewechselt werden</translation>
    </message>
</context>
<context>
    <name>AirlineCodes</name>
    <message>
        <location filename="../../core/domain/AirlineCodes.cpp" line="14"/>
        <source>an airline designator is 2 or 3 letters or digits (KX), not &apos;%1&apos;</source>
        <translation>ein Airline-Code hat 2 oder 3 Buchstaben oder Ziffern (KX), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/domain/AirlineCodes.cpp" line="27"/>
        <source>a route is two different airport codes, FROM-TO (DUB-LHR), not &apos;%1&apos;</source>
        <translation>eine Strecke sind zwei verschiedene Flughafencodes, VON-NACH (DUB-LHR), nicht „%1“</translation>
    </message>
</context>
<context>
    <name>AirlineSettings</name>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="52"/>
        <source>%1 must be a time before departure like 24h, 45m, 1h30m or minutes (90), not &apos;%2&apos;</source>
        <translation>%1 muss eine Zeit vor Abflug sein wie 24h, 45m, 1h30m oder Minuten (90), nicht „%2“</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="80"/>
        <source>an airline&apos;s numeric code is 3 digits (999), not &apos;%1&apos;</source>
        <translation>der numerische Code einer Fluggesellschaft hat 3 Ziffern (999), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="82"/>
        <source>an airline&apos;s name cannot be empty</source>
        <translation>der Name einer Fluggesellschaft darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="104"/>
        <source>airline %1 is not on file: give its numeric code and name</source>
        <translation>Fluggesellschaft %1 ist nicht erfasst: bitte numerischen Code und Namen angeben</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="131"/>
        <source>check-in may open from 1 minute up to %1 before departure, not %2</source>
        <translation>der Check-in kann 1 Minute bis %1 vor Abflug öffnen, nicht %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="136"/>
        <source>check-in must close after it opens: closing %1 before departure is not later than opening %2 before</source>
        <translation>der Check-in muss nach dem Öffnen schließen: Schluss %1 vor Abflug ist nicht später als Öffnung %2 vorher</translation>
    </message>
    <message>
        <location filename="../../core/checkin/AirlineSettings.cpp" line="198"/>
        <source>a bag allowance is 0 to %1 bags, not %2</source>
        <translation>die Freigepäckmenge ist 0 bis %1 Gepäckstücke, nicht %2</translation>
    </message>
</context>
<context>
    <name>AuditReasonText</name>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="34"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="52"/>
        <source>%1; passengers who had checked in: %2</source>
        <translation>%1; bereits eingecheckte Passagiere: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="56"/>
        <source>%1; the hold was released</source>
        <translation>%1; die Reservierung wurde freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="59"/>
        <source>%1; the payment in progress was stopped and the booking cancelled</source>
        <translation>%1; die laufende Zahlung wurde gestoppt und die Buchung storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="64"/>
        <source>%1; %2 was checked in (boarding number %3): print the boarding pass again</source>
        <translation>%1; %2 war eingecheckt (Boardingnummer %3): Bordkarte neu drucken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="69"/>
        <source>Aircraft changed to %1: seat %2 moved to %3</source>
        <translation>Flugzeug gewechselt auf %1: Sitz %2 nach %3 verlegt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="74"/>
        <source>Aircraft changed to %1: no free %2 seat for %3 (was %4); reseat, rebook or refund</source>
        <translation>Flugzeug gewechselt auf %1: kein freier Sitz in %2 für %3 (bisher %4); umsetzen, umbuchen oder erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="80"/>
        <source>Retimed: departure %1 → %2 (%3 min), arrival %4 → %5 (%6 min)</source>
        <translation>Zeiten geändert: Abflug %1 → %2 (%3 min), Ankunft %4 → %5 (%6 min)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="84"/>
        <source>, now to %1 instead of %2</source>
        <translation>, jetzt nach %1 statt %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="88"/>
        <source>Flight cancelled by the schedule %1</source>
        <translation>Flug annulliert durch den Flugplan %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="89"/>
        <source>Seats held</source>
        <translation>Sitze reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="90"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="91"/>
        <source>The traveller left the waitlist</source>
        <translation>Der Reisende hat die Warteliste verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="92"/>
        <source>The hold ran out</source>
        <translation>Die Reservierung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="94"/>
        <source>The hold ran out before payment</source>
        <translation>Die Reservierung ist vor der Zahlung abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="96"/>
        <source>The hold ran out; its seats went to a new hold</source>
        <translation>Die Reservierung ist abgelaufen; ihre Sitze gingen an eine neue Reservierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="98"/>
        <source>Payment sent on the card terminal</source>
        <translation>Zahlung am Kartenterminal gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="101"/>
        <source>Payment sent: %1 card ending %2</source>
        <translation>Zahlung gesendet: %1-Karte mit Endziffern %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="103"/>
        <source>Payment approved</source>
        <translation>Zahlung genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="106"/>
        <source>Payment approved: %1 card ending %2</source>
        <translation>Zahlung genehmigt: %1-Karte mit Endziffern %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="110"/>
        <source>Payment declined: %1</source>
        <translation>Zahlung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="114"/>
        <source>%3 moved from seat %1 to %2</source>
        <translation>%3 von Sitz %1 auf %2 umgesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="117"/>
        <source>Refunded %1</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="120"/>
        <source>Refunded %1: %2</source>
        <translation>%1 erstattet: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="124"/>
        <source>%1; refund %2 (%3)</source>
        <translation>%1; Erstattung %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="129"/>
        <source>%1 % by the policy, %2 h before departure</source>
        <translation>%1 % laut Regelung, %2 h vor Abflug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="133"/>
        <source>override by supervisor %1 (the policy gave %2): %3</source>
        <translation>abweichend festgelegt von Aufsicht %1 (laut Regelung %2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="138"/>
        <source>For %1 (seat %2): %3</source>
        <translation>Für %1 (Sitz %2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="142"/>
        <source>%1 checked in, seat %2, boarding number %3</source>
        <translation>%1 eingecheckt, Sitz %2, Boardingnummer %3</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="147"/>
        <source>%1 offloaded from seat %2 (boarding number %3): %4</source>
        <translation>%1 von Sitz %2 ausgeladen (Boardingnummer %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AuditReasonText.cpp" line="151"/>
        <source>Flight cancelled by %1: %2</source>
        <translation>Flug annulliert von %1: %2</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <location filename="../../core/auth/Authenticator.cpp" line="14"/>
        <source>enter a user name</source>
        <translation>bitte einen Benutzernamen eingeben</translation>
    </message>
    <message>
        <location filename="../../core/auth/Authenticator.cpp" line="29"/>
        <source>wrong user name or password (%1 failures in a row lock a user for %2 minutes)</source>
        <translation>falscher Benutzername oder falsches Passwort (nach %1 Fehlversuchen in Folge wird ein Benutzer für %2 Minuten gesperrt)</translation>
    </message>
</context>
<context>
    <name>BagRepository</name>
    <message>
        <location filename="../../core/storage/BagRepository.cpp" line="26"/>
        <source>airline %1 has no bag tag serial row</source>
        <translation>Fluggesellschaft %1 hat keine Zeile für Gepäckanhängernummern</translation>
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
    <name>BagTagger</name>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="41"/>
        <source>booking %1 has no passenger in seat %2</source>
        <translation>Buchung %1 hat keinen Fluggast auf Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="43"/>
        <source>%1 in seat %2 is not checked in; bags come after check-in</source>
        <translation>%1 auf Sitz %2 ist nicht eingecheckt; Gepäck kommt nach dem Check-in</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="51"/>
        <source>the number of bags is 0 to %1, not %2</source>
        <translation>die Zahl der Gepäckstücke ist 0 bis %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="62"/>
        <source>%1 allows %2 checked bag(s) per passenger in %3, not %4</source>
        <translation>%1 erlaubt %2 aufgegebene(s) Gepäckstück(e) pro Fluggast in %3, nicht %4</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="112"/>
        <source>%1 has %2 bag(s) tagged already; a tag is taken back at the airline&apos;s desk</source>
        <translation>%1 hat bereits %2 Gepäckanhänger; ein Anhänger wird am Schalter der Fluggesellschaft zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="117"/>
        <source>check-in for %1 is closed; bags are taken at the airline&apos;s desk</source>
        <translation>der Check-in für %1 ist geschlossen; Gepäck wird am Schalter der Fluggesellschaft angenommen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="125"/>
        <source>airline %1 has no numeric code on file, which a bag tag needs; ask at the airline&apos;s desk</source>
        <translation>für Fluggesellschaft %1 ist kein numerischer Code erfasst, den ein Gepäckanhänger braucht; bitte am Schalter der Fluggesellschaft fragen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="136"/>
        <source>booking %1 changed on another terminal (now %2)</source>
        <translation>Buchung %1 wurde an einem anderen Terminal geändert (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="143"/>
        <source>%1 was offloaded on another terminal meanwhile</source>
        <translation>%1 wurde inzwischen an einem anderen Terminal ausgebucht</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BagTagger.cpp" line="157"/>
        <source>airline %1 has given out all %2 bag tag numbers</source>
        <translation>Fluggesellschaft %1 hat alle %2 Gepäckanhängernummern vergeben</translation>
    </message>
</context>
<context>
    <name>BarcodeSymbol</name>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="23"/>
        <source>a PDF417 barcode needs some text</source>
        <translation>ein PDF417-Barcode braucht Text</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="30"/>
        <source>an Aztec barcode needs some text</source>
        <translation>ein Aztec-Barcode braucht Text</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="40"/>
        <source>&apos;%1&apos; cannot be an Interleaved 2 of 5 barcode: it takes an even number of digits</source>
        <translation>„%1“ kann kein Interleaved-2-of-5-Barcode sein: er braucht eine gerade Zahl von Ziffern</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="49"/>
        <source>libzint could not allocate a symbol</source>
        <translation>libzint konnte kein Symbol anlegen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="57"/>
        <source>libzint could not encode the barcode: %1</source>
        <translation>libzint konnte den Barcode nicht kodieren: %1</translation>
    </message>
    <message>
        <location filename="../../core/checkin/BarcodeSymbol.cpp" line="87"/>
        <source>&apos;%1&apos; is not a screen barcode: use pdf417 or aztec</source>
        <translation>„%1“ ist kein Bildschirm-Barcode: pdf417 oder aztec verwenden</translation>
    </message>
</context>
<context>
    <name>BcbpEncoder</name>
    <message>
        <location filename="../../core/checkin/BcbpEncoder.cpp" line="28"/>
        <source>boarding pass field %1 &apos;%2&apos; does not fit BCBP: %3</source>
        <translation>Bordkartenfeld %1 „%2“ passt nicht in BCBP: %3</translation>
    </message>
</context>
<context>
    <name>BcbpParser</name>
    <message>
        <location filename="../../core/checkin/BcbpParser.cpp" line="45"/>
        <source>not a valid boarding pass barcode: %1 at position %2: %3</source>
        <translation>kein gültiger Bordkarten-Barcode: %1 an Position %2: %3</translation>
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
    <name>BookingCanceller</name>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="28"/>
        <source>booking %1 has no passenger in seat %2</source>
        <translation>Buchung %1 hat keinen Fluggast auf Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="30"/>
        <source>booking %1 has no seats to cancel</source>
        <translation>Buchung %1 hat keine Sitze zum Stornieren</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="150"/>
        <source>booking %1 is %2; only a confirmed booking is cancelled with a refund</source>
        <translation>Buchung %1 ist %2; nur eine bestätigte Buchung wird mit Erstattung storniert</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="165"/>
        <source>the refund must be between %1 and %2</source>
        <translation>die Erstattung muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="192"/>
        <source>booking %1 is confirmed and paid; cancel it with its refund (by the cancellation policy, or a supervisor&apos;s amount) so that what is owed back is recorded</source>
        <translation>Buchung %1 ist bestätigt und bezahlt; bitte mit Erstattung stornieren (nach den Stornoregeln oder mit dem Betrag einer Aufsicht), damit festgehalten wird, was zurückzuzahlen ist</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="197"/>
        <source>booking %1 is %2 and cannot be cancelled</source>
        <translation>Buchung %1 ist %2 und kann nicht storniert werden</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingCanceller.cpp" line="238"/>
        <source>refund %1 was paid already</source>
        <translation>Erstattung %1 wurde bereits ausgezahlt</translation>
    </message>
</context>
<context>
    <name>BookingFunctions</name>
    <message>
        <location filename="../../core/storage/BookingFunctions.cpp" line="32"/>
        <source>kiosk_booking_move answered nothing</source>
        <translation>kiosk_booking_move hat nichts geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingFunctions.cpp" line="68"/>
        <source>a requested seat was just taken</source>
        <translation>ein gewünschter Sitz wurde gerade vergeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingFunctions.cpp" line="72"/>
        <source>kiosk_insert_hold answered nothing</source>
        <translation>kiosk_insert_hold hat nichts geantwortet</translation>
    </message>
</context>
<context>
    <name>BookingProof</name>
    <message>
        <location filename="../../core/booking/BookingProof.cpp" line="32"/>
        <source>enter the surname of a passenger as it is on the booking</source>
        <translation>bitte den Nachnamen eines Fluggasts so eingeben, wie er in der Buchung steht</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingProof.cpp" line="49"/>
        <source>too many unsuccessful check-in attempts at this kiosk; please try again in %1 minutes or ask at the desk</source>
        <translation>zu viele erfolglose Check-in-Versuche an diesem Automaten; bitte in %1 Minuten erneut versuchen oder am Schalter fragen</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingProof.cpp" line="56"/>
        <source>&apos;%1&apos; is not a booking reference: it has 6 letters and digits and never the characters 0, O, 1, I or L</source>
        <translation>„%1“ ist keine Buchungsnummer: sie hat 6 Buchstaben und Ziffern und nie die Zeichen 0, O, 1, I oder L</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingProof.cpp" line="78"/>
        <source>no booking %1 with a passenger named %2; check the reference and the surname as booked</source>
        <translation>keine Buchung %1 mit einem Fluggast namens %2; bitte Buchungsnummer und Nachnamen wie gebucht prüfen</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="101"/>
        <source>no id returned for the new booking</source>
        <translation>für die neue Buchung wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="118"/>
        <source>a requested seat was just taken</source>
        <translation>ein gewünschter Sitz wurde gerade vergeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="133"/>
        <source>%1 -&gt; %2 is not in the booking state table</source>
        <translation>%1 -&gt; %2 steht nicht in der Tabelle der Buchungszustände</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="165"/>
        <source>the booking is no longer %1; another terminal changed it</source>
        <translation>die Buchung ist nicht mehr %1; ein anderes Terminal hat sie geändert</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="183"/>
        <source>booking %1 no longer exists</source>
        <translation>Buchung %1 existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="197"/>
        <source>the passenger was already cancelled on another terminal</source>
        <translation>der Fluggast wurde bereits an einem anderen Terminal storniert</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="211"/>
        <source>the new seat was just taken</source>
        <translation>der neue Sitz wurde gerade vergeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="215"/>
        <source>the passenger&apos;s seat changed meanwhile</source>
        <translation>der Sitz des Fluggasts hat sich inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="304"/>
        <source>booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="335"/>
        <location filename="../../core/storage/BookingRepository.cpp" line="348"/>
        <location filename="../../core/storage/BookingRepository.cpp" line="355"/>
        <source>no booking with reference %1</source>
        <translation>keine Buchung mit der Buchungsnummer %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/BookingRepository.cpp" line="360"/>
        <location filename="../../core/storage/PaymentFunctions.cpp" line="153"/>
        <source>no booking with id %1</source>
        <translation>keine Buchung mit der ID %1</translation>
    </message>
</context>
<context>
    <name>BookingSearchRepository</name>
    <message>
        <location filename="../../core/storage/BookingSearchRepository.cpp" line="48"/>
        <source>search by reference, passenger name, flight or date (at least one)</source>
        <translation>nach Buchungsnummer, Name des Fluggasts, Flug oder Datum suchen (mindestens eins)</translation>
    </message>
</context>
<context>
    <name>Cabin</name>
    <message>
        <location filename="../../core/domain/Cabin.cpp" line="32"/>
        <source>first</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../core/domain/Cabin.cpp" line="33"/>
        <source>business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../core/domain/Cabin.cpp" line="34"/>
        <source>premium economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <location filename="../../core/domain/Cabin.cpp" line="35"/>
        <source>economy</source>
        <translation>Economy</translation>
    </message>
</context>
<context>
    <name>CancellationPolicy</name>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="26"/>
        <source>refund tier &apos;%1&apos; must be HOURS:PERCENT with hours &gt;= 0 and percent 0 to 100, e.g. 72:100,24:50,0:0</source>
        <translation>Erstattungsstufe „%1“ muss STUNDEN:PROZENT sein, mit Stunden &gt;= 0 und Prozent 0 bis 100, z. B. 72:100,24:50,0:0</translation>
    </message>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="32"/>
        <source>a refund policy needs at least one tier, e.g. 72:100,24:50,0:0</source>
        <translation>Erstattungsregeln brauchen mindestens eine Stufe, z. B. 72:100,24:50,0:0</translation>
    </message>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="36"/>
        <source>refund tiers name %1 h twice</source>
        <translation>die Erstattungsstufen nennen %1 h doppelt</translation>
    </message>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="38"/>
        <source>more notice must not refund less: %1 h gives %2 % but %3 h gives %4 %</source>
        <translation>frühere Stornierung darf nicht weniger erstatten: %1 h ergibt %2 %, aber %3 h ergibt %4 %</translation>
    </message>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="91"/>
        <source>more than %1 h: %2 %</source>
        <translation>mehr als %1 h: %2 %</translation>
    </message>
    <message>
        <location filename="../../core/booking/CancellationPolicy.cpp" line="93"/>
        <source>otherwise %1 %</source>
        <translation>sonst %1 %</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="68"/>
        <source>the card number must contain only digits</source>
        <translation>die Kartennummer darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="71"/>
        <source>the card number has %1 digits; card numbers have 12 to 19</source>
        <translation>die Kartennummer hat %1 Ziffern; Kartennummern haben 12 bis 19</translation>
    </message>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="74"/>
        <source>the card number is not valid (check digit mismatch); please check it</source>
        <translation>die Kartennummer ist ungültig (Prüfziffer stimmt nicht); bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="76"/>
        <source>the expiry date must be a month and year, MM/YY</source>
        <translation>das Ablaufdatum muss Monat und Jahr sein, MM/JJ</translation>
    </message>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="80"/>
        <source>the card expired at the end of %1/%2</source>
        <translation>die Karte ist Ende %1/%2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../../core/payment/CardDetails.cpp" line="88"/>
        <source>the security code must be %1 digits for this card</source>
        <translation>der Sicherheitscode muss bei dieser Karte %1 Ziffern haben</translation>
    </message>
</context>
<context>
    <name>ChangeableLeg</name>
    <message>
        <location filename="../../core/schedule/ChangeableLeg.cpp" line="23"/>
        <source>flight %1 was not found</source>
        <translation>Flug %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../core/schedule/ChangeableLeg.cpp" line="26"/>
        <source>flight %1 is cancelled; %2</source>
        <translation>Flug %1 ist annulliert; %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/ChangeableLeg.cpp" line="31"/>
        <source>flight %1 departed at %2 UTC; %3</source>
        <translation>Flug %1 ist um %2 UTC abgeflogen; %3</translation>
    </message>
</context>
<context>
    <name>CheckInRepository</name>
    <message>
        <location filename="../../core/storage/CheckInRepository.cpp" line="26"/>
        <source>flight %1 has no boarding sequence row</source>
        <translation>Flug %1 hat keine Zeile für die Boarding-Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../core/storage/CheckInRepository.cpp" line="50"/>
        <source>booking %1 is gone</source>
        <translation>Buchung %1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../core/storage/CheckInRepository.cpp" line="182"/>
        <source>airline %1 is not on file</source>
        <translation>Fluggesellschaft %1 ist nicht erfasst</translation>
    </message>
</context>
<context>
    <name>CheckInSeatChanger</name>
    <message>
        <location filename="../../core/checkin/CheckInSeatChanger.cpp" line="22"/>
        <source>booking %1 has no passenger in seat %2</source>
        <translation>Buchung %1 hat keinen Fluggast auf Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInSeatChanger.cpp" line="24"/>
        <source>%1 is checked in already in %2; a seat change now is made at the airline&apos;s desk</source>
        <translation>%1 ist bereits auf %2 eingecheckt; ein Sitzwechsel ist jetzt nur am Schalter der Fluggesellschaft möglich</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInSeatChanger.cpp" line="28"/>
        <source>check-in for %1 is not open, so seats cannot be changed here now</source>
        <translation>der Check-in für %1 ist nicht geöffnet, daher können Sitze hier jetzt nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="27"/>
        <source>flight %1 is cancelled and cannot be checked in; please ask at the airline&apos;s desk</source>
        <translation>Flug %1 ist annulliert, ein Check-in ist nicht möglich; bitte am Schalter der Fluggesellschaft fragen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="45"/>
        <source>check-in for %1 to %2 opens %3 before departure, at %4 local time</source>
        <translation>der Check-in für %1 nach %2 öffnet %3 vor Abflug, um %4 Ortszeit</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="50"/>
        <source>check-in for %1 to %2 closed at %3 local time, %4 before departure; please ask at the airline&apos;s desk</source>
        <translation>der Check-in für %1 nach %2 hat um %3 Ortszeit geschlossen, %4 vor Abflug; bitte am Schalter der Fluggesellschaft fragen</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="65"/>
        <source>booking %1 was cancelled and cannot be checked in</source>
        <translation>Buchung %1 wurde storniert, ein Check-in ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="68"/>
        <source>booking %1 expired unpaid and cannot be checked in</source>
        <translation>Buchung %1 ist unbezahlt verfallen, ein Check-in ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="71"/>
        <source>booking %1 is not paid yet, so it cannot be checked in</source>
        <translation>Buchung %1 ist noch nicht bezahlt, daher ist kein Check-in möglich</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="83"/>
        <source>enter the surname of a passenger as it is on the booking</source>
        <translation>bitte den Nachnamen eines Fluggasts so eingeben, wie er in der Buchung steht</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="174"/>
        <source>this boarding pass is for %1%2 %3-%4 on day %5, not for booking %6&apos;s flight %7</source>
        <translation>diese Bordkarte gilt für %1%2 %3-%4 an Tag %5, nicht für den Flug %7 der Buchung %6</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="186"/>
        <source>%1 is no longer on booking %2</source>
        <translation>%1 steht nicht mehr in Buchung %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="201"/>
        <location filename="../../core/checkin/CheckInService.cpp" line="315"/>
        <source>booking %1 has no passenger in seat %2</source>
        <translation>Buchung %1 hat keinen Fluggast auf Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="218"/>
        <location filename="../../core/checkin/CheckInService.cpp" line="330"/>
        <source>%1 in seat %2 is not checked in</source>
        <translation>%1 auf Sitz %2 ist nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="234"/>
        <source>booking %1 changed on another terminal (now %2)</source>
        <translation>Buchung %1 wurde an einem anderen Terminal geändert (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="256"/>
        <source>flight %1 has given out all 9999 boarding numbers</source>
        <translation>Flug %1 hat alle 9999 Boarding-Nummern vergeben</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="288"/>
        <source>%1 was offloaded on another terminal meanwhile</source>
        <translation>%1 wurde inzwischen an einem anderen Terminal ausgebucht</translation>
    </message>
    <message>
        <location filename="../../core/checkin/CheckInService.cpp" line="306"/>
        <source>an offload needs a reason for the audit trail</source>
        <translation>eine Ausbuchung braucht einen Grund für das Protokoll</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="25"/>
        <source>the e-mail address is longer than %1 characters</source>
        <translation>die E-Mail-Adresse ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="28"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs a name, &apos;@&apos; and a domain (anna@example.com)</source>
        <translation>„%1“ ist keine E-Mail-Adresse: sie braucht einen Namen, „@“ und eine Domain (anna@example.com)</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="38"/>
        <source>&apos;%1&apos; is not an e-mail address: the part before &apos;@&apos; may hold letters, digits and . _ + - only (no spaces)</source>
        <translation>„%1“ ist keine E-Mail-Adresse: der Teil vor „@“ darf nur Buchstaben, Ziffern und . _ + - enthalten (keine Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="41"/>
        <source>&apos;%1&apos; is not an e-mail address: &apos;%2&apos; is not a domain name such as example.com</source>
        <translation>„%1“ ist keine E-Mail-Adresse: „%2“ ist kein Domainname wie example.com</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="53"/>
        <source>&apos;%1&apos; is not a phone number: use digits with the country code, e.g. +353 1 555 0100</source>
        <translation>„%1“ ist keine Telefonnummer: bitte Ziffern mit Ländervorwahl, z. B. +353 1 555 0100</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="61"/>
        <source>&apos;%1&apos; has no country code: start with + or 00, e.g. +353 1 555 0100</source>
        <translation>„%1“ hat keine Ländervorwahl: mit + oder 00 beginnen, z. B. +353 1 555 0100</translation>
    </message>
    <message>
        <location filename="../../core/domain/ContactDetails.cpp" line="66"/>
        <source>&apos;%1&apos; is not a phone number: an international number has 7 to 15 digits</source>
        <translation>„%1“ ist keine Telefonnummer: eine internationale Nummer hat 7 bis 15 Ziffern</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../../core/storage/ContactRepository.cpp" line="26"/>
        <location filename="../../core/storage/ContactRepository.cpp" line="39"/>
        <location filename="../../core/storage/ContactRepository.cpp" line="57"/>
        <source>no booking %1</source>
        <translation>keine Buchung %1</translation>
    </message>
</context>
<context>
    <name>ControlSpeech</name>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="17"/>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="90"/>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="18"/>
        <source>check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="19"/>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="20"/>
        <source>edit text</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="21"/>
        <source>choice list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="23"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="24"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="45"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="47"/>
        <source>1 character, hidden</source>
        <translation>1 Zeichen, verborgen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="48"/>
        <source>%1 characters, hidden</source>
        <translation>%1 Zeichen, verborgen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="71"/>
        <location filename="../../ui/accessibility/KeyboardCursor.cpp" line="34"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="71"/>
        <location filename="../../ui/accessibility/KeyboardCursor.cpp" line="34"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="74"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="97"/>
        <source>asterisk</source>
        <translation>Sternchen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="99"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="102"/>
        <source>apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="103"/>
        <source>hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="104"/>
        <source>at sign</source>
        <translation>At-Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="105"/>
        <source>dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="106"/>
        <source>slash</source>
        <translation>Schrägstrich</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="107"/>
        <source>underscore</source>
        <translation>Unterstrich</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="108"/>
        <source>plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/ControlSpeech.cpp" line="112"/>
        <source>capital %1</source>
        <translation>großes %1</translation>
    </message>
</context>
<context>
    <name>CurrencyCodes</name>
    <message>
        <location filename="../../core/domain/CurrencyCodes.cpp" line="37"/>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (such as EUR, USD, GBP)</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (etwa EUR, USD, GBP)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="65"/>
        <source>the Qt SQL driver %1 is not installed (Debian: %2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (Debian: %2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="73"/>
        <source>cannot open %1: directory %2 does not exist</source>
        <translation>%1 kann nicht geöffnet werden: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="119"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>checking the connection: no answer</source>
        <translation>Verbindungsprüfung: keine Antwort</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="184"/>
        <source>a staff session token has the wrong shape</source>
        <translation>ein Sitzungstoken des Personals hat die falsche Form</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="230"/>
        <source>lost the connection to the database while preparing a statement: the connection is closed</source>
        <translation>die Verbindung zur Datenbank ging beim Vorbereiten einer Anweisung verloren: die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="297"/>
        <source>lost the connection to the database while %1: the connection is closed</source>
        <translation>Verbindung zur Datenbank verloren (%1): die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="301"/>
        <source>lost the connection to the database while %1: %2</source>
        <translation>Verbindung zur Datenbank verloren (%1): %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="304"/>
        <source>the database is busy (%1); nothing was changed, please try again</source>
        <translation>die Datenbank ist ausgelastet (%1); es wurde nichts geändert, bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="307"/>
        <source>%1 is not allowed: %2</source>
        <translation>%1 ist nicht erlaubt: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="309"/>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler (%1): %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="320"/>
        <source>reading the server clock: no answer</source>
        <translation>Lesen der Serveruhr: keine Antwort</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../../core/storage/DatabaseUrl.cpp" line="11"/>
        <source>invalid database URL: %1</source>
        <translation>ungültige Datenbank-URL: %1</translation>
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
    <name>DemoSeeder</name>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="26"/>
        <source>the database already has %1 flight(s); demo data is only added to an empty database (nothing was changed)</source>
        <translation>die Datenbank hat bereits %1 Flug/Flüge; Demodaten kommen nur in eine leere Datenbank (nichts wurde geändert)</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="30"/>
        <source>the demo schedule has no flights; nothing to store</source>
        <translation>der Demo-Flugplan hat keine Flüge; nichts zu speichern</translation>
    </message>
</context>
<context>
    <name>DisruptionRepository</name>
    <message>
        <location filename="../../core/storage/DisruptionRepository.cpp" line="111"/>
        <source>no disruption %1</source>
        <translation>keine Flugstörung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/DisruptionRepository.cpp" line="131"/>
        <source>disruption %1 was already handled by %2 at %3</source>
        <translation>Flugstörung %1 wurde bereits von %2 um %3 bearbeitet</translation>
    </message>
</context>
<context>
    <name>DocumentMailer</name>
    <message>
        <location filename="../../core/notify/DocumentMailer.cpp" line="30"/>
        <source>nobody of booking %1 is checked in, so there is no boarding pass to e-mail</source>
        <translation>niemand aus Buchung %1 ist eingecheckt, daher gibt es keine Bordkarte zum Mailen</translation>
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
    <name>DocumentRequestRepository</name>
    <message>
        <location filename="../../core/storage/DocumentRequestRepository.cpp" line="29"/>
        <location filename="../../core/storage/DocumentRequestRepository.cpp" line="56"/>
        <source>no booking %1</source>
        <translation>keine Buchung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/DocumentRequestRepository.cpp" line="68"/>
        <source>booking %1 has no e-mail address on file, so nothing can be e-mailed</source>
        <translation>für Buchung %1 ist keine E-Mail-Adresse hinterlegt, daher kann nichts gemailt werden</translation>
    </message>
    <message>
        <location filename="../../core/storage/DocumentRequestRepository.cpp" line="96"/>
        <source>the %1 of booking %2 was e-mailed %3 times in the last %4 minutes already; try again in %5 minutes</source>
        <translation>%1 der Buchung %2 wurde in den letzten %4 Minuten bereits %3-mal gemailt; bitte in %5 Minuten erneut versuchen</translation>
    </message>
</context>
<context>
    <name>EquipmentChange</name>
    <message>
        <location filename="../../core/schedule/EquipmentChange.cpp" line="18"/>
        <source>no seats for the new aircraft of %1</source>
        <translation>keine Sitze für das neue Flugzeug von %1</translation>
    </message>
</context>
<context>
    <name>FareSettings</name>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="37"/>
        <source>name a route, such as DUB-JFK</source>
        <translation>Geben Sie eine Strecke an, etwa DUB-JFK</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="39"/>
        <source>a route&apos;s fares need the first and the last departure date (--from, --to)</source>
        <translation>Tarife einer Strecke brauchen das erste und das letzte Abflugdatum (--from, --to)</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="41"/>
        <source>the last date %1 is before the first %2</source>
        <translation>das letzte Datum %1 liegt vor dem ersten, %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="47"/>
        <source>no flight from %1 to %2 departs between %3 and %4</source>
        <translation>zwischen %3 und %4 fliegt kein Flug von %1 nach %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="69"/>
        <source>the fare</source>
        <translation>der Tarif</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="78"/>
        <source>flight %1 is sold in %2, not %3; its fares are in %2; nothing was changed</source>
        <translation>Flug %1 wird in %2 verkauft, nicht in %3; seine Tarife sind in %2; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="82"/>
        <source>flight %1 is cancelled; its fares are no longer set</source>
        <translation>Flug %1 ist annulliert; seine Tarife werden nicht mehr gesetzt</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="97"/>
        <source>flight %1 has no %2 cabin; nothing was changed</source>
        <translation>Flug %1 hat keine Kabine %2; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../core/booking/FareSettings.cpp" line="99"/>
        <source>no flight of route %1 between %2 and %3 has a %4 cabin; nothing was changed</source>
        <translation>kein Flug der Strecke %1 zwischen %2 und %3 hat eine Kabine %4; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <location filename="../../core/schedule/FeedFetcher.cpp" line="13"/>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 ist keine http(s)-URL</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedFetcher.cpp" line="48"/>
        <source>the feed at %1 did not answer within %2 s; nothing was imported</source>
        <translation>der Feed unter %1 hat nicht innerhalb von %2 s geantwortet; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedFetcher.cpp" line="52"/>
        <source>the feed at %1 answered HTTP %2; nothing was imported</source>
        <translation>der Feed unter %1 antwortete mit HTTP %2; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedFetcher.cpp" line="55"/>
        <source>cannot fetch the feed at %1: %2; nothing was imported</source>
        <translation>der Feed unter %1 kann nicht abgerufen werden: %2; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <location filename="../../core/schedule/FeedParser.cpp" line="109"/>
        <source>the feed is not JSON: %1 at byte %2</source>
        <translation>der Feed ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedParser.cpp" line="112"/>
        <source>the feed must be an object with a &quot;flights&quot; array</source>
        <translation>der Feed muss ein Objekt mit einem Array „flights“ sein</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedParser.cpp" line="115"/>
        <source>feed schema %1 is not supported (this program reads %2)</source>
        <translation>Feed-Schema %1 wird nicht unterstützt (dieses Programm liest %2)</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedParser.cpp" line="123"/>
        <source>flights[%1]: must be an object</source>
        <translation>flights[%1]: muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FeedParser.cpp" line="162"/>
        <source>flights[%1] and flights[%2]: %3 leaves %4 on %5 in both (a duplicate flight)</source>
        <translation>flights[%1] und flights[%2]: %3 startet in beiden am %5 ab %4 (ein doppelter Flug)</translation>
    </message>
</context>
<context>
    <name>FlightCancellation</name>
    <message>
        <location filename="../../core/schedule/FlightCancellation.cpp" line="19"/>
        <source>say why the flight is cancelled</source>
        <translation>geben Sie an, warum der Flug annulliert wird</translation>
    </message>
    <message>
        <location filename="../../core/schedule/FlightCancellation.cpp" line="24"/>
        <source>it can no longer be cancelled</source>
        <translation>er kann nicht mehr annulliert werden</translation>
    </message>
</context>
<context>
    <name>FlightRepository</name>
    <message>
        <location filename="../../core/storage/FlightRepository.cpp" line="96"/>
        <source>no flight with id %1</source>
        <translation>kein Flug mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/FlightRepository.cpp" line="105"/>
        <source>flight %1 is cancelled; its seats can no longer be sold</source>
        <translation>Flug %1 ist annulliert; seine Sitze können nicht mehr verkauft werden</translation>
    </message>
    <message>
        <location filename="../../core/storage/FlightRepository.cpp" line="396"/>
        <source>no airport %1 in the database</source>
        <translation>kein Flughafen %1 in der Datenbank</translation>
    </message>
</context>
<context>
    <name>FlightRows</name>
    <message>
        <location filename="../../core/storage/FlightRows.cpp" line="47"/>
        <source>no flight with id %1</source>
        <translation>kein Flug mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/FlightRows.cpp" line="48"/>
        <source>no flight %1%2 departing on %3</source>
        <translation>kein Flug %1%2 mit Abflug am %3</translation>
    </message>
</context>
<context>
    <name>FunctionOutcome</name>
    <message>
        <location filename="../../core/storage/FunctionOutcome.h" line="25"/>
        <source>%1 answered &apos;%2&apos;</source>
        <translation>%1 antwortete „%2“</translation>
    </message>
</context>
<context>
    <name>FutureWait</name>
    <message>
        <location filename="../../core/payment/FutureWait.h" line="30"/>
        <source>no answer within %1 s; the outcome is not known yet</source>
        <translation>keine Antwort innerhalb von %1 s; das Ergebnis ist noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../core/payment/FutureWait.h" line="32"/>
        <source>the operation was abandoned before it finished</source>
        <translation>der Vorgang wurde abgebrochen, bevor er fertig war</translation>
    </message>
</context>
<context>
    <name>GatewayFactory</name>
    <message>
        <location filename="../../core/payment/GatewayFactory.cpp" line="15"/>
        <source>unknown payment gateway &apos;%1&apos;: use mock, mock?approve=FRACTION&amp;seed=N or http(s)://HOST[:PORT]</source>
        <translation>unbekanntes Zahlungsgateway „%1“: mock, mock?approve=ANTEIL&amp;seed=N oder http(s)://HOST[:PORT] verwenden</translation>
    </message>
    <message>
        <location filename="../../core/payment/GatewayFactory.cpp" line="36"/>
        <source>mock gateway: approve must be a fraction from 0 to 1, e.g. approve=0.8</source>
        <translation>Test-Gateway: approve muss ein Anteil von 0 bis 1 sein, z. B. approve=0.8</translation>
    </message>
    <message>
        <location filename="../../core/payment/GatewayFactory.cpp" line="38"/>
        <source>mock gateway: seed must be a whole number</source>
        <translation>Test-Gateway: seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../core/payment/GatewayFactory.cpp" line="42"/>
        <source>mock gateway: unknown setting &apos;%1&apos; (approve, seed)</source>
        <translation>Test-Gateway: unbekannte Einstellung „%1“ (approve, seed)</translation>
    </message>
    <message>
        <location filename="../../core/payment/GatewayFactory.cpp" line="52"/>
        <source>no payment gateway is set: on a shared (PostgreSQL) database name it with --gateway URL, $KIOSK_GATEWAY or the setting payment/gateway (the mock gateway is only the demo&apos;s default)</source>
        <translation>kein Zahlungsgateway eingestellt: bei einer gemeinsamen (PostgreSQL-)Datenbank mit --gateway URL, $KIOSK_GATEWAY oder der Einstellung payment/gateway angeben (das Test-Gateway ist nur die Vorgabe der Demo)</translation>
    </message>
</context>
<context>
    <name>GatewayReplyParser</name>
    <message>
        <location filename="../../core/payment/GatewayReplyParser.cpp" line="13"/>
        <source>payment gateway answered HTTP %1 %2; the outcome is unknown and is checked again</source>
        <translation>das Zahlungsgateway antwortete mit HTTP %1 %2; das Ergebnis ist unbekannt und wird erneut geprüft</translation>
    </message>
</context>
<context>
    <name>GeneratedLayout</name>
    <message>
        <location filename="../../core/schedule/GeneratedLayout.cpp" line="50"/>
        <source>aircraft %1 %2: %3 seats need more than 99 rows at standard seating</source>
        <translation>Flugzeug %1 %2: %3 Sitze brauchen bei Standardbestuhlung mehr als 99 Reihen</translation>
    </message>
</context>
<context>
    <name>HoldFunction</name>
    <message>
        <location filename="../../core/storage/HoldFunction.cpp" line="95"/>
        <source>kiosk_hold answered nothing</source>
        <translation>kiosk_hold hat nichts geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/storage/HoldFunction.cpp" line="140"/>
        <source>kiosk_hold wrote %1 lines for %2 seats</source>
        <translation>kiosk_hold hat %1 Zeilen für %2 Sitze geschrieben</translation>
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
    <name>HoldLimitRepository</name>
    <message>
        <location filename="../../core/storage/HoldLimitRepository.cpp" line="94"/>
        <source>counting the terminal&apos;s holds answered nothing</source>
        <translation>das Zählen der Reservierungen des Terminals ergab keine Antwort</translation>
    </message>
</context>
<context>
    <name>HoldLimitSettings</name>
    <message>
        <location filename="../../core/booking/HoldLimitSettings.cpp" line="19"/>
        <source>%1 must be 1 to %2 or none (no limit), not %3</source>
        <translation>%1 muss 1 bis %2 oder none (keine Grenze) sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../../core/booking/HoldLimitSettings.cpp" line="47"/>
        <source>the extension after a declined payment is 0 to %1 seconds, not %2</source>
        <translation>die Verlängerung nach einer abgelehnten Zahlung ist 0 bis %1 Sekunden, nicht %2</translation>
    </message>
</context>
<context>
    <name>HoldLimits</name>
    <message>
        <location filename="../../core/domain/HoldLimits.cpp" line="20"/>
        <source>terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/HoldLimits.cpp" line="21"/>
        <source>database login %1 (terminal %2; holds are counted per login)</source>
        <translation>Datenbank-Login %1 (Terminal %2; Reservierungen werden pro Login gezählt)</translation>
    </message>
    <message>
        <location filename="../../core/domain/HoldLimits.cpp" line="44"/>
        <source>, or wait until %1 UTC when the first of them lapses</source>
        <translation> oder bis %1 UTC warten, wenn die erste davon abläuft</translation>
    </message>
    <message>
        <location filename="../../core/domain/HoldLimits.cpp" line="47"/>
        <source>%1 already has %2 unpaid hold(s), the most one %3 terminal may have at once; pay for or release one%4</source>
        <translation>%1 hat bereits %2 unbezahlte Reservierung(en), so viele wie ein Terminal der Rolle %3 gleichzeitig haben darf; bitte eine bezahlen oder freigeben%4</translation>
    </message>
    <message>
        <location filename="../../core/domain/HoldLimits.cpp" line="58"/>
        <source>%1 placed %2 holds in the last minute, the most one %3 terminal may place; try again at %4 UTC</source>
        <translation>%1 hat in der letzten Minute %2 Reservierungen angelegt, so viele wie ein Terminal der Rolle %3 darf; bitte um %4 UTC erneut versuchen</translation>
    </message>
</context>
<context>
    <name>HttpGatewayOptions</name>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="25"/>
        <source>gateway URL: %1 must be a whole number from %2 to %3</source>
        <translation>Gateway-URL: %1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="38"/>
        <source>gateway URL &apos;%1&apos; must be http(s)://HOST[:PORT][/PATH]</source>
        <translation>Gateway-URL „%1“ muss http(s)://HOST[:PORT][/PFAD] sein</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="41"/>
        <source>gateway URL &apos;%1&apos;: plain http is only for a simulator on this machine (127.0.0.1, ::1, localhost); use https</source>
        <translation>Gateway-URL „%1“: einfaches http ist nur für einen Simulator auf diesem Rechner (127.0.0.1, ::1, localhost); bitte https verwenden</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="46"/>
        <source>gateway URL: put the API key in $KIOSK_GATEWAY_KEY, not in the URL</source>
        <translation>Gateway-URL: den API-Schlüssel in $KIOSK_GATEWAY_KEY angeben, nicht in der URL</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="53"/>
        <source>gateway URL: unknown setting &apos;%1&apos; (%2)</source>
        <translation>Gateway-URL: unbekannte Einstellung „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="72"/>
        <source>gateway URL: the CA file %1 cannot be read</source>
        <translation>Gateway-URL: die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../core/payment/HttpGatewayOptions.cpp" line="74"/>
        <source>gateway URL: ca= only makes sense with https</source>
        <translation>Gateway-URL: ca= ist nur mit https sinnvoll</translation>
    </message>
</context>
<context>
    <name>IcaoTransliterator</name>
    <message>
        <location filename="../../core/domain/IcaoTransliterator.cpp" line="66"/>
        <source>the name &apos;%1&apos; contains &apos;%2&apos;, which has no Latin transliteration for a boarding pass; enter the name as the passport&apos;s machine readable zone spells it</source>
        <translation>der Name „%1“ enthält „%2“, wofür es keine lateinische Umschrift für eine Bordkarte gibt; bitte den Namen so eingeben, wie ihn die maschinenlesbare Zone des Passes schreibt</translation>
    </message>
    <message>
        <location filename="../../core/domain/IcaoTransliterator.cpp" line="74"/>
        <source>the name &apos;%1&apos; has no letters</source>
        <translation>der Name „%1“ hat keine Buchstaben</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <location filename="../../core/domain/InputLimits.cpp" line="10"/>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>KioskStartup</name>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="44"/>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="66"/>
        <source>the configuration file %1 does not exist</source>
        <translation>die Konfigurationsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="68"/>
        <source>the configuration file %1 cannot be read (permissions?)</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden (Zugriffsrechte?)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="73"/>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation>die Konfigurationsdatei %1 ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="106"/>
        <source>Airline seat-booking kiosk. Without a mode flag it starts the offline demo.</source>
        <translation>Sitzplatz-Buchungskiosk der Fluggesellschaft. Ohne Modus-Option startet die Offline-Demo.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="111"/>
        <source>Settings file (INI) to read instead of the user&apos;s settings, e.g. /etc/booking-kiosk/kiosk.conf on a counter PC.</source>
        <translation>Einstellungsdatei (INI), die statt der Benutzereinstellungen gelesen wird, z. B. /etc/booking-kiosk/kiosk.conf auf einem Schalter-PC.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="114"/>
        <source>Offline demo: local SQLite file, sample flights, mock payments.</source>
        <translation>Offline-Demo: lokale SQLite-Datei, Beispielflüge, simulierte Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="116"/>
        <source>Counter kiosk: full screen, touch-first, locked down.</source>
        <translation>Kiosk am Schalter: Vollbild, Touch-Bedienung, abgesichert.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="118"/>
        <source>Agent workstation: windowed, keyboard-first.</source>
        <translation>Schalterarbeitsplatz: im Fenster, Tastaturbedienung.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="120"/>
        <source>Database URL: postgresql://... (libpq) or sqlite:PATH. Default: $KIOSK_DB, then the setting database/url.</source>
        <translation>Datenbank-URL: postgresql://... (libpq) oder sqlite:PFAD. Standard: $KIOSK_DB, dann die Einstellung database/url.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="123"/>
        <source>Database URL for the departures board and reports, e.g. a standby (target_session_attrs=prefer-standby). Holds and seat maps always use --db. Default: $KIOSK_READ_DB, then the setting database/readUrl, else --db.</source>
        <translation>Datenbank-URL für die Abflugtafel und die Berichte, z. B. ein Standby-Server (target_session_attrs=prefer-standby). Reservierungen und Sitzpläne verwenden immer --db. Standard: $KIOSK_READ_DB, dann die Einstellung database/readUrl, sonst --db.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="126"/>
        <source>Terminal name for the audit trail (default: host name).</source>
        <translation>Terminalname für das Prüfprotokoll (Standard: Hostname).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="129"/>
        <source>Seat hold in seconds (default %1).</source>
        <translation>Platzreservierung in Sekunden (Standard %1).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="132"/>
        <source>User interface language, e.g. en or de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. en oder de.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="134"/>
        <source>IATA code of the airport this terminal stands in (default %1).</source>
        <translation>IATA-Code des Flughafens, an dem dieses Terminal steht (Standard %1).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="138"/>
        <source>Seconds without input before &apos;Are you still there?&apos; (default %1); with --agent, before the automatic sign-out (default %2, setting %3).</source>
        <translation>Sekunden ohne Eingabe bis „Sind Sie noch da?“ (Standard %1); mit --agent bis zur automatischen Abmeldung (Standard %2, Einstellung %3).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="144"/>
        <source>Demo: seed of the generated flights (default 2026).</source>
        <translation>Demo: Startwert der erzeugten Flüge (Standard 2026).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="146"/>
        <source>Kiosk: hide the mouse cursor (touch screens).</source>
        <translation>Kiosk: Mauszeiger ausblenden (Touchscreens).</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="148"/>
        <source>Payment gateway: a gateway URL, or mock / mock?approve=0.8&amp;seed=7. Default: $KIOSK_GATEWAY, then the setting payment/gateway, then the mock on the demo database only.</source>
        <translation>Zahlungs-Gateway: eine Gateway-URL, oder mock / mock?approve=0.8&amp;seed=7. Standard: $KIOSK_GATEWAY, dann die Einstellung payment/gateway, dann nur auf der Demo-Datenbank mock.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="151"/>
        <source>Kiosk: the card terminal that reads the traveller&apos;s card: a terminal URL, or mock / mock?card=decline. Default: $KIOSK_CARD_TERMINAL, then the setting payment/card-terminal, then the mock terminal in the demo; none: cards are typed. The agent desk always types cards.</source>
        <translation>Kiosk: das Kartenterminal, das die Karte des Reisenden liest: eine Terminal-URL oder mock / mock?card=decline. Standard: $KIOSK_CARD_TERMINAL, dann die Einstellung payment/card-terminal, dann im Demo das Mock-Terminal; sonst keines: Karten werden eingegeben. Am Agentenschalter werden Karten immer eingegeben.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="154"/>
        <source>Read an operator exit PIN (4 or more digits) from standard input and print the hash to store as the setting kiosk/operatorPinHash.</source>
        <translation>Eine PIN für das Beenden durch Personal (4 oder mehr Ziffern) von der Standardeingabe lesen und den Hash ausgeben, der als Einstellung kiosk/operatorPinHash gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="166"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="176"/>
        <source>choose one of --demo, --kiosk and --agent</source>
        <translation>wählen Sie eine der Optionen --demo, --kiosk und --agent</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="198"/>
        <source>no database: pass --db URL, set KIOSK_DB, or use --demo</source>
        <translation>keine Datenbank: geben Sie --db URL an, setzen Sie KIOSK_DB oder verwenden Sie --demo</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="201"/>
        <source>--read-db: %1</source>
        <translation>--read-db: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="219"/>
        <source>--card-terminal: %1</source>
        <translation>--card-terminal: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskStartup.cpp" line="240"/>
        <source>--origin must be a three-letter IATA airport code, not &apos;%1&apos;</source>
        <translation>--origin muss ein dreistelliger IATA-Flughafencode sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>LayoutCatalog</name>
    <message>
        <location filename="../../core/demo/LayoutCatalog.cpp" line="18"/>
        <source>no aircraft layouts in %1</source>
        <translation>keine Flugzeuglayouts in %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutCatalog.cpp" line="23"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutCatalog.cpp" line="31"/>
        <source>%1: type %2 is already defined by another file</source>
        <translation>%1: Typ %2 ist bereits in einer anderen Datei festgelegt</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutCatalog.cpp" line="60"/>
        <source>unknown aircraft type &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Flugzeugtyp „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>LayoutLibrary</name>
    <message>
        <location filename="../../core/schedule/LayoutLibrary.cpp" line="71"/>
        <source>stored aircraft layout no longer reads: %1</source>
        <translation>gespeichertes Flugzeuglayout ist nicht mehr lesbar: %1</translation>
    </message>
    <message>
        <location filename="../../core/schedule/LayoutLibrary.cpp" line="98"/>
        <source>there is no aircraft layout %1 (kioskctl layout list shows them)</source>
        <translation>es gibt kein Flugzeuglayout %1 (kioskctl layout list zeigt die vorhandenen)</translation>
    </message>
    <message>
        <location filename="../../core/schedule/LayoutLibrary.cpp" line="110"/>
        <source>aircraft layout %1 has no version %2; its newest is %3</source>
        <translation>Flugzeuglayout %1 hat keine Version %2; die neueste ist %3</translation>
    </message>
    <message>
        <location filename="../../core/schedule/LayoutLibrary.cpp" line="154"/>
        <source>%1: the layout&apos;s &quot;type&quot; is longer than %2 characters</source>
        <translation>%1: „type“ des Layouts ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/schedule/LayoutLibrary.cpp" line="182"/>
        <source>another import stored version %1 of layout %2 at the same moment; import again to make yours the next version</source>
        <translation>ein anderer Import hat im selben Moment Version %1 von Layout %2 gespeichert; erneut importieren, damit Ihre die nächste Version wird</translation>
    </message>
</context>
<context>
    <name>LayoutParser</name>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="39"/>
        <source>%1, wingRows</source>
        <translation>%1, wingRows</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="41"/>
        <source>&quot;wingRows&quot; must be an object like {&quot;first&quot;: 10, &quot;last&quot;: 20}</source>
        <translation>„wingRows“ muss ein Objekt wie {&quot;first&quot;: 10, &quot;last&quot;: 20} sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="49"/>
        <source>first %1 is after last %2</source>
        <translation>first %1 liegt hinter last %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="54"/>
        <source>rows %1-%2 hold no seat row of this deck</source>
        <translation>die Reihen %1-%2 enthalten keine Sitzreihe dieses Decks</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="67"/>
        <source>%1, exit %2</source>
        <translation>%1, Ausgang %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="81"/>
        <source>&quot;sides&quot; must list &quot;left&quot;, &quot;right&quot; or both, each once</source>
        <translation>„sides“ muss „left“, „right“ oder beide nennen, jede einmal</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="86"/>
        <source>row %1 has an exit already; give both sides in one exit</source>
        <translation>Reihe %1 hat schon einen Ausgang; beide Seiten in einem Ausgang angeben</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="101"/>
        <source>%1, %2 entry %3</source>
        <translation>%1, %2 Eintrag %3</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="111"/>
        <source>&quot;position&quot; is &apos;%1&apos;; use left, centre or right</source>
        <translation>„position“ ist „%1“; erlaubt sind left, centre oder right</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="130"/>
        <source>give one place only, not both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>nur einen Ort angeben, nicht „%1“ und „%2“ zugleich</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="135"/>
        <source>give its place: &quot;row&quot;, &quot;before&quot; or &quot;after&quot; a row</source>
        <translation>Ort angeben: „row“, „before“ oder „after“ einer Reihe</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="136"/>
        <source>give its place: &quot;before&quot; or &quot;after&quot; a row</source>
        <translation>Ort angeben: „before“ oder „after“ einer Reihe</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="140"/>
        <source>row %1 is not a seat row of this deck</source>
        <translation>Reihe %1 ist keine Sitzreihe dieses Decks</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="171"/>
        <source>%1, seat %2</source>
        <translation>%1, Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="178"/>
        <source>characteristic &apos;%1&apos; cannot be written in a file; write H, 1, V or I (the others follow from the layout)</source>
        <translation>Merkmal „%1“ kann nicht in einer Datei stehen; erlaubt sind H, 1, V oder I (die übrigen ergeben sich aus dem Layout)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="182"/>
        <source>characteristic %1 is listed twice</source>
        <translation>Merkmal %1 ist zweimal genannt</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutDeckParser.cpp" line="186"/>
        <source>V (not for infants) and I (suitable for infants) contradict each other</source>
        <translation>V (nicht für Kleinkinder) und I (für Kleinkinder geeignet) widersprechen sich</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="20"/>
        <location filename="../../core/demo/LayoutParser.cpp" line="111"/>
        <source>%1, cabin %2</source>
        <translation>%1, Kabine %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="30"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="32"/>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="44"/>
        <location filename="../../core/demo/LayoutParser.cpp" line="266"/>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="78"/>
        <source>schema version %1 is not supported (this program reads versions 1 to %2)</source>
        <translation>Schema-Version %1 wird nicht unterstützt (dieses Programm liest die Versionen 1 bis %2)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="86"/>
        <source>deck %1</source>
        <translation>Deck %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="95"/>
        <location filename="../../core/demo/LayoutParser.cpp" line="249"/>
        <source>deck &apos;%1&apos;</source>
        <translation>Deck „%1“</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="125"/>
        <source>unknown cabin code &apos;%1&apos; (use F, J, W or Y)</source>
        <translation>unbekannter Kabinencode „%1“ (erlaubt sind F, J, W oder Y)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="133"/>
        <source>firstRow %1 is after lastRow %2</source>
        <translation>firstRow %1 liegt hinter lastRow %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="149"/>
        <source>crewSeats lists %1, which blockedSeats lists too; a seat is one or the other</source>
        <translation>crewSeats nennt %1, das auch in blockedSeats steht; ein Sitz ist das eine oder das andere</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="153"/>
        <source>has no seats left after skipped rows and missing seats</source>
        <translation>hat nach ausgelassenen Reihen und fehlenden Sitzen keine Sitze mehr</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="162"/>
        <source>%1 &apos;%2&apos; start or end with a space; spaces mark aisles between seats</source>
        <translation>%1 „%2“ beginnen oder enden mit einem Leerzeichen; Leerzeichen stehen für Gänge zwischen Sitzen</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="164"/>
        <source>%1 &apos;%2&apos; have two spaces in a row; one space marks one aisle</source>
        <translation>%1 „%2“ haben zwei Leerzeichen hintereinander; ein Leerzeichen steht für einen Gang</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="170"/>
        <source>%1 &apos;%2&apos; contain &apos;%3&apos;; use capital letters A-Z and spaces</source>
        <translation>%1 „%2“ enthalten „%3“; erlaubt sind Großbuchstaben A-Z und Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="172"/>
        <source>%1 &apos;%2&apos; contain the duplicate letter %3</source>
        <translation>%1 „%2“ enthalten den Buchstaben %3 doppelt</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="186"/>
        <source>%1 must hold row numbers from 1 to %2</source>
        <translation>%1 muss Reihennummern von 1 bis %2 enthalten</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="189"/>
        <source>%1 lists row %2, outside the cabin&apos;s rows %3</source>
        <translation>%1 nennt Reihe %2, außerhalb der Reihen %3 der Kabine</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="193"/>
        <source>%1 lists row %2, which is a skipped row</source>
        <translation>%1 nennt Reihe %2, eine ausgelassene Reihe</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="195"/>
        <source>%1 lists row %2 twice</source>
        <translation>%1 nennt Reihe %2 zweimal</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="226"/>
        <source>%1 holds &apos;%2&apos;, which is not a seat code like &quot;12A&quot;</source>
        <translation>%1 enthält „%2“, das ist kein Sitzcode wie „12A“</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="227"/>
        <source>(not a string)</source>
        <translation>(keine Zeichenkette)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="230"/>
        <source>column %1 is not in the columns list (%2 lists %3)</source>
        <translation>Spalte %1 steht nicht in der Spaltenliste (%2 nennt %3)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="233"/>
        <source>%1 lists %2, which is not a seat of this cabin (rows %3, letters &apos;%4&apos;)</source>
        <translation>%1 nennt %2, das ist kein Sitz dieser Kabine (Reihen %3, Buchstaben „%4“)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="252"/>
        <source>rows %1 overlap rows %2 of %3; row numbers must be unique across the aircraft</source>
        <translation>Reihen %1 überschneiden sich mit Reihen %2 von %3; Reihennummern müssen im ganzen Flugzeug eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="266"/>
        <source>the layout has no seat for sale: every seat is blocked or kept for the crew</source>
        <translation>das Layout hat keinen verkäuflichen Sitz: jeder Sitz ist gesperrt oder der Besatzung vorbehalten</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="280"/>
        <source>&quot;iataTypes&quot; holds &apos;%1&apos;; IATA aircraft types are three capitals or digits (&quot;320&quot;, &quot;77W&quot;)</source>
        <translation>„iataTypes“ enthält „%1“; IATA-Flugzeugtypen sind drei Großbuchstaben oder Ziffern („320“, „77W“)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="293"/>
        <source>unknown key &apos;%1&apos; (known keys: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannte Schlüssel: %2)</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="303"/>
        <location filename="../../core/demo/LayoutParser.cpp" line="315"/>
        <location filename="../../core/demo/LayoutParser.cpp" line="329"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="306"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="317"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="331"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>„%1“ muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="334"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="343"/>
        <source>entry %1 of &quot;%2&quot; must be a JSON object</source>
        <translation>Eintrag %1 von „%2“ muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../core/demo/LayoutParser.cpp" line="358"/>
        <source>row %1: seat %2 appears twice in %3</source>
        <translation>Reihe %1: Sitz %2 steht zweimal in %3</translation>
    </message>
</context>
<context>
    <name>LegWriter</name>
    <message>
        <location filename="../../core/storage/LegWriter.cpp" line="160"/>
        <source>no id returned for flight %1</source>
        <translation>für Flug %1 wurde keine ID zurückgegeben</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <location filename="../../core/notify/MessageRenderer.cpp" line="118"/>
        <source>outbox message %1 has unreadable details: %2</source>
        <translation>Nachricht %1 im Postausgang hat unlesbare Angaben: %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../core/storage/Migrator.cpp" line="88"/>
        <source>the database schema is at version %1 but this program knows only up to version %2; upgrade the kiosk software before using this database</source>
        <translation>das Datenbankschema hat Version %1, dieses Programm kennt aber nur bis Version %2; bitte zuerst die Kiosk-Software aktualisieren</translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrator.cpp" line="103"/>
        <source>the database schema is at version %1 and this program needs version %2; run &apos;kioskctl migrate&apos; first</source>
        <translation>das Datenbankschema hat Version %1 und dieses Programm braucht Version %2; bitte zuerst „kioskctl migrate“ ausführen</translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrator.cpp" line="162"/>
        <source>cannot read migration %1</source>
        <translation>Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrator.cpp" line="234"/>
        <source>the migration left a row of %1 without its %2 row</source>
        <translation>die Migration hat eine Zeile von %1 ohne ihre Zeile in %2 hinterlassen</translation>
    </message>
</context>
<context>
    <name>MockPaymentGateway</name>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="86"/>
        <source>no open authorization %1</source>
        <translation>keine offene Autorisierung %1</translation>
    </message>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="88"/>
        <source>capture exceeds the authorized amount</source>
        <translation>die Belastung übersteigt den autorisierten Betrag</translation>
    </message>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="104"/>
        <source>no authorization %1</source>
        <translation>keine Autorisierung %1</translation>
    </message>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="106"/>
        <source>authorization %1 was captured</source>
        <translation>Autorisierung %1 wurde belastet</translation>
    </message>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="124"/>
        <source>no charge %1</source>
        <translation>keine Belastung %1</translation>
    </message>
    <message>
        <location filename="../../core/payment/MockPaymentGateway.cpp" line="126"/>
        <source>refund exceeds the captured amount</source>
        <translation>die Erstattung übersteigt den belasteten Betrag</translation>
    </message>
</context>
<context>
    <name>MockPaymentTerminal</name>
    <message>
        <location filename="../../core/payment/MockPaymentTerminal.cpp" line="56"/>
        <source>the card terminal&apos;s answer was lost (mock)</source>
        <translation>die Antwort des Kartenterminals ging verloren (Simulation)</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <location filename="../../core/storage/OutboxRepository.cpp" line="105"/>
        <source>no outbox message %1</source>
        <translation>keine Nachricht %1 im Postausgang</translation>
    </message>
    <message>
        <location filename="../../core/storage/OutboxRepository.cpp" line="106"/>
        <source>outbox message %1 was already sent (%2); nothing to retry</source>
        <translation>Nachricht %1 im Postausgang wurde bereits gesendet (%2); nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>PassengerName</name>
    <message>
        <location filename="../../core/domain/PassengerName.cpp" line="9"/>
        <source>a passenger name is required</source>
        <translation>ein Name des Fluggasts ist nötig</translation>
    </message>
    <message>
        <location filename="../../core/domain/PassengerName.cpp" line="12"/>
        <source>the name &apos;%1&apos; is too short (at least %2 letters)</source>
        <translation>der Name „%1“ ist zu kurz (mindestens %2 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../../core/domain/PassengerName.cpp" line="15"/>
        <source>the name &apos;%1...&apos; is too long (at most %2 characters)</source>
        <translation>der Name „%1…“ ist zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../core/domain/PassengerName.cpp" line="23"/>
        <source>the name &apos;%1&apos; contains &apos;%2&apos;; use letters, spaces, hyphens and apostrophes only</source>
        <translation>der Name „%1“ enthält „%2“; bitte nur Buchstaben, Leerzeichen, Bindestriche und Apostrophe</translation>
    </message>
    <message>
        <location filename="../../core/domain/PassengerName.cpp" line="28"/>
        <source>the name &apos;%1&apos; must start with a letter</source>
        <translation>der Name „%1“ muss mit einem Buchstaben beginnen</translation>
    </message>
</context>
<context>
    <name>PaymentBookkeeper</name>
    <message>
        <location filename="../../core/booking/PaymentBookkeeper.cpp" line="27"/>
        <source>%1 -&gt; %2 is not in the booking state table</source>
        <translation>%1 -&gt; %2 steht nicht in der Tabelle der Buchungszustände</translation>
    </message>
</context>
<context>
    <name>PaymentFunctions</name>
    <message>
        <location filename="../../core/storage/PaymentFunctions.cpp" line="55"/>
        <source>kiosk_payment_begin answered nothing</source>
        <translation>kiosk_payment_begin hat nichts geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentFunctions.cpp" line="133"/>
        <source>kiosk_payment_record answered nothing</source>
        <translation>kiosk_payment_record hat nichts geantwortet</translation>
    </message>
</context>
<context>
    <name>PaymentProcessor</name>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="148"/>
        <source>no booking with reference %1</source>
        <translation>keine Buchung mit der Buchungsnummer %1</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="160"/>
        <source>this kiosk takes cards on its card terminal; a card number is never typed here</source>
        <translation>dieser Kiosk nimmt Karten nur am Kartenterminal an; eine Kartennummer wird hier nie eingegeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="184"/>
        <source>the hold on booking %1 ran out at %2 UTC; the seats were released and nothing was charged</source>
        <translation>die Reservierung für Buchung %1 ist um %2 UTC abgelaufen; die Sitze wurden freigegeben und nichts wurde belastet</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="259"/>
        <source>the reply to COMMIT was lost (injected fault)</source>
        <translation>die Antwort auf COMMIT ging verloren (eingespeister Fehler)</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="302"/>
        <source>Payment declined: %1 Your seats are now held until %2 UTC so you can try another card.</source>
        <translation>Zahlung abgelehnt: %1 Ihre Sitze bleiben bis %2 UTC reserviert, damit Sie eine andere Karte versuchen können.</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="308"/>
        <source>Payment declined: %1 You can try another card while the seats are held.</source>
        <translation>Zahlung abgelehnt: %1 Solange die Sitze reserviert sind, können Sie eine andere Karte versuchen.</translation>
    </message>
    <message>
        <location filename="../../core/booking/PaymentProcessor.cpp" line="361"/>
        <source>%1 The outcome is not known yet and your booking is not confirmed. We will not charge you twice: anything reserved or taken on your card for this attempt is given back automatically.</source>
        <translation>%1 Das Ergebnis ist noch nicht bekannt und Ihre Buchung ist nicht bestätigt. Wir belasten Sie nicht doppelt: Was für diesen Versuch auf Ihrer Karte reserviert oder abgebucht wurde, wird automatisch zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="39"/>
        <source>no id returned for the payment attempt</source>
        <translation>für den Zahlungsversuch wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="106"/>
        <source>payment %1 is no longer pending or names its card already</source>
        <translation>Zahlung %1 ist nicht mehr ausstehend oder nennt ihre Karte bereits</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="113"/>
        <source>the payment attempt is no longer %1%2</source>
        <translation>der Zahlungsversuch ist nicht mehr %1%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="153"/>
        <source>payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="176"/>
        <source>no payment %1</source>
        <translation>keine Zahlung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/PaymentRepository.cpp" line="232"/>
        <source>the refund would pay back more than is left of the captured amount</source>
        <translation>die Erstattung würde mehr zurückzahlen, als vom belasteten Betrag übrig ist</translation>
    </message>
</context>
<context>
    <name>PriceRepository</name>
    <message>
        <location filename="../../core/storage/PriceRepository.cpp" line="59"/>
        <source>no flight with id %1</source>
        <translation>kein Flug mit der ID %1</translation>
    </message>
</context>
<context>
    <name>ReadReplica</name>
    <message>
        <location filename="../../core/storage/ReadReplica.cpp" line="19"/>
        <source>read database: </source>
        <translation>Lesedatenbank: </translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <location filename="../../core/booking/ReceiptBuilder.cpp" line="24"/>
        <source>booking %1 was never paid, so it has no receipt (%2)</source>
        <translation>Buchung %1 wurde nie bezahlt und hat daher keine Quittung (%2)</translation>
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
    <name>RefundPolicyAdministration</name>
    <message>
        <location filename="../../core/booking/RefundPolicyAdministration.cpp" line="27"/>
        <source>the stored refund policy for cabin %1 is damaged (&apos;%2&apos;); set it again with kioskctl policy set</source>
        <translation>die gespeicherten Erstattungsregeln für Kabine %1 sind beschädigt („%2“); bitte mit kioskctl policy set neu festlegen</translation>
    </message>
</context>
<context>
    <name>RefundProcessor</name>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="33"/>
        <source>booking %1 has no captured payment; there is nothing to refund</source>
        <translation>Buchung %1 hat keine belastete Zahlung; es gibt nichts zu erstatten</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="73"/>
        <source>the payment gateway did not answer (%1); the refund is recorded and will be completed automatically</source>
        <translation>das Zahlungsgateway hat nicht geantwortet (%1); die Erstattung ist erfasst und wird automatisch abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="99"/>
        <source>the idempotency key %1 was used for a refund of another booking; use a new key</source>
        <translation>der Idempotenzschlüssel %1 wurde für eine Erstattung einer anderen Buchung verwendet; bitte einen neuen Schlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="108"/>
        <source>refund %1 is %2; it is not started again</source>
        <translation>Erstattung %1 ist %2; sie wird nicht erneut gestartet</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="112"/>
        <source>booking %1 was already refunded</source>
        <translation>Buchung %1 wurde bereits erstattet</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="115"/>
        <source>booking %1 is %2; cancel it before refunding</source>
        <translation>Buchung %1 ist %2; bitte vor der Erstattung stornieren</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="123"/>
        <source>the refund is in %1 but the payment was in %2</source>
        <translation>die Erstattung ist in %1, die Zahlung aber war in %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="126"/>
        <source>a refund must be more than zero</source>
        <translation>eine Erstattung muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="128"/>
        <source>a refund of %1 is more than the %2 left of the payment</source>
        <translation>eine Erstattung von %1 ist mehr als die %2, die von der Zahlung übrig sind</translation>
    </message>
    <message>
        <location filename="../../core/booking/RefundProcessor.cpp" line="150"/>
        <source>refund %1 exists already</source>
        <translation>Erstattung %1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>RefundRepository</name>
    <message>
        <location filename="../../core/storage/RefundRepository.cpp" line="41"/>
        <source>no id returned for the refund</source>
        <translation>für die Erstattung wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/RefundRepository.cpp" line="73"/>
        <source>the refund was settled already</source>
        <translation>die Erstattung wurde bereits abgeschlossen</translation>
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
    <name>ReportPeriod</name>
    <message>
        <location filename="../../core/domain/ReportPeriod.cpp" line="11"/>
        <source>a report period needs a valid first and last day</source>
        <translation>ein Berichtszeitraum braucht einen gültigen ersten und letzten Tag</translation>
    </message>
    <message>
        <location filename="../../core/domain/ReportPeriod.cpp" line="13"/>
        <source>the report period starts after it ends: from %1 is after to %2</source>
        <translation>der Berichtszeitraum beginnt nach seinem Ende: von %1 liegt nach bis %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/ReportPeriod.cpp" line="16"/>
        <source>a report covers at most %1 days; %2..%3 is %4 days</source>
        <translation>ein Bericht umfasst höchstens %1 Tage; %2..%3 sind %4 Tage</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../core/domain/Role.cpp" line="13"/>
        <source>kiosk</source>
        <translation>Automat</translation>
    </message>
    <message>
        <location filename="../../core/domain/Role.cpp" line="13"/>
        <source>agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../core/domain/Role.cpp" line="14"/>
        <source>supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <location filename="../../core/domain/Role.cpp" line="14"/>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SaleOpening</name>
    <message>
        <location filename="../../core/storage/SaleOpening.cpp" line="25"/>
        <source>the database answered no time</source>
        <translation>die Datenbank hat keine Uhrzeit geliefert</translation>
    </message>
    <message>
        <location filename="../../core/storage/SaleOpening.cpp" line="125"/>
        <source>%1: the database answered nothing</source>
        <translation>%1: die Datenbank hat nichts geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/storage/SaleOpening.cpp" line="160"/>
        <source>no flight with id %1</source>
        <translation>kein Flug mit der ID %1</translation>
    </message>
</context>
<context>
    <name>SalesCutoffSettings</name>
    <message>
        <location filename="../../core/booking/SalesCutoffSettings.cpp" line="41"/>
        <source>sales may close from 0 minutes up to %1 before departure, not %2</source>
        <translation>der Verkauf kann 0 Minuten bis %1 vor Abflug schließen, nicht %2</translation>
    </message>
</context>
<context>
    <name>SalesHorizon</name>
    <message>
        <location filename="../../core/booking/SalesHorizon.h" line="26"/>
        <source>flight %1 is not on sale yet: sales open on %2 UTC, %3 days before departure; an agent can open it earlier</source>
        <translation>Flug %1 ist noch nicht im Verkauf: der Verkauf öffnet am %2 UTC, %3 Tage vor Abflug; ein Mitarbeiter kann ihn früher öffnen</translation>
    </message>
</context>
<context>
    <name>SalesOpener</name>
    <message>
        <location filename="../../core/schedule/SalesOpener.cpp" line="50"/>
        <source>flight %1 is cancelled; it cannot be opened for sale</source>
        <translation>Flug %1 ist annulliert; er kann nicht zum Verkauf geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ScheduleDesk</name>
    <message>
        <location filename="../../core/schedule/ScheduleDesk.cpp" line="36"/>
        <source>flight %1 was not found</source>
        <translation>Flug %1 wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ScheduleExpander</name>
    <message>
        <location filename="../../core/schedule/ScheduleExpander.cpp" line="21"/>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/ScheduleExpander.cpp" line="80"/>
        <source>lines %1 and %2: flight %3 departs %4 on %5 in both (a duplicate leg)</source>
        <translation>Zeilen %1 und %2: Flug %3 startet in beiden am %5 ab %4 (ein doppelter Abschnitt)</translation>
    </message>
</context>
<context>
    <name>ScheduleImportJob</name>
    <message>
        <location filename="../../core/schedule/ScheduleImportJob.cpp" line="20"/>
        <source>an in-memory database has no second connection to import on; use a file</source>
        <translation>eine Datenbank im Arbeitsspeicher hat keine zweite Verbindung für den Import; verwenden Sie eine Datei</translation>
    </message>
</context>
<context>
    <name>ScheduleImporter</name>
    <message>
        <location filename="../../core/schedule/ImportSummary.h" line="26"/>
        <source>the import was stopped before the end; nothing was written</source>
        <translation>der Import wurde vor dem Ende abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>ScheduleLayouts</name>
    <message>
        <location filename="../../core/schedule/ScheduleLayouts.cpp" line="49"/>
        <source>aircraft configuration &quot;%1&quot; %2</source>
        <translation>Flugzeugkonfiguration „%1“ %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/ScheduleLayouts.cpp" line="60"/>
        <source>aircraft type %1 has no built-in layout and no configuration (such as C12Y150) to generate one from</source>
        <translation>Flugzeugtyp %1 hat kein eingebautes Layout und keine Konfiguration (wie C12Y150), aus der eines erzeugt werden kann</translation>
    </message>
    <message>
        <location filename="../../core/schedule/ScheduleLayouts.cpp" line="88"/>
        <source>no aircraft layout &quot;%1&quot;; the known layouts are %2</source>
        <translation>kein Flugzeuglayout „%1“; bekannt sind %2</translation>
    </message>
</context>
<context>
    <name>SeatBlocker</name>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="35"/>
        <source>a block needs a reason (--reason): why the seat is not sold</source>
        <translation>eine Sperre braucht einen Grund (--reason): warum der Sitz nicht verkauft wird</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="50"/>
        <source>name at least one seat</source>
        <translation>mindestens einen Sitz angeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="78"/>
        <source>flight %1 has no seat %2; nothing was blocked or unblocked</source>
        <translation>Flug %1 hat keinen Sitz %2; nichts wurde gesperrt oder freigegeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="89"/>
        <source>seat %1 on %2 is not blocked; nothing was unblocked</source>
        <translation>Sitz %1 auf %2 ist nicht gesperrt; nichts wurde freigegeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="109"/>
        <source>seat %1 on %2 is sold to booking %3; move that passenger to another seat first (change-seat); nothing was blocked</source>
        <translation>Sitz %1 auf %2 ist an Buchung %3 verkauft; setzen Sie diesen Fluggast zuerst auf einen anderen Sitz um (change-seat); nichts wurde gesperrt</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatBlocker.cpp" line="111"/>
        <source>seat %1 on %2 is held by booking %3; wait until it is paid or released, or cancel it, then block; nothing was blocked</source>
        <translation>Sitz %1 auf %2 ist für Buchung %3 reserviert; warten Sie, bis sie bezahlt oder freigegeben ist, oder stornieren Sie sie, und sperren Sie dann; nichts wurde gesperrt</translation>
    </message>
</context>
<context>
    <name>SeatChangeAnnouncer</name>
    <message>
        <location filename="../../core/storage/SeatChangeAnnouncer.cpp" line="20"/>
        <source>pg_try_advisory_lock answered nothing</source>
        <translation>pg_try_advisory_lock hat nichts geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/storage/SeatChangeAnnouncer.cpp" line="33"/>
        <source>kiosk_announce_seat_changes answered nothing</source>
        <translation>kiosk_announce_seat_changes hat nichts geantwortet</translation>
    </message>
</context>
<context>
    <name>SeatChanger</name>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="18"/>
        <source>booking %1 is %2; only a confirmed booking&apos;s seats can be changed</source>
        <translation>Buchung %1 ist %2; nur die Sitze einer bestätigten Buchung können geändert werden</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="24"/>
        <source>booking %1 has no passenger in seat %2</source>
        <translation>Buchung %1 hat keinen Fluggast auf Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="27"/>
        <source>%1 already sits in %2</source>
        <translation>%1 sitzt bereits auf %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="44"/>
        <source>flight %1 has no seat %2</source>
        <translation>Flug %1 hat keinen Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="47"/>
        <source>seat %1 of booking %2 is missing</source>
        <translation>Sitz %1 der Buchung %2 fehlt</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatChanger.cpp" line="51"/>
        <source>seat %1 is %2 and %3 is %4; a seat change stays in the cabin that was paid for</source>
        <translation>Sitz %1 ist %2 und %3 ist %4; ein Sitzwechsel bleibt in der bezahlten Kabine</translation>
    </message>
</context>
<context>
    <name>SeatHolder</name>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="27"/>
        <source>seat %1 is blocked and cannot be sold</source>
        <translation>Sitz %1 ist gesperrt und kann nicht verkauft werden</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="34"/>
        <source>seat %1 on %2 is already taken</source>
        <translation>Sitz %1 auf %2 ist bereits vergeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="44"/>
        <source>flight %1 has no seat %2</source>
        <translation>Flug %1 hat keinen Sitz %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="54"/>
        <source>flight %1 departed at %2 UTC; its seats can no longer be sold</source>
        <translation>Flug %1 ist um %2 UTC abgeflogen; seine Sitze können nicht mehr verkauft werden</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="57"/>
        <source>flight %1 is closed for sale: sales closed at %2 UTC, %3 before departure; please ask at the airline&apos;s desk</source>
        <translation>Flug %1 ist für den Verkauf geschlossen: der Verkauf endete um %2 UTC, %3 vor Abflug; bitte am Schalter der Fluggesellschaft fragen</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="75"/>
        <source>no seats requested; name at least one seat, e.g. 12A</source>
        <translation>keine Sitze gewünscht; bitte mindestens einen Sitz nennen, z. B. 12A</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="77"/>
        <source>%1 seats requested; one booking holds at most %2</source>
        <translation>%1 Sitze gewünscht; eine Buchung umfasst höchstens %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="82"/>
        <source>seat number %1 is not valid</source>
        <translation>Sitznummer %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="85"/>
        <source>seat %1 is listed twice</source>
        <translation>Sitz %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="92"/>
        <source>%1 seats but %2 passenger names; give one name per seat</source>
        <translation>%1 Sitze, aber %2 Namen; bitte einen Namen pro Sitz angeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="101"/>
        <source>a hold lasts %1 to %2 seconds, not %3</source>
        <translation>eine Reservierung dauert %1 bis %2 Sekunden, nicht %3</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="130"/>
        <source>idempotency key &apos;%1&apos; was already used for booking %2 with other seats</source>
        <translation>der Idempotenzschlüssel „%1“ wurde bereits für Buchung %2 mit anderen Sitzen verwendet</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="168"/>
        <source>could not create the booking; please try again</source>
        <translation>die Buchung konnte nicht angelegt werden; bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="301"/>
        <source>idempotency key used meanwhile</source>
        <translation>Idempotenzschlüssel wurde inzwischen verwendet</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="332"/>
        <location filename="../../core/booking/SeatHolder.cpp" line="368"/>
        <source>booking reference or idempotency key taken meanwhile</source>
        <translation>Buchungsnummer oder Idempotenzschlüssel wurde inzwischen vergeben</translation>
    </message>
    <message>
        <location filename="../../core/booking/SeatHolder.cpp" line="370"/>
        <source>no flight with id %1</source>
        <translation>kein Flug mit der ID %1</translation>
    </message>
</context>
<context>
    <name>SeatPricing</name>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="50"/>
        <source>extra legroom</source>
        <translation>mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="51"/>
        <source>exit row</source>
        <translation>Notausgangsreihe</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="52"/>
        <source>front rows</source>
        <translation>vordere Reihen</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="53"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="54"/>
        <source>aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="134"/>
        <source>%1 cannot be negative: %2</source>
        <translation>%1 darf nicht negativ sein: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="139"/>
        <source>%1 must be an amount in %2 without decimals, such as 120, not &apos;%3&apos;</source>
        <translation>%1 muss ein Betrag in %2 ohne Nachkommastellen sein, etwa 120, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="141"/>
        <source>%1 must be an amount in %2 with at most %3 decimals, such as 120 or 120.50, not &apos;%4&apos;</source>
        <translation>%1 muss ein Betrag in %2 mit höchstens %3 Nachkommastellen sein, etwa 120 oder 120.50, nicht „%4“</translation>
    </message>
    <message>
        <location filename="../../core/domain/SeatPricing.cpp" line="150"/>
        <source>%1 of %2 is above the largest one accepted, %3</source>
        <translation>%1 von %2 liegt über dem höchsten zulässigen Betrag, %3</translation>
    </message>
</context>
<context>
    <name>SignInRepository</name>
    <message>
        <location filename="../../core/storage/SignInRepository.cpp" line="48"/>
        <source>signing in: the database gave no answer</source>
        <translation>Anmeldung: die Datenbank hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <location filename="../../core/notify/SmtpSender.cpp" line="88"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSender.cpp" line="137"/>
        <source>SMTP server %1 refused: %2 (reply %3)</source>
        <translation>SMTP-Server %1 hat abgelehnt: %2 (Antwort %3)</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSender.cpp" line="140"/>
        <source>SMTP server %1: %2</source>
        <translation>SMTP-Server %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="43"/>
        <source>--tls must be none, try or require, not &apos;%1&apos;</source>
        <translation>--tls muss none, try oder require sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="51"/>
        <source>no SMTP server: give --smtp smtp://HOST:PORT (or smtps://), or set KIOSK_SMTP</source>
        <translation>kein SMTP-Server: --smtp smtp://HOST:PORT (oder smtps://) angeben oder KIOSK_SMTP setzen</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="55"/>
        <source>&apos;%1&apos; is not an SMTP server URL: use smtp://HOST[:PORT] or smtps://HOST[:PORT] (the user and password are given apart)</source>
        <translation>„%1“ ist keine SMTP-Server-URL: smtp://HOST[:PORT] oder smtps://HOST[:PORT] verwenden (Benutzer und Passwort werden getrennt angegeben)</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="67"/>
        <source>KIOSK_SMTP_FROM: %1</source>
        <translation>KIOSK_SMTP_FROM: %1</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="76"/>
        <source>cannot read the SMTP password file %1: %2</source>
        <translation>die SMTP-Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/notify/SmtpSettings.cpp" line="80"/>
        <source>an SMTP password was given but no user: set KIOSK_SMTP_USER</source>
        <translation>ein SMTP-Passwort wurde angegeben, aber kein Benutzer: KIOSK_SMTP_USER setzen</translation>
    </message>
</context>
<context>
    <name>SsimParser</name>
    <message>
        <location filename="../../core/schedule/SsimParser.cpp" line="49"/>
        <source>the file is empty; an SSIM file starts with a header record</source>
        <translation>die Datei ist leer; eine SSIM-Datei beginnt mit einem Kopfsatz</translation>
    </message>
    <message>
        <location filename="../../core/schedule/SsimParser.cpp" line="60"/>
        <source>the file holds only padding records; no header record</source>
        <translation>die Datei enthält nur Füllsätze; kein Kopfsatz</translation>
    </message>
    <message>
        <location filename="../../core/schedule/SsimParser.cpp" line="62"/>
        <source>line %1: the file ends without a trailer record (type 5); it is truncated</source>
        <translation>Zeile %1: die Datei endet ohne Schlusssatz (Typ 5); sie ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>StaffCallDesk</name>
    <message>
        <location filename="../../core/booking/StaffCallDesk.cpp" line="17"/>
        <source>a call for help names the screen it comes from (at most %1 characters)</source>
        <translation>ein Hilferuf nennt den Bildschirm, von dem er kommt (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../core/booking/StaffCallDesk.cpp" line="21"/>
        <source>%1 is not a booking reference</source>
        <translation>%1 ist keine Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../core/booking/StaffCallDesk.cpp" line="34"/>
        <source>%1 made no call for help %2</source>
        <translation>%1 hat keinen Hilferuf %2 gesendet</translation>
    </message>
    <message>
        <location filename="../../core/booking/StaffCallDesk.cpp" line="61"/>
        <source>%1 answered the call for help from %2 at %3 already</source>
        <translation>%1 hat den Hilferuf von %2 bereits um %3 beantwortet</translation>
    </message>
</context>
<context>
    <name>StaffCallRepository</name>
    <message>
        <location filename="../../core/storage/StaffCallRepository.cpp" line="55"/>
        <source>the call for help from %1 was not recorded</source>
        <translation>der Hilferuf von %1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../core/storage/StaffCallRepository.cpp" line="70"/>
        <source>%1 has no open call for help</source>
        <translation>%1 hat keinen offenen Hilferuf</translation>
    </message>
    <message>
        <location filename="../../core/storage/StaffCallRepository.cpp" line="98"/>
        <source>there is no call for help %1</source>
        <translation>es gibt keinen Hilferuf %1</translation>
    </message>
</context>
<context>
    <name>StaffCallsBar</name>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="19"/>
        <source>on the welcome screen</source>
        <translation>auf dem Startbildschirm</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="20"/>
        <source>choosing a flight</source>
        <translation>bei der Flugwahl</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="21"/>
        <source>choosing seats</source>
        <translation>bei der Sitzplatzwahl</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="22"/>
        <source>joining a waitlist</source>
        <translation>beim Eintrag in eine Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="23"/>
        <source>entering names</source>
        <translation>bei der Eingabe der Namen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="24"/>
        <source>paying</source>
        <translation>beim Bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="25"/>
        <source>on the confirmation</source>
        <translation>auf der Bestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="26"/>
        <source>on the receipt</source>
        <translation>auf der Quittung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="27"/>
        <source>checking in</source>
        <translation>beim Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="28"/>
        <source>on the boarding pass</source>
        <translation>auf der Bordkarte</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="29"/>
        <source>adding bags</source>
        <translation>beim Hinzufügen von Gepäck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="30"/>
        <source>taking up a waitlist offer</source>
        <translation>beim Annehmen eines Wartelistenangebots</translation>
    </message>
</context>
<context>
    <name>SurchargeSettings</name>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="26"/>
        <source>name an airline (KX) or an airline&apos;s route (KX/DUB-JFK), not &apos;%1&apos;</source>
        <translation>Geben Sie eine Fluggesellschaft (KX) oder eine ihrer Strecken (KX/DUB-JFK) an, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="64"/>
        <source>&apos;%1&apos; is not a seat characteristic a surcharge is charged for; use %2</source>
        <translation>„%1“ ist kein Sitzmerkmal, für das ein Aufpreis erhoben wird; verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="109"/>
        <source>%1 has no flights to come to take the currency from; give --currency</source>
        <translation>%1 hat keine kommenden Flüge, deren Währung übernommen werden kann; geben Sie --currency an</translation>
    </message>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="110"/>
        <source>%1 sells in more than one currency; give --currency</source>
        <translation>%1 verkauft in mehr als einer Währung; geben Sie --currency an</translation>
    </message>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="111"/>
        <source>the surcharge</source>
        <translation>der Aufpreis</translation>
    </message>
    <message>
        <location filename="../../core/booking/SurchargeSettings.cpp" line="122"/>
        <source>warning: no seat of the %1 flight(s) to come of %2 is %3; the surcharge is stored for the seats that will be</source>
        <translation>Warnung: kein Sitz der %1 kommenden Flüge von %2 hat das Merkmal „%3“; der Aufpreis wird für künftige solche Sitze gespeichert</translation>
    </message>
</context>
<context>
    <name>TerminalFactory</name>
    <message>
        <location filename="../../core/payment/TerminalFactory.cpp" line="14"/>
        <source>unknown card terminal &apos;%1&apos;: use mock, mock?card=NAME or http(s)://HOST[:PORT]</source>
        <translation>unbekanntes Kartenterminal &apos;%1&apos;: verwenden Sie mock, mock?card=NAME oder http(s)://HOST[:PORT]</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalFactory.cpp" line="29"/>
        <source>mock card terminal: unknown setting &apos;%1&apos; (card)</source>
        <translation>Mock-Kartenterminal: unbekannte Einstellung &apos;%1&apos; (card)</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalFactory.cpp" line="33"/>
        <source>mock card terminal: card must be approve, decline, insufficient_funds, removed or timeout</source>
        <translation>Mock-Kartenterminal: card muss approve, decline, insufficient_funds, removed oder timeout sein</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalFactory.cpp" line="67"/>
        <source>the mock card terminal authorizes at the mock gateway only: use --gateway mock, or a terminal URL</source>
        <translation>das Mock-Kartenterminal autorisiert nur beim Mock-Gateway: verwenden Sie --gateway mock oder eine Terminal-URL</translation>
    </message>
</context>
<context>
    <name>TerminalPaymentGateway</name>
    <message>
        <location filename="../../core/payment/TerminalPaymentGateway.cpp" line="16"/>
        <source>The card was declined by the bank.</source>
        <translation>Die Karte wurde von der Bank abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalPaymentGateway.cpp" line="21"/>
        <source>The card was removed before the payment finished.</source>
        <translation>Die Karte wurde entnommen, bevor die Zahlung abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalPaymentGateway.cpp" line="25"/>
        <source>No card was presented in time.</source>
        <translation>Es wurde nicht rechtzeitig eine Karte vorgelegt.</translation>
    </message>
    <message>
        <location filename="../../core/payment/TerminalPaymentGateway.cpp" line="35"/>
        <source>this kiosk takes cards on its card terminal; a card number is never typed here</source>
        <translation>dieser Kiosk nimmt Karten nur am Kartenterminal an; eine Kartennummer wird hier nie eingegeben</translation>
    </message>
</context>
<context>
    <name>TerminalReplyParser</name>
    <message>
        <location filename="../../core/payment/TerminalReplyParser.cpp" line="13"/>
        <source>card terminal answered HTTP %1 %2; the outcome is unknown and is checked with the acquirer</source>
        <translation>das Kartenterminal antwortete mit HTTP %1 %2; das Ergebnis ist unbekannt und wird beim Acquirer geprüft</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="27"/>
        <source>commit of a finished transaction</source>
        <translation>Commit einer bereits beendeten Transaktion</translation>
    </message>
</context>
<context>
    <name>TripDetails</name>
    <message>
        <location filename="../../ui/screens/TripDetails.cpp" line="38"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TripDetails.cpp" line="50"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TripDetails.cpp" line="56"/>
        <source>Departs %1 · Boarding %2</source>
        <translation>Abflug %1 · Boarding %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TripDetails.cpp" line="64"/>
        <source>Seat %1 · %2</source>
        <translation>Sitzplatz %1 · %2</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="18"/>
        <source>&apos;%1&apos; is not a valid user name: 2 to 32 of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation>„%1“ ist kein gültiger Benutzername: 2 bis 32 Zeichen aus a-z, 0-9, „.“, „_“ und „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="23"/>
        <source>&apos;operator&apos; is the built-in identity of kioskctl without --user; choose another name</source>
        <translation>„operator“ ist die eingebaute Identität von kioskctl ohne --user; bitte einen anderen Namen wählen</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="27"/>
        <source>&apos;kiosk&apos; is the identity of the self-service kiosks; choose another name</source>
        <translation>„kiosk“ ist die Identität der Selbstbedienungsautomaten; bitte einen anderen Namen wählen</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="35"/>
        <source>the password is too short: at least %1 characters</source>
        <translation>das Passwort ist zu kurz: mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="37"/>
        <source>the password must not start or end with a space</source>
        <translation>das Passwort darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="52"/>
        <source>no user named %1</source>
        <translation>kein Benutzer namens %1</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="109"/>
        <source>you cannot disable yourself (%1)</source>
        <translation>Sie können sich nicht selbst deaktivieren (%1)</translation>
    </message>
    <message>
        <location filename="../../core/auth/UserAdministration.cpp" line="114"/>
        <source>user %1 is already disabled</source>
        <translation>Benutzer %1 ist bereits deaktiviert</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="67"/>
        <source>a user named %1 already exists</source>
        <translation>ein Benutzer namens %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="71"/>
        <source>no id returned for the new user</source>
        <translation>für den neuen Benutzer wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="85"/>
        <source>user %1 no longer exists</source>
        <translation>Benutzer %1 existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="33"/>
        <source>a voucher gives either --percent or --amount off, one of them</source>
        <translation>ein Gutschein gibt entweder --percent oder --amount Rabatt, eins von beiden</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="36"/>
        <source>--percent must be 1 to 100, not %1</source>
        <translation>--percent muss 1 bis 100 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="38"/>
        <source>--amount must be more than 0.00 in a currency</source>
        <translation>--amount muss mehr als 0.00 in einer Währung sein</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="40"/>
        <source>--min-amount must be 0.00 or more in a currency</source>
        <translation>--min-amount muss 0.00 oder mehr in einer Währung sein</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="42"/>
        <source>--amount and --min-amount must be in one currency</source>
        <translation>--amount und --min-amount müssen in derselben Währung sein</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="44"/>
        <source>--valid-to must come after --valid-from</source>
        <translation>--valid-to muss nach --valid-from liegen</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="47"/>
        <source>--max-uses must be 1 to %1, not %2</source>
        <translation>--max-uses muss 1 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="54"/>
        <source>--flights takes flight numbers such as KX101, not &apos;%1&apos;</source>
        <translation>--flights nimmt Flugnummern wie KX101, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="96"/>
        <source>%1 was withdrawn on %2 and can no longer be used</source>
        <translation>%1 wurde am %2 zurückgezogen und kann nicht mehr verwendet werden</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="99"/>
        <source>%1 can be used from %2</source>
        <translation>%1 kann ab %2 verwendet werden</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="102"/>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="105"/>
        <source>%1 has been used as often as it may be (%2 times)</source>
        <translation>%1 wurde so oft verwendet wie erlaubt (%2-mal)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="109"/>
        <source>%1 is valid only on %2, not on %3</source>
        <translation>%1 gilt nur für %2, nicht für %3</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="114"/>
        <source>%1 is valid only in %2; seat %3 is %4</source>
        <translation>%1 gilt nur in %2; Sitz %3 ist %4</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="121"/>
        <source>%1 is in %2; this booking is priced in %3</source>
        <translation>%1 ist in %2; diese Buchung ist in %3 ausgepreist</translation>
    </message>
    <message>
        <location filename="../../core/domain/Voucher.cpp" line="125"/>
        <source>%1 needs a booking of at least %2; this one is %3</source>
        <translation>%1 braucht eine Buchung von mindestens %2; diese hat %3</translation>
    </message>
</context>
<context>
    <name>VoucherAdministration</name>
    <message>
        <location filename="../../core/booking/VoucherAdministration.cpp" line="37"/>
        <source>a voucher with the code %1 exists already; choose another code</source>
        <translation>ein Gutschein mit dem Code %1 existiert bereits; bitte einen anderen Code wählen</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherAdministration.cpp" line="40"/>
        <source>the new voucher could not be read back</source>
        <translation>der neue Gutschein konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherAdministration.cpp" line="71"/>
        <source>no voucher with the code %1</source>
        <translation>kein Gutschein mit dem Code %1</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherAdministration.cpp" line="88"/>
        <source>no voucher #%1</source>
        <translation>kein Gutschein #%1</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherAdministration.cpp" line="93"/>
        <source>voucher %1 was withdrawn already</source>
        <translation>Gutschein %1 wurde bereits zurückgezogen</translation>
    </message>
</context>
<context>
    <name>VoucherCode</name>
    <message>
        <location filename="../../core/domain/VoucherCode.cpp" line="16"/>
        <source>a voucher code has only letters A-Z and digits (spaces and hyphens are ignored), not &apos;%1&apos;</source>
        <translation>ein Gutscheincode hat nur Buchstaben A-Z und Ziffern (Leerzeichen und Bindestriche werden ignoriert), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/domain/VoucherCode.cpp" line="24"/>
        <source>a voucher code has %1 to %2 letters and digits</source>
        <translation>ein Gutscheincode hat %1 bis %2 Buchstaben und Ziffern</translation>
    </message>
</context>
<context>
    <name>VoucherRedeemer</name>
    <message>
        <location filename="../../core/booking/VoucherRedeemer.cpp" line="33"/>
        <source>too many unrecognised voucher codes at this terminal; please try again in %1 minutes or ask at the desk</source>
        <translation>zu viele unbekannte Gutscheincodes an diesem Terminal; bitte in %1 Minuten erneut versuchen oder am Schalter fragen</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherRedeemer.cpp" line="52"/>
        <source>the voucher code %1 is not recognised; check it and try again</source>
        <translation>der Gutscheincode %1 ist unbekannt; bitte prüfen und erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../core/booking/VoucherRedeemer.cpp" line="94"/>
        <source>voucher %1 can no longer be used</source>
        <translation>Gutschein %1 kann nicht mehr verwendet werden</translation>
    </message>
</context>
<context>
    <name>VoucherRepository</name>
    <message>
        <location filename="../../core/storage/VoucherRepository.cpp" line="81"/>
        <source>no id returned for the new voucher</source>
        <translation>für den neuen Gutschein wurde keine ID zurückgegeben</translation>
    </message>
</context>
<context>
    <name>WaitlistOfferer</name>
    <message>
        <location filename="../../core/booking/WaitlistOfferer.cpp" line="171"/>
        <source>seats for the waitlist were taken meanwhile; try again</source>
        <translation>Sitze für die Warteliste wurden inzwischen vergeben; bitte erneut versuchen</translation>
    </message>
</context>
<context>
    <name>WaitlistRepository</name>
    <message>
        <location filename="../../core/storage/WaitlistRepository.cpp" line="65"/>
        <source>no id returned for the waitlist entry</source>
        <translation>für den Wartelisteneintrag wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/storage/WaitlistRepository.cpp" line="125"/>
        <source>no waitlist entry %1</source>
        <translation>kein Wartelisteneintrag %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/WaitlistRepository.cpp" line="264"/>
        <source>the waitlist settings row is missing</source>
        <translation>die Zeile mit den Wartelisteneinstellungen fehlt</translation>
    </message>
</context>
<context>
    <name>WaitlistService</name>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="28"/>
        <source>&apos;%1&apos; is not a cabin: F, J, W or Y</source>
        <translation>„%1“ ist keine Kabine: F, J, W oder Y</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="31"/>
        <source>a waitlist entry is for 1 to %1 passengers, one name each</source>
        <translation>ein Wartelisteneintrag gilt für 1 bis %1 Fluggäste, je ein Name</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="45"/>
        <source>an e-mail address is needed to join the waitlist: the offer of seats is sent there</source>
        <translation>für die Warteliste ist eine E-Mail-Adresse nötig: dorthin wird das Sitzangebot geschickt</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="75"/>
        <source>%1 is no longer sold, so it has no waitlist</source>
        <translation>%1 wird nicht mehr verkauft und hat daher keine Warteliste</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="89"/>
        <source>%1 has no %2 cabin</source>
        <translation>%1 hat keine Kabine %2</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="95"/>
        <source>%1 seat(s) are free in %2 on %3: book them instead of joining the waitlist</source>
        <translation>in %2 auf %3 ist/sind %1 Sitz(e) frei: bitte buchen statt auf die Warteliste zu gehen</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="103"/>
        <source>%1 is already on the waitlist for %2 in %3</source>
        <translation>%1 steht bereits auf der Warteliste für %2 in %3</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="148"/>
        <source>waitlist entry %1 has ended already (%2)</source>
        <translation>Wartelisteneintrag %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="159"/>
        <source>waitlist entry %1 changed meanwhile; look again</source>
        <translation>Wartelisteneintrag %1 hat sich inzwischen geändert; bitte erneut nachsehen</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="193"/>
        <source>booking %1 is not a waitlist offer</source>
        <translation>Buchung %1 ist kein Angebot von der Warteliste</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="196"/>
        <source>the waitlist offer %1 has ended (%2)</source>
        <translation>das Wartelistenangebot %1 ist beendet (%2)</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="203"/>
        <source>the waitlist offer %1 was taken up or ended meanwhile</source>
        <translation>das Wartelistenangebot %1 wurde inzwischen angenommen oder beendet</translation>
    </message>
    <message>
        <location filename="../../core/booking/WaitlistService.cpp" line="218"/>
        <source>a waitlist offer holds its seats for %1 to %2 minutes</source>
        <translation>ein Wartelistenangebot hält seine Sitze %1 bis %2 Minuten</translation>
    </message>
</context>
<context>
    <name>kiosk::BookingSession</name>
    <message>
        <location filename="../../core/booking/BookingSession.cpp" line="107"/>
        <source>this session has no booking yet; hold seats first</source>
        <translation>diese Sitzung hat noch keine Buchung; bitte zuerst Sitze reservieren</translation>
    </message>
    <message>
        <location filename="../../core/booking/BookingSession.cpp" line="114"/>
        <source>this session already has booking %1; start a new session</source>
        <translation>diese Sitzung hat bereits Buchung %1; bitte eine neue Sitzung beginnen</translation>
    </message>
</context>
<context>
    <name>kiosk::ChangeListener</name>
    <message>
        <location filename="../../core/storage/ChangeListener.cpp" line="52"/>
        <source>the server named no current schema</source>
        <translation>der Server hat kein aktuelles Schema genannt</translation>
    </message>
    <message>
        <location filename="../../core/storage/ChangeListener.cpp" line="60"/>
        <source>cannot listen for seat changes on %1: %2</source>
        <translation>Sitzänderungen auf %1 können nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/ChangeListener.cpp" line="141"/>
        <source>PRAGMA data_version returned nothing</source>
        <translation>PRAGMA data_version hat nichts geliefert</translation>
    </message>
</context>
<context>
    <name>kiosk::HttpCall</name>
    <message>
        <location filename="../../core/payment/HttpCall.cpp" line="90"/>
        <source>the payment gateway&apos;s answer was larger than %1 bytes; the outcome is unknown</source>
        <translation>die Antwort des Zahlungsgateways war größer als %1 Bytes; das Ergebnis ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/payment/HttpCall.cpp" line="105"/>
        <source>the payment gateway at %1 gave no answer after %n attempt(s) (%2)</source>
        <translation>
            <numerusform>das Zahlungsgateway unter %1 hat nach %n Versuch nicht geantwortet (%2)</numerusform>
            <numerusform>das Zahlungsgateway unter %1 hat nach %n Versuchen nicht geantwortet (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::NamedColumns</name>
    <message>
        <location filename="../../core/storage/NamedColumns.h" line="54"/>
        <source>%1 has the unknown stored value &apos;%2&apos;</source>
        <translation>%1 hat den unbekannten gespeicherten Wert „%2“</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::AccessibleMode</name>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="86"/>
        <source>Accessible mode on.</source>
        <translation>Barrierefreier Modus an.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="86"/>
        <source>Accessible mode off.</source>
        <translation>Barrierefreier Modus aus.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="151"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="142"/>
        <source>%1 and %2 move between the controls, %3 and %4 between the entries of a list or the seats, %5 chooses, %6 says where you are.</source>
        <translation>%1 und %2 wechseln zwischen den Bedienelementen, %3 und %4 zwischen den Einträgen einer Liste oder den Sitzplätzen, %5 wählt, %6 sagt, wo Sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="157"/>
        <source>To type, %1 and %2 choose a key of the keyboard on the screen and %3 types it. %4 and %5 go to the other fields and buttons.</source>
        <translation>Zum Schreiben: %1 und %2 wählen eine Taste der Tastatur auf dem Bildschirm, %3 tippt sie. %4 und %5 gehen zu den anderen Feldern und Schaltflächen.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="267"/>
        <source>End of the list.</source>
        <translation>Ende der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="267"/>
        <source>Start of the list.</source>
        <translation>Anfang der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="326"/>
        <source>On the key %1.</source>
        <translation>Auf der Taste %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility/AccessibleMode.cpp" line="362"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::AgentWindow</name>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="61"/>
        <source>Booking desk — %1</source>
        <translation>Buchungsschalter — %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="69"/>
        <source>Nobody is signed in on this workstation.</source>
        <translation>An diesem Arbeitsplatz ist niemand angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="73"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="83"/>
        <source>&amp;Bookings</source>
        <translation>B&amp;uchungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="97"/>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/AgentWindow.cpp" line="111"/>
        <source>%1 was signed out after %n second(s) without input.</source>
        <translation>
            <numerusform>%1 wurde nach %n Sekunde ohne Eingabe abgemeldet.</numerusform>
            <numerusform>%1 wurde nach %n Sekunden ohne Eingabe abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="129"/>
        <source>Answer the oldest call for &amp;help</source>
        <translation>Den ältesten &amp;Hilferuf beantworten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="170"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="171"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="171"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="172"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="172"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="177"/>
        <source>&amp;Booking</source>
        <translation>&amp;Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="178"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="182"/>
        <location filename="../../ui/agent/AgentWindow.cpp" line="321"/>
        <source>&amp;New booking</source>
        <translation>&amp;Neue Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="193"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="198"/>
        <source>Read the results, the booking shown and the New booking tab again (%1)</source>
        <translation>Ergebnisse, die angezeigte Buchung und den Tab „Neue Buchung“ neu lesen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="282"/>
        <source>&amp;Reports</source>
        <translation>B&amp;erichte</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="292"/>
        <source>&amp;Disruptions</source>
        <translation>&amp;Störungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="303"/>
        <source>Sc&amp;hedule</source>
        <translation>Flug&amp;plan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="344"/>
        <source>Check-&amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="352"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="352"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/AgentWindow.cpp" line="353"/>
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
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="37"/>
        <source>Boarding pass barcode</source>
        <translation>Barcode der Bordkarte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="44"/>
        <source>Previous passenger</source>
        <translation>Vorheriger Fluggast</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="45"/>
        <source>Next passenger</source>
        <translation>Nächster Fluggast</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="46"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="46"/>
        <source>Print boarding pass</source>
        <translation>Bordkarte drucken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="48"/>
        <source>Add checked bags</source>
        <translation>Gepäck aufgeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="54"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="120"/>
        <source>Boarding pass %1 of %2</source>
        <translation>Bordkarte %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="123"/>
        <source>&lt;b style=&apos;font-size:28px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Flight &lt;b&gt;%2&lt;/b&gt; · %3 → %4 · departs %5&lt;br&gt;Seat &lt;b style=&apos;font-size:28px&apos;&gt;%6&lt;/b&gt; · boarding number &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:28px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Flug &lt;b&gt;%2&lt;/b&gt; · %3 → %4 · Abflug %5&lt;br&gt;Sitz &lt;b style=&apos;font-size:28px&apos;&gt;%6&lt;/b&gt; · Boarding-Nummer &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="142"/>
        <source>Boarding pass %1</source>
        <translation>Bordkarte %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="147"/>
        <source>Your boarding pass is printing. Please take it from the printer.</source>
        <translation>Ihre Bordkarte wird gedruckt. Bitte entnehmen Sie sie dem Drucker.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="148"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BoardingPassScreen.cpp" line="156"/>
        <source>Touch “E-mail it to me” to have them sent to %1.</source>
        <translation>Tippen Sie auf „Per E-Mail senden“, dann gehen die Bordkarten an %1.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingDetailView</name>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="104"/>
        <source>Booking detail</source>
        <translation>Buchungsdetails</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="108"/>
        <source>Select a booking in the list to see it here.</source>
        <translation>Wählen Sie eine Buchung in der Liste, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="138"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="138"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="138"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="138"/>
        <source>Fare</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="138"/>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="139"/>
        <source>Bags</source>
        <translation>Gepäck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="140"/>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="142"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="140"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="140"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="140"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="141"/>
        <source>Captured</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="141"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="141"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="142"/>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="142"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="142"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="142"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="143"/>
        <source>Passengers</source>
        <translation>Passagiere</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="149"/>
        <source>Payments and refunds</source>
        <translation>Zahlungen und Erstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="151"/>
        <source>Audit history</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="160"/>
        <source>Passengers and seats</source>
        <translation>Passagiere und Sitzplätze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="161"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="162"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="168"/>
        <source>&amp;Cancel / refund…</source>
        <translation>S&amp;tornieren / erstatten…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="168"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="169"/>
        <source>Change &amp;seat…</source>
        <translation>Sitz&amp;platz ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="169"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="170"/>
        <source>Take &amp;payment…</source>
        <translation>&amp;Zahlung annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="170"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="171"/>
        <source>Open check-&amp;in</source>
        <translation>&amp;Check-in öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="171"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="226"/>
        <source>Select a booking first.</source>
        <translation>Wählen Sie zuerst eine Buchung.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="233"/>
        <source>Only a confirmed booking is cancelled with a refund here.</source>
        <translation>Hier wird nur eine bestätigte Buchung mit Erstattung storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="234"/>
        <source>Cancel the booking or one passenger, with the refund the policy allows</source>
        <translation>Die Buchung oder einen Passagier stornieren, mit der Erstattung laut Regelung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="236"/>
        <source>Only a confirmed booking&apos;s passengers change seats here.</source>
        <translation>Nur Passagiere einer bestätigten Buchung wechseln hier den Sitzplatz.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="237"/>
        <source>Move a passenger to another seat of the same cabin</source>
        <translation>Einen Passagier auf einen anderen Sitz derselben Kabine umsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="240"/>
        <source>Only a booking with its seats held and not yet paid takes a payment.</source>
        <translation>Nur eine Buchung mit reservierten, noch nicht bezahlten Plätzen nimmt eine Zahlung an.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="241"/>
        <source>Take the customer&apos;s card for this held booking</source>
        <translation>Die Karte des Kunden für diese reservierte Buchung annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="243"/>
        <source>Only a confirmed booking is checked in.</source>
        <translation>Nur eine bestätigte Buchung wird eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="244"/>
        <source>Check in this booking&apos;s passengers and their bags at the desk</source>
        <translation>Die Passagiere dieser Buchung und ihr Gepäck am Schalter einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="256"/>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="264"/>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="266"/>
        <source>Flight %1 · booked %2 at %3 by %4
Total %5 · captured %6 · refunded %7</source>
        <translation>Flug %1 · gebucht %2 an %3 von %4
Gesamt %5 · belastet %6 · erstattet %7</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="295"/>
        <source>seated</source>
        <translation>hat Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="295"/>
        <source>seat released</source>
        <translation>Sitzplatz freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="313"/>
        <source>%1 ending %2</source>
        <translation>%1 mit Endung %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="346"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="347"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingDetailView.cpp" line="349"/>
        <source>As recorded: %1</source>
        <translation>Wie aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingLookupView</name>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="39"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="39"/>
        <source>e.g. 5U8QSN</source>
        <translation>z. B. 5U8QSN</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="40"/>
        <source>Passenger name</source>
        <translation>Name des Passagiers</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="40"/>
        <source>name or surname, e.g. obrien-muller</source>
        <translation>Vor- oder Nachname, z. B. obrien-muller</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="41"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="41"/>
        <source>e.g. KX101</source>
        <translation>z. B. KX101</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="42"/>
        <source>Departure date</source>
        <translation>Abflugdatum</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="42"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="46"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="46"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="46"/>
        <source>F&amp;light</source>
        <translation>&amp;Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="46"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="57"/>
        <source>&amp;Search</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="64"/>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="202"/>
        <source>Search by reference, passenger name, flight or departure date.</source>
        <translation>Suche nach Buchungsreferenz, Name, Flug oder Abflugdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="67"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="74"/>
        <source>Bookings found</source>
        <translation>Gefundene Buchungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="109"/>
        <source>The flight must be a designator such as KX101, not &apos;%1&apos;.</source>
        <translation>Der Flug muss eine Flugnummer wie KX101 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="117"/>
        <source>The date must be written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>Das Datum muss als JJJJ-MM-TT angegeben werden, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="120"/>
        <source>Enter a reference, a passenger name, a flight or a date first.</source>
        <translation>Geben Sie zuerst eine Referenz, einen Namen, einen Flug oder ein Datum ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingLookupView.cpp" line="180"/>
        <source>No booking matches.</source>
        <translation>Keine passende Buchung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/BookingLookupView.cpp" line="184"/>
        <source>The newest %n booking(s); narrow the search to see the others.</source>
        <translation>
            <numerusform>Die neueste Buchung (%n); grenzen Sie die Suche ein, um weitere zu sehen.</numerusform>
            <numerusform>Die neuesten %n Buchungen; grenzen Sie die Suche ein, um weitere zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/BookingLookupView.cpp" line="185"/>
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
        <location filename="../../ui/agent/BookingTableModel.cpp" line="77"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="78"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="79"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="80"/>
        <source>Departure</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="81"/>
        <source>Passengers</source>
        <translation>Passagiere</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="82"/>
        <source>Seats</source>
        <translation>Sitzplätze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="83"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/BookingTableModel.cpp" line="84"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::BookingsTab</name>
    <message>
        <location filename="../../ui/agent/BookingsTab.cpp" line="18"/>
        <location filename="../../ui/agent/BookingsTab.cpp" line="23"/>
        <source>Booking actions</source>
        <translation>Aktionen zur Buchung</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CancelBookingDialog</name>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="25"/>
        <source>Cancel booking %1</source>
        <translation>Buchung %1 stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="30"/>
        <source>What to cancel</source>
        <translation>Was storniert wird</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="31"/>
        <source>The whole booking</source>
        <translation>Die ganze Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="34"/>
        <source>Only %1 in seat %2</source>
        <translation>Nur %1 auf Sitzplatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="36"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="39"/>
        <source>Reason for the cancellation</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="40"/>
        <source>e.g. customer request</source>
        <translation>z. B. Kundenwunsch</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="41"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="44"/>
        <source>Refund by the cancellation policy</source>
        <translation>Erstattung nach Stornierungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="48"/>
        <source>Refund quote</source>
        <translation>Voraussichtliche Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="54"/>
        <source>&amp;Override refund (supervisor)</source>
        <translation>&amp;Manuelle Erstattung (Supervisor)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="61"/>
        <source>Override refund amount</source>
        <translation>Manueller Erstattungsbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="62"/>
        <source>amount in %1, e.g. 80.00</source>
        <translation>Betrag in %1, z. B. 80.00</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="65"/>
        <source>Override reason</source>
        <translation>Begründung der manuellen Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="66"/>
        <source>required, kept in the audit trail</source>
        <translation>Pflichtfeld, kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="67"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="68"/>
        <source>Reaso&amp;n</source>
        <translation>Begründu&amp;ng</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="71"/>
        <source>Only a supervisor may override the refund policy; you are signed in as %1.</source>
        <translation>Nur Vorgesetzte dürfen von der Erstattungsregel abweichen; Sie sind als %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="78"/>
        <source>Cancellation result</source>
        <translation>Ergebnis der Stornierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="83"/>
        <source>Refund in progress</source>
        <translation>Erstattung läuft</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="110"/>
        <source>cancelled at the desk</source>
        <translation>am Schalter storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="114"/>
        <source>The override amount must be an amount in %1 such as 80.00, not &apos;%2&apos;.</source>
        <translation>Der manuelle Betrag muss ein Betrag in %1 wie 80.00 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="117"/>
        <source>An override needs a reason for the audit trail.</source>
        <translation>Eine manuelle Erstattung braucht eine Begründung für das Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="143"/>
        <source>Policy: %1
Departure in %2 h: %3 % of the fare.
Refund: %4 (left to refund on the card: %5)</source>
        <translation>Regel: %1
Abflug in %2 Std.: %3 % des Preises.
Erstattung: %4 (noch auf die Karte erstattbar: %5)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="167"/>
        <source>Confirm: refund %1</source>
        <translation>Bestätigen: %1 erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="167"/>
        <source>Confirm: cancel, no refund</source>
        <translation>Bestätigen: stornieren ohne Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="169"/>
        <source>Cancel and &amp;refund %1</source>
        <translation>Stornieren und %1 &amp;erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="169"/>
        <source>Cancel &amp;without refund</source>
        <translation>Stornieren &amp;ohne Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="191"/>
        <source>booking %1 is cancelled</source>
        <translation>Buchung %1 wird storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="194"/>
        <source>%1 in seat %2 is cancelled</source>
        <translation>%1 auf Sitzplatz %2 wird storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="198"/>
        <source>This cannot be undone: %1 and %2 goes back to the card. Press the button again to go ahead, or change anything to go back.</source>
        <translation>Das lässt sich nicht rückgängig machen: %1, und %2 gehen zurück auf die Karte. Drücken Sie die Schaltfläche noch einmal, um fortzufahren, oder ändern Sie etwas, um zurückzugehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="200"/>
        <source>This cannot be undone: %1 and nothing is refunded. Press the button again to go ahead, or change anything to go back.</source>
        <translation>Das lässt sich nicht rückgängig machen: %1, und nichts wird erstattet. Drücken Sie die Schaltfläche noch einmal, um fortzufahren, oder ändern Sie etwas, um zurückzugehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="211"/>
        <source>Cancelling and refunding through the payment gateway…</source>
        <translation>Stornierung und Erstattung über das Zahlungs-Gateway…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="220"/>
        <source>The cancellation was abandoned before it finished; refresh the booking to see its state.</source>
        <translation>Die Stornierung wurde vor dem Abschluss abgebrochen; aktualisieren Sie die Buchung, um ihren Status zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="228"/>
        <source>The passenger was cancelled</source>
        <translation>Der Passagier wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="229"/>
        <source>The booking was cancelled</source>
        <translation>Die Buchung wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="231"/>
        <source>%1; %2 refunded to the card%3.</source>
        <translation>%1; %2 auf die Karte erstattet%3.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="233"/>
        <source> (supervisor override)</source>
        <translation> (manuell durch Supervisor)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelBookingDialog.cpp" line="234"/>
        <source>%1; nothing was refunded.</source>
        <translation>%1; es wurde nichts erstattet.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CancelFlightDialog</name>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="20"/>
        <source>Cancel flight %1</source>
        <translation>Flug %1 annullieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="25"/>
        <source>No booking is affected.</source>
        <translation>Keine Buchung ist betroffen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="26"/>
        <source>%n booking(s) will be affected: holds end at once, and confirmed bookings are listed under Disruptions for an agent to rebook or refund.</source>
        <translation>
            <numerusform>%n Buchung ist betroffen: Reservierungen enden sofort, bestätigte Buchungen erscheinen unter Störungen, damit ein Agent sie umbucht oder erstattet.</numerusform>
            <numerusform>%n Buchungen sind betroffen: Reservierungen enden sofort, bestätigte Buchungen erscheinen unter Störungen, damit ein Agent sie umbucht oder erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="31"/>
        <source>Flight %1 from %2 to %3, departing %4 UTC, will be cancelled and no longer sold. %5 This cannot be undone here.</source>
        <translation>Flug %1 von %2 nach %3, Abflug %4 UTC, wird annulliert und nicht mehr verkauft. %5 Das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="35"/>
        <source>Reason for the cancellation</source>
        <translation>Grund der Annullierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="36"/>
        <source>Aircraft unserviceable, strike…</source>
        <translation>Flugzeug nicht einsatzbereit, Streik…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="42"/>
        <source>&amp;Cancel flight</source>
        <translation>Flug &amp;annullieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="45"/>
        <source>&amp;Keep the flight</source>
        <translation>Flug &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/CancelFlightDialog.cpp" line="51"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CardTerminalPanel</name>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="17"/>
        <source>Insert, tap or swipe your card</source>
        <translation>Karte einstecken, auflegen oder durchziehen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="22"/>
        <source>Use the card terminal below this screen. Tap Pay, then present your card.</source>
        <translation>Benutzen Sie das Kartenterminal unter diesem Bildschirm. Tippen Sie auf Bezahlen und halten Sie dann Ihre Karte bereit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="29"/>
        <source>We accept</source>
        <translation>Wir akzeptieren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="75"/>
        <source>Amount to pay: %1</source>
        <translation>Zu zahlen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="50"/>
        <source>Do not remove your card</source>
        <translation>Karte nicht entnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="58"/>
        <source>Payment in progress</source>
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="88"/>
        <source>Follow the instructions on the card terminal. Your bank is asked for approval…</source>
        <translation>Folgen Sie den Anweisungen am Kartenterminal. Ihre Bank wird um Freigabe gebeten…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="92"/>
        <source>Your bank approved the payment. Confirming your booking…</source>
        <translation>Ihre Bank hat die Zahlung genehmigt. Ihre Buchung wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="95"/>
        <source>Checking with your bank what happened to the payment. Please wait…</source>
        <translation>Wir klären mit Ihrer Bank, was mit der Zahlung geschehen ist. Bitte warten…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="115"/>
        <source>The card was taken out before the payment finished. You have not been charged. Tap Pay to try again and leave the card in until this screen says the payment is done.</source>
        <translation>Die Karte wurde entnommen, bevor die Zahlung abgeschlossen war. Ihnen wurde nichts berechnet. Tippen Sie auf Bezahlen, um es erneut zu versuchen, und lassen Sie die Karte stecken, bis dieser Bildschirm die Zahlung als abgeschlossen meldet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CardTerminalPanel.cpp" line="118"/>
        <source>No card was presented in time. You have not been charged. Tap Pay to try again.</source>
        <translation>Es wurde nicht rechtzeitig eine Karte vorgelegt. Ihnen wurde nichts berechnet. Tippen Sie auf Bezahlen, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ChangeAircraftDialog</name>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="24"/>
        <source>The flight flies %1 already: nothing to change.</source>
        <translation>Der Flug fliegt bereits mit %1: nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="26"/>
        <source>From %1 to %2 (version %3): %n passenger(s) would move</source>
        <translation>
            <numerusform>Von %1 auf %2 (Version %3): %n Passagier würde umgesetzt</numerusform>
            <numerusform>Von %1 auf %2 (Version %3): %n Passagiere würden umgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="27"/>
        <source>Changed from %1 to %2 (version %3): %n passenger(s) moved</source>
        <translation>
            <numerusform>Von %1 auf %2 (Version %3) gewechselt: %n Passagier umgesetzt</numerusform>
            <numerusform>Von %1 auf %2 (Version %3) gewechselt: %n Passagiere umgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="29"/>
        <source>, %n left without a seat for an agent</source>
        <translation>
            <numerusform>, %n ohne Sitz für einen Agenten</numerusform>
            <numerusform>, %n ohne Sitz für einen Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="30"/>
        <source>; %n disruption(s).</source>
        <translation>
            <numerusform>; %n Störung.</numerusform>
            <numerusform>; %n Störungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="41"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="42"/>
        <source>&amp;Change aircraft</source>
        <translation>Flugzeug &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="48"/>
        <source>Change the aircraft of %1</source>
        <translation>Flugzeug von %1 wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="49"/>
        <source>Aircraft layout</source>
        <translation>Kabinenlayout</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="51"/>
        <source>What the change does</source>
        <translation>Was der Wechsel bewirkt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="53"/>
        <source>Pick a layout and press Preview to see who would move where.</source>
        <translation>Wählen Sie ein Layout und drücken Sie Vorschau, um zu sehen, wer wohin umgesetzt würde.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="55"/>
        <source>Passengers the change moves</source>
        <translation>Vom Wechsel umgesetzte Passagiere</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="64"/>
        <source>See who would move where, changing nothing</source>
        <translation>Zeigt, wer wohin umgesetzt würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="66"/>
        <source>Preview the layout first</source>
        <translation>Zuerst die Vorschau des Layouts ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="70"/>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="76"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="93"/>
        <source>Press Preview to see who would move where on this layout.</source>
        <translation>Drücken Sie Vorschau, um zu sehen, wer auf diesem Layout wohin umgesetzt würde.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeAircraftDialog.cpp" line="109"/>
        <source>Apply the change previewed</source>
        <translation>Den gezeigten Wechsel ausführen</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ChangeSeatDialog</name>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="27"/>
        <source>Change seat — %1</source>
        <translation>Sitzplatz ändern — %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="32"/>
        <source>Passenger to move</source>
        <translation>Umzusetzender Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="81"/>
        <source>%1 in %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="40"/>
        <source>Seat map: the new seat</source>
        <translation>Sitzplan: der neue Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="119"/>
        <source>Seat %1 is not free.</source>
        <translation>Sitzplatz %1 ist nicht frei.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="127"/>
        <source>Choose a free seat in %1 on the map.</source>
        <translation>Wählen Sie im Plan einen freien Sitzplatz in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="143"/>
        <source>The passenger is booked in %1: choose a seat of that cabin (another cabin is a new booking).</source>
        <translation>Der Fluggast ist in %1 gebucht: Wählen Sie einen Sitzplatz dieser Kabine (eine andere Kabine ist eine neue Buchung).</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="37"/>
        <source>&amp;Passenger</source>
        <translation>&amp;Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="61"/>
        <source>&amp;Change seat</source>
        <translation>Sitzplatz &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="137"/>
        <source>New seat %1: %2</source>
        <translation>Neuer Sitzplatz %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ChangeSeatDialog.cpp" line="169"/>
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
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="47"/>
        <source>You&apos;re booked</source>
        <translation>Ihre Buchung ist bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="53"/>
        <source>Booking reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="78"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="76"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="45"/>
        <source>Payment successful</source>
        <translation>Zahlung erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="73"/>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="112"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="112"/>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="131"/>
        <source>Booking reference %1</source>
        <translation>Buchungsreferenz %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="133"/>
        <source>Flight %1</source>
        <translation>Flug %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="149"/>
        <source>Paid %1 with %2 ending %3</source>
        <translation>%1 bezahlt mit %2, Endziffern %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="152"/>
        <source>Voucher %1: %2 off</source>
        <translation>Gutschein %1: %2 Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="179"/>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="186"/>
        <source>This screen closes in %1 s</source>
        <translation>Dieser Bildschirm schließt sich in %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="148"/>
        <location filename="../../ui/screens/ConfirmationScreen.cpp" line="155"/>
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
        <location filename="../../ui/widgets/ContactFields.cpp" line="102"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs a name, @ and a domain such as example.com, without spaces</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht einen Namen, @ und eine Domain wie example.com, ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="109"/>
        <source>&apos;%1&apos; is not a phone number: please give the country code and 7 to 15 digits, e.g. +49 30 1234567</source>
        <translation>„%1“ ist keine Telefonnummer: Bitte mit Ländervorwahl und 7 bis 15 Ziffern angeben, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="33"/>
        <source>Your e-mail and phone for the booking confirmation (optional)</source>
        <translation>Ihre E-Mail-Adresse und Telefonnummer für die Buchungsbestätigung (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="41"/>
        <location filename="../../ui/widgets/ContactFields.cpp" line="90"/>
        <source>E-mail address for the booking confirmation, optional</source>
        <translation>E-Mail-Adresse für die Buchungsbestätigung, freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="42"/>
        <source>E-mail, e.g. anna@example.com</source>
        <translation>E-Mail, z. B. anna@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="47"/>
        <source>Phone number with country code, optional</source>
        <translation>Telefonnummer mit Ländervorwahl, freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="48"/>
        <source>Phone, e.g. +49 30 1234567</source>
        <translation>Telefon, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="89"/>
        <source>E-mail address for the waitlist offer, required</source>
        <translation>E-Mail-Adresse für das Angebot der Warteliste, erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ContactFields.cpp" line="96"/>
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
        <location filename="../../ui/agent/DeskBookingView.cpp" line="70"/>
        <source>The customer&apos;s e-mail and phone for the booking confirmation (optional)</source>
        <translation>E-Mail-Adresse und Telefonnummer des Kunden für die Buchungsbestätigung (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="243"/>
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
        <location filename="../../ui/agent/DeskBookingView.cpp" line="66"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="68"/>
        <source>&amp;New booking</source>
        <translation>&amp;Neue Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="73"/>
        <source>An unpaid hold is cancelled when you sign out (or are signed out after inactivity) unless you keep it for the customer.</source>
        <translation>Eine unbezahlte Reservierung wird beim Abmelden (auch bei automatischer Abmeldung nach Inaktivität) storniert, außer Sie halten sie für den Kunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/DeskBookingView.cpp" line="90"/>
        <source>Waitlist for %1 %2 — %n traveller(s)</source>
        <translation>
            <numerusform>Warteliste für %1 %2 — %n Reisende(r)</numerusform>
            <numerusform>Warteliste für %1 %2 — %n Reisende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="98"/>
        <source>Alt+W</source>
        <translation>Alt+W</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="123"/>
        <source>Pay now or hold for the customer</source>
        <translation>Jetzt bezahlen oder für den Kunden reservieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="134"/>
        <source>How long to hold the seats for the customer</source>
        <translation>Wie lange die Plätze für den Kunden reserviert bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="144"/>
        <source>&amp;Hold for</source>
        <translation>&amp;Reservieren für</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="150"/>
        <source>&amp;Back to names</source>
        <translation>&amp;Zurück zu den Namen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="154"/>
        <source>&amp;Keep hold for customer</source>
        <translation>Für den &amp;Kunden reservieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="158"/>
        <source>Take &amp;payment…</source>
        <translation>Zahlung &amp;annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="232"/>
        <source>if kept: until %1, unless paid before; paying now takes the standard hold</source>
        <translation>reserviert bis %1, falls nicht vorher bezahlt; bei Zahlung jetzt gilt die Standard-Reservierung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="242"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="269"/>
        <source>The hold ran out and the seats were released. Nothing was charged.</source>
        <translation>Die Reservierung ist abgelaufen, die Plätze wurden freigegeben. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DeskBookingView.cpp" line="271"/>
        <source>Not paid: the seats were released. Nothing was charged.</source>
        <translation>Nicht bezahlt: Die Plätze wurden freigegeben. Es wurde nichts belastet.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DisruptionTableModel</name>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="29"/>
        <source>Flight cancelled</source>
        <translation>Flug annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="30"/>
        <source>Retimed</source>
        <translation>Zeit geändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="31"/>
        <source>Seat moved</source>
        <translation>Platz verlegt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="32"/>
        <source>No seat</source>
        <translation>Kein Platz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="52"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="55"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="56"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="74"/>
        <source>As recorded: %1</source>
        <translation>Wie aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="98"/>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="99"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="100"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="101"/>
        <source>Booking state</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="102"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="103"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="104"/>
        <source>Old seat</source>
        <translation>Alter Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="105"/>
        <source>New seat</source>
        <translation>Neuer Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="106"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionTableModel.cpp" line="107"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DisruptionsView</name>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="28"/>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="34"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="44"/>
        <source>Disruptions</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="51"/>
        <source>Disruptions of bookings by schedule changes</source>
        <translation>Störungen von Buchungen durch Flugplanänderungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="72"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="75"/>
        <source>Note on the handled disruption</source>
        <translation>Notiz zur erledigten Störung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="76"/>
        <source>e.g. rebooked on KX103, passenger informed</source>
        <translation>z. B. auf KX103 umgebucht, Passagier informiert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="80"/>
        <source>&amp;Mark handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="119"/>
        <source>No open disruptions.</source>
        <translation>Keine offenen Störungen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="119"/>
        <source>No disruptions.</source>
        <translation>Keine Störungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/DisruptionsView.cpp" line="120"/>
        <source>%n open disruption(s) to handle.</source>
        <translation>
            <numerusform>%n offene Störung zu erledigen.</numerusform>
            <numerusform>%n offene Störungen zu erledigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/DisruptionsView.cpp" line="139"/>
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
        <location filename="../../ui/models/FlightListModel.cpp" line="209"/>
        <source>Cancelled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="210"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="256"/>
        <source>Flight %1 to %2, departing %3, is cancelled</source>
        <translation>Flug %1 nach %2, Abflug %3, ist annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="259"/>
        <source>Flight %1 to %2, departing %3, is closed for sale</source>
        <translation>Flug %1 nach %2, Abflug %3, wird nicht mehr verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="261"/>
        <source>Flight %1 to %2, departs %3, %4 seats left, from %5</source>
        <translation>Flug %1 nach %2, Abflug %3, %4 freie Plätze, ab %5</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="264"/>
        <source>sold out</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="225"/>
        <location filename="../../ui/models/FlightListModel.cpp" line="280"/>
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="146"/>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="148"/>
        <source>Tomorrow · %1</source>
        <translation>Morgen · %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="162"/>
        <source>Arrives %1</source>
        <translation>Ankunft %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="171"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="178"/>
        <source>Operated by %1</source>
        <translation>Durchgeführt von %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="186"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="197"/>
        <source>%1 full</source>
        <translation>%1 ausgebucht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/FlightListModel.cpp" line="199"/>
        <source>%1 %n left</source>
        <translation>
            <numerusform>%1: noch %n frei</numerusform>
            <numerusform>%1: noch %n frei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="210"/>
        <source>On time</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="291"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="292"/>
        <source>Operated by</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="293"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="294"/>
        <source>Departs (local)</source>
        <translation>Abflug (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="295"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="296"/>
        <source>Aircraft</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="297"/>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/models/FlightListModel.cpp" line="298"/>
        <source>Fare</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightListScreen</name>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="25"/>
        <source>Choose your flight</source>
        <translation>Wählen Sie Ihren Flug</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="36"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="40"/>
        <source>Departure day</source>
        <translation>Abflugtag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="42"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="44"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="54"/>
        <source>Departures</source>
        <translation>Abflüge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="81"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="92"/>
        <source>Flight %1 is cancelled. Please choose another flight.</source>
        <translation>Flug %1 ist annulliert. Bitte wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="97"/>
        <source>Flight %1 leaves soon and is no longer sold here. Please ask at the airline&apos;s desk.</source>
        <translation>Flug %1 startet bald und wird hier nicht mehr verkauft. Bitte wenden Sie sich an den Schalter der Fluggesellschaft.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="176"/>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="186"/>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="191"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="191"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FlightListScreen.cpp" line="208"/>
        <source>No departures match. Choose another destination or day.</source>
        <translation>Keine passenden Abflüge. Wählen Sie ein anderes Ziel oder einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightPricesDialog</name>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="36"/>
        <source>Fares per cabin</source>
        <translation>Tarife je Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="42"/>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="82"/>
        <source>Seat surcharges</source>
        <translation>Sitzplatzzuschläge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="46"/>
        <source>&amp;Remove surcharge</source>
        <translation>Zuschlag &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="51"/>
        <source>Cabin</source>
        <translation>Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="52"/>
        <source>Fare</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="53"/>
        <source>120.00</source>
        <translation>120.00</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="54"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="56"/>
        <source>Airline or route of the surcharges</source>
        <translation>Fluggesellschaft oder Strecke der Zuschläge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="57"/>
        <source>Seat characteristic</source>
        <translation>Sitzmerkmal</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="62"/>
        <source>Surcharge</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="63"/>
        <source>25.00</source>
        <translation>25.00</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="65"/>
        <source>Prices message</source>
        <translation>Meldung zu den Preisen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="72"/>
        <source>Fares</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="77"/>
        <source>Ca&amp;bin</source>
        <translation>&amp;Kabine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="40"/>
        <source>&amp;Set fare</source>
        <translation>Tarif &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="45"/>
        <source>Set surchar&amp;ge</source>
        <translation>&amp;Zuschlag setzen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="78"/>
        <source>&amp;Fare</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="79"/>
        <source>C&amp;urrency</source>
        <translation>W&amp;ährung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="84"/>
        <source>&amp;Airline or route</source>
        <translation>&amp;Fluggesellschaft oder Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="86"/>
        <source>C&amp;haracteristic</source>
        <translation>&amp;Merkmal</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="87"/>
        <source>A&amp;mount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="110"/>
        <source>Prices of %1</source>
        <translation>Preise von %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="111"/>
        <source>Fares and seat surcharges of %1. Free seats are re-priced at once; held and sold seats keep their price.</source>
        <translation>Tarife und Sitzplatzzuschläge von %1. Freie Sitze erhalten sofort den neuen Preis; reservierte und verkaufte behalten ihren Preis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="133"/>
        <source>%1: %2 (%n seat(s))</source>
        <translation>
            <numerusform>%1: %2 (%n Sitz)</numerusform>
            <numerusform>%1: %2 (%n Sitze)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="145"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="148"/>
        <source>No seat surcharge.</source>
        <translation>Kein Sitzplatzzuschlag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="160"/>
        <source>%1 fare set to %2: %n free seat(s) re-priced</source>
        <translation>
            <numerusform>Tarif %1 auf %2 gesetzt: %n freier Sitz neu bepreist</numerusform>
            <numerusform>Tarif %1 auf %2 gesetzt: %n freie Sitze neu bepreist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="162"/>
        <source>; %n held or sold seat(s) keep their price.</source>
        <translation>
            <numerusform>; %n reservierter oder verkaufter Sitz behält seinen Preis.</numerusform>
            <numerusform>; %n reservierte oder verkaufte Sitze behalten ihren Preis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="176"/>
        <source>%1 surcharge set to %2 on %n upcoming flight(s)</source>
        <translation>
            <numerusform>Zuschlag „%1“ auf %2 gesetzt, für %n kommenden Flug</numerusform>
            <numerusform>Zuschlag „%1“ auf %2 gesetzt, für %n kommende Flüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="178"/>
        <source>; %n free seat(s) re-priced.</source>
        <translation>
            <numerusform>; %n freier Sitz neu bepreist.</numerusform>
            <numerusform>; %n freie Sitze neu bepreist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="194"/>
        <source>%1 surcharge removed; %n free seat(s) re-priced.</source>
        <translation>
            <numerusform>Zuschlag „%1“ entfernt; %n freier Sitz neu bepreist.</numerusform>
            <numerusform>Zuschlag „%1“ entfernt; %n freie Sitze neu bepreist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightPricesDialog.cpp" line="196"/>
        <source>There was no %1 surcharge on %2.</source>
        <translation>Es gab keinen Zuschlag „%1“ für %2.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightSalesModel</name>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="14"/>
        <source>Not on sale yet</source>
        <translation>Noch nicht im Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="15"/>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="16"/>
        <source>Departed</source>
        <translation>Abgeflogen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="17"/>
        <source>Cancelled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="61"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="67"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="67"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="95"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="96"/>
        <source>Route</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="97"/>
        <source>Departure (UTC)</source>
        <translation>Abflug (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="98"/>
        <source>Seats sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="99"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="100"/>
        <source>Load factor</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="101"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../ui/reports/FlightSalesModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::FlightSeatPanel</name>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="43"/>
        <source>Keep for the des&amp;k (agents sell it, kiosks never)</source>
        <translation>Für den Schal&amp;ter halten (Agenten verkaufen ihn, Kioske nie)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="44"/>
        <source>&amp;Block</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="45"/>
        <source>U&amp;nblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="52"/>
        <source>Seat map of the chosen flight</source>
        <translation>Sitzplan des gewählten Flugs</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="56"/>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="59"/>
        <source>The seat under the cursor</source>
        <translation>Der Sitz unter dem Cursor</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="63"/>
        <source>Seats to block or unblock</source>
        <translation>Zu sperrende oder freizugebende Sitze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="64"/>
        <source>12A 12B</source>
        <translation>12A 12B</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="66"/>
        <source>Reason for the block</source>
        <translation>Grund der Sperre</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="67"/>
        <source>Broken recline, kept for a passenger in a wheelchair…</source>
        <translation>Lehne defekt, gehalten für einen Passagier im Rollstuhl…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="74"/>
        <source>Seat block message</source>
        <translation>Meldung zur Sitzsperre</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="78"/>
        <source>&amp;Seats</source>
        <translation>S&amp;itze</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="79"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="105"/>
        <source>Take the seats out of sale, or keep them for the desk</source>
        <translation>Die Sitze aus dem Verkauf nehmen oder für den Schalter halten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="106"/>
        <source>Put the seats back on sale</source>
        <translation>Die Sitze wieder in den Verkauf geben</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="115"/>
        <source>Choose a flight to see its seats.</source>
        <translation>Wählen Sie einen Flug, um seine Sitze zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="120"/>
        <source>Seats of %1, %2 → %3</source>
        <translation>Sitze von %1, %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="133"/>
        <source>This flight is not on sale yet: its seats are made when it enters the sales horizon.</source>
        <translation>Dieser Flug ist noch nicht im Verkauf: seine Sitze entstehen, wenn er in den Verkaufszeitraum kommt.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="139"/>
        <source>Main deck</source>
        <translation>Hauptdeck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="139"/>
        <source>Upper deck</source>
        <translation>Oberdeck</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="150"/>
        <source>Move over a seat with the arrow keys or click it to see who holds it.</source>
        <translation>Gehen Sie mit den Pfeiltasten auf einen Sitz oder klicken Sie ihn an, um zu sehen, wer ihn hat.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="155"/>
        <source>blocked by its layout</source>
        <translation>vom Layout gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="155"/>
        <source>blocked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="157"/>
        <source>sold to booking %1</source>
        <translation>verkauft an Buchung %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="157"/>
        <source>held by booking %1</source>
        <translation>reserviert von Buchung %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="169"/>
        <source>“%1” is not a seat: write a row number and a letter, as 12A.</source>
        <translation>„%1“ ist kein Sitz: schreiben Sie eine Reihennummer und einen Buchstaben, etwa 12A.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="175"/>
        <source>Type the seats to change, as 12A 12B, or move to a seat on the map.</source>
        <translation>Geben Sie die Sitze ein, etwa 12A 12B, oder gehen Sie auf dem Plan zu einem Sitz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="197"/>
        <source>%n seat(s) kept for the desk: %1.</source>
        <translation>
            <numerusform>%n Sitz für den Schalter gehalten: %1.</numerusform>
            <numerusform>%n Sitze für den Schalter gehalten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="198"/>
        <source>%n seat(s) blocked: %1.</source>
        <translation>
            <numerusform>%n Sitz gesperrt: %1.</numerusform>
            <numerusform>%n Sitze gesperrt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/FlightSeatPanel.cpp" line="215"/>
        <source>%n seat(s) back on sale: %1.</source>
        <translation>
            <numerusform>%n Sitz wieder im Verkauf: %1.</numerusform>
            <numerusform>%n Sitze wieder im Verkauf: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KioskHeader</name>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="38"/>
        <source>Kestrel Air</source>
        <translation>Kestrel Air</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="42"/>
        <source>Seats held for</source>
        <translation>Sitze reserviert für</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="50"/>
        <source>Change the language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="53"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="54"/>
        <source>Start over and release anything chosen</source>
        <translation>Neu beginnen und alles Gewählte freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="63"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="63"/>
        <source>Seats</source>
        <translation>Sitze</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="63"/>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="63"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="63"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="73"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="145"/>
        <source>Staff has been called</source>
        <translation>Personal ist gerufen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="149"/>
        <source>Staff is on the way</source>
        <translation>Personal ist unterwegs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="150"/>
        <source>A member of staff has seen your call and is on the way</source>
        <translation>Eine Mitarbeiterin oder ein Mitarbeiter hat Ihren Ruf gesehen und ist unterwegs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="153"/>
        <source>Please ask at the counter</source>
        <translation>Bitte am Schalter fragen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="154"/>
        <source>Staff could not be called from this kiosk: please ask at the counter, or press to try again</source>
        <translation>Von diesem Automaten konnte niemand gerufen werden: Bitte fragen Sie am Schalter oder drücken Sie erneut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="141"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="146"/>
        <source>Staff has been called and will come to this kiosk</source>
        <translation>Das Personal ist gerufen und kommt zu diesem Automaten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/KioskHeader.cpp" line="142"/>
        <source>Call a member of staff</source>
        <translation>Personal rufen</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KioskWindow</name>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="69"/>
        <source>Seat booking — %1</source>
        <translation>Sitzplatzbuchung — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="107"/>
        <source>The kiosk was reset after a period of inactivity.</source>
        <translation>Der Kiosk wurde nach längerer Inaktivität zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="243"/>
        <source>Time ran out and your seats were released. Nothing was charged. Please choose your seats again.</source>
        <translation>Die Zeit ist abgelaufen, Ihre Plätze wurden freigegeben. Es wurde nichts belastet. Bitte wählen Sie Ihre Plätze erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="304"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="305"/>
        <source>Touch the button to continue. Otherwise the kiosk starts over in %1 seconds and any held seats are released.</source>
        <translation>Berühren Sie die Schaltfläche, um fortzufahren. Sonst beginnt der Kiosk in %1 Sekunden von vorn und reservierte Plätze werden freigegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="308"/>
        <source>Touch the button to continue. Otherwise the kiosk starts over in %1 seconds.</source>
        <translation>Berühren Sie die Schaltfläche, um fortzufahren. Sonst beginnt der Kiosk in %1 Sekunden von vorn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskWindow.cpp" line="313"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/KioskWaitlist.cpp" line="43"/>
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
    <message>
        <location filename="../../ui/screens/KioskFrame.cpp" line="101"/>
        <source>no staff desk is set up</source>
        <translation>kein Schalter für Hilferufe eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="86"/>
        <source>Welcome to the seat booking kiosk, departures from %1. Choose Start booking, or check in for a booked flight.</source>
        <translation>Willkommen am Buchungsautomaten, Abflüge ab %1. Wählen Sie „Buchung starten“ oder checken Sie für einen gebuchten Flug ein.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="92"/>
        <source>Step 1 of 5: choose your flight. One departure on the list. Choose it to go on. The number of travellers is set above the list.</source>
        <translation>Schritt 1 von 5: Wählen Sie Ihren Flug. Ein Abflug in der Liste. Wählen Sie ihn, um weiterzugehen. Die Zahl der Reisenden stellen Sie über der Liste ein.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="94"/>
        <source>Step 1 of 5: choose your flight. %1 departures on the list. Go through them one by one and choose one. The number of travellers is set above the list.</source>
        <translation>Schritt 1 von 5: Wählen Sie Ihren Flug. %1 Abflüge in der Liste. Gehen Sie sie einzeln durch und wählen Sie einen. Die Zahl der Reisenden stellen Sie über der Liste ein.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="101"/>
        <source>Step 2 of 5: choose 1 seat on flight %1. Go through the seats one by one and choose one, or choose Best available together. Then Continue.</source>
        <translation>Schritt 2 von 5: Wählen Sie 1 Sitzplatz auf Flug %1. Gehen Sie die Plätze einzeln durch und wählen Sie einen, oder wählen Sie „Beste Plätze zusammen“. Dann „Weiter“.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="104"/>
        <source>Step 2 of 5: choose %2 seats on flight %1. Go through the seats one by one and choose each, or choose Best available together. Then Continue.</source>
        <translation>Schritt 2 von 5: Wählen Sie %2 Sitzplätze auf Flug %1. Gehen Sie die Plätze einzeln durch und wählen Sie jeden, oder wählen Sie „Beste Plätze zusammen“. Dann „Weiter“.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="109"/>
        <source>Step 3 of 5: each traveller&apos;s given names and surname as in the passport, an e-mail address if you like. Then Hold seats and pay.</source>
        <translation>Schritt 3 von 5: Vornamen und Nachname jeder reisenden Person wie im Pass, wenn Sie möchten eine E-Mail-Adresse. Dann „Plätze reservieren und bezahlen“.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="114"/>
        <source>Step 4 of 5: pay. %1. Choose Pay, then insert, tap or swipe your card on the card terminal.</source>
        <translation>Schritt 4 von 5: Bezahlen. %1. Wählen Sie „Bezahlen“ und stecken Sie dann Ihre Karte in das Kartenterminal, halten Sie sie daran oder ziehen Sie sie durch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="116"/>
        <source>Step 4 of 5: pay. %1. Type the card number, the expiry date and the security code, then choose Pay.</source>
        <translation>Schritt 4 von 5: Bezahlen. %1. Geben Sie die Kartennummer, das Ablaufdatum und den Sicherheitscode ein und wählen Sie dann „Bezahlen“.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="121"/>
        <source>Step 5 of 5: booked and paid. Your booking reference is %1. %2</source>
        <translation>Schritt 5 von 5: Gebucht und bezahlt. Ihre Buchungsreferenz ist %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="132"/>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="133"/>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="136"/>
        <source>Are you still there? The kiosk starts over in 1 second. Choose More time to go on.</source>
        <translation>Sind Sie noch da? Der Automat beginnt in 1 Sekunde von vorn. Wählen Sie „Mehr Zeit“, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/KioskAccessible.cpp" line="138"/>
        <source>Are you still there? The kiosk starts over in %1 seconds. Choose More time to go on.</source>
        <translation>Sind Sie noch da? Der Automat beginnt in %1 Sekunden von vorn. Wählen Sie „Mehr Zeit“, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KpiCard</name>
    <message>
        <location filename="../../ui/reports/KpiCard.cpp" line="31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/KpiCard.cpp" line="32"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/KpiCard.cpp" line="41"/>
        <source>%1: no figure</source>
        <translation>%1: keine Angabe</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::LegChangeModel</name>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="19"/>
        <source>Retimed</source>
        <translation>Zeit geändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="20"/>
        <source>Other aircraft</source>
        <translation>Anderes Flugzeug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="21"/>
        <source>Reinstated</source>
        <translation>Wieder im Plan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="22"/>
        <source>Cancelled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="31"/>
        <source>departs %1 instead of %2</source>
        <translation>Abflug %1 statt %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="34"/>
        <source>, to %1 instead of %2</source>
        <translation>, nach %1 statt %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="38"/>
        <source>%1 instead of %2</source>
        <translation>%1 statt %2</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="39"/>
        <source>an aircraft of no schedule</source>
        <translation>ein Flugzeug ohne Flugplan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="41"/>
        <source>flies again as scheduled</source>
        <translation>fliegt wieder nach Plan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="42"/>
        <source>no longer in the schedule</source>
        <translation>nicht mehr im Flugplan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="80"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="81"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="82"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/LegChangeModel.cpp" line="83"/>
        <source>Bookings disrupted</source>
        <translation>Gestörte Buchungen</translation>
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
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="59"/>
        <source>On-screen keypad</source>
        <translation>Bildschirm-Zahlenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="63"/>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="155"/>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="161"/>
        <source>Caps lock</source>
        <translation>Feststellen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="170"/>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="178"/>
        <source>Letters without accents</source>
        <translation>Buchstaben ohne Akzente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="170"/>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="178"/>
        <source>Accented letters</source>
        <translation>Buchstaben mit Akzenten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="228"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="109"/>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="127"/>
        <location filename="../../ui/widgets/OnScreenKeyboard.cpp" line="185"/>
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
    <name>kiosk::ui::PartySizeStepper</name>
    <message>
        <location filename="../../ui/widgets/PartySizeStepper.cpp" line="22"/>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/PartySizeStepper.cpp" line="26"/>
        <source>One traveller fewer</source>
        <translation>Ein Reisender weniger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/PartySizeStepper.cpp" line="29"/>
        <source>One more traveller</source>
        <translation>Ein Reisender mehr</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/PartySizeStepper.cpp" line="62"/>
        <source>Number of travellers: %1</source>
        <translation>Anzahl der Reisenden: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PassengerScreen</name>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="27"/>
        <source>Who is travelling?</source>
        <translation>Wer reist?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="67"/>
        <source>Back to seats</source>
        <translation>Zurück zu den Sitzplätzen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="70"/>
        <source>Hold seats and pay</source>
        <translation>Plätze reservieren und bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="110"/>
        <source>Passenger %1</source>
        <translation>Reisende(r) %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="115"/>
        <source>E-mail address for the offer (required) and phone (optional)</source>
        <translation>E-Mail-Adresse für das Angebot (erforderlich) und Telefonnummer (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="98"/>
        <source>Seat %1</source>
        <translation>Sitzplatz %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="99"/>
        <source>Given names of passenger %1, seat %2</source>
        <translation>Vornamen von Reisende(r) %1, Sitzplatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="100"/>
        <source>Surname of passenger %1, seat %2</source>
        <translation>Nachname von Reisende(r) %1, Sitzplatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="111"/>
        <source>Given names of passenger %1 on the waitlist</source>
        <translation>Vornamen von Reisende(r) %1 auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="112"/>
        <source>Surname of passenger %1 on the waitlist</source>
        <translation>Nachname von Reisende(r) %1 auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="139"/>
        <source>Given names, as in the passport</source>
        <translation>Vornamen wie im Reisepass</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="140"/>
        <source>Surname, as in the passport</source>
        <translation>Nachname wie im Reisepass</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="233"/>
        <source>Next traveller</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="233"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="282"/>
        <source>Joining the waitlist…</source>
        <translation>Eintragung in die Warteliste…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="282"/>
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PassengerScreen.cpp" line="284"/>
        <source>Holding your seats…</source>
        <translation>Ihre Plätze werden reserviert…</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="67"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="76"/>
        <source>Your seats are held for</source>
        <translation>Ihre Plätze sind reserviert für</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="22"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="28"/>
        <source>Expiry date, month and year</source>
        <translation>Ablaufdatum, Monat und Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="29"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="33"/>
        <source>Security code</source>
        <translation>Prüfnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="39"/>
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="40"/>
        <source>&amp;Expiry</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentCardFields.cpp" line="41"/>
        <source>Security &amp;code</source>
        <translation>&amp;Prüfnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="101"/>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="109"/>
        <source>Cancel and release seats</source>
        <translation>Abbrechen und Plätze freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="109"/>
        <source>Close without paying</source>
        <translation>Schließen, ohne zu bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="147"/>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="131"/>
        <source>Less than a minute left to pay.</source>
        <translation>Weniger als eine Minute zum Bezahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="189"/>
        <source>Enter the expiry date as MM/YY, for example 08/29.</source>
        <translation>Geben Sie das Ablaufdatum als MM/JJ ein, zum Beispiel 08/29.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="218"/>
        <source>Authorizing the payment with your bank…</source>
        <translation>Die Zahlung wird bei Ihrer Bank autorisiert…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="222"/>
        <source>Your bank approved the payment. Confirming your booking…</source>
        <translation>Ihre Bank hat die Zahlung genehmigt. Ihre Buchung wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="225"/>
        <source>Checking with your bank what happened to the payment. Please wait…</source>
        <translation>Wir klären mit Ihrer Bank, was mit der Zahlung geschehen ist. Bitte warten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/PaymentDialog.cpp" line="276"/>
        <source>Your bank declined the payment: %1 You have not been charged. We are keeping your seats %n more minute(s) so you can try another card.</source>
        <translation>
            <numerusform>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Wir halten Ihre Plätze noch %n weitere Minute, damit Sie eine andere Karte versuchen können.</numerusform>
            <numerusform>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Wir halten Ihre Plätze noch %n weitere Minuten, damit Sie eine andere Karte versuchen können.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="282"/>
        <source>Your bank declined the payment: %1 You have not been charged. Please try another card while your seats are held.</source>
        <translation>Ihre Bank hat die Zahlung abgelehnt: %1 Ihnen wurde nichts belastet. Bitte versuchen Sie eine andere Karte, solange Ihre Plätze reserviert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="289"/>
        <source>We could not get a clear answer from your bank, so your booking is not confirmed. We will not charge you twice: anything reserved or taken on your card for this attempt is given back automatically. Please ask a member of staff for help.</source>
        <translation>Ihre Bank hat keine eindeutige Antwort gegeben, daher ist Ihre Buchung nicht bestätigt. Wir belasten Sie nicht doppelt: Was für diesen Versuch auf Ihrer Karte reserviert oder abgebucht wurde, geht automatisch zurück. Bitte wenden Sie sich an unser Personal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="299"/>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="345"/>
        <source>The payment did not go through and you have not been charged. Please try again while your seats are held.</source>
        <translation>Die Zahlung ist nicht durchgegangen, Ihnen wurde nichts belastet. Bitte versuchen Sie es erneut, solange Ihre Plätze reserviert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="301"/>
        <source>The payment did not go through and you have not been charged. Your booking is not confirmed.</source>
        <translation>Die Zahlung ist nicht durchgegangen, Ihnen wurde nichts belastet. Ihre Buchung ist nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="310"/>
        <source>We lost the connection to the booking system, so your booking is not confirmed yet. Please wait: as soon as it is back we finish or cancel the payment. If it is cancelled, any amount reserved on your card is released and you are not charged.</source>
        <translation>Die Verbindung zum Buchungssystem ist unterbrochen, daher ist Ihre Buchung noch nicht bestätigt. Bitte warten Sie: Sobald sie wieder steht, schließen wir die Zahlung ab oder brechen sie ab. Bei einem Abbruch wird ein auf Ihrer Karte reservierter Betrag freigegeben und Ihnen nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialog.cpp" line="320"/>
        <source>You have not been charged. Pay without the voucher or try another one.</source>
        <translation>Ihnen wurde nichts berechnet. Zahlen Sie ohne den Gutschein oder versuchen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialogStep.cpp" line="42"/>
        <source>Flight %1</source>
        <translation>Flug %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PaymentDialogStep.cpp" line="46"/>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
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
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="85"/>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="93"/>
        <source>Your receipt is printing. Please take it from the printer.</source>
        <translation>Ihr Beleg wird gedruckt. Bitte entnehmen Sie ihn dem Drucker.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="99"/>
        <source>Your booking is confirmed.</source>
        <translation>Ihre Buchung ist bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="101"/>
        <source>Your receipt was saved as %1</source>
        <translation>Ihr Beleg wurde gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReceiptScreen.cpp" line="114"/>
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
        <location filename="../../ui/reports/ReportsView.cpp" line="31"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="31"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="40"/>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="41"/>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="42"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="45"/>
        <source>Booking funnel chart</source>
        <translation>Diagramm Buchungstrichter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="46"/>
        <source>Booking states chart</source>
        <translation>Diagramm Buchungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="47"/>
        <source>Money per day chart</source>
        <translation>Diagramm Umsatz pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="53"/>
        <source>Sales report</source>
        <translation>Verkaufsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="55"/>
        <source>Show the report for these days (Enter, F5)</source>
        <translation>Bericht für diese Tage anzeigen (Eingabe, F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="57"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="60"/>
        <source>Bookings made</source>
        <translation>Buchungen angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="60"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="60"/>
        <source>Payment success</source>
        <translation>Zahlungserfolg</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="60"/>
        <source>Expired holds</source>
        <translation>Abgelaufene Reservierungen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="61"/>
        <source>Money in</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="173"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="177"/>
        <source>%1 approved of %2 tried</source>
        <translation>%1 genehmigt von %2 versucht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="180"/>
        <source>%1 expired of %2 placed</source>
        <translation>%1 abgelaufen von %2 angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="182"/>
        <source>captured minus refunded</source>
        <translation>belastet abzüglich erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="67"/>
        <source>Report message</source>
        <translation>Berichtsmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="75"/>
        <source>Load factor and revenue per flight</source>
        <translation>Auslastung und Umsatz pro Flug</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="85"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="87"/>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="99"/>
        <source>UTC days, both included</source>
        <translation>UTC-Tage, jeweils einschließlich</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="130"/>
        <source>Pick the days and press Show.</source>
        <translation>Wählen Sie die Tage und dann „Anzeigen“.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="182"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ScheduleImportDialog</name>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="27"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="28"/>
        <source>Comparing the legs with the stored flights…</source>
        <translation>Flugabschnitte werden mit den gespeicherten Flügen verglichen…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="29"/>
        <source>Opening flights for sale…</source>
        <translation>Flüge werden zum Verkauf geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="46"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="53"/>
        <source>&amp;Dry run again</source>
        <translation>&amp;Probelauf wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="54"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="55"/>
        <source>&amp;Stop</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="58"/>
        <source>Import a schedule</source>
        <translation>Flugplan importieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="63"/>
        <source>Import step</source>
        <translation>Importschritt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="65"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="69"/>
        <source>What the import does</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="73"/>
        <source>Flights added</source>
        <translation>Neue Flüge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="73"/>
        <source>Flights changed (times or aircraft)</source>
        <translation>Geänderte Flüge (Zeiten oder Flugzeug)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="73"/>
        <source>Flights cancelled</source>
        <translation>Annullierte Flüge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="74"/>
        <source>Flights unchanged</source>
        <translation>Unveränderte Flüge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="74"/>
        <source>Bookings disrupted</source>
        <translation>Gestörte Buchungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="74"/>
        <source>Flights opened for sale</source>
        <translation>Zum Verkauf geöffnete Flüge</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="75"/>
        <source>Layouts generated</source>
        <translation>Erzeugte Kabinenpläne</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="75"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="86"/>
        <source>Flights the import changes</source>
        <translation>Flüge, die der Import ändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="98"/>
        <source>Stop the dry run; nothing is changed</source>
        <translation>Den Probelauf abbrechen; nichts wird geändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="139"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="167"/>
        <source>The file changed on disk after the dry run. Run the dry run again to see what it would change now.</source>
        <translation>Die Datei wurde nach dem Probelauf geändert. Wiederholen Sie den Probelauf, um zu sehen, was sie jetzt ändern würde.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="183"/>
        <source>Dry run: working out what the import would change…</source>
        <translation>Probelauf: Es wird ermittelt, was der Import ändern würde…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="184"/>
        <source>Importing the schedule…</source>
        <translation>Der Flugplan wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="201"/>
        <source>Dry run finished.</source>
        <translation>Probelauf beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="201"/>
        <source>Import finished.</source>
        <translation>Import beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="211"/>
        <source>The dry run was stopped. Nothing was changed.</source>
        <translation>Der Probelauf wurde abgebrochen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="213"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="225"/>
        <source>Dry run of the schedule of %1 (%n leg(s)): nothing was changed. Apply makes these changes.</source>
        <translation>
            <numerusform>Probelauf des Flugplans von %1 (%n Flugabschnitt): Nichts wurde geändert. „Anwenden“ nimmt diese Änderungen vor.</numerusform>
            <numerusform>Probelauf des Flugplans von %1 (%n Flugabschnitte): Nichts wurde geändert. „Anwenden“ nimmt diese Änderungen vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="227"/>
        <source>The schedule of %1 (%n leg(s)) is imported.</source>
        <translation>
            <numerusform>Der Flugplan von %1 (%n Flugabschnitt) ist importiert.</numerusform>
            <numerusform>Der Flugplan von %1 (%n Flugabschnitte) ist importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="231"/>
        <source>The database holds this schedule already: nothing to apply.</source>
        <translation>Die Datenbank enthält diesen Flugplan bereits: Es gibt nichts anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="242"/>
        <source>%1 on %n flight(s), for the Disruptions tab</source>
        <translation>
            <numerusform>%1 auf %n Flug, für den Reiter Störungen</numerusform>
            <numerusform>%1 auf %n Flügen, für den Reiter Störungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="249"/>
        <source>none: every aircraft has a built-in layout</source>
        <translation>keine: Jedes Flugzeug hat einen eingebauten Kabinenplan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="252"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="270"/>
        <source>Read the file again and show what importing it would change, changing nothing</source>
        <translation>Die Datei erneut lesen und zeigen, was ihr Import ändern würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="273"/>
        <source>Import the file the dry run read: add, change and cancel flights as shown</source>
        <translation>Die Datei des Probelaufs importieren: Flüge wie gezeigt hinzufügen, ändern und annullieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="276"/>
        <source>Wait until the run finishes</source>
        <translation>Warten Sie, bis der Lauf beendet ist</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleImportDialog.cpp" line="277"/>
        <source>Run the dry run first: Apply imports only what it showed</source>
        <translation>Zuerst den Probelauf ausführen: „Anwenden“ importiert nur, was er gezeigt hat</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ScheduleView</name>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="45"/>
        <source>First departure day</source>
        <translation>Erster Abflugtag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="46"/>
        <source>Last departure day</source>
        <translation>Letzter Abflugtag</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="49"/>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="54"/>
        <source>&amp;Cancel flight…</source>
        <translation>Flug &amp;annullieren…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="55"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="56"/>
        <source>Change &amp;aircraft…</source>
        <translation>Flugzeug &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="57"/>
        <source>I&amp;mport schedule…</source>
        <translation>Flugplan i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="61"/>
        <source>Schedule</source>
        <translation>Flugplan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="63"/>
        <source>Route</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="64"/>
        <source>DUB or DUB-JFK</source>
        <translation>DUB oder DUB-JFK</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="67"/>
        <source>Flight status</source>
        <translation>Flugstatus</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="68"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="72"/>
        <source>Show the flights departing on these days (F5)</source>
        <translation>Die Flüge mit Abflug an diesen Tagen zeigen (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="75"/>
        <source>Schedule message</source>
        <translation>Meldung zum Flugplan</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="86"/>
        <source>Flights with status, load factor and revenue</source>
        <translation>Flüge mit Status, Auslastung und Umsatz</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="100"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="102"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="106"/>
        <source>R&amp;oute</source>
        <translation>&amp;Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="108"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="216"/>
        <source>No flight departs on these days.</source>
        <translation>An diesen Tagen fliegt kein Flug ab.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="250"/>
        <source>Cancel the chosen flight; you will see how many bookings it affects first</source>
        <translation>Den gewählten Flug annullieren; Sie sehen zuerst, wie viele Buchungen betroffen sind</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="252"/>
        <source>Put the chosen flight on another aircraft; you will see who moves where first</source>
        <translation>Den gewählten Flug auf ein anderes Flugzeug setzen; Sie sehen zuerst, wer wohin umgesetzt wird</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="254"/>
        <source>Import an SSIM schedule file; you will see what it changes first</source>
        <translation>Eine SSIM-Flugplandatei importieren; Sie sehen zuerst, was sie ändert</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="256"/>
        <source>The chosen flight&apos;s fares and the seat surcharges of its route</source>
        <translation>Die Tarife des gewählten Flugs und die Sitzplatzzuschläge seiner Strecke</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="258"/>
        <source>This flight is %1 already.</source>
        <translation>Dieser Flug ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="259"/>
        <source>Choose a flight first.</source>
        <translation>Wählen Sie zuerst einen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="302"/>
        <source>Import an SSIM schedule</source>
        <translation>SSIM-Flugplan importieren</translation>
    </message>
    <message>
        <location filename="../../ui/agent/ScheduleView.cpp" line="303"/>
        <source>SSIM schedules (*.ssim *.txt *.dat);;All files (*)</source>
        <translation>SSIM-Flugpläne (*.ssim *.txt *.dat);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ScheduleView.cpp" line="312"/>
        <source>Schedule imported: %1 flight(s) added, %2 changed, %3 cancelled. %n new disruption(s) wait in the Disruptions tab.</source>
        <translation>
            <numerusform>Flugplan importiert: %1 Flüge hinzugefügt, %2 geändert, %3 annulliert. %n neue Störung wartet im Reiter Störungen.</numerusform>
            <numerusform>Flugplan importiert: %1 Flüge hinzugefügt, %2 geändert, %3 annulliert. %n neue Störungen warten im Reiter Störungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/ScheduleView.cpp" line="350"/>
        <source>Flight %1 is cancelled. %n booking(s) affected: see the Disruptions tab.</source>
        <translation>
            <numerusform>Flug %1 ist annulliert. %n Buchung betroffen: siehe Reiter Störungen.</numerusform>
            <numerusform>Flug %1 ist annulliert. %n Buchungen betroffen: siehe Reiter Störungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatCard</name>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="22"/>
        <source>Not available: another traveller is holding this seat. It may come free again in a few minutes.</source>
        <translation>Nicht verfügbar: Ein anderer Reisender hält diesen Sitz gerade. Er kann in wenigen Minuten wieder frei werden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="24"/>
        <source>Not available: this seat is already booked.</source>
        <translation>Nicht verfügbar: Dieser Sitz ist bereits gebucht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="26"/>
        <source>Not available here: this seat is kept for the check-in desk.</source>
        <translation>Hier nicht verfügbar: Dieser Sitz ist dem Check-in-Schalter vorbehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="27"/>
        <source>Not available: the airline does not sell this seat.</source>
        <translation>Nicht verfügbar: Die Fluggesellschaft verkauft diesen Sitz nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="114"/>
        <location filename="../../ui/widgets/SeatCard.cpp" line="156"/>
        <source>Choose for
traveller %1</source>
        <translation>Für Reisende %1
wählen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="115"/>
        <location filename="../../ui/widgets/SeatCard.cpp" line="155"/>
        <source>Chosen for
traveller %1</source>
        <translation>Gewählt für
Reisende %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="134"/>
        <source>Tap a seat to see it here.</source>
        <translation>Tippen Sie auf einen Sitz, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="138"/>
        <source>Seat card</source>
        <translation>Sitzkarte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="158"/>
        <source>Seat %1 is chosen for traveller %2</source>
        <translation>Sitz %1 ist für Reisende %2 gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="159"/>
        <source>Choose seat %1 for traveller %2</source>
        <translation>Sitz %1 für Reisende %2 wählen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatCard.cpp" line="161"/>
        <source>Seat card: %1</source>
        <translation>Sitzkarte: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatDelegate</name>
    <message>
        <location filename="../../ui/widgets/SeatDelegate.cpp" line="63"/>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatDelegate.cpp" line="102"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatDelegate.cpp" line="102"/>
        <source>Aisle</source>
        <translation>Gang</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatLegend</name>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="19"/>
        <source>Free, price under it</source>
        <translation>Frei, Preis darunter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="20"/>
        <source>Extra legroom</source>
        <translation>Mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="21"/>
        <source>Business or first</source>
        <translation>Business oder First</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="22"/>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="23"/>
        <source>Held by someone</source>
        <translation>Von jemandem reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="24"/>
        <source>Taken</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="25"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="26"/>
        <source>Emergency exit</source>
        <translation>Notausgang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatLegend.cpp" line="45"/>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapModel</name>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="15"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="16"/>
        <source>held by another traveller</source>
        <translation>von anderen Reisenden reserviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="17"/>
        <source>taken</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="18"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="43"/>
        <source>Seat %1</source>
        <translation>Sitzplatz %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="29"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="31"/>
        <source>aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="33"/>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="35"/>
        <source>exit row</source>
        <translation>Notausgangsreihe</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="37"/>
        <source>extra legroom</source>
        <translation>mehr Beinfreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="46"/>
        <source>chosen for passenger %1</source>
        <translation>gewählt für Reisende(n) %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="49"/>
        <source>kept for the desk</source>
        <translation>für den Schalter freigehalten</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="49"/>
        <source>kept for the desk: %1</source>
        <translation>für den Schalter freigehalten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="58"/>
        <source>%1 (fare %2 + seat %3)</source>
        <translation>%1 (Tarif %2 + Sitz %3)</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="63"/>
        <source>Main deck</source>
        <translation>Hauptdeck</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="63"/>
        <source>Upper deck</source>
        <translation>Oberdeck</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="69"/>
        <source>Galley</source>
        <translation>Bordküche</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="70"/>
        <source>Lavatory</source>
        <translation>Toilette</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="71"/>
        <source>Closet</source>
        <translation>Garderobe</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="80"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="81"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="82"/>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModelText.cpp" line="83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="163"/>
        <source>%1 — full</source>
        <translation>%1 — voll</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="164"/>
        <source>%1 — from %2</source>
        <translation>%1 — ab %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="179"/>
        <source>Row %1, exit row</source>
        <translation>Reihe %1, Notausgang</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="179"/>
        <source>Row %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/SeatMapModel.cpp" line="180"/>
        <source>%1, over the wing</source>
        <translation>%1, über der Tragfläche</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapScreen</name>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="37"/>
        <source>Best available together</source>
        <translation>Beste Plätze zusammen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="76"/>
        <source>Back to flights</source>
        <translation>Zurück zu den Flügen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="81"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="97"/>
        <source>There are no %n seats side by side left. Please choose seats one by one.</source>
        <translation>
            <numerusform>Es ist kein Platz mehr frei. Bitte wählen Sie die Plätze einzeln.</numerusform>
            <numerusform>Es gibt keine %n Plätze nebeneinander mehr. Bitte wählen Sie die Plätze einzeln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="113"/>
        <source>Seat %1 is not available.</source>
        <translation>Sitzplatz %1 ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="115"/>
        <source>You have chosen %n seat(s) already. Tap one of them to change it.</source>
        <translation>
            <numerusform>Sie haben bereits %n Platz gewählt. Tippen Sie ihn an, um ihn zu ändern.</numerusform>
            <numerusform>Sie haben bereits %n Plätze gewählt. Tippen Sie einen davon an, um ihn zu ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="117"/>
        <source>You have chosen %n seat(s) already. Press %1 on one of them to let it go, then on the seat you want.</source>
        <translation>
            <numerusform>Sie haben bereits %n Platz gewählt. Drücken Sie %1 auf diesem Platz, um ihn freizugeben, dann auf dem gewünschten Platz.</numerusform>
            <numerusform>Sie haben bereits %n Plätze gewählt. Drücken Sie %1 auf einem davon, um ihn freizugeben, dann auf dem gewünschten Platz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="142"/>
        <source>Flight %1 is cancelled. Please go back and choose another flight.</source>
        <translation>Flug %1 ist annulliert. Bitte gehen Sie zurück und wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="143"/>
        <source>Choose seats — %1 %2 → %3, %4</source>
        <translation>Plätze wählen — %1 %2 → %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="203"/>
        <source>%1 is full — join the waitlist</source>
        <translation>%1 ist ausgebucht — auf die Warteliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="204"/>
        <source>Only %n seat(s) left in %1 — join the waitlist</source>
        <translation>
            <numerusform>Nur noch %n Platz in %1 — auf die Warteliste</numerusform>
            <numerusform>Nur noch %n Plätze in %1 — auf die Warteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="205"/>
        <source>Join the waitlist for %1, %n traveller(s)</source>
        <translation>
            <numerusform>Auf die Warteliste für %1, %n Reisende(r)</numerusform>
            <numerusform>Auf die Warteliste für %1, %n Reisende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="265"/>
        <source>Seat %1 was just taken by another traveller. Please choose another.</source>
        <translation>Sitzplatz %1 wurde gerade von anderen Reisenden belegt. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="279"/>
        <source>The airline has just cancelled flight %1. Your seats cannot be booked on it; please go back and choose another flight.</source>
        <translation>Die Fluggesellschaft hat Flug %1 soeben annulliert. Ihre Plätze können darauf nicht gebucht werden; bitte gehen Sie zurück und wählen Sie einen anderen Flug.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="283"/>
        <source>The airline has just changed flight %1: it now departs %2 (was %3) for %4.</source>
        <translation>Die Fluggesellschaft hat Flug %1 soeben geändert: Abflug jetzt %2 (bisher %3) nach %4.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="292"/>
        <source>Sorry, seat %1 was taken by another traveller a moment ago. Your other seats are still selected; please choose a replacement.</source>
        <translation>Leider wurde Sitzplatz %1 soeben von anderen Reisenden belegt. Ihre übrigen Plätze bleiben ausgewählt; bitte wählen Sie einen Ersatz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="322"/>
        <source>%1 — seats %2 — %3</source>
        <translation>%1 — Plätze %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="339"/>
        <source>Your choice leaves seat %1 empty on its own between taken seats. You may keep it, or choose seats that leave no single seat empty.</source>
        <translation>Ihre Wahl lässt Platz %1 allein zwischen belegten Plätzen frei. Sie können die Plätze behalten oder solche wählen, die keinen einzelnen Platz frei lassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="349"/>
        <source>Tap %n seat(s)</source>
        <translation>
            <numerusform>%n Platz antippen</numerusform>
            <numerusform>%n Plätze antippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/SeatMapScreen.cpp" line="350"/>
        <source>Choose %n seat(s)</source>
        <translation>
            <numerusform>%n Platz wählen</numerusform>
            <numerusform>%n Plätze wählen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMapView</name>
    <message>
        <location filename="../../ui/widgets/SeatMapView.cpp" line="19"/>
        <source>Seat map</source>
        <translation>Sitzplan</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMiniMap</name>
    <message>
        <location filename="../../ui/widgets/SeatMiniMap.cpp" line="41"/>
        <source>Aircraft overview</source>
        <translation>Übersicht des Flugzeugs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatMiniMap.cpp" line="81"/>
        <source>rows %1 to %2 on the map</source>
        <translation>Reihen %1 bis %2 im Sitzplan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/SeatMiniMap.cpp" line="82"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SeatMoveModel</name>
    <message>
        <location filename="../../ui/agent/SeatMoveModel.cpp" line="33"/>
        <source>no seat: an agent reseats them</source>
        <translation>kein Sitz: ein Agent setzt um</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SeatMoveModel.cpp" line="43"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SeatMoveModel.cpp" line="44"/>
        <source>Passenger</source>
        <translation>Passagier</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SeatMoveModel.cpp" line="45"/>
        <source>Seat now</source>
        <translation>Sitz jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/agent/SeatMoveModel.cpp" line="46"/>
        <source>Seat after the change</source>
        <translation>Sitz nach dem Wechsel</translation>
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
    <name>kiosk::ui::StaffCallsBar</name>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="33"/>
        <source>on screen %1</source>
        <translation>auf Bildschirm %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="38"/>
        <source>On my way (F9)</source>
        <translation>Bin unterwegs (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="41"/>
        <source>Kiosks asking for help</source>
        <translation>Automaten, die um Hilfe bitten</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="45"/>
        <source>Answer the oldest call for help: you are on your way</source>
        <translation>Den ältesten Hilferuf beantworten: Sie sind unterwegs</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="75"/>
        <source>Calls for help cannot be read now: %1</source>
        <translation>Hilferufe können gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="88"/>
        <source>Kiosk %1 asks for help: the traveller is %2 (%3).</source>
        <translation>Automat %1 bittet um Hilfe: Der Reisende ist %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="90"/>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="93"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="90"/>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="93"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="91"/>
        <source>Kiosk %1 asks for help: the traveller is %2, booking %3 (%4).</source>
        <translation>Automat %1 bittet um Hilfe: Der Reisende ist %2, Buchung %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agent/StaffCallsBar.cpp" line="95"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n weiterer wartet.</numerusform>
            <numerusform>%n weitere warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::TravellerNameFields</name>
    <message>
        <location filename="../../ui/widgets/TravellerNameFields.cpp" line="34"/>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/TravellerNameFields.cpp" line="35"/>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/TravellerNameFields.cpp" line="89"/>
        <source>Please type the given names as in the passport.</source>
        <translation>Bitte geben Sie die Vornamen wie im Reisepass ein.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/TravellerNameFields.cpp" line="90"/>
        <source>Please type the surname as in the passport.</source>
        <translation>Bitte geben Sie den Nachnamen wie im Reisepass ein.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::VoucherField</name>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="18"/>
        <source>&amp;Voucher</source>
        <translation>&amp;Gutschein</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="21"/>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="22"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="27"/>
        <source>Apply</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="34"/>
        <source>Voucher status</source>
        <translation>Gutscheinstatus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/VoucherField.cpp" line="64"/>
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
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="21"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="27"/>
        <source>Book your seat</source>
        <translation>Buchen Sie Ihren Sitzplatz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="31"/>
        <source>Departures from %1</source>
        <translation>Abflüge ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="36"/>
        <source>Touch to start</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="38"/>
        <source>Start booking</source>
        <translation>Buchung starten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="42"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="44"/>
        <source>Check in for a booked flight</source>
        <translation>Für einen gebuchten Flug einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="48"/>
        <source>Pay for a waitlist offer</source>
        <translation>Angebot der Warteliste bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="50"/>
        <source>Pay for seats a waitlist offered you</source>
        <translation>Plätze bezahlen, die Ihnen die Warteliste angeboten hat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="55"/>
        <source>Accessible mode</source>
        <translation>Barrierefreier Modus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.cpp" line="57"/>
        <source>Accessible mode: spoken guidance, keypad, high contrast and large text</source>
        <translation>Barrierefreier Modus: Sprachausgabe, Tastenfeld, hoher Kontrast und große Schrift</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/kiosk/main.cpp" line="41"/>
        <source>The kiosk cannot start</source>
        <translation>Der Kiosk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/KioskTerminal.cpp" line="100"/>
        <source>This terminal is set to airport %1, which the database does not know.</source>
        <translation>Dieses Terminal ist auf den Flughafen %1 eingestellt, den die Datenbank nicht kennt.</translation>
    </message>
</context>
</TS>
