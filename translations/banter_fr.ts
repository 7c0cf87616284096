<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banter::AboutPluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>À propos des plugins</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Fournit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>The URL schemes this transport opens</source>
        <translation>Les schémas d’URL que ce transport ouvre</translation>
    </message>
    <message>
        <source>The services this plugin runs</source>
        <translation>Les services que ce plugin exécute</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Dossiers parcourus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plugin folders searched</source>
        <translation>Dossiers de plugins parcourus</translation>
    </message>
    <message>
        <source>Problems with the plugin folders</source>
        <translation>Problèmes avec les dossiers de plugins</translation>
    </message>
</context>
<context>
    <name>Banter::CertificateDialog</name>
    <message>
        <source>Certificate Refused</source>
        <translation>Certificat refusé</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused, and no connection was made:</source>
        <translation>Le certificat de %1 a été refusé et aucune connexion n’a été établie&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>none: the server presented no certificate</source>
        <translation>aucune&#xa0;: le serveur n’a présenté aucun certificat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Trust it only if you know that this is the certificate of %1, for instance because its fingerprint is the one its administrator gave you. Banter will then accept this certificate, and no other, for %1, until you revoke it in Connection &gt; Trusted Certificates.</source>
        <translation>Ne lui faites confiance que si vous savez qu’il s’agit bien du certificat de %1, par exemple parce que son empreinte est celle que son administrateur vous a donnée. Banter acceptera alors ce certificat, et aucun autre, pour %1, jusqu’à ce que vous le révoquiez dans Connexion → Certificats de confiance.</translation>
    </message>
    <message>
        <source>This certificate cannot be trusted: it is revoked or blacklisted, or the problems concern more than one certificate of its chain.</source>
        <translation>Ce certificat ne peut pas être approuvé&#xa0;: il est révoqué ou sur liste de blocage, ou les problèmes concernent plus d’un certificat de sa chaîne.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>Faire confiance à ce certificat pour %1</translation>
    </message>
</context>
<context>
    <name>Banter::ChatDelegate</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Banter::ChatFilterModel</name>
    <message>
        <source>Not a regular expression: %1 at character %2.</source>
        <translation>Expression régulière non valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>Not a field condition: %1.</source>
        <translation>Condition de champ non valide&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ChatPane</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Faire défiler jusqu’aux nouveaux messages</translation>
    </message>
    <message>
        <source>↓ 1 new message</source>
        <translation>↓ 1 nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n nouveau message</numerusform>
            <numerusform>↓ %n nouveaux messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::CommandLine</name>
    <message>
        <source>Banter, a desktop WebSocket client.

Without a URL, Banter starts its own echo server on port 3000 (or uses the one already running there) and connects to %1.</source>
        <translation>Banter, un client WebSocket pour le bureau.

Sans URL, Banter démarre son propre serveur d’écho sur le port 3000 (ou utilise celui qui y tourne déjà) et se connecte à %1.</translation>
    </message>
    <message>
        <source>The colours: system (the desktop&apos;s), light or dark (both on the Fusion style).</source>
        <translation>Les couleurs&#xa0;: system (celles du bureau), light ou dark (toutes deux avec le style Fusion).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>palette</translation>
    </message>
    <message>
        <source>The server to connect to, such as ws://example.org:8080/chat.</source>
        <translation>Le serveur auquel se connecter, par exemple ws://example.org:8080/chat.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use %2.</source>
        <translation>Palette de couleurs «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Give one URL at the most, not %1.</source>
        <translation>Indiquez une URL au plus, pas %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ComposeBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>Fic&amp;hier…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne, Haut et Bas rappellent les messages envoyés</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;xa</translation>
    </message>
    <message>
        <source>Hex input</source>
        <translation>Saisie hexadécimale</translation>
    </message>
    <message>
        <source>Type bytes in hexadecimal, such as 00 01 ff, and send them as one binary message</source>
        <translation>Saisissez des octets en hexadécimal, par exemple 00 01 ff, et envoyez-les en un seul message binaire</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Envoyer un fichier en un seul message binaire</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>Pourquoi le message n’a pas été envoyé</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Bytes in hex, such as 00 01 ff; Enter sends them</source>
        <translation>Octets en hexadécimal, par exemple 00 01 ff&#xa0;; Entrée les envoie</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Saisissez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>The message with its variables filled in</source>
        <translation>Le message avec ses variables remplies</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Envoie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message>
        <source>Connection Options</source>
        <translation>Options de connexion</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de requête</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: banter</source>
        <translation>Authorization: Bearer …
X-Client: banter</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Sous-protocoles</translation>
    </message>
    <message>
        <source>chat.v2, chat.v1</source>
        <translation>chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Clear all options</source>
        <translation>Effacer toutes les options</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>&amp;En-têtes de requête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Sous-protocoles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>Header line %1 is not written as Name: value.</source>
        <translation>La ligne d’en-tête %1 n’est pas de la forme Nom: valeur.</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Envoi impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>1 en-tête</translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n en-tête</numerusform>
            <numerusform>%n en-têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>subprotocols %1</source>
        <translation>sous-protocoles %1</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>origine %1</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>aucune option</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>Tampon de réception</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The socket&apos;s receive buffer. Automatic lets the system grow it as the link needs; a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s).</source>
        <translation>Le tampon de réception du socket. Automatique laisse le système l’agrandir selon les besoins de la liaison&#xa0;; une taille limite le débit à cela par aller-retour (256 Kio à 50 ms&#xa0;: environ 5 Mo/s).</translation>
    </message>
    <message>
        <source>&amp;Receive buffer:</source>
        <translation>Tampon de &amp;réception&#xa0;:</translation>
    </message>
    <message>
        <source>receive buffer %1 KiB</source>
        <translation>tampon de réception %1 Kio</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <source>client.pem or client.p12</source>
        <translation>client.pem ou client.p12</translation>
    </message>
    <message>
        <source>Private key file of the client certificate</source>
        <translation>Fichier de la clé privée du certificat client</translation>
    </message>
    <message>
        <source>client.key (none for PKCS#12)</source>
        <translation>client.key (aucun pour PKCS#12)</translation>
    </message>
    <message>
        <source>Passphrase of the key or PKCS#12 file</source>
        <translation>Phrase secrète de la clé ou du fichier PKCS#12</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx)</source>
        <translation>Certificats (*.pem *.crt *.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>Clés privées (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>Phr&amp;ase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file of %1</source>
        <translation>Choisir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1.</source>
        <translation>Le certificat client ne peut pas être utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificat client %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>the system&apos;s; direct, http://host:3128, socks5://user@host:1080</source>
        <translation>celui du système&#xa0;; direct, http://hôte:3128, socks5://utilisateur@hôte:1080</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, all_proxy, no_proxy). direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a user before the host if it asks for a login. Connections to this machine itself never go through a proxy.</source>
        <translation>Vide&#xa0;: les réglages de proxy du système (http_proxy, all_proxy, no_proxy). direct&#xa0;: aucun. Ou un proxy HTTP (CONNECT) ou un proxy SOCKS5, avec un utilisateur avant l’hôte s’il demande des identifiants. Les connexions vers cette machine elle-même ne passent jamais par un proxy.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Mot de passe du &amp;proxy&#xa0;:</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM certificate with its key file, or a PKCS#12 file alone</source>
        <translation>Présenté à un serveur wss:// ou à un broker mqtts:// qui en demande un (TLS mutuel)&#xa0;: un certificat PEM avec son fichier de clé, ou un fichier PKCS#12 seul</translation>
    </message>
    <message>
        <source>Kept while Banter runs, never in banter.conf (a saved connection keeps it in the desktop&apos;s keyring)</source>
        <translation>Gardé tant que Banter tourne, jamais dans banter.conf (une connexion enregistrée le garde dans le trousseau du bureau)</translation>
    </message>
    <message>
        <source>Used from the next Connect on, by it and by every reconnection after it. The user name and password go to URLs that name no user (an MQTT broker&apos;s login). The passwords and the passphrase never go into banter.conf: View → Connections keeps them in the desktop&apos;s keyring.</source>
        <translation>Utilisé à partir de la prochaine connexion, par elle et par chaque reconnexion qui suit. Le nom d’utilisateur et le mot de passe vont aux URL qui ne nomment aucun utilisateur (la connexion à un broker MQTT). Les mots de passe et la phrase secrète ne vont jamais dans banter.conf&#xa0;: Affichage → Connexions les garde dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latence&#xa0;:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>none; such as 100ms</source>
        <translation>aucune&#xa0;; par exemple 100ms</translation>
    </message>
    <message>
        <source>The delay of every message in each direction: an echo&apos;s round trip grows by twice it. 0 ms to 1 min (ms, s, min).</source>
        <translation>Le délai de chaque message dans chaque sens&#xa0;: l’aller-retour d’un écho croît du double. 0 ms à 1 min (ms, s, min).</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Gigue&#xa0;:</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>none; such as 20ms</source>
        <translation>aucune&#xa0;; par exemple 20ms</translation>
    </message>
    <message>
        <source>Each delay varies by up to this much, at most the latency; order is kept.</source>
        <translation>Chaque délai varie d’au plus autant, au plus la latence&#xa0;; l’ordre est gardé.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Débit&#xa0;:</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>no cap; such as 64KiB</source>
        <translation>sans limite&#xa0;; par exemple 64KiB</translation>
    </message>
    <message>
        <source>Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit.</source>
        <translation>Octets par seconde dans chaque sens&#xa0;: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit ou Gbit.</translation>
    </message>
    <message>
        <source>Lo&amp;ss:</source>
        <translation>&amp;Perte&#xa0;:</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>Perte de messages</translation>
    </message>
    <message>
        <source>none; such as 1%</source>
        <translation>aucune&#xa0;; par exemple 1%</translation>
    </message>
    <message>
        <source>The share of messages dropped, 0 to 100 %; the log says so for each.</source>
        <translation>La part des messages abandonnés, 0 à 100&#xa0;%&#xa0;; le journal le dit pour chacun.</translation>
    </message>
    <message>
        <source>Disconnect a&amp;fter:</source>
        <translation>Déconnecter a&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>Disconnect after</source>
        <translation>Déconnecter après</translation>
    </message>
    <message>
        <source>never; such as 30s or 100msgs</source>
        <translation>jamais&#xa0;; par exemple 30s ou 100msgs</translation>
    </message>
    <message>
        <source>Cut the connection after a time or a number of messages.</source>
        <translation>Couper la connexion après un temps ou un nombre de messages.</translation>
    </message>
    <message>
        <source>Black &amp;hole after:</source>
        <translation>Trou &amp;noir après&#xa0;:</translation>
    </message>
    <message>
        <source>Black hole after</source>
        <translation>Trou noir après</translation>
    </message>
    <message>
        <source>never; such as 10s or 100msgs</source>
        <translation>jamais&#xa0;; par exemple 10s ou 100msgs</translation>
    </message>
    <message>
        <source>After a time or a number of messages nothing moves either way, and the connection stays open: the heartbeat has to notice.</source>
        <translation>Après un temps ou un nombre de messages, plus rien ne passe dans aucun sens et la connexion reste ouverte&#xa0;: le battement de cœur doit s’en apercevoir.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>random; such as 42</source>
        <translation>aléatoire&#xa0;; par exemple 42</translation>
    </message>
    <message>
        <source>The same seed gives the same delays and losses.</source>
        <translation>La même graine donne les mêmes délais et pertes.</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Conditions réseau</translation>
    </message>
    <message>
        <source>Simulates a bad network on this connection (chaos+ before the URL&apos;s scheme); empty fields leave it as it is.</source>
        <translation>Simule un mauvais réseau sur cette connexion (chaos+ devant le schéma de l’URL)&#xa0;; les champs vides le laissent tel quel.</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionBar</name>
    <message>
        <source>Op&amp;tions…</source>
        <translation>Op&amp;tions…</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>The server to connect to; the list holds the recent ones (Ctrl+L)</source>
        <translation>Le serveur auquel se connecter&#xa0;; la liste contient les plus récents (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recent URLs</source>
        <translation>URL récentes</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://hôte:port/chemin</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>Options de connexion</translation>
    </message>
    <message>
        <source>What is wrong with the URL</source>
        <translation>Ce qui ne va pas dans l’URL</translation>
    </message>
    <message>
        <source>Not a URL: %1.</source>
        <translation>URL non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A URL starts with a scheme and a host, such as %1.</source>
        <translation>Une URL commence par un schéma et un hôte, par exemple %1.</translation>
    </message>
    <message>
        <source>No transport plugin is loaded, so no scheme can be opened (see Help → About Plugins).</source>
        <translation>Aucun plugin de transport n’est chargé, aucun schéma ne peut donc être ouvert (voir Aide → À propos des plugins).</translation>
    </message>
    <message>
        <source>No plugin handles &quot;%1&quot;: Banter opens %2.</source>
        <translation>Aucun plugin ne gère «&#xa0;%1&#xa0;»&#xa0;: Banter ouvre %2.</translation>
    </message>
    <message>
        <source>The URL needs a host, such as %1.</source>
        <translation>L’URL doit comporter un hôte, par exemple %1.</translation>
    </message>
    <message>
        <source>Op&amp;tions (set)…</source>
        <translation>Op&amp;tions (définies)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Déco&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Request headers, subprotocols, origin, receive buffer, client certificate, proxy and login: %1</source>
        <translation>En-têtes de requête, sous-protocoles, origine, tampon de réception, certificat client, proxy et identifiants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionTab</name>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title (unread count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>Reconnexion à %1 dans %n s (Ctrl+R&#xa0;: maintenant)</numerusform>
            <numerusform>Reconnexion à %1 dans %n s (Ctrl+R&#xa0;: maintenant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Fermeture…</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onnexions</translation>
    </message>
    <message>
        <source>Saved connections: a name for a URL and its options</source>
        <translation>Connexions enregistrées&#xa0;: un nom pour une URL et ses options</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Saved “%1”. Not saved, to be given again when it is opened: %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée. Non enregistré, à redonner à l’ouverture&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: no file of connections is</source>
        <translation>%1 dépasse 16 Mio&#xa0;: aucun fichier de connexions n’est si grand</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n connexion importée de %1.</numerusform>
            <numerusform>%n connexions importées de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>%n connexion exportée vers %1.</numerusform>
            <numerusform>%n connexions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Rename Connection</source>
        <translation>Renommer la connexion</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Not Renamed</source>
        <translation>Non renommée</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>Supprimer la connexion enregistrée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>Banter connections (*.json)</source>
        <translation>Connexions Banter (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien d’importé</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 going to the desktop&apos;s keyring…</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée&#xa0;; %2 part dans le trousseau du bureau…</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 in the desktop&apos;s keyring.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée&#xa0;; %2 dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>No keyring could keep %1 of “%2”: %3.

Keep them for this session only? Banter forgets them when it quits; then they are given again when the connection is opened.</source>
        <translation>Aucun trousseau n’a pu garder %1 de «&#xa0;%2&#xa0;»&#xa0;: %3.

Les garder pour cette session seulement&#xa0;? Banter les oublie en quittant&#xa0;; ensuite, on les redonne à l’ouverture de la connexion.</translation>
    </message>
    <message>
        <source>%1 of “%2” kept until Banter quits.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» gardé jusqu’à ce que Banter quitte.</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read from the keyring: %2</source>
        <translation>Les secrets de «&#xa0;%1&#xa0;» n’ont pas pu être lus dans le trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsPanel</name>
    <message>
        <source>Filter by name or URL</source>
        <translation>Filtrer par nom ou URL</translation>
    </message>
    <message>
        <source>Filter the saved connections</source>
        <translation>Filtrer les connexions enregistrées</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Ouvrir la connexion</translation>
    </message>
    <message>
        <source>Save &amp;Current…</source>
        <translation>Enregistrer l’&amp;actuelle…</translation>
    </message>
    <message>
        <source>Save the current connection</source>
        <translation>Enregistrer la connexion actuelle</translation>
    </message>
    <message>
        <source>Keep the URL and options of the URL bar under a name; passwords, passphrases and credential headers are not kept</source>
        <translation>Garder l’URL et les options de la barre d’URL sous un nom&#xa0;; les mots de passe, phrases de passe et en-têtes d’identification ne sont pas gardés</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Renommer la connexion</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Dupliquer la connexion</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exporter les connexions</translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <source>Selected message in full</source>
        <translation>Message sélectionné en entier</translation>
    </message>
    <message>
        <source>Select a message to see it here in full.</source>
        <translation>Sélectionnez un message pour l’afficher ici en entier.</translation>
    </message>
    <message>
        <source>%1 at %2, binary, %3</source>
        <translation>%1 le %2, binaire, %3</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (seuls les %1 premiers sont affichés)</translation>
    </message>
    <message>
        <source>%1 at %2, 1 character</source>
        <translation>%1 le %2, 1 caractère</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 le %2, %n caractère</numerusform>
            <numerusform>%1 le %2, %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>, %n ligne</numerusform>
            <numerusform>, %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>&#xa0;; les lignes de plus de %Ln caractère sont affichées en morceaux (Édition → Copier le message le copie tel quel)</numerusform>
            <numerusform>&#xa0;; les lignes de plus de %Ln caractères sont affichées en morceaux (Édition → Copier le message le copie tel quel)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Selected message as indented JSON</source>
        <translation>Message sélectionné en JSON indenté</translation>
    </message>
    <message>
        <source>Selected message as a JSON tree</source>
        <translation>Message sélectionné sous forme d’arbre JSON</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Selected message shown as</source>
        <translation>Message sélectionné affiché en</translation>
    </message>
    <message>
        <source>What is wrong with the JSON</source>
        <translation>Ce qui ne va pas dans le JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
</context>
<context>
    <name>Banter::EchoStatisticsPanel</name>
    <message>
        <source>Pair echoes</source>
        <translation>Apparier les échos</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>Perdu après</translation>
    </message>
    <message>
        <source>A message whose echo has not come back by then is counted lost</source>
        <translation>Un message dont l’écho n’est pas revenu d’ici là est compté comme perdu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Start counting again</source>
        <translation>Recommencer le comptage</translation>
    </message>
    <message>
        <source>Pair echoes:</source>
        <translation>Apparier les échos&#xa0;:</translation>
    </message>
    <message>
        <source>Lost after:</source>
        <translation>Perdu après&#xa0;:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyés&#xa0;:</translation>
    </message>
    <message>
        <source>Echoed:</source>
        <translation>Revenus en écho&#xa0;:</translation>
    </message>
    <message>
        <source>Awaiting an echo:</source>
        <translation>Écho attendu&#xa0;:</translation>
    </message>
    <message>
        <source>Lost (no echo in time):</source>
        <translation>Perdus (pas d’écho à temps)&#xa0;:</translation>
    </message>
    <message>
        <source>Late (echo after the timeout):</source>
        <translation>En retard (écho après le délai)&#xa0;:</translation>
    </message>
    <message>
        <source>Out of order:</source>
        <translation>Dans le désordre&#xa0;:</translation>
    </message>
    <message>
        <source>Echoed as the other type:</source>
        <translation>Revenus sous l’autre type&#xa0;:</translation>
    </message>
    <message>
        <source>Round trip, median:</source>
        <translation>Aller-retour, médiane&#xa0;:</translation>
    </message>
    <message>
        <source>Round trip, 95th percentile:</source>
        <translation>Aller-retour, 95e centile&#xa0;:</translation>
    </message>
    <message>
        <source>Round trip, 99th percentile:</source>
        <translation>Aller-retour, 99e centile&#xa0;:</translation>
    </message>
    <message>
        <source>Round trip, longest:</source>
        <translation>Aller-retour, le plus long&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (once the server echoes)</source>
        <translation>Automatique (dès que le serveur renvoie l’écho)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Pas de connexion.</translation>
    </message>
    <message>
        <source>Echoes are not paired.</source>
        <translation>Les échos ne sont pas appariés.</translation>
    </message>
    <message>
        <source>Every message sent awaits its echo.</source>
        <translation>Chaque message envoyé attend son écho.</translation>
    </message>
    <message>
        <source>The server echoes: every message sent awaits its echo.</source>
        <translation>Le serveur renvoie l’écho&#xa0;: chaque message envoyé attend son écho.</translation>
    </message>
    <message>
        <source>Waiting for the server to echo a message.</source>
        <translation>En attente d’un premier écho du serveur.</translation>
    </message>
</context>
<context>
    <name>Banter::FilterBar</name>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Find (Escape closes)</source>
        <translation>Rechercher (Échap pour fermer)</translation>
    </message>
    <message>
        <source>Show %1 rows</source>
        <translation>Afficher les lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Close find and show every row (Escape)</source>
        <translation>Fermer la recherche et afficher toutes les lignes (Échap)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Rechercher par</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>Champ JSON</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the log for matches</source>
        <translation>Arrêter de parcourir le journal à la recherche de correspondances</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>$.type == &quot;trade&quot; and $.price &gt; 100 (Escape closes)</source>
        <translation>$.type == &quot;trade&quot; and $.price &gt; 100 (Échap pour fermer)</translation>
    </message>
    <message>
        <source>A condition on the fields of JSON messages: $.path == value (also != &lt; &lt;= &gt; &gt;=), $.path ~ /regular expression/i, exists($.path), combined with and, or, not and parentheses. $.items[0].id is the id of the first item, $.items[*].id any item&apos;s.</source>
        <translation>Une condition sur les champs des messages JSON&#xa0;: $.path == valeur (aussi != &lt; &lt;= &gt; &gt;=), $.path ~ /expression régulière/i, exists($.path), à combiner avec and, or, not et des parenthèses. $.items[0].id est l’id du premier élément, $.items[*].id celui de n’importe quel élément.</translation>
    </message>
    <message>
        <source>%1, reading the log: %2 %</source>
        <translation>%1, lecture du journal&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1, stopped at %2 % of the log</source>
        <translation>%1, arrêté à %2&#xa0;% du journal</translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Banter::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>Banter::MainWindow</name>
    <message>
        <source>Banter</source>
        <translation>Banter</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Temps aller-retour du dernier ping</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>Envoyer un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Copier les lignes sélectionnées sous forme de texte</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>Copier le &amp;message</translation>
    </message>
    <message>
        <source>Copy the whole message of the current row, as it is</source>
        <translation>Copier tel quel le message entier de la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>Afficher l’&amp;horodatage</translation>
    </message>
    <message>
        <source>Message &amp;Details</source>
        <translation>&amp;Détails du message</translation>
    </message>
    <message>
        <source>The selected message in full, below the log (Enter on a row)</source>
        <translation>Le message sélectionné en entier, sous le journal (Entrée sur une ligne)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>Aller à l’&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>Retirer les messages sélectionnés encore en attente</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>Certificats de &amp;confiance…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Start Echo Server…</source>
        <translation>&amp;Démarrer le serveur d’écho…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>À propos des &amp;plugins…</translation>
    </message>
    <message>
        <source>&amp;About Banter</source>
        <translation>À propos de &amp;Banter</translation>
    </message>
    <message>
        <source>About Banter</source>
        <translation>À propos de Banter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop WebSocket client whose transports are plugins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un client WebSocket pour le bureau dont les transports sont des plugins.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port %1 is already served: using that server</source>
        <translation>Le port %1 a déjà un serveur&#xa0;: utilisation de ce serveur</translation>
    </message>
    <message>
        <source>the embedded echo server did not start: %1</source>
        <translation>le serveur d’écho intégré n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the echo server did not start on port %1: %2</source>
        <translation>le serveur d’écho n’a pas démarré sur le port %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Serveur d’écho sur %1 (%n client)</numerusform>
            <numerusform>Serveur d’écho sur %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Echo Server</source>
        <translation>Démarrer le serveur d’écho</translation>
    </message>
    <message>
        <source>Serve the echo service on localhost, port (0 picks a free one):</source>
        <translation>Servir le service d’écho sur localhost, port (0 en choisit un libre)&#xa0;:</translation>
    </message>
    <message>
        <source>cannot send %1: it is larger than %2, the most Banter sends as one message</source>
        <translation>impossible d’envoyer %1&#xa0;: il dépasse %2, le maximum que Banter envoie en un seul message</translation>
    </message>
    <message>
        <source>cannot send %1: %2</source>
        <translation>impossible d’envoyer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>NDJSON log, opens again (*.ndjson *.jsonl)</source>
        <translation>Journal NDJSON, réouvrable (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Texte (*.txt *.log)</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <source>NDJSON log (*.ndjson *.jsonl)</source>
        <translation>Journal NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans %1</numerusform>
            <numerusform>%Ln lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>%Ln ligne chargée depuis %1</numerusform>
            <numerusform>%Ln lignes chargées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Write every new row into a file as well, as it comes (NDJSON, a new file every %1)</source>
        <translation>Écrire aussi chaque nouvelle ligne dans un fichier, au fur et à mesure (NDJSON, un nouveau fichier tous les %1)</translation>
    </message>
    <message>
        <source>recording the log to %1</source>
        <translation>enregistrement du journal dans %1</translation>
    </message>
    <message>
        <source>recording to %1 stopped</source>
        <translation>enregistrement dans %1 arrêté</translation>
    </message>
    <message>
        <source>Record to File</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Start C&amp;hat Server…</source>
        <translation>Démarrer le serveur de &amp;chat…</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>&amp;Connect to Server</source>
        <translation>Se &amp;connecter au serveur</translation>
    </message>
    <message>
        <source>the chat server did not start on port %1: %2</source>
        <translation>le serveur de chat n’a pas démarré sur le port %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Serveur de chat sur %1 (%n client)</numerusform>
            <numerusform>Serveur de chat sur %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Chat Server</source>
        <translation>Démarrer le serveur de chat</translation>
    </message>
    <message>
        <source>Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a free one):</source>
        <translation>Servir des salons de discussion sur localhost (ws://localhost:PORT/SALON), port (0 en choisit un libre)&#xa0;:</translation>
    </message>
    <message>
        <source>Banter follows the system&apos;s language now.</source>
        <translation>Banter suit désormais la langue du système.</translation>
    </message>
    <message>
        <source>Banter speaks %1 now.</source>
        <translation>Banter parle désormais %1.</translation>
    </message>
    <message>
        <source>&amp;Variables…</source>
        <translation>&amp;Variables…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>%n message de %1 n’est pas encore envoyé. Fermer l’onglet et l’abandonner&#xa0;?</numerusform>
            <numerusform>%n messages de %1 ne sont pas encore envoyés. Fermer l’onglet et les abandonner&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Echo Statistics</source>
        <translation>Statistiques d’écho</translation>
    </message>
    <message>
        <source>&amp;Echo Statistics</source>
        <translation>Statistiques d’é&amp;cho</translation>
    </message>
    <message>
        <source>Each message paired with its echo: round trips, lost, out of order</source>
        <translation>Chaque message apparié à son écho&#xa0;: allers-retours, perdus, dans le désordre</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Tra&amp;ffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <source>Messages and bytes a second and round trips, over the last minutes</source>
        <translation>Messages et octets par seconde et allers-retours, sur les dernières minutes</translation>
    </message>
    <message>
        <source>JSON S&amp;ummary Field…</source>
        <translation>Champ de rés&amp;umé JSON…</translation>
    </message>
    <message>
        <source>Show a field of each JSON message first in its row, such as $.type</source>
        <translation>Afficher un champ de chaque message JSON en tête de sa ligne, comme $.type</translation>
    </message>
    <message>
        <source>Not a JSON path: %1.</source>
        <translation>Pas un chemin JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>JSON Summary Field</source>
        <translation>Champ de résumé JSON</translation>
    </message>
    <message>
        <source>The field of each JSON message to show first in its row, such as $.type or $.user.name (empty: none):</source>
        <translation>Le champ de chaque message JSON à afficher en tête de sa ligne, comme $.type ou $.user.name (vide&#xa0;: aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Conditions réseau</translation>
    </message>
    <message>
        <source>This connection goes through simulated network conditions; the log says which when it opens.</source>
        <translation>Cette connexion passe par des conditions réseau simulées&#xa0;; le journal dit lesquelles à son ouverture.</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatBar</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Repeating “%1” every %2 ms: %3</source>
        <translation>Répétition de «&#xa0;%1&#xa0;» toutes les %2 ms&#xa0;: %3</translation>
    </message>
    <message>
        <source>Stop repeating “%1”</source>
        <translation>Arrêter de répéter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatDialog</name>
    <message>
        <source>Repeat “%1”</source>
        <translation>Répéter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>The first goes out at once. While the connection is down, sending pauses, and nothing is lost.</source>
        <translation>Le premier part tout de suite. Tant que la connexion est coupée, l’envoi est en pause, et rien n’est perdu.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Nombre de fois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Banter::RoomController</name>
    <message>
        <source>Set &amp;Name…</source>
        <translation>Choisir le &amp;nom…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Your name in chat rooms</source>
        <translation>Votre nom dans les salons</translation>
    </message>
    <message>
        <source>Set Name</source>
        <translation>Choisir le nom</translation>
    </message>
    <message>
        <source>Your name in chat rooms, 1 to 32 characters (empty: the server picks one):</source>
        <translation>Votre nom dans les salons, de 1 à 32 caractères (vide&#xa0;: le serveur en choisit un)&#xa0;:</translation>
    </message>
    <message>
        <source>Room %1 as %2</source>
        <translation>Salon %1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room — Banter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Members of the room</source>
        <translation>Membres du salon</translation>
    </message>
</context>
<context>
    <name>Banter::SecretStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>the keyring refused it</source>
        <translation>le trousseau l’a refusé</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>&amp;Snippets</source>
        <translation>E&amp;xtraits</translation>
    </message>
    <message>
        <source>Messages kept for sending again (Ctrl+1 to Ctrl+9)</source>
        <translation>Messages gardés pour être renvoyés (Ctrl+1 à Ctrl+9)</translation>
    </message>
    <message>
        <source>Send Snippet %1</source>
        <translation>Envoyer l’extrait %1</translation>
    </message>
    <message>
        <source>snippet “%1” not sent: %2</source>
        <translation>extrait «&#xa0;%1&#xa0;» non envoyé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>répétition de «&#xa0;%1&#xa0;» toutes les %2 ms, %n fois</numerusform>
            <numerusform>répétition de «&#xa0;%1&#xa0;» toutes les %2 ms, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>repeating “%1” every %2 ms until stopped</source>
        <translation>répétition de «&#xa0;%1&#xa0;» toutes les %2 ms jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>repeating “%1”: %2</source>
        <translation>répétition de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No snippet on %1: View → Snippets keeps messages for sending again.</source>
        <translation>Aucun extrait sur %1&#xa0;: Affichage → Extraits garde des messages à renvoyer.</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetDialog</name>
    <message>
        <source>New Snippet</source>
        <translation>Nouvel extrait</translation>
    </message>
    <message>
        <source>Edit Snippet</source>
        <translation>Modifier l’extrait</translation>
    </message>
    <message>
        <source>Text, with {{variables}}</source>
        <translation>Texte, avec {{variables}}</translation>
    </message>
    <message>
        <source>Binary, bytes in hex</source>
        <translation>Binaire, octets en hexadécimal</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>&amp;Envoie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetsPanel</name>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the selected snippet</source>
        <translation>Envoyer l’extrait sélectionné</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Répéter…</translation>
    </message>
    <message>
        <source>Send the selected snippet every so often</source>
        <translation>Envoyer l’extrait sélectionné à intervalles réguliers</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>Supprimer l’extrait</translation>
    </message>
    <message>
        <source>Delete the snippet “%1”?</source>
        <translation>Supprimer l’extrait «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>every connection</source>
        <translation>toutes les connexions</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>Envoyer l’extrait</translation>
    </message>
    <message>
        <source>Repeat snippet</source>
        <translation>Répéter l’extrait</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>Nouvel extrait</translation>
    </message>
    <message>
        <source>Edit snippet</source>
        <translation>Modifier l’extrait</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Supprimer l’extrait</translation>
    </message>
</context>
<context>
    <name>Banter::Sparkline</name>
    <message>
        <source>Messages a second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>Messages a second: %1 in, %2 out (View → Traffic)</source>
        <translation>Messages par seconde&#xa0;: %1 reçus, %2 envoyés (Affichage → Trafic)</translation>
    </message>
</context>
<context>
    <name>Banter::TrafficPanel</name>
    <message>
        <source>Save Chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Enregistrer les graphiques en image PNG</translation>
    </message>
    <message>
        <source>Save Data…</source>
        <translation>Enregistrer les données…</translation>
    </message>
    <message>
        <source>Save the last ten minutes, second by second, as CSV</source>
        <translation>Enregistrer les dix dernières minutes, seconde par seconde, en CSV</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>Bytes a second</source>
        <translation>Octets par seconde</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Aller-retour (ms)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>il y a (secondes)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>reçus</translation>
    </message>
    <message>
        <source>out</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>écho</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>Le graphique n’a pas été enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The data was not saved to %1: %2</source>
        <translation>Les données n’ont pas été enregistrées dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Banter::TrustedCertificatesDialog</name>
    <message>
        <source>No certificates are trusted. Banter accepts only the certificates your system trusts.</source>
        <translation>Aucun certificat n’est approuvé. Banter n’accepte que les certificats approuvés par votre système.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Certificates your system does not trust, which you trusted for one host each:</source>
        <translation>Certificats non approuvés par votre système, auxquels vous avez fait confiance, chacun pour un seul hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
</context>
<context>
    <name>Banter::VariablesDialog</name>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>One &quot;name = value&quot; a line. A message typed with {{name}} sends the value; Banter has {{uuid}}, {{now}}, {{timestamp}}, {{counter}} and {{random 1 100}} of its own. Kept in banter.conf: no secrets here.</source>
        <translation>Une ligne «&#xa0;nom = valeur&#xa0;» par variable. Un message tapé avec {{nom}} envoie la valeur&#xa0;; Banter a ses propres {{uuid}}, {{now}}, {{timestamp}}, {{counter}} et {{random 1 100}}. Conservé dans banter.conf&#xa0;: pas de secrets ici.</translation>
    </message>
    <message>
        <source>Variables, one name = value a line</source>
        <translation>Variables, une ligne nom = valeur chacune</translation>
    </message>
    <message>
        <source>user = sam
room = lobby</source>
        <translation>user = sam
room = lobby</translation>
    </message>
    <message>
        <source>Line %1 is not written as name = value.</source>
        <translation>La ligne %1 n’est pas de la forme nom = valeur.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is no name: begin with a letter or _, then letters, digits, _ - and &apos;.&apos;.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom&#xa0;: commencez par une lettre ou _, puis des lettres, chiffres, _ - et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is one of Banter&apos;s own.</source>
        <translation>Ligne %1&#xa0;: {{%2}} est une variable propre à Banter.</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>Ligne %1&#xa0;: %2 est donné deux fois.</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
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
</context>
</TS>
