<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BanterMqtt::MqttConnection</name>
    <message>
        <source>the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP proxy: use a socks5:// one, or connect direct</source>
        <translation>el transporte MQTT solo pasa por proxies SOCKS5, y %1 es un proxy HTTP: use uno socks5:// o conéctese directamente</translation>
    </message>
    <message>
        <source>the proxy refused the user name or password</source>
        <translation>el proxy rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>a través del proxy %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttReasons</name>
    <message>
        <source>the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)</source>
        <translation>el bróker no habla esta versión de MQTT (pruebe ?version=3.1.1 o ?version=5)</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>el bróker rechazó el identificador de cliente</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>el bróker no está disponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>not authorized: the broker refused this user name and password</source>
        <translation>no autorizado: el bróker rechazó este nombre de usuario y esta contraseña</translation>
    </message>
    <message>
        <source>the broker has banned this client</source>
        <translation>el bróker ha vetado a este cliente</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>el bróker rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>not authorized to subscribe to %1</source>
        <translation>no autorizado a suscribirse a %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1 (not authorized, or a topic it does not allow)</source>
        <translation>el bróker rechazó la suscripción a %1 (no autorizado, o un tema que no permite)</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1: %2</source>
        <translation>el bróker rechazó la suscripción a %1: %2</translation>
    </message>
    <message>
        <source>the broker ended the session: another client connected with the same client id</source>
        <translation>el bróker terminó la sesión: otro cliente se conectó con el mismo identificador de cliente</translation>
    </message>
    <message>
        <source>the broker ended the session: %1</source>
        <translation>el bróker terminó la sesión: %1</translation>
    </message>
    <message>
        <source>the broker did not answer within the keepalive time</source>
        <translation>el bróker no respondió dentro del tiempo de keepalive</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>el bróker cerró la conexión</translation>
    </message>
    <message>
        <source>could not connect to the broker</source>
        <translation>no se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>falló la negociación TLS</translation>
    </message>
    <message>
        <source>the message is larger than MQTT allows (256 MiB)</source>
        <translation>el mensaje es más grande de lo que MQTT permite (256 MiB)</translation>
    </message>
    <message>
        <source>the message is larger than the broker accepts</source>
        <translation>el mensaje es más grande de lo que el bróker acepta</translation>
    </message>
    <message>
        <source>the broker broke the MQTT protocol</source>
        <translation>el bróker incumplió el protocolo MQTT</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTarget</name>
    <message>
        <source>the URL names no topic: write it as the path, as in mqtt://localhost/sensors/kitchen</source>
        <translation>la URL no nombra ningún tema: escríbalo como ruta, como en mqtt://localhost/sensors/kitchen</translation>
    </message>
    <message>
        <source>the topic %1 has # in it other than as its whole last level</source>
        <translation>el tema %1 contiene # en otro lugar que como su último nivel completo</translation>
    </message>
    <message>
        <source>the topic %1 has + in it other than as a whole level</source>
        <translation>el tema %1 contiene + en otro lugar que como nivel completo</translation>
    </message>
    <message>
        <source>the topic %1 holds a NUL character</source>
        <translation>el tema %1 contiene un carácter NUL</translation>
    </message>
    <message>
        <source>%1=%2 is not 0 or 1</source>
        <translation>%1=%2 no es 0 ni 1</translation>
    </message>
    <message>
        <source>%1=%2 is not a whole number from %3 to %4</source>
        <translation>%1=%2 no es un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>the client id is longer than MQTT allows</source>
        <translation>el identificador de cliente es más largo de lo que MQTT permite</translation>
    </message>
    <message>
        <source>publish=%1 is no topic to publish to: it must not be empty or hold + or #</source>
        <translation>publish=%1 no es un tema en el que publicar: no debe estar vacío ni contener + o #</translation>
    </message>
    <message>
        <source>version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)</source>
        <translation>version=%1 no es una versión de MQTT que Banter hable (3.1.1 o 5)</translation>
    </message>
    <message>
        <source>the URL option %1 is unknown; known are qos, retain, clientId, clean, keepalive, version, publish and cacert</source>
        <translation>la opción de URL %1 es desconocida; las conocidas son qos, retain, clientId, clean, keepalive, version, publish y cacert</translation>
    </message>
    <message>
        <source>%1 is no MQTT URL: write mqtt://host[:port]/topic</source>
        <translation>%1 no es una URL de MQTT: escriba mqtt://host[:puerto]/tema</translation>
    </message>
    <message>
        <source>write # in a topic as %23, or last in the URL: %1 has text after it</source>
        <translation>escriba # en un tema como %23, o al final de la URL: %1 tiene texto después</translation>
    </message>
    <message>
        <source>cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; add ?publish=TOPIC to the URL</source>
        <translation>no se puede enviar: %1 se suscribe con un comodín, así que no nombra ningún tema en el que publicar; añada ?publish=TEMA a la URL</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTls</name>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>se rechazó el certificado del servidor</translation>
    </message>
    <message>
        <source>cacert=%1 holds no PEM certificate that can be read</source>
        <translation>cacert=%1 no contiene ningún certificado PEM legible</translation>
    </message>
    <message>
        <source>TLS is not available: OpenSSL made no context</source>
        <translation>TLS no está disponible: OpenSSL no creó ningún contexto</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>no se puede usar el certificado de cliente: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused it</source>
        <translation>OpenSSL lo rechazó</translation>
    </message>
    <message>
        <source>the private key is not the certificate&apos;s (%1)</source>
        <translation>la clave privada no es la del certificado (%1)</translation>
    </message>
    <message>
        <source>the broker ended the TLS handshake before the connection was made (a broker that wants a client certificate, or refuses the one given, does so)</source>
        <translation>el broker terminó la negociación TLS antes de que se estableciera la conexión (así lo hace un broker que pide un certificado de cliente o rechaza el indicado)</translation>
    </message>
</context>
</TS>
