<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation>Serveur d’écho sans interface graphique de Banter&#xa0;: accueille chaque client avec «&#xa0;Welcome to Awesome Chat&#xa0;» et renvoie chaque message à son expéditeur.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d’écoute&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation>Adresse d’écoute&#xa0;: localhost (127.0.0.1 et&#xa0;::1), une adresse IP, ou 0.0.0.0 pour toutes les interfaces.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Serve wss:// with this certificate (PEM; the chain may follow it).</source>
        <translation>Servir wss:// avec ce certificat (PEM&#xa0;; la chaîne de certificats peut le suivre).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The private key of the certificate (PEM, no passphrase).</source>
        <translation>La clé privée du certificat (PEM, sans phrase secrète).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Clients served at the same time; more are closed with 1013, try again later (default: %1).</source>
        <translation>Nombre de clients servis en même temps&#xa0;; au-delà, les connexions sont fermées avec le code 1013, réessayer plus tard (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Ping a client that has been silent for half this time; drop one that shows no sign of life for this long; 0 turns it off (default: %1).</source>
        <translation>Envoyer un ping à un client resté silencieux pendant la moitié de ce délai&#xa0;; déconnecter celui qui ne donne aucun signe de vie pendant tout ce délai&#xa0;; 0 désactive ce contrôle (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Time a client has to complete its opening handshake, TLS included (default: %1).</source>
        <translation>Délai dont dispose un client pour terminer sa négociation d’ouverture, TLS compris (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Accept only clients that send this Origin, such as https://example.org; give it once per origin. Without it, every origin is accepted.</source>
        <translation>N’accepter que les clients qui envoient cet en-tête Origin, par exemple https://example.org&#xa0;; à indiquer une fois par origine. Sans cette option, toutes les origines sont acceptées.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>Print the clients, messages and bytes counters this often (also on SIGUSR1).</source>
        <translation>Afficher les compteurs de clients, de messages et d’octets à cet intervalle (également à la réception de SIGUSR1).</translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation>Service à exécuter pour chaque client.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation>Journaliser chaque message («&#xa0;Message: &lt;texte&gt;&#xa0;»).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation>port «&#xa0;%1&#xa0;» non valide&#xa0;: indiquez un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>wss:// needs both --tls-cert and --tls-key</source>
        <translation>wss:// nécessite à la fois --tls-cert et --tls-key</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>adresse «&#xa0;%1&#xa0;» non valide</translation>
    </message>
    <message>
        <source>invalid message size &quot;%1&quot;: give a number of bytes from 1 to 2 GiB, such as 16MiB</source>
        <translation>taille de message «&#xa0;%1&#xa0;» non valide&#xa0;: indiquez un nombre d’octets de 1 à 2 GiB, par exemple 16MiB</translation>
    </message>
    <message>
        <source>invalid output cap &quot;%1&quot;: give a number of bytes, such as 8MiB</source>
        <translation>limite de sortie «&#xa0;%1&#xa0;» non valide&#xa0;: indiquez un nombre d’octets, par exemple 8MiB</translation>
    </message>
    <message>
        <source>invalid number of clients &quot;%1&quot;: give a number from 1 up</source>
        <translation>nombre de clients «&#xa0;%1&#xa0;» non valide&#xa0;: indiquez un nombre supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>invalid time: give a number of seconds, such as 60 or 0.5 (the handshake timeout cannot be 0)</source>
        <translation>durée non valide&#xa0;: indiquez un nombre de secondes, par exemple 60 ou 0.5 (le délai de négociation ne peut pas être 0)</translation>
    </message>
    <message>
        <source>Largest message a client may send; a larger one closes its connection with 1009 (default: %1).</source>
        <translation>Taille maximale d’un message envoyé par un client&#xa0;; un message plus grand ferme sa connexion avec le code 1009 (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unsent output a client may let pile up by not reading; beyond it, it is dropped with 1008 (default: %1).</source>
        <translation>Données non envoyées qu’un client peut laisser s’accumuler en ne lisant pas&#xa0;; au-delà, il est déconnecté avec le code 1008 (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Park a ws:// client that has been idle this long: it keeps its connection but gives up most of the memory it costs until it is heard from again; a new client is parked as soon as it has been greeted; 0 turns it off (default: %1).</source>
        <translation>Mettre en attente un client ws:// inactif depuis ce délai&#xa0;: il garde sa connexion mais rend l’essentiel de la mémoire qu’il coûte jusqu’à ce qu’il se manifeste de nouveau&#xa0;; un nouveau client est mis en attente dès qu’il a été accueilli&#xa0;; 0 désactive ce mécanisme (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a room keeps for those who join or come back (default: %1).</source>
        <translation>Chat : messages qu’un salon garde pour ceux qui arrivent ou reviennent (par défaut : %1).</translation>
    </message>
    <message>
        <source>Chat: rooms at the same time; a client that would open one more is closed with 1013 (default: %1).</source>
        <translation>Chat : salons en même temps ; un client qui en ouvrirait un de plus est fermé avec 1013 (par défaut : %1).</translation>
    </message>
    <message>
        <source>Chat: members in one room; one more is closed with 1013 (default: %1).</source>
        <translation>Chat : membres dans un salon ; un de plus est fermé avec 1013 (par défaut : %1).</translation>
    </message>
    <message>
        <source>Chat: messages a client may send a second, with bursts of twice as many; over it a banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns it off (default: %1/s).</source>
        <translation>Chat : messages qu’un client peut envoyer par seconde, par rafales du double ; au-delà, un client banter.chat.v1 reçoit une erreur, un client simple est fermé avec 1008 ; 0 le désactive (par défaut : %1/s).</translation>
    </message>
    <message>
        <source>N/s</source>
        <translation>N/s</translation>
    </message>
    <message>
        <source>invalid history &quot;%1&quot;: give a number of messages from 0 up</source>
        <translation>historique « %1 » invalide : indiquez un nombre de messages à partir de 0</translation>
    </message>
    <message>
        <source>invalid number of rooms or members: give a number from 1 up</source>
        <translation>nombre de salons ou de membres invalide : indiquez un nombre à partir de 1</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;: give a number of messages a second, such as 100/s, or 0 for no limit</source>
        <translation>débit « %1 » invalide : indiquez un nombre de messages par seconde, comme 100/s, ou 0 pour aucune limite</translation>
    </message>
    <message>
        <source>Chat: share the rooms with every server given the same Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) or unix:///path/redis.sock.</source>
        <translation>Chat&#xa0;: partager les salons avec tous les serveurs qui ont le même Redis&#xa0;: redis://[user:password@]host:port[/db], rediss://... (TLS) ou unix:///path/redis.sock.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Chat: wait for Redis when it cannot be reached at start, instead of exiting.</source>
        <translation>Chat&#xa0;: attendre Redis s’il est injoignable au démarrage, au lieu de quitter.</translation>
    </message>
    <message>
        <source>--redis is for chat rooms: give it with --service chat</source>
        <translation>--redis sert aux salons de discussion&#xa0;: donnez-le avec --service chat</translation>
    </message>
    <message>
        <source>Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, wss://... (with --tls-cert), or through network conditions for every client, such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README).</source>
        <translation>Écouter sur cette URL au lieu de --host et --port&#xa0;: ws://127.0.0.1:3000, wss://... (avec --tls-cert), ou à travers des conditions réseau pour chaque client, par exemple chaos+ws://127.0.0.1:3000/?latency=50ms (voir le README).</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot; for --listen: give a scheme, a host and a port, such as ws://127.0.0.1:3000</source>
        <translation>URL «&#xa0;%1&#xa0;» non valide pour --listen&#xa0;: donnez un schéma, un hôte et un port, par exemple ws://127.0.0.1:3000</translation>
    </message>
</context>
</TS>
