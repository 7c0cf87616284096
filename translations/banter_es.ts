<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banter::AboutPluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>Acerca de los plugins</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Proporciona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>The URL schemes this transport opens</source>
        <translation>Los esquemas de URL que abre este transporte</translation>
    </message>
    <message>
        <source>The services this plugin runs</source>
        <translation>Los servicios que ejecuta este plugin</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Carpetas examinadas: %1</translation>
    </message>
    <message>
        <source>Plugin folders searched</source>
        <translation>Carpetas de plugins examinadas</translation>
    </message>
    <message>
        <source>Problems with the plugin folders</source>
        <translation>Problemas con las carpetas de plugins</translation>
    </message>
</context>
<context>
    <name>Banter::CertificateDialog</name>
    <message>
        <source>Certificate Refused</source>
        <translation>Certificado rechazado</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused, and no connection was made:</source>
        <translation>Se rechazó el certificado de %1 y no se estableció ninguna conexión:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>none: the server presented no certificate</source>
        <translation>ninguna: el servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you know that this is the certificate of %1, for instance because its fingerprint is the one its administrator gave you. Banter will then accept this certificate, and no other, for %1, until you revoke it in Connection &gt; Trusted Certificates.</source>
        <translation>Confíe en él solo si sabe que es el certificado de %1, por ejemplo porque su huella es la que le dio su administrador. Banter aceptará entonces este certificado, y ningún otro, para %1, hasta que lo revoque en Conexión → Certificados de confianza.</translation>
    </message>
    <message>
        <source>This certificate cannot be trusted: it is revoked or blacklisted, or the problems concern more than one certificate of its chain.</source>
        <translation>No se puede confiar en este certificado: está revocado o en una lista de bloqueo, o los problemas afectan a más de un certificado de su cadena.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
</context>
<context>
    <name>Banter::ChatDelegate</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Banter::ChatFilterModel</name>
    <message>
        <source>Not a regular expression: %1 at character %2.</source>
        <translation>Expresión regular no válida: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>Not a field condition: %1.</source>
        <translation>Condición de campo no válida: %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ChatPane</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Desplazarse a los mensajes nuevos</translation>
    </message>
    <message>
        <source>↓ 1 new message</source>
        <translation>↓ 1 mensaje nuevo</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n mensaje nuevo</numerusform>
            <numerusform>↓ %n mensajes nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::CommandLine</name>
    <message>
        <source>Banter, a desktop WebSocket client.

Without a URL, Banter starts its own echo server on port 3000 (or uses the one already running there) and connects to %1.</source>
        <translation>Banter, un cliente WebSocket de escritorio.

Sin una URL, Banter inicia su propio servidor de eco en el puerto 3000 (o usa el que ya se esté ejecutando allí) y se conecta a %1.</translation>
    </message>
    <message>
        <source>The colours: system (the desktop&apos;s), light or dark (both on the Fusion style).</source>
        <translation>Los colores: system (los del escritorio), light o dark (ambos con el estilo Fusion).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>The server to connect to, such as ws://example.org:8080/chat.</source>
        <translation>El servidor al que conectarse, como ws://example.org:8080/chat.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use %2.</source>
        <translation>Esquema de colores «%1» desconocido: use %2.</translation>
    </message>
    <message>
        <source>Give one URL at the most, not %1.</source>
        <translation>Indique una URL como máximo, no %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ComposeBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>Arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva, Arriba y Abajo recuperan los mensajes enviados</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>Hex input</source>
        <translation>Entrada hexadecimal</translation>
    </message>
    <message>
        <source>Type bytes in hexadecimal, such as 00 01 ff, and send them as one binary message</source>
        <translation>Escriba bytes en hexadecimal, como 00 01 ff, y envíelos como un único mensaje binario</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Enviar un archivo como un único mensaje binario</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>Por qué no se envió el mensaje</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
    <message>
        <source>Bytes in hex, such as 00 01 ff; Enter sends them</source>
        <translation>Bytes en hexadecimal, como 00 01 ff; Intro los envía</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Escriba un mensaje y pulse Intro</translation>
    </message>
    <message>
        <source>The message with its variables filled in</source>
        <translation>El mensaje con sus variables rellenadas</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Envía: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>No se puede enviar: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message>
        <source>Connection Options</source>
        <translation>Opciones de conexión</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: banter</source>
        <translation>Authorization: Bearer …
X-Client: banter</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotocolos</translation>
    </message>
    <message>
        <source>chat.v2, chat.v1</source>
        <translation>chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear all options</source>
        <translation>Borrar todas las opciones</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>&amp;Encabezados de la solicitud:</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotocolos:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Header line %1 is not written as Name: value.</source>
        <translation>La línea de encabezado %1 no tiene la forma Nombre: valor.</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>No se puede enviar: %1.</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>1 encabezado</translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n encabezado</numerusform>
            <numerusform>%n encabezados</numerusform>
        </translation>
    </message>
    <message>
        <source>subprotocols %1</source>
        <translation>subprotocolos %1</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>origen %1</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>sin opciones</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>una contraseña</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>Búfer de recepción</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The socket&apos;s receive buffer. Automatic lets the system grow it as the link needs; a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s).</source>
        <translation>El búfer de recepción del socket. Automático deja que el sistema lo agrande según lo necesite el enlace; un tamaño limita el rendimiento a eso por ida y vuelta (256 KiB a 50 ms: unos 5 MB/s).</translation>
    </message>
    <message>
        <source>&amp;Receive buffer:</source>
        <translation>Búfer de &amp;recepción:</translation>
    </message>
    <message>
        <source>receive buffer %1 KiB</source>
        <translation>búfer de recepción %1 KiB</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Archivo del certificado de cliente</translation>
    </message>
    <message>
        <source>client.pem or client.p12</source>
        <translation>client.pem o client.p12</translation>
    </message>
    <message>
        <source>Private key file of the client certificate</source>
        <translation>Archivo de la clave privada del certificado de cliente</translation>
    </message>
    <message>
        <source>client.key (none for PKCS#12)</source>
        <translation>client.key (ninguno para PKCS#12)</translation>
    </message>
    <message>
        <source>Passphrase of the key or PKCS#12 file</source>
        <translation>Frase de paso de la clave o del archivo PKCS#12</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificado de cliente:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx)</source>
        <translation>Certificados (*.pem *.crt *.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clave pri&amp;vada:</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>Claves privadas (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>Fr&amp;ase de paso:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the file of %1</source>
        <translation>Elegir el archivo: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1.</source>
        <translation>No se puede usar el certificado de cliente: %1.</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificado de cliente %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>the system&apos;s; direct, http://host:3128, socks5://user@host:1080</source>
        <translation>el del sistema; direct, http://host:3128, socks5://usuario@host:1080</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, all_proxy, no_proxy). direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a user before the host if it asks for a login. Connections to this machine itself never go through a proxy.</source>
        <translation>Vacío: los ajustes de proxy del sistema (http_proxy, all_proxy, no_proxy). direct: ninguno. O un proxy HTTP (CONNECT) o un proxy SOCKS5, con un usuario antes del host si pide inicio de sesión. Las conexiones a esta misma máquina nunca pasan por un proxy.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Contrase&amp;ña del proxy:</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM certificate with its key file, or a PKCS#12 file alone</source>
        <translation>Se muestra a un servidor wss:// o a un broker mqtts:// que lo pida (TLS mutuo): un certificado PEM con su archivo de clave, o un archivo PKCS#12 solo</translation>
    </message>
    <message>
        <source>Kept while Banter runs, never in banter.conf (a saved connection keeps it in the desktop&apos;s keyring)</source>
        <translation>Se guarda mientras Banter se ejecuta, nunca en banter.conf (una conexión guardada lo guarda en el llavero del escritorio)</translation>
    </message>
    <message>
        <source>Used from the next Connect on, by it and by every reconnection after it. The user name and password go to URLs that name no user (an MQTT broker&apos;s login). The passwords and the passphrase never go into banter.conf: View → Connections keeps them in the desktop&apos;s keyring.</source>
        <translation>Se usa desde la próxima conexión, por ella y por cada reconexión posterior. El usuario y la contraseña van a las URL que no nombran usuario (el inicio de sesión de un broker MQTT). Las contraseñas y la frase de contraseña nunca van a banter.conf: Ver → Conexiones las guarda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latencia:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>none; such as 100ms</source>
        <translation>ninguna; por ejemplo 100ms</translation>
    </message>
    <message>
        <source>The delay of every message in each direction: an echo&apos;s round trip grows by twice it. 0 ms to 1 min (ms, s, min).</source>
        <translation>El retardo de cada mensaje en cada sentido: la ida y vuelta de un eco crece el doble. 0 ms a 1 min (ms, s, min).</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Fluctuación:</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Fluctuación</translation>
    </message>
    <message>
        <source>none; such as 20ms</source>
        <translation>ninguna; por ejemplo 20ms</translation>
    </message>
    <message>
        <source>Each delay varies by up to this much, at most the latency; order is kept.</source>
        <translation>Cada retardo varía hasta este valor, como máximo la latencia; el orden se mantiene.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Ancho de banda:</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>no cap; such as 64KiB</source>
        <translation>sin límite; por ejemplo 64KiB</translation>
    </message>
    <message>
        <source>Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit.</source>
        <translation>Bytes por segundo en cada sentido: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit o Gbit.</translation>
    </message>
    <message>
        <source>Lo&amp;ss:</source>
        <translation>&amp;Pérdida:</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>Pérdida de mensajes</translation>
    </message>
    <message>
        <source>none; such as 1%</source>
        <translation>ninguna; por ejemplo 1%</translation>
    </message>
    <message>
        <source>The share of messages dropped, 0 to 100 %; the log says so for each.</source>
        <translation>La proporción de mensajes descartados, de 0 a 100 %; el registro lo indica para cada uno.</translation>
    </message>
    <message>
        <source>Disconnect a&amp;fter:</source>
        <translation>&amp;Desconectar tras:</translation>
    </message>
    <message>
        <source>Disconnect after</source>
        <translation>Desconectar tras</translation>
    </message>
    <message>
        <source>never; such as 30s or 100msgs</source>
        <translation>nunca; por ejemplo 30s o 100msgs</translation>
    </message>
    <message>
        <source>Cut the connection after a time or a number of messages.</source>
        <translation>Cortar la conexión tras un tiempo o un número de mensajes.</translation>
    </message>
    <message>
        <source>Black &amp;hole after:</source>
        <translation>Agujero &amp;negro tras:</translation>
    </message>
    <message>
        <source>Black hole after</source>
        <translation>Agujero negro tras</translation>
    </message>
    <message>
        <source>never; such as 10s or 100msgs</source>
        <translation>nunca; por ejemplo 10s o 100msgs</translation>
    </message>
    <message>
        <source>After a time or a number of messages nothing moves either way, and the connection stays open: the heartbeat has to notice.</source>
        <translation>Tras un tiempo o un número de mensajes nada se mueve en ningún sentido y la conexión sigue abierta: el latido tiene que notarlo.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>random; such as 42</source>
        <translation>aleatoria; por ejemplo 42</translation>
    </message>
    <message>
        <source>The same seed gives the same delays and losses.</source>
        <translation>La misma semilla da los mismos retardos y pérdidas.</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Condiciones de red</translation>
    </message>
    <message>
        <source>Simulates a bad network on this connection (chaos+ before the URL&apos;s scheme); empty fields leave it as it is.</source>
        <translation>Simula una red mala en esta conexión (chaos+ delante del esquema de la URL); los campos vacíos la dejan como está.</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionBar</name>
    <message>
        <source>Op&amp;tions…</source>
        <translation>O&amp;pciones…</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>The server to connect to; the list holds the recent ones (Ctrl+L)</source>
        <translation>El servidor al que conectarse; la lista contiene los más recientes (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recent URLs</source>
        <translation>URL recientes</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://host:puerto/ruta</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>Opciones de conexión</translation>
    </message>
    <message>
        <source>What is wrong with the URL</source>
        <translation>Qué falla en la URL</translation>
    </message>
    <message>
        <source>Not a URL: %1.</source>
        <translation>URL no válida: %1.</translation>
    </message>
    <message>
        <source>A URL starts with a scheme and a host, such as %1.</source>
        <translation>Una URL empieza por un esquema y un host, como %1.</translation>
    </message>
    <message>
        <source>No transport plugin is loaded, so no scheme can be opened (see Help → About Plugins).</source>
        <translation>No hay ningún plugin de transporte cargado, así que no se puede abrir ningún esquema (vea Ayuda → Acerca de los plugins).</translation>
    </message>
    <message>
        <source>No plugin handles &quot;%1&quot;: Banter opens %2.</source>
        <translation>Ningún plugin gestiona «%1»: Banter abre %2.</translation>
    </message>
    <message>
        <source>The URL needs a host, such as %1.</source>
        <translation>La URL necesita un host, como %1.</translation>
    </message>
    <message>
        <source>Op&amp;tions (set)…</source>
        <translation>O&amp;pciones (definidas)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Request headers, subprotocols, origin, receive buffer, client certificate, proxy and login: %1</source>
        <translation>Cabeceras de la petición, subprotocolos, origen, búfer de recepción, certificado de cliente, proxy e inicio de sesión: %1</translation>
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
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title (unread count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>Reconectando a %1 en %n s (Ctrl+R: ahora)</numerusform>
            <numerusform>Reconectando a %1 en %n s (Ctrl+R: ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Cerrando…</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <source>Saved connections: a name for a URL and its options</source>
        <translation>Conexiones guardadas: un nombre para una URL y sus opciones</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>Saved “%1”. Not saved, to be given again when it is opened: %2.</source>
        <translation>«%1» guardada. No guardado, a indicar de nuevo al abrirla: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: no file of connections is</source>
        <translation>%1 supera los 16 MiB: ningún archivo de conexiones es tan grande</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n conexión importada de %1.</numerusform>
            <numerusform>%n conexiones importadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>%n conexión exportada a %1.</numerusform>
            <numerusform>%n conexiones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Guardar la conexión</translation>
    </message>
    <message>
        <source>Rename Connection</source>
        <translation>Cambiar el nombre de la conexión</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>Not Renamed</source>
        <translation>Nombre no cambiado</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Borrar la conexión</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>¿Borrar la conexión guardada «%1»?</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>Banter connections (*.json)</source>
        <translation>Conexiones de Banter (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nada importado</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Exportar las conexiones</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 going to the desktop&apos;s keyring…</source>
        <translation>«%1» guardada; %2 va al llavero del escritorio…</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 in the desktop&apos;s keyring.</source>
        <translation>«%1» guardada; %2 en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>No keyring could keep %1 of “%2”: %3.

Keep them for this session only? Banter forgets them when it quits; then they are given again when the connection is opened.</source>
        <translation>Ningún llavero pudo guardar %1 de «%2»: %3.

¿Guardarlos solo para esta sesión? Banter los olvida al salir; después se vuelven a indicar al abrir la conexión.</translation>
    </message>
    <message>
        <source>%1 of “%2” kept until Banter quits.</source>
        <translation>%1 de «%2» se guarda hasta que Banter salga.</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read from the keyring: %2</source>
        <translation>No se pudieron leer del llavero los secretos de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsPanel</name>
    <message>
        <source>Filter by name or URL</source>
        <translation>Filtrar por nombre o URL</translation>
    </message>
    <message>
        <source>Filter the saved connections</source>
        <translation>Filtrar las conexiones guardadas</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Abrir la conexión</translation>
    </message>
    <message>
        <source>Save &amp;Current…</source>
        <translation>Guardar la &amp;actual…</translation>
    </message>
    <message>
        <source>Save the current connection</source>
        <translation>Guardar la conexión actual</translation>
    </message>
    <message>
        <source>Keep the URL and options of the URL bar under a name; passwords, passphrases and credential headers are not kept</source>
        <translation>Guardar la URL y las opciones de la barra de URL con un nombre; las contraseñas, frases de paso y cabeceras de credenciales no se guardan</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Cambiar el nombre de la conexión</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Duplicar la conexión</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Borrar la conexión</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exportar las conexiones</translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <source>Selected message in full</source>
        <translation>Mensaje seleccionado completo</translation>
    </message>
    <message>
        <source>Select a message to see it here in full.</source>
        <translation>Seleccione un mensaje para verlo aquí completo.</translation>
    </message>
    <message>
        <source>%1 at %2, binary, %3</source>
        <translation>%1 el %2, binario, %3</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>%1 at %2, 1 character</source>
        <translation>%1 el %2, 1 carácter</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 el %2, %n carácter</numerusform>
            <numerusform>%1 el %2, %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>, %n línea</numerusform>
            <numerusform>, %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>; las líneas de más de %Ln carácter se muestran en trozos (Editar → Copiar mensaje lo copia tal cual)</numerusform>
            <numerusform>; las líneas de más de %Ln caracteres se muestran en trozos (Editar → Copiar mensaje lo copia tal cual)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selected message as indented JSON</source>
        <translation>Mensaje seleccionado como JSON con sangría</translation>
    </message>
    <message>
        <source>Selected message as a JSON tree</source>
        <translation>Mensaje seleccionado como árbol JSON</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Selected message shown as</source>
        <translation>Mensaje seleccionado mostrado como</translation>
    </message>
    <message>
        <source>What is wrong with the JSON</source>
        <translation>Qué falla en el JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON no válido: %1.</translation>
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
        <translation>Emparejar ecos</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>Perdido tras</translation>
    </message>
    <message>
        <source>A message whose echo has not come back by then is counted lost</source>
        <translation>Un mensaje cuyo eco no ha vuelto para entonces se cuenta como perdido</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start counting again</source>
        <translation>Empezar a contar de nuevo</translation>
    </message>
    <message>
        <source>Pair echoes:</source>
        <translation>Emparejar ecos:</translation>
    </message>
    <message>
        <source>Lost after:</source>
        <translation>Perdido tras:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviados:</translation>
    </message>
    <message>
        <source>Echoed:</source>
        <translation>Devueltos:</translation>
    </message>
    <message>
        <source>Awaiting an echo:</source>
        <translation>Esperando eco:</translation>
    </message>
    <message>
        <source>Lost (no echo in time):</source>
        <translation>Perdidos (sin eco a tiempo):</translation>
    </message>
    <message>
        <source>Late (echo after the timeout):</source>
        <translation>Tardíos (eco tras el plazo):</translation>
    </message>
    <message>
        <source>Out of order:</source>
        <translation>Fuera de orden:</translation>
    </message>
    <message>
        <source>Echoed as the other type:</source>
        <translation>Devueltos como el otro tipo:</translation>
    </message>
    <message>
        <source>Round trip, median:</source>
        <translation>Ida y vuelta, mediana:</translation>
    </message>
    <message>
        <source>Round trip, 95th percentile:</source>
        <translation>Ida y vuelta, percentil 95:</translation>
    </message>
    <message>
        <source>Round trip, 99th percentile:</source>
        <translation>Ida y vuelta, percentil 99:</translation>
    </message>
    <message>
        <source>Round trip, longest:</source>
        <translation>Ida y vuelta, la más larga:</translation>
    </message>
    <message>
        <source>Automatic (once the server echoes)</source>
        <translation>Automático (en cuanto el servidor devuelva eco)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Echoes are not paired.</source>
        <translation>Los ecos no se emparejan.</translation>
    </message>
    <message>
        <source>Every message sent awaits its echo.</source>
        <translation>Cada mensaje enviado espera su eco.</translation>
    </message>
    <message>
        <source>The server echoes: every message sent awaits its echo.</source>
        <translation>El servidor devuelve eco: cada mensaje enviado espera su eco.</translation>
    </message>
    <message>
        <source>Waiting for the server to echo a message.</source>
        <translation>Esperando a que el servidor devuelva un mensaje.</translation>
    </message>
</context>
<context>
    <name>Banter::FilterBar</name>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Find (Escape closes)</source>
        <translation>Buscar (Esc para cerrar)</translation>
    </message>
    <message>
        <source>Show %1 rows</source>
        <translation>Mostrar filas: %1</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Close find and show every row (Escape)</source>
        <translation>Cerrar la búsqueda y mostrar todas las filas (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>Campo JSON</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading the log for matches</source>
        <translation>Dejar de leer el registro en busca de coincidencias</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>Detener la búsqueda</translation>
    </message>
    <message>
        <source>$.type == &quot;trade&quot; and $.price &gt; 100 (Escape closes)</source>
        <translation>$.type == &quot;trade&quot; and $.price &gt; 100 (Esc para cerrar)</translation>
    </message>
    <message>
        <source>A condition on the fields of JSON messages: $.path == value (also != &lt; &lt;= &gt; &gt;=), $.path ~ /regular expression/i, exists($.path), combined with and, or, not and parentheses. $.items[0].id is the id of the first item, $.items[*].id any item&apos;s.</source>
        <translation>Una condición sobre los campos de los mensajes JSON: $.path == valor (también != &lt; &lt;= &gt; &gt;=), $.path ~ /expresión regular/i, exists($.path), combinadas con and, or, not y paréntesis. $.items[0].id es el id del primer elemento; $.items[*].id, el de cualquier elemento.</translation>
    </message>
    <message>
        <source>%1, reading the log: %2 %</source>
        <translation>%1, leyendo el registro: %2 %</translation>
    </message>
    <message>
        <source>%1, stopped at %2 % of the log</source>
        <translation>%1, detenido al %2 % del registro</translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Banter::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Predeterminado del &amp;sistema</translation>
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
        <translation>Tiempo de ida y vuelta del último ping</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>&amp;Abrir registro…</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>&amp;Guardar registro…</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>Enviar a&amp;rchivo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Copiar las filas seleccionadas como texto</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>Copiar &amp;mensaje</translation>
    </message>
    <message>
        <source>Copy the whole message of the current row, as it is</source>
        <translation>Copiar tal cual el mensaje completo de la fila actual</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Limpiar registro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>Mostrar marcas de &amp;tiempo</translation>
    </message>
    <message>
        <source>Message &amp;Details</source>
        <translation>&amp;Detalles del mensaje</translation>
    </message>
    <message>
        <source>The selected message in full, below the log (Enter on a row)</source>
        <translation>El mensaje seleccionado completo, debajo del registro (Intro en una fila)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onexión</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>Ir a la &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>Retirar los mensajes seleccionados que siguen pendientes</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>Certificados de con&amp;fianza…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rvidor</translation>
    </message>
    <message>
        <source>&amp;Start Echo Server…</source>
        <translation>&amp;Iniciar servidor de eco…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>Acerca de los &amp;plugins…</translation>
    </message>
    <message>
        <source>&amp;About Banter</source>
        <translation>&amp;Acerca de Banter</translation>
    </message>
    <message>
        <source>About Banter</source>
        <translation>Acerca de Banter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop WebSocket client whose transports are plugins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un cliente WebSocket de escritorio cuyos transportes son plugins.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port %1 is already served: using that server</source>
        <translation>El puerto %1 ya tiene un servidor: se usa ese servidor</translation>
    </message>
    <message>
        <source>the embedded echo server did not start: %1</source>
        <translation>el servidor de eco integrado no se inició: %1</translation>
    </message>
    <message>
        <source>the echo server did not start on port %1: %2</source>
        <translation>el servidor de eco no se inició en el puerto %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Servidor de eco en %1 (%n cliente)</numerusform>
            <numerusform>Servidor de eco en %1 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Echo Server</source>
        <translation>Iniciar servidor de eco</translation>
    </message>
    <message>
        <source>Serve the echo service on localhost, port (0 picks a free one):</source>
        <translation>Servir el servicio de eco en localhost, puerto (0 elige uno libre):</translation>
    </message>
    <message>
        <source>cannot send %1: it is larger than %2, the most Banter sends as one message</source>
        <translation>no se puede enviar %1: supera %2, el máximo que Banter envía como un solo mensaje</translation>
    </message>
    <message>
        <source>cannot send %1: %2</source>
        <translation>no se puede enviar %1: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>NDJSON log, opens again (*.ndjson *.jsonl)</source>
        <translation>Registro NDJSON, se puede volver a abrir (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Texto (*.txt *.log)</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>NDJSON log (*.ndjson *.jsonl)</source>
        <translation>Registro NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Enviar archivo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>Se guardó %Ln fila en %1</numerusform>
            <numerusform>Se guardaron %Ln filas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>Se abrió %Ln fila de %1</numerusform>
            <numerusform>Se abrieron %Ln filas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record to File…</source>
        <translation>&amp;Grabar en un archivo…</translation>
    </message>
    <message>
        <source>Write every new row into a file as well, as it comes (NDJSON, a new file every %1)</source>
        <translation>Escribir también cada fila nueva en un archivo, a medida que llega (NDJSON, un archivo nuevo cada %1)</translation>
    </message>
    <message>
        <source>recording the log to %1</source>
        <translation>grabando el registro en %1</translation>
    </message>
    <message>
        <source>recording to %1 stopped</source>
        <translation>grabación en %1 detenida</translation>
    </message>
    <message>
        <source>Record to File</source>
        <translation>Grabar en un archivo</translation>
    </message>
    <message>
        <source>Start C&amp;hat Server…</source>
        <translation>Iniciar servidor de c&amp;hat…</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>De&amp;tener servidor</translation>
    </message>
    <message>
        <source>&amp;Connect to Server</source>
        <translation>&amp;Conectar al servidor</translation>
    </message>
    <message>
        <source>the chat server did not start on port %1: %2</source>
        <translation>el servidor de chat no se inició en el puerto %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Servidor de chat en %1 (%n cliente)</numerusform>
            <numerusform>Servidor de chat en %1 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Chat Server</source>
        <translation>Iniciar servidor de chat</translation>
    </message>
    <message>
        <source>Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a free one):</source>
        <translation>Servir salas de chat en localhost (ws://localhost:PUERTO/SALA), puerto (0 elige uno libre):</translation>
    </message>
    <message>
        <source>Banter follows the system&apos;s language now.</source>
        <translation>Banter sigue ahora el idioma del sistema.</translation>
    </message>
    <message>
        <source>Banter speaks %1 now.</source>
        <translation>Banter habla ahora %1.</translation>
    </message>
    <message>
        <source>&amp;Variables…</source>
        <translation>&amp;Variables…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>%n mensaje de %1 aún no se ha enviado. ¿Cerrar la pestaña y descartarlo?</numerusform>
            <numerusform>%n mensajes de %1 aún no se han enviado. ¿Cerrar la pestaña y descartarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nueva &amp;pestaña</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>Echo Statistics</source>
        <translation>Estadísticas de eco</translation>
    </message>
    <message>
        <source>&amp;Echo Statistics</source>
        <translation>&amp;Estadísticas de eco</translation>
    </message>
    <message>
        <source>Each message paired with its echo: round trips, lost, out of order</source>
        <translation>Cada mensaje emparejado con su eco: tiempos de ida y vuelta, perdidos, fuera de orden</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Tra&amp;ffic</source>
        <translation>T&amp;ráfico</translation>
    </message>
    <message>
        <source>Messages and bytes a second and round trips, over the last minutes</source>
        <translation>Mensajes y bytes por segundo y tiempos de ida y vuelta, en los últimos minutos</translation>
    </message>
    <message>
        <source>JSON S&amp;ummary Field…</source>
        <translation>Campo de res&amp;umen JSON…</translation>
    </message>
    <message>
        <source>Show a field of each JSON message first in its row, such as $.type</source>
        <translation>Mostrar un campo de cada mensaje JSON al principio de su fila, como $.type</translation>
    </message>
    <message>
        <source>Not a JSON path: %1.</source>
        <translation>No es una ruta JSON: %1.</translation>
    </message>
    <message>
        <source>JSON Summary Field</source>
        <translation>Campo de resumen JSON</translation>
    </message>
    <message>
        <source>The field of each JSON message to show first in its row, such as $.type or $.user.name (empty: none):</source>
        <translation>El campo de cada mensaje JSON que se muestra al principio de su fila, como $.type o $.user.name (vacío: ninguno):</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Condiciones de red</translation>
    </message>
    <message>
        <source>This connection goes through simulated network conditions; the log says which when it opens.</source>
        <translation>Esta conexión pasa por condiciones de red simuladas; el registro dice cuáles al abrirse.</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatBar</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Repeating “%1” every %2 ms: %3</source>
        <translation>Repitiendo «%1» cada %2 ms: %3</translation>
    </message>
    <message>
        <source>Stop repeating “%1”</source>
        <translation>Dejar de repetir «%1»</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatDialog</name>
    <message>
        <source>Repeat “%1”</source>
        <translation>Repetir «%1»</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta detenerlo</translation>
    </message>
    <message>
        <source>The first goes out at once. While the connection is down, sending pauses, and nothing is lost.</source>
        <translation>El primero sale enseguida. Mientras la conexión está caída, el envío se pausa y no se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Veces:</translation>
    </message>
</context>
<context>
    <name>Banter::RoomController</name>
    <message>
        <source>Set &amp;Name…</source>
        <translation>Establecer &amp;nombre…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Your name in chat rooms</source>
        <translation>Tu nombre en las salas de chat</translation>
    </message>
    <message>
        <source>Set Name</source>
        <translation>Establecer nombre</translation>
    </message>
    <message>
        <source>Your name in chat rooms, 1 to 32 characters (empty: the server picks one):</source>
        <translation>Tu nombre en las salas de chat, de 1 a 32 caracteres (vacío: el servidor elige uno):</translation>
    </message>
    <message>
        <source>Room %1 as %2</source>
        <translation>Sala %1 como %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room — Banter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Members of the room</source>
        <translation>Miembros de la sala</translation>
    </message>
</context>
<context>
    <name>Banter::SecretStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>the keyring refused it</source>
        <translation>el llavero lo rechazó</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>&amp;Snippets</source>
        <translation>&amp;Fragmentos</translation>
    </message>
    <message>
        <source>Messages kept for sending again (Ctrl+1 to Ctrl+9)</source>
        <translation>Mensajes guardados para enviarlos de nuevo (Ctrl+1 a Ctrl+9)</translation>
    </message>
    <message>
        <source>Send Snippet %1</source>
        <translation>Enviar el fragmento %1</translation>
    </message>
    <message>
        <source>snippet “%1” not sent: %2</source>
        <translation>fragmento «%1» no enviado: %2</translation>
    </message>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>repitiendo «%1» cada %2 ms, %n vez</numerusform>
            <numerusform>repitiendo «%1» cada %2 ms, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>repeating “%1” every %2 ms until stopped</source>
        <translation>repitiendo «%1» cada %2 ms hasta detenerlo</translation>
    </message>
    <message>
        <source>repeating “%1”: %2</source>
        <translation>repetición de «%1»: %2</translation>
    </message>
    <message>
        <source>No snippet on %1: View → Snippets keeps messages for sending again.</source>
        <translation>Ningún fragmento en %1: Ver → Fragmentos guarda mensajes para enviarlos de nuevo.</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetDialog</name>
    <message>
        <source>New Snippet</source>
        <translation>Nuevo fragmento</translation>
    </message>
    <message>
        <source>Edit Snippet</source>
        <translation>Editar el fragmento</translation>
    </message>
    <message>
        <source>Text, with {{variables}}</source>
        <translation>Texto, con {{variables}}</translation>
    </message>
    <message>
        <source>Binary, bytes in hex</source>
        <translation>Binario, bytes en hexadecimal</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>&amp;Envía:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetsPanel</name>
    <message>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the selected snippet</source>
        <translation>Enviar el fragmento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Repetir…</translation>
    </message>
    <message>
        <source>Send the selected snippet every so often</source>
        <translation>Enviar el fragmento seleccionado cada cierto tiempo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>Borrar el fragmento</translation>
    </message>
    <message>
        <source>Delete the snippet “%1”?</source>
        <translation>¿Borrar el fragmento «%1»?</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>every connection</source>
        <translation>todas las conexiones</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>Enviar el fragmento</translation>
    </message>
    <message>
        <source>Repeat snippet</source>
        <translation>Repetir el fragmento</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>Nuevo fragmento</translation>
    </message>
    <message>
        <source>Edit snippet</source>
        <translation>Editar el fragmento</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Borrar el fragmento</translation>
    </message>
</context>
<context>
    <name>Banter::Sparkline</name>
    <message>
        <source>Messages a second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>Messages a second: %1 in, %2 out (View → Traffic)</source>
        <translation>Mensajes por segundo: %1 recibidos, %2 enviados (Ver → Tráfico)</translation>
    </message>
</context>
<context>
    <name>Banter::TrafficPanel</name>
    <message>
        <source>Save Chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Guardar los gráficos como imagen PNG</translation>
    </message>
    <message>
        <source>Save Data…</source>
        <translation>Guardar datos…</translation>
    </message>
    <message>
        <source>Save the last ten minutes, second by second, as CSV</source>
        <translation>Guardar los últimos diez minutos, segundo a segundo, como CSV</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>Bytes a second</source>
        <translation>Bytes por segundo</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Ida y vuelta (ms)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>hace (segundos)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>out</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>eco</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>El gráfico no se guardó en %1: %2</translation>
    </message>
    <message>
        <source>The data was not saved to %1: %2</source>
        <translation>Los datos no se guardaron en %1: %2</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Banter::TrustedCertificatesDialog</name>
    <message>
        <source>No certificates are trusted. Banter accepts only the certificates your system trusts.</source>
        <translation>No hay certificados de confianza. Banter solo acepta los certificados en los que confía su sistema.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Certificates your system does not trust, which you trusted for one host each:</source>
        <translation>Certificados en los que su sistema no confía y en los que usted confió, cada uno para un solo host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
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
        <translation>Una línea «nombre = valor» por variable. Un mensaje escrito con {{nombre}} envía el valor; Banter tiene {{uuid}}, {{now}}, {{timestamp}}, {{counter}} y {{random 1 100}} propios. Se guarda en banter.conf: nada secreto aquí.</translation>
    </message>
    <message>
        <source>Variables, one name = value a line</source>
        <translation>Variables, una línea nombre = valor cada una</translation>
    </message>
    <message>
        <source>user = sam
room = lobby</source>
        <translation>user = sam
room = lobby</translation>
    </message>
    <message>
        <source>Line %1 is not written as name = value.</source>
        <translation>La línea %1 no tiene la forma nombre = valor.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is no name: begin with a letter or _, then letters, digits, _ - and &apos;.&apos;.</source>
        <translation>Línea %1: «%2» no es un nombre: empiece por una letra o _, y luego letras, dígitos, _ - y «.».</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is one of Banter&apos;s own.</source>
        <translation>Línea %1: {{%2}} es una de las propias de Banter.</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>Línea %1: %2 aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <source>the password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>la frase de paso de la clave</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>la cabecera %1</translation>
    </message>
</context>
</TS>
