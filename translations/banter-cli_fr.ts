<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banter::CliRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1 not sent: %2</source>
        <translation>ligne %1 non envoyée : %2</translation>
    </message>
</context>
<context>
    <name>BanterCli</name>
    <message>
        <source>Banter&apos;s client for terminals and scripts: sends each line of standard input as one text message and writes each message received as one line of standard output.

Exit codes:
  0  done
  1  usage error, bad URL or no plugin for its scheme
  2  could not connect
  3  the connection was lost (without --reconnect)
  4  the server closed with a code other than 1000 or 1001</source>
        <translation>Le client de Banter pour les terminaux et les scripts : envoie chaque ligne de l&apos;entrée standard comme un message texte et écrit chaque message reçu comme une ligne de la sortie standard.

Codes de sortie :
  0  terminé
  1  erreur d&apos;utilisation, URL invalide ou aucun plugin pour son schéma
  2  connexion impossible
  3  la connexion a été perdue (sans --reconnect)
  4  le serveur a fermé avec un code autre que 1000 ou 1001</translation>
    </message>
    <message>
        <source>Where to connect, such as ws://localhost:3000.</source>
        <translation>Où se connecter, par exemple ws://localhost:3000.</translation>
    </message>
    <message>
        <source>Send this message instead of reading input; repeatable.</source>
        <translation>Envoyer ce message au lieu de lire l&apos;entrée ; répétable.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Exit after this many messages received (the greeting counts).</source>
        <translation>Quitter après ce nombre de messages reçus (le message d&apos;accueil compte).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Exit after this long.</source>
        <translation>Quitter après cette durée.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>At the end of input, keep receiving until nothing has arrived for this long.</source>
        <translation>À la fin de l&apos;entrée, continuer à recevoir jusqu&apos;à ce que rien ne soit arrivé pendant cette durée.</translation>
    </message>
    <message>
        <source>Write no status lines to standard error.</source>
        <translation>N&apos;écrire aucune ligne d&apos;état sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>How to write a binary message received: hex (one line), raw (the bytes as they are) or base64.</source>
        <translation>Comment écrire un message binaire reçu : hex (une ligne), raw (les octets tels quels) ou base64.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write every event as one JSON object a line, the format of the window&apos;s Save Log.</source>
        <translation>Écrire chaque événement comme un objet JSON par ligne, au format de « Enregistrer le journal » de la fenêtre.</translation>
    </message>
    <message>
        <source>Send this file as one binary message instead of reading input.</source>
        <translation>Envoyer ce fichier comme un seul message binaire au lieu de lire l&apos;entrée.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read input lines as hex bytes (&quot;00 01 ff&quot;) and send each as one binary message.</source>
        <translation>Lire les lignes d&apos;entrée comme des octets hexadécimaux (« 00 01 ff ») et envoyer chacune comme un message binaire.</translation>
    </message>
    <message>
        <source>Send this request header (&quot;Name: value&quot;); repeatable.</source>
        <translation>Envoyer cet en-tête de requête (« Nom: valeur ») ; répétable.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Offer this subprotocol; repeatable.</source>
        <translation>Proposer ce sous-protocole ; répétable.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Send this Origin.</source>
        <translation>Envoyer cette origine (Origin).</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if its SHA-256 fingerprint is this one, although the system does not.</source>
        <translation>Faire confiance au certificat du serveur si son empreinte SHA-256 est celle-ci, même si le système ne lui fait pas confiance.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ping the server this often; 0 turns it off.</source>
        <translation>Envoyer un ping au serveur à cet intervalle ; 0 le désactive.</translation>
    </message>
    <message>
        <source>Give up on a connection that is not open after this long.</source>
        <translation>Abandonner une connexion qui n&apos;est pas ouverte après cette durée.</translation>
    </message>
    <message>
        <source>Connect again after a loss, with backoff; nothing read from input is lost.</source>
        <translation>Se reconnecter après une perte, avec un délai croissant ; rien de ce qui a été lu en entrée n&apos;est perdu.</translation>
    </message>
    <message>
        <source>no URL given, such as ws://localhost:3000</source>
        <translation>aucune URL donnée, par exemple ws://localhost:3000</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>invalid count &quot;%1&quot;: give a number from 1 on</source>
        <translation>nombre invalide « %1 » : donnez un nombre à partir de 1</translation>
    </message>
    <message>
        <source>invalid --binary &quot;%1&quot;: give hex, raw or base64</source>
        <translation>--binary invalide « %1 » : donnez hex, raw ou base64</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: give seconds, such as 5 or 0.5</source>
        <translation>--%1 invalide « %2 » : donnez des secondes, par exemple 5 ou 0.5</translation>
    </message>
    <message>
        <source>invalid header &quot;%1&quot;: give &quot;Name: value&quot;</source>
        <translation>en-tête invalide « %1 » : donnez « Nom: valeur »</translation>
    </message>
    <message>
        <source>invalid fingerprint &quot;%1&quot;: give the certificate&apos;s SHA-256 digest in hex, 32 bytes</source>
        <translation>empreinte invalide « %1 » : donnez l&apos;empreinte SHA-256 du certificat en hexadécimal, 32 octets</translation>
    </message>
    <message>
        <source>Give the socket a receive buffer of this many KiB instead of letting the system size it; over a long link, throughput is at most this much per round trip.</source>
        <translation>Donner au socket un tampon de réception de tant de Kio au lieu de laisser le système le dimensionner&#xa0;; sur une liaison lointaine, le débit est au plus cela par aller-retour.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>invalid --receive-buffer &quot;%1&quot;: give KiB, 0 (automatic) or %2 to %3</source>
        <translation>--receive-buffer «&#xa0;%1&#xa0;» invalide&#xa0;: donnez des Kio, 0 (automatique) ou de %2 à %3</translation>
    </message>
    <message>
        <source>Show a server that asks for one this client certificate: a PEM file with --client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 file is read from the environment variable %1.</source>
        <translation>Présenter ce certificat client à un serveur qui en demande un&#xa0;: un fichier PEM avec --client-key, ou un fichier PKCS#12 seul. La phrase secrète d’une clé chiffrée ou d’un fichier PKCS#12 est lue dans la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>The PEM private key of --client-cert.</source>
        <translation>La clé privée PEM de --client-cert.</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect through this proxy: direct (none), http://[user@]host:port or socks5://[user@]host:port; its password is read from the environment variable %1. Without it, the system&apos;s proxy settings apply (http_proxy, all_proxy, no_proxy).</source>
        <translation>Se connecter par ce proxy&#xa0;: direct (aucun), http://[utilisateur@]hôte:port ou socks5://[utilisateur@]hôte:port&#xa0;; son mot de passe est lu dans la variable d’environnement %1. Sans cette option, les réglages de proxy du système s’appliquent (http_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Network conditions: delay every message this long in each direction, such as 100ms (an echo&apos;s round trip grows by twice).</source>
        <translation>Conditions réseau&#xa0;: retarder chaque message d’autant dans chaque sens, par exemple 100ms (l’aller-retour d’un écho croît du double).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Network conditions: vary each delay by up to this much, such as 20ms; order is kept.</source>
        <translation>Conditions réseau&#xa0;: faire varier chaque délai d’au plus autant, par exemple 20ms&#xa0;; l’ordre est gardé.</translation>
    </message>
    <message>
        <source>Network conditions: at most this many bytes per second in each direction, such as 64KiB.</source>
        <translation>Conditions réseau&#xa0;: au plus autant d’octets par seconde dans chaque sens, par exemple 64KiB.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>Network conditions: drop this share of messages, such as 1%.</source>
        <translation>Conditions réseau&#xa0;: abandonner cette part des messages, par exemple 1%.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>Network conditions: cut the connection after a time (30s) or a number of messages (100msgs).</source>
        <translation>Conditions réseau&#xa0;: couper la connexion après un temps (30s) ou un nombre de messages (100msgs).</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>Network conditions: after a time (10s) or a number of messages (100msgs), let nothing through either way, the connection open.</source>
        <translation>Conditions réseau&#xa0;: après un temps (10s) ou un nombre de messages (100msgs), ne plus rien laisser passer dans aucun sens, la connexion restant ouverte.</translation>
    </message>
    <message>
        <source>Network conditions: the seed of their random choices, such as 42, so that a run can be repeated.</source>
        <translation>Conditions réseau&#xa0;: la graine de leurs choix aléatoires, par exemple 42, pour pouvoir répéter une exécution.</translation>
    </message>
</context>
</TS>
