<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>il dépasse %1, le maximum que Banter ouvre</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>&quot;time&quot; doit être une date et une heure, par exemple 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>&quot;direction&quot; doit valoir &quot;sent&quot;, &quot;received&quot; ou &quot;status&quot;</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>une entrée texte nécessite une chaîne &quot;text&quot;</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>le champ &quot;text&quot; contient une moitié de paire de substitution UTF-16, ce qui n’est pas du texte Unicode valide</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>une ligne d’état ne peut pas être binaire</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>une entrée binaire nécessite une chaîne &quot;base64&quot; de données Base64</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>&quot;kind&quot; doit valoir &quot;text&quot; ou &quot;binary&quot;</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>&quot;delivery&quot; doit valoir &quot;pending&quot; ou &quot;cancelled&quot;</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>seul un message envoyé peut avoir un champ &quot;delivery&quot;</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>impossible d’enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>impossible d’ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>« time » doit se situer entre les années 1 et 9999 (UTC)</translation>
    </message>
    <message>
        <source>&quot;history&quot; must be true or false</source>
        <translation>&quot;history&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>only a received message has a &quot;history&quot;</source>
        <translation>seul un message reçu peut avoir un champ &quot;history&quot;</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>«&#xa0;attributes&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>only a received message has &quot;attributes&quot;</source>
        <translation>seul un message reçu a des «&#xa0;attributes&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;binaire, 1 octet&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;binaire, %n octet&gt;</numerusform>
            <numerusform>&lt;binaire, %n octets&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>%1 lignes plus anciennes supprimées (le journal garde %2 lignes, %3 Mio)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>salon %1 rejoint en tant que %2 (%n membre)</numerusform>
            <numerusform>salon %1 rejoint en tant que %2 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>the name %1 is taken in this room: you are %2</source>
        <translation>le nom %1 est déjà pris dans ce salon&#xa0;: vous êtes %2</translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>reprise&#xa0;: %n message manqué pendant l’absence</numerusform>
            <numerusform>reprise&#xa0;: %n messages manqués pendant l’absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>reprise impossible (%1)&#xa0;: voici le %n dernier message du salon</numerusform>
            <numerusform>reprise impossible (%1)&#xa0;: voici les %n derniers messages du salon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>voici le %n dernier message du salon</numerusform>
            <numerusform>voici les %n derniers messages du salon</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <source>you are now %1</source>
        <translation>vous êtes maintenant %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 s’appelle maintenant %2</translation>
    </message>
    <message>
        <source>the room refused a message: %1 (%2)</source>
        <translation>le salon a refusé un message&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>the server lost the room&apos;s history since</source>
        <translation>le serveur a perdu l’historique du salon depuis</translation>
    </message>
    <message>
        <source>the room no longer keeps what was missed</source>
        <translation>le salon ne garde plus ce qui a été manqué</translation>
    </message>
    <message>
        <source>the room never reached that point</source>
        <translation>le salon n’a jamais atteint ce point</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>reconnexion dans %1 s (tentative %2&#xa0;; dernière erreur&#xa0;: %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconnexion dans %1 s (tentative %2)</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>aucune connexion après %1 s&#xa0;: abandon de cette tentative</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>le serveur n’a pas répondu à un ping dans les %1 s&#xa0;: la connexion est morte</translation>
    </message>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>une URL nécessite un schéma et un hôte, par exemple ws://localhost:3000</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>URL %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>impossible de se connecter à %1&#xa0;: le plugin pour «&#xa0;%2&#xa0;» n’a créé aucune connexion</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>erreur de socket %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>non connecté&#xa0;: saisissez une URL, par exemple ws://localhost:3000</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>non connecté&#xa0;: %1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>socket ouvert</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>socket fermé (%1)</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>socket fermé</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>données non prises en charge</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun code d’état</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>fermeture anormale</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>données non valides</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>violation de politique</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>message trop grand</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>extension manquante</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>redémarrage du service</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>réessayer plus tard</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>code d’application</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>pas de nouvelle tentative&#xa0;: le certificat est refusé tant que vous ne lui faites pas confiance pour %1</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>pas de nouvelle tentative&#xa0;: ce certificat ne peut pas être approuvé</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>les messages non envoyés de %1 ne peuvent pas être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>pas un fichier de boîte d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n message non envoyé lors de la dernière session sera envoyé une fois la connexion établie</numerusform>
            <numerusform>%n messages non envoyés lors de la dernière session seront envoyés une fois la connexion établie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a member&apos;s message in a chat room</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>le certificat client ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Banter::EchoCorrelator</name>
    <message>
        <source>%1 µs</source>
        <translation>%1&#xa0;µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>no echo</source>
        <translation>pas d’écho</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>en retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, out of order</source>
        <translation>%1, dans le désordre</translation>
    </message>
    <message>
        <source>%1, echoed as binary</source>
        <translation>%1, revenu en binaire</translation>
    </message>
    <message>
        <source>%1, echoed as text</source>
        <translation>%1, revenu en texte</translation>
    </message>
</context>
<context>
    <name>Banter::FieldExpression</name>
    <message>
        <source>“)” at character %1 has no “(”</source>
        <translation>«&#xa0;)&#xa0;» au caractère %1 n’a pas de «&#xa0;(&#xa0;»</translation>
    </message>
    <message>
        <source>nested too deeply at character %1 (at most %2 levels)</source>
        <translation>imbrication trop profonde au caractère %1 (au plus %2 niveaux)</translation>
    </message>
    <message>
        <source>expected a condition at character %1</source>
        <translation>condition attendue au caractère %1</translation>
    </message>
    <message>
        <source>expected a condition after “%1” at character %2</source>
        <translation>condition attendue après «&#xa0;%1&#xa0;» au caractère %2</translation>
    </message>
    <message>
        <source>“%1” at character %2: keywords are written in lower case, “%3”</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2&#xa0;: les mots-clés s’écrivent en minuscules, «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>expected “and”, “or” or “)” at character %1</source>
        <translation>«&#xa0;and&#xa0;», «&#xa0;or&#xa0;» ou «&#xa0;)&#xa0;» attendu au caractère %1</translation>
    </message>
    <message>
        <source>expected “and”, “or” or the end at character %1</source>
        <translation>«&#xa0;and&#xa0;», «&#xa0;or&#xa0;» ou la fin attendu au caractère %1</translation>
    </message>
    <message>
        <source>“)” missing for the “(” at character %1</source>
        <translation>«&#xa0;)&#xa0;» manquant pour le «&#xa0;(&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>unknown function “%1” at character %2 (the one function is exists($.path))</source>
        <translation>fonction inconnue «&#xa0;%1&#xa0;» au caractère %2 (la seule fonction est exists($.path))</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no path: write $.%1 for a field</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 n’est pas un chemin&#xa0;: écrivez $.%1 pour un champ</translation>
    </message>
    <message>
        <source>expected “(” at character %1: write exists($.path)</source>
        <translation>«&#xa0;(&#xa0;» attendu au caractère %1&#xa0;: écrivez exists($.path)</translation>
    </message>
    <message>
        <source>expected a path at character %1: write exists($.path)</source>
        <translation>chemin attendu au caractère %1&#xa0;: écrivez exists($.path)</translation>
    </message>
    <message>
        <source>expected “)” after the path at character %1</source>
        <translation>«&#xa0;)&#xa0;» attendu après le chemin au caractère %1</translation>
    </message>
    <message>
        <source>“=” at character %1 is no operator: write == to compare</source>
        <translation>«&#xa0;=&#xa0;» au caractère %1 n’est pas un opérateur&#xa0;: écrivez == pour comparer</translation>
    </message>
    <message>
        <source>a path alone is no condition at character %1: compare it (== != &lt; &lt;= &gt; &gt;= ~) or write exists($.path)</source>
        <translation>un chemin seul n’est pas une condition, au caractère %1&#xa0;: comparez-le (== != &lt; &lt;= &gt; &gt;= ~) ou écrivez exists($.path)</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;= ~ !~) after the path at character %1</source>
        <translation>opérateur (== != &lt; &lt;= &gt; &gt;= ~ !~) attendu après le chemin au caractère %1</translation>
    </message>
    <message>
        <source>a path at character %1, where a value was expected: compare a path with a value, such as 100 or &quot;text&quot;</source>
        <translation>un chemin au caractère %1, là où une valeur est attendue&#xa0;: comparez un chemin à une valeur, par exemple 100 ou &quot;text&quot;</translation>
    </message>
    <message>
        <source>a value alone is no condition at character %1: compare a path with it, such as $.field == %2</source>
        <translation>une valeur seule n’est pas une condition, au caractère %1&#xa0;: comparez-lui un chemin, par exemple $.field == %2</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;=) after the value at character %1</source>
        <translation>opérateur (== != &lt; &lt;= &gt; &gt;=) attendu après la valeur au caractère %1</translation>
    </message>
    <message>
        <source>“%1” at character %2 takes a path on its left: $.field %1 /pattern/</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 prend un chemin à sa gauche&#xa0;: $.field %1 /pattern/</translation>
    </message>
    <message>
        <source>expected a path after “%1” at character %2: one side of a comparison is a path, such as $.field</source>
        <translation>chemin attendu après «&#xa0;%1&#xa0;» au caractère %2&#xa0;: l’un des côtés d’une comparaison est un chemin, par exemple $.field</translation>
    </message>
    <message>
        <source>“%1” at character %2 orders numbers and text: %3 goes only with == and !=</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 ordonne des nombres et du texte&#xa0;: %3 ne va qu’avec == et !=</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no value: write text in quotes, &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 n’est pas une valeur&#xa0;: écrivez le texte entre guillemets, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value at character %1</source>
        <translation>valeur attendue au caractère %1</translation>
    </message>
    <message>
        <source>expected a value after “%1” at character %2</source>
        <translation>valeur attendue après «&#xa0;%1&#xa0;» au caractère %2</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>chiffre attendu après le «&#xa0;-&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>expected a digit after the “.” at character %1</source>
        <translation>chiffre attendu après le «&#xa0;.&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>expected the exponent&apos;s digits after the “%1” at character %2</source>
        <translation>chiffres de l’exposant attendus après le «&#xa0;%1&#xa0;» au caractère %2</translation>
    </message>
    <message>
        <source>the number at character %1 is out of range: a double holds about 1e-308 to 1e308</source>
        <translation>le nombre au caractère %1 est hors limites&#xa0;: un double va d’environ 1e-308 à 1e308</translation>
    </message>
    <message>
        <source>expected /pattern/ after “%1” at character %2</source>
        <translation>/pattern/ attendu après «&#xa0;%1&#xa0;» au caractère %2</translation>
    </message>
    <message>
        <source>the regular expression at character %1 has no closing “/”</source>
        <translation>l’expression régulière au caractère %1 n’a pas de «&#xa0;/&#xa0;» fermant</translation>
    </message>
    <message>
        <source>unknown flag “%1” at character %2 (the flags are i, m, s and x)</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» au caractère %2 (les options sont i, m, s et x)</translation>
    </message>
    <message>
        <source>not a regular expression at character %1: %2</source>
        <translation>expression régulière non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>too long at character %1 (at most %2 characters)</source>
        <translation>trop long au caractère %1 (au plus %2 caractères)</translation>
    </message>
    <message>
        <source>too long at character %1: written out in full it has %2 characters, at most %3</source>
        <translation>trop long au caractère %1&#xa0;: écrit en entier, il compte %2 caractères, au plus %3</translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hex digit</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n’est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f, at position %1</source>
        <translation>un octet nécessite deux chiffres hexadécimaux, par exemple 0f, à la position %1</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f: the last one has one</source>
        <translation>un octet nécessite deux chiffres hexadécimaux, par exemple 0f&#xa0;: le dernier n’en a qu’un</translation>
    </message>
    <message>
        <source>no bytes: type pairs of hex digits, such as 00 01 ff</source>
        <translation>aucun octet&#xa0;: saisissez des paires de chiffres hexadécimaux, par exemple 00 01 ff</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… et %Ln octet de plus</numerusform>
            <numerusform>… et %Ln octets de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::JsonPath</name>
    <message>
        <source>expected text in quotes at character %1</source>
        <translation>texte entre guillemets attendu au caractère %1</translation>
    </message>
    <message>
        <source>“\u” at character %1 needs four hex digits, such as \u00e9</source>
        <translation>«&#xa0;\u&#xa0;» au caractère %1 nécessite quatre chiffres hexadécimaux, par exemple \u00e9</translation>
    </message>
    <message>
        <source>unknown escape “\%1” at character %2 (the escapes are \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>séquence d’échappement inconnue «&#xa0;\%1&#xa0;» au caractère %2 (les séquences sont \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>the text in quotes at character %1 has no closing %2</source>
        <translation>le texte entre guillemets au caractère %1 n’a pas de %2 fermant</translation>
    </message>
    <message>
        <source>expected a path, such as $.field, at character %1</source>
        <translation>chemin attendu, par exemple $.field, au caractère %1</translation>
    </message>
    <message>
        <source>expected a name or * after the “.” at character %1 (write other keys in quotes: $[&quot;a key&quot;])</source>
        <translation>nom ou * attendu après le «&#xa0;.&#xa0;» au caractère %1 (écrivez les autres clés entre guillemets&#xa0;: $[&quot;a key&quot;])</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>l’index au caractère %1 est trop grand</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>chiffre attendu après le «&#xa0;-&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>expected a key in quotes, an index or * after the “[” at character %1</source>
        <translation>clé entre guillemets, index ou * attendu après le «&#xa0;[&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>“]” missing for the “[” at character %1</source>
        <translation>«&#xa0;]&#xa0;» manquant pour le «&#xa0;[&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>expected “]” at character %1</source>
        <translation>«&#xa0;]&#xa0;» attendu au caractère %1</translation>
    </message>
    <message>
        <source>expected the end of the path at character %1</source>
        <translation>fin du chemin attendue au caractère %1</translation>
    </message>
</context>
<context>
    <name>Banter::JsonText</name>
    <message>
        <source>an object not closed with }</source>
        <translation>un objet non fermé par }</translation>
    </message>
    <message>
        <source>a , or } missing after a member</source>
        <translation>un , ou } manquant après un membre</translation>
    </message>
    <message>
        <source>a : missing after a key</source>
        <translation>un : manquant après une clé</translation>
    </message>
    <message>
        <source>an array not closed with ]</source>
        <translation>un tableau non fermé par ]</translation>
    </message>
    <message>
        <source>a , or ] missing after an item</source>
        <translation>un , ou ] manquant après un élément</translation>
    </message>
    <message>
        <source>a , missing between two values</source>
        <translation>un , manquant entre deux valeurs</translation>
    </message>
    <message>
        <source>no JSON value here</source>
        <translation>pas de valeur JSON ici</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>le texte se termine au milieu d’un nombre</translation>
    </message>
    <message>
        <source>a number JSON does not allow</source>
        <translation>un nombre que JSON n’autorise pas</translation>
    </message>
    <message>
        <source>an escape sequence JSON does not allow</source>
        <translation>une séquence d’échappement que JSON n’autorise pas</translation>
    </message>
    <message>
        <source>a string that is no valid Unicode</source>
        <translation>une chaîne qui n’est pas de l’Unicode valide</translation>
    </message>
    <message>
        <source>a string not closed with &quot;</source>
        <translation>une chaîne non fermée par &quot;</translation>
    </message>
    <message>
        <source>an object or an array expected</source>
        <translation>un objet ou un tableau attendu</translation>
    </message>
    <message>
        <source>nested deeper than JSON is read here</source>
        <translation>imbriqué plus profondément que ce qui est lu ici en JSON</translation>
    </message>
    <message>
        <source>too large to read as JSON</source>
        <translation>trop grand pour être lu comme JSON</translation>
    </message>
    <message>
        <source>more text after the end of the JSON value</source>
        <translation>du texte après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>too long to read as JSON (over %1 characters)</source>
        <translation>trop long pour être lu comme JSON (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>impossible d’enregistrer le journal dans %1 : %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>l’enregistrement du journal dans %1 s’est arrêté : %2</translation>
    </message>
</context>
<context>
    <name>Banter::MessageTemplate</name>
    <message>
        <source>{{ at character %1 has no }}: write \{{ to send {{ as it is</source>
        <translation>{{ au caractère %1 n’a pas de }}&#xa0;: écrivez \{{ pour envoyer {{ tel quel</translation>
    </message>
    <message>
        <source>{{%1}} at character %2: write {{random A B}} with two whole numbers, A not above B, each within ±%3</source>
        <translation>{{%1}} au caractère %2&#xa0;: écrivez {{random A B}} avec deux nombres entiers, A pas plus grand que B, chacun dans ±%3</translation>
    </message>
    <message>
        <source>{{%1}} at character %2 is no variable</source>
        <translation>{{%1}} au caractère %2 n’est pas une variable</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} at character %2 (Connection → Variables… names yours)</source>
        <translation>variable inconnue {{%1}} au caractère %2 (Connexion → Variables… nomme les vôtres)</translation>
    </message>
</context>
<context>
    <name>Banter::SavedConnection</name>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Il existe déjà une connexion nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a file of Banter&apos;s connections (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>pas un fichier de connexions de Banter (son «&#xa0;format&#xa0;» n’est pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>written by another version of Banter (version %1; this one reads %2)</source>
        <translation>écrit par une autre version de Banter (version %1&#xa0;; celle-ci lit la %2)</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>la phrase de passe de la clé</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>l’en-tête %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list</source>
        <translation>«&#xa0;headers&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; is not a list</source>
        <translation>«&#xa0;subprotocols&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>a header is not written as [&quot;name&quot;, &quot;value&quot;]</source>
        <translation>un en-tête n’est pas écrit [&quot;nom&quot;, &quot;valeur&quot;]</translation>
    </message>
    <message>
        <source>a subprotocol is not a string</source>
        <translation>un sous-protocole n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;receiveBuffer&quot; is not a whole number</source>
        <translation>«&#xa0;receiveBuffer&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>elle n’a pas de nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as ws://host:port/path</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL telle que ws://hôte:port/chemin</translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused while disconnected</source>
        <translation>%1, en pause tant que la connexion est coupée</translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>arrêté après %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>envoyé %n fois</numerusform>
            <numerusform>envoyé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>arrêté après %1</translation>
    </message>
    <message>
        <source>stopped after %1: %2</source>
        <translation>arrêté après %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped after %1: there is no connection to send to</source>
        <translation>arrêté après %1&#xa0;: aucune connexion où envoyer</translation>
    </message>
</context>
<context>
    <name>Banter::Snippet</name>
    <message>
        <source>A snippet needs a name.</source>
        <translation>Un extrait a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The bytes are not hex: %1.</source>
        <translation>Les octets ne sont pas en hexadécimal&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is already a snippet named “%1”.</source>
        <translation>Il existe déjà un extrait nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
