<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>die Datei ist größer als %1, das Maximum, das Banter öffnet</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>„time“ muss ein Datum mit Uhrzeit sein, etwa 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>„direction“ muss „sent“, „received“ oder „status“ sein</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>ein Texteintrag braucht eine Zeichenkette „text“</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>„text“ enthält ein halbes UTF-16-Surrogatpaar, und das ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>eine Statuszeile kann nicht binär sein</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>ein Binäreintrag braucht eine Zeichenkette „base64“ mit Base64-Daten</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>„kind“ muss „text“ oder „binary“ sein</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>„delivery“ muss „pending“ oder „cancelled“ sein</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>nur eine gesendete Nachricht hat ein „delivery“</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>der Verlauf kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>„time“ muss zwischen den Jahren 1 und 9999 (UTC) liegen</translation>
    </message>
    <message>
        <source>&quot;history&quot; must be true or false</source>
        <translation>„history“ muss true oder false sein</translation>
    </message>
    <message>
        <source>only a received message has a &quot;history&quot;</source>
        <translation>nur eine empfangene Nachricht hat ein „history“</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>„attributes“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>only a received message has &quot;attributes&quot;</source>
        <translation>nur eine empfangene Nachricht hat „attributes“</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;binär, 1 Byte&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;binär, %n Byte&gt;</numerusform>
            <numerusform>&lt;binär, %n Bytes&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>%1 ältere Zeilen verworfen (das Protokoll behält %2 Zeilen, %3 MiB)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>Raum %1 als %2 betreten (%n Mitglied)</numerusform>
            <numerusform>Raum %1 als %2 betreten (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>the name %1 is taken in this room: you are %2</source>
        <translation>der Name %1 ist in diesem Raum vergeben: Sie sind %2</translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>fortgesetzt: %n verpasste Nachricht</numerusform>
            <numerusform>fortgesetzt: %n verpasste Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>Fortsetzen nicht möglich (%1): die letzte %n Nachricht des Raums folgt</numerusform>
            <numerusform>Fortsetzen nicht möglich (%1): die letzten %n Nachrichten des Raums folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>die letzte %n Nachricht des Raums folgt</numerusform>
            <numerusform>die letzten %n Nachrichten des Raums folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <source>you are now %1</source>
        <translation>Sie heißen jetzt %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>the room refused a message: %1 (%2)</source>
        <translation>der Raum hat eine Nachricht abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>the server lost the room&apos;s history since</source>
        <translation>der Server hat den Verlauf des Raums seitdem verloren</translation>
    </message>
    <message>
        <source>the room no longer keeps what was missed</source>
        <translation>der Raum bewahrt das Verpasste nicht mehr auf</translation>
    </message>
    <message>
        <source>the room never reached that point</source>
        <translation>der Raum hat diese Stelle nie erreicht</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>eine URL braucht ein Schema und einen Host, etwa ws://localhost:3000</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>ungültige URL %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>nicht verbunden: eine URL wie ws://localhost:3000 eingeben</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>nicht verbunden: %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>Socket geöffnet</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>Socket geschlossen</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>keine Verbindung nach %1 s: dieser Versuch wird aufgegeben</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>der Server hat einen Ping nicht innerhalb von %1 s beantwortet: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>Socket geschlossen (%1)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>abnormal beendet</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>ungültige Daten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>fehlende Erweiterung</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>Dienst startet neu</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>Anwendungscode</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>die ungesendeten Nachrichten in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>keine Postausgangsdatei</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n ungesendete Nachricht aus der letzten Sitzung wird gesendet, sobald eine Verbindung besteht</numerusform>
            <numerusform>%n ungesendete Nachrichten aus der letzten Sitzung werden gesendet, sobald eine Verbindung besteht</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2; letzter Fehler: %3)</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>Verbindung mit %1 nicht möglich: das Plugin für „%2“ hat keine Verbindung erzeugt</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>kein neuer Versuch: das Zertifikat wird abgelehnt, bis ihm für %1 vertraut wird</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>kein neuer Versuch: diesem Zertifikat kann nicht vertraut werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a member&apos;s message in a chat room</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>das Client-Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Banter::EchoCorrelator</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no echo</source>
        <translation>kein Echo</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>verspätet: %1</translation>
    </message>
    <message>
        <source>%1, out of order</source>
        <translation>%1, außer der Reihe</translation>
    </message>
    <message>
        <source>%1, echoed as binary</source>
        <translation>%1, als Binärnachricht zurück</translation>
    </message>
    <message>
        <source>%1, echoed as text</source>
        <translation>%1, als Text zurück</translation>
    </message>
</context>
<context>
    <name>Banter::FieldExpression</name>
    <message>
        <source>“)” at character %1 has no “(”</source>
        <translation>„)“ bei Zeichen %1 hat kein „(“</translation>
    </message>
    <message>
        <source>nested too deeply at character %1 (at most %2 levels)</source>
        <translation>zu tief verschachtelt bei Zeichen %1 (höchstens %2 Ebenen)</translation>
    </message>
    <message>
        <source>expected a condition at character %1</source>
        <translation>bei Zeichen %1 wird eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>expected a condition after “%1” at character %2</source>
        <translation>nach „%1“ wird bei Zeichen %2 eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>“%1” at character %2: keywords are written in lower case, “%3”</source>
        <translation>„%1“ bei Zeichen %2: Schlüsselwörter werden kleingeschrieben, „%3“</translation>
    </message>
    <message>
        <source>expected “and”, “or” or “)” at character %1</source>
        <translation>bei Zeichen %1 wird „and“, „or“ oder „)“ erwartet</translation>
    </message>
    <message>
        <source>expected “and”, “or” or the end at character %1</source>
        <translation>bei Zeichen %1 wird „and“, „or“ oder das Ende erwartet</translation>
    </message>
    <message>
        <source>“)” missing for the “(” at character %1</source>
        <translation>„)“ fehlt zu „(“ bei Zeichen %1</translation>
    </message>
    <message>
        <source>unknown function “%1” at character %2 (the one function is exists($.path))</source>
        <translation>unbekannte Funktion „%1“ bei Zeichen %2 (die einzige Funktion ist exists($.path))</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no path: write $.%1 for a field</source>
        <translation>„%1“ bei Zeichen %2 ist kein Pfad: für ein Feld $.%1 schreiben</translation>
    </message>
    <message>
        <source>expected “(” at character %1: write exists($.path)</source>
        <translation>bei Zeichen %1 wird „(“ erwartet: exists($.path) schreiben</translation>
    </message>
    <message>
        <source>expected a path at character %1: write exists($.path)</source>
        <translation>bei Zeichen %1 wird ein Pfad erwartet: exists($.path) schreiben</translation>
    </message>
    <message>
        <source>expected “)” after the path at character %1</source>
        <translation>nach dem Pfad wird bei Zeichen %1 „)“ erwartet</translation>
    </message>
    <message>
        <source>“=” at character %1 is no operator: write == to compare</source>
        <translation>„=“ bei Zeichen %1 ist kein Operator: zum Vergleichen == schreiben</translation>
    </message>
    <message>
        <source>a path alone is no condition at character %1: compare it (== != &lt; &lt;= &gt; &gt;= ~) or write exists($.path)</source>
        <translation>ein Pfad allein ist keine Bedingung, bei Zeichen %1: ihn vergleichen (== != &lt; &lt;= &gt; &gt;= ~) oder exists($.path) schreiben</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;= ~ !~) after the path at character %1</source>
        <translation>nach dem Pfad wird bei Zeichen %1 ein Operator (== != &lt; &lt;= &gt; &gt;= ~ !~) erwartet</translation>
    </message>
    <message>
        <source>a path at character %1, where a value was expected: compare a path with a value, such as 100 or &quot;text&quot;</source>
        <translation>ein Pfad bei Zeichen %1, wo ein Wert erwartet wird: einen Pfad mit einem Wert vergleichen, etwa 100 oder &quot;text&quot;</translation>
    </message>
    <message>
        <source>a value alone is no condition at character %1: compare a path with it, such as $.field == %2</source>
        <translation>ein Wert allein ist keine Bedingung, bei Zeichen %1: einen Pfad damit vergleichen, etwa $.field == %2</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;=) after the value at character %1</source>
        <translation>nach dem Wert wird bei Zeichen %1 ein Operator (== != &lt; &lt;= &gt; &gt;=) erwartet</translation>
    </message>
    <message>
        <source>“%1” at character %2 takes a path on its left: $.field %1 /pattern/</source>
        <translation>„%1“ bei Zeichen %2 braucht links einen Pfad: $.field %1 /pattern/</translation>
    </message>
    <message>
        <source>expected a path after “%1” at character %2: one side of a comparison is a path, such as $.field</source>
        <translation>nach „%1“ wird bei Zeichen %2 ein Pfad erwartet: eine Seite eines Vergleichs ist ein Pfad, etwa $.field</translation>
    </message>
    <message>
        <source>“%1” at character %2 orders numbers and text: %3 goes only with == and !=</source>
        <translation>„%1“ bei Zeichen %2 ordnet Zahlen und Text: %3 geht nur mit == und !=</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no value: write text in quotes, &quot;%1&quot;</source>
        <translation>„%1“ bei Zeichen %2 ist kein Wert: Text in Anführungszeichen schreiben, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value at character %1</source>
        <translation>bei Zeichen %1 wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected a value after “%1” at character %2</source>
        <translation>nach „%1“ wird bei Zeichen %2 ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>nach dem „-“ bei Zeichen %1 wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected a digit after the “.” at character %1</source>
        <translation>nach dem „.“ bei Zeichen %1 wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected the exponent&apos;s digits after the “%1” at character %2</source>
        <translation>nach dem „%1“ bei Zeichen %2 werden die Ziffern des Exponenten erwartet</translation>
    </message>
    <message>
        <source>the number at character %1 is out of range: a double holds about 1e-308 to 1e308</source>
        <translation>die Zahl bei Zeichen %1 liegt außerhalb des Bereichs: ein double fasst etwa 1e-308 bis 1e308</translation>
    </message>
    <message>
        <source>expected /pattern/ after “%1” at character %2</source>
        <translation>nach „%1“ wird bei Zeichen %2 /pattern/ erwartet</translation>
    </message>
    <message>
        <source>the regular expression at character %1 has no closing “/”</source>
        <translation>dem regulären Ausdruck bei Zeichen %1 fehlt das schließende „/“</translation>
    </message>
    <message>
        <source>unknown flag “%1” at character %2 (the flags are i, m, s and x)</source>
        <translation>unbekanntes Flag „%1“ bei Zeichen %2 (die Flags sind i, m, s und x)</translation>
    </message>
    <message>
        <source>not a regular expression at character %1: %2</source>
        <translation>kein gültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>too long at character %1 (at most %2 characters)</source>
        <translation>zu lang bei Zeichen %1 (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>too long at character %1: written out in full it has %2 characters, at most %3</source>
        <translation>zu lang bei Zeichen %1: vollständig ausgeschrieben sind es %2 Zeichen, höchstens %3</translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hex digit</source>
        <translation>„%1“ an Position %2 ist keine Hex-Ziffer</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f, at position %1</source>
        <translation>ein Byte braucht zwei Hex-Ziffern, etwa 0f, an Position %1</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f: the last one has one</source>
        <translation>ein Byte braucht zwei Hex-Ziffern, etwa 0f: das letzte hat nur eine</translation>
    </message>
    <message>
        <source>no bytes: type pairs of hex digits, such as 00 01 ff</source>
        <translation>keine Bytes: Paare von Hex-Ziffern eingeben, etwa 00 01 ff</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… und %Ln weiteres Byte</numerusform>
            <numerusform>… und %Ln weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::JsonPath</name>
    <message>
        <source>expected text in quotes at character %1</source>
        <translation>bei Zeichen %1 wird Text in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>“\u” at character %1 needs four hex digits, such as \u00e9</source>
        <translation>„\u“ bei Zeichen %1 braucht vier Hex-Ziffern, etwa \u00e9</translation>
    </message>
    <message>
        <source>unknown escape “\%1” at character %2 (the escapes are \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>unbekannte Escape-Sequenz „\%1“ bei Zeichen %2 (die Escape-Sequenzen sind \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>the text in quotes at character %1 has no closing %2</source>
        <translation>dem Text in Anführungszeichen bei Zeichen %1 fehlt das schließende %2</translation>
    </message>
    <message>
        <source>expected a path, such as $.field, at character %1</source>
        <translation>bei Zeichen %1 wird ein Pfad wie $.field erwartet</translation>
    </message>
    <message>
        <source>expected a name or * after the “.” at character %1 (write other keys in quotes: $[&quot;a key&quot;])</source>
        <translation>nach dem „.“ bei Zeichen %1 wird ein Name oder * erwartet (andere Schlüssel in Anführungszeichen schreiben: $[&quot;a key&quot;])</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>der Index bei Zeichen %1 ist zu groß</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>nach dem „-“ bei Zeichen %1 wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected a key in quotes, an index or * after the “[” at character %1</source>
        <translation>nach der „[“ bei Zeichen %1 wird ein Schlüssel in Anführungszeichen, ein Index oder * erwartet</translation>
    </message>
    <message>
        <source>“]” missing for the “[” at character %1</source>
        <translation>„]“ fehlt zu „[“ bei Zeichen %1</translation>
    </message>
    <message>
        <source>expected “]” at character %1</source>
        <translation>bei Zeichen %1 wird „]“ erwartet</translation>
    </message>
    <message>
        <source>expected the end of the path at character %1</source>
        <translation>bei Zeichen %1 wird das Ende des Pfads erwartet</translation>
    </message>
</context>
<context>
    <name>Banter::JsonText</name>
    <message>
        <source>an object not closed with }</source>
        <translation>ein nicht mit } geschlossenes Objekt</translation>
    </message>
    <message>
        <source>a , or } missing after a member</source>
        <translation>ein , oder } fehlt nach einem Eintrag</translation>
    </message>
    <message>
        <source>a : missing after a key</source>
        <translation>ein : fehlt nach einem Schlüssel</translation>
    </message>
    <message>
        <source>an array not closed with ]</source>
        <translation>ein nicht mit ] geschlossenes Array</translation>
    </message>
    <message>
        <source>a , or ] missing after an item</source>
        <translation>ein , oder ] fehlt nach einem Element</translation>
    </message>
    <message>
        <source>a , missing between two values</source>
        <translation>ein , fehlt zwischen zwei Werten</translation>
    </message>
    <message>
        <source>no JSON value here</source>
        <translation>hier steht kein JSON-Wert</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>der Text endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>a number JSON does not allow</source>
        <translation>eine Zahl, die JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>an escape sequence JSON does not allow</source>
        <translation>eine Escape-Sequenz, die JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>a string that is no valid Unicode</source>
        <translation>eine Zeichenkette, die kein gültiges Unicode ist</translation>
    </message>
    <message>
        <source>a string not closed with &quot;</source>
        <translation>eine nicht mit &quot; geschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>an object or an array expected</source>
        <translation>ein Objekt oder ein Array erwartet</translation>
    </message>
    <message>
        <source>nested deeper than JSON is read here</source>
        <translation>tiefer verschachtelt, als JSON hier gelesen wird</translation>
    </message>
    <message>
        <source>too large to read as JSON</source>
        <translation>zu groß, um als JSON gelesen zu werden</translation>
    </message>
    <message>
        <source>more text after the end of the JSON value</source>
        <translation>weiterer Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>too long to read as JSON (over %1 characters)</source>
        <translation>zu lang, um als JSON gelesen zu werden (über %1 Zeichen)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>das Protokoll kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>die Aufzeichnung des Protokolls in %1 wurde beendet: %2</translation>
    </message>
</context>
<context>
    <name>Banter::MessageTemplate</name>
    <message>
        <source>{{ at character %1 has no }}: write \{{ to send {{ as it is</source>
        <translation>{{ bei Zeichen %1 hat kein }}: \{{ schreiben, um {{ unverändert zu senden</translation>
    </message>
    <message>
        <source>{{%1}} at character %2: write {{random A B}} with two whole numbers, A not above B, each within ±%3</source>
        <translation>{{%1}} bei Zeichen %2: {{random A B}} mit zwei ganzen Zahlen schreiben, A nicht größer als B, jede innerhalb ±%3</translation>
    </message>
    <message>
        <source>{{%1}} at character %2 is no variable</source>
        <translation>{{%1}} bei Zeichen %2 ist keine Variable</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} at character %2 (Connection → Variables… names yours)</source>
        <translation>unbekannte Variable {{%1}} bei Zeichen %2 (Verbindung → Variablen… benennt Ihre)</translation>
    </message>
</context>
<context>
    <name>Banter::SavedConnection</name>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Es gibt schon eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a file of Banter&apos;s connections (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Verbindungsdatei von Banter (ihr „format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>written by another version of Banter (version %1; this one reads %2)</source>
        <translation>von einer anderen Banter-Version geschrieben (Version %1; diese liest %2)</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>die Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>der %1-Header</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list</source>
        <translation>„headers“ ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; is not a list</source>
        <translation>„subprotocols“ ist keine Liste</translation>
    </message>
    <message>
        <source>a header is not written as [&quot;name&quot;, &quot;value&quot;]</source>
        <translation>ein Header ist nicht als [&quot;Name&quot;, &quot;Wert&quot;] geschrieben</translation>
    </message>
    <message>
        <source>a subprotocol is not a string</source>
        <translation>ein Subprotokoll ist kein Text</translation>
    </message>
    <message>
        <source>&quot;receiveBuffer&quot; is not a whole number</source>
        <translation>„receiveBuffer“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as ws://host:port/path</source>
        <translation>„%1“ ist keine URL wie ws://host:port/pfad</translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused while disconnected</source>
        <translation>%1, pausiert, solange getrennt</translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>nach %1 von %2 gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>%n Mal gesendet</numerusform>
            <numerusform>%n Mal gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>nach %1 gestoppt</translation>
    </message>
    <message>
        <source>stopped after %1: %2</source>
        <translation>nach %1 gestoppt: %2</translation>
    </message>
    <message>
        <source>stopped after %1: there is no connection to send to</source>
        <translation>nach %1 gestoppt: keine Verbindung zum Senden</translation>
    </message>
</context>
<context>
    <name>Banter::Snippet</name>
    <message>
        <source>A snippet needs a name.</source>
        <translation>Ein Textbaustein braucht einen Namen.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The bytes are not hex: %1.</source>
        <translation>Die Bytes sind kein Hex: %1.</translation>
    </message>
    <message>
        <source>There is already a snippet named “%1”.</source>
        <translation>Es gibt schon einen Textbaustein namens „%1“.</translation>
    </message>
</context>
</TS>
