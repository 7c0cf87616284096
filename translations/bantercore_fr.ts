<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banter::CertificateProblem</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>le certificat de %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)</source>
        <translation>le certificat de %1 a été refusé&#xa0;: %2 (empreinte SHA-256 %3)</translation>
    </message>
</context>
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
</context>
<context>
    <name>Banter::ConnectOptions</name>
    <message>
        <source>&quot;%1&quot; is not a header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête&#xa0;: utilisez des lettres, des chiffres et&#xa0;!#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the handshake sets the %1 header itself</source>
        <translation>la négociation définit elle-même l’en-tête %1</translation>
    </message>
    <message>
        <source>give the origin as the origin option, not as a header</source>
        <translation>indiquez l’origine avec l’option origine, pas comme en-tête</translation>
    </message>
    <message>
        <source>give the subprotocols as the subprotocol option, not as a header</source>
        <translation>indiquez les sous-protocoles avec l’option sous-protocoles, pas comme en-tête</translation>
    </message>
    <message>
        <source>the value of the %1 header holds a line break or another control character</source>
        <translation>la valeur de l’en-tête %1 contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de sous-protocole&#xa0;: utilisez des lettres, des chiffres et&#xa0;!#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the origin &quot;%1&quot; holds a space, a line break or another control character</source>
        <translation>l’origine «&#xa0;%1&#xa0;» contient une espace, un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>Banter::Localization</name>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de, fr, es, ja, ar or en.</source>
        <translation>Utiliser cette langue au lieu de celle du système, par ex. de, fr, es, ja, ar ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
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
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation>interface de plugin «&#xa0;%1&#xa0;» non prise en charge (ce Banter charge %2 et %3)</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>le plugin n’a pas de métadonnées JSON</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation>le champ de métadonnées &quot;%1&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation>le champ de métadonnées &quot;Keys&quot; doit être une liste de noms non vide</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation>le champ de métadonnées &quot;Keys&quot; contient un nom non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(pas un texte)</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a text</source>
        <translation>le champ de métadonnées &quot;%1&quot; doit être un texte</translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation>le dossier de plugins %1 n’existe pas</translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation>pas un plugin Banter&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation>«&#xa0;%1&#xa0;» est déjà fourni par %2&#xa0;; la revendication de ce plugin est ignorée</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation>aucun plugin ne fournit «&#xa0;%1&#xa0;»&#xa0;: aucun plugin de transport n’a été trouvé dans %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation>aucun plugin ne fournit «&#xa0;%1&#xa0;»&#xa0;: aucun plugin de service n’a été trouvé dans %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation>aucun plugin ne fournit «&#xa0;%1&#xa0;» (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>threw an exception while creating its plugin object</source>
        <translation>a levé une exception en créant son objet plugin</translation>
    </message>
    <message>
        <source>was loaded but created no plugin object</source>
        <translation>a été chargé mais n’a créé aucun objet plugin</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation>son objet racine n’implémente pas %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation>le plugin pour «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 non valide</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>le transport %1 ne peut pas faire office de serveur</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>le plugin pour «&#xa0;%1&#xa0;» n’a créé aucun service</translation>
    </message>
</context>
<context>
    <name>Banter::ServerSettings</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 non valide</translation>
    </message>
    <message>
        <source>the maximum message size must be at least 1 byte</source>
        <translation>la taille maximale des messages doit être d’au moins 1 octet</translation>
    </message>
    <message>
        <source>the maximum number of clients must be at least 1</source>
        <translation>le nombre maximal de clients doit être d’au moins 1</translation>
    </message>
    <message>
        <source>the output cap must be at least 1 byte</source>
        <translation>la limite de sortie doit être d’au moins 1 octet</translation>
    </message>
    <message>
        <source>the handshake and close timeouts must be positive</source>
        <translation>les délais de négociation et de fermeture doivent être positifs</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>le délai d’inactivité ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the listen backlog must be at least 1</source>
        <translation>la file d’attente d’écoute (backlog) doit être d’au moins 1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, options propres à Qt comprises.</translation>
    </message>
</context>
</TS>
