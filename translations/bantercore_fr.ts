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
    <message>
        <source>a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB</source>
        <translation>un tampon de réception de %1 octets&#xa0;: donnez 0 (automatique) ou de %2 Kio à %3 Mio</translation>
    </message>
    <message>
        <source>the private key %1 needs its client certificate</source>
        <translation>la clé privée %1 a besoin de son certificat client</translation>
    </message>
    <message>
        <source>a passphrase needs a client certificate or key to open</source>
        <translation>une phrase secrète a besoin d’un certificat client ou d’une clé à ouvrir</translation>
    </message>
    <message>
        <source>the proxy &quot;%1&quot; is not one: give direct, http://host:port or socks5://host:port (a user may come before the host, the password goes apart)</source>
        <translation>le proxy «&#xa0;%1&#xa0;» n’en est pas un&#xa0;: donnez direct, http://hôte:port ou socks5://hôte:port (un utilisateur peut précéder l’hôte, le mot de passe se donne à part)</translation>
    </message>
    <message>
        <source>a proxy password needs a proxy URL with a user, such as socks5://user@host:1080</source>
        <translation>un mot de passe de proxy a besoin d’une URL de proxy avec un utilisateur, par exemple socks5://utilisateur@hôte:1080</translation>
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
    <message>
        <source>metadata field &quot;Wraps&quot; must be true or false</source>
        <translation>le champ de métadonnées «&#xa0;Wraps&#xa0;» doit être true ou false</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; is for transports only</source>
        <translation>le champ de métadonnées «&#xa0;Wraps&#xa0;» est réservé aux transports</translation>
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
    <message>
        <source>List the plugins found, one a line: id, version, kind, interface, keys, file, and &quot;ok&quot; or why it cannot be used.</source>
        <translation>Liste les plugins trouvés, un par ligne : identifiant, version, type, interface, clés, fichier, et « ok » ou la raison pour laquelle il est inutilisable.</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: the plugin registry is gone</source>
        <translation>aucun plugin ne fournit «&#xa0;%1&#xa0;»&#xa0;: le registre des plugins n’existe plus</translation>
    </message>
    <message>
        <source>says it wraps other transports, but its root object does not implement %1</source>
        <translation>dit envelopper d’autres transports, mais son objet racine n’implémente pas %1</translation>
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
    <name>Banter::TlsAlert</name>
    <message>
        <source>the server asks for a client certificate, and none was given (TLS alert: %1)</source>
        <translation>le serveur demande un certificat client, et aucun n’a été donné (alerte TLS&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert: %1)</source>
        <translation>le serveur a refusé le certificat client (alerte TLS&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the server ended the TLS connection (TLS alert: %1)</source>
        <translation>le serveur a mis fin à la connexion TLS (alerte TLS&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Banter::TlsIdentity</name>
    <message>
        <source>TLS is not available: Qt cannot load its TLS library</source>
        <translation>TLS n’est pas disponible&#xa0;: Qt ne peut pas charger sa bibliothèque TLS</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>impossible de lire la clé privée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form</source>
        <translation>%1 ne contient aucune clé privée utilisable&#xa0;: donnez une clé RSA, EC ou DSA au format PEM</translation>
    </message>
    <message>
        <source>the private key %1 is encrypted, and no passphrase was given</source>
        <translation>la clé privée %1 est chiffrée, et aucune phrase secrète n’a été donnée</translation>
    </message>
    <message>
        <source>the passphrase does not open the private key %1</source>
        <translation>la phrase secrète n’ouvre pas la clé privée %1</translation>
    </message>
    <message>
        <source>%1 is a PEM certificate, which needs its private key file as well</source>
        <translation>%1 est un certificat PEM, qui a aussi besoin de son fichier de clé privée</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that opens without a passphrase</source>
        <translation>%1 n’est pas un fichier PKCS#12 qui s’ouvre sans phrase secrète</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that this passphrase opens</source>
        <translation>%1 n’est pas un fichier PKCS#12 que cette phrase secrète ouvre</translation>
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
