<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banter::CliRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1 not sent: %2</source>
        <translation>línea %1 no enviada: %2</translation>
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
        <translation>El cliente de Banter para terminales y scripts: envía cada línea de la entrada estándar como un mensaje de texto y escribe cada mensaje recibido como una línea de la salida estándar.

Códigos de salida:
  0  terminado
  1  error de uso, URL no válida o ningún plugin para su esquema
  2  no se pudo conectar
  3  se perdió la conexión (sin --reconnect)
  4  el servidor cerró con un código distinto de 1000 o 1001</translation>
    </message>
    <message>
        <source>Where to connect, such as ws://localhost:3000.</source>
        <translation>Adónde conectarse, por ejemplo ws://localhost:3000.</translation>
    </message>
    <message>
        <source>Send this message instead of reading input; repeatable.</source>
        <translation>Enviar este mensaje en lugar de leer la entrada; repetible.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Exit after this many messages received (the greeting counts).</source>
        <translation>Salir tras recibir esta cantidad de mensajes (el saludo cuenta).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Exit after this long.</source>
        <translation>Salir tras este tiempo.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>At the end of input, keep receiving until nothing has arrived for this long.</source>
        <translation>Al final de la entrada, seguir recibiendo hasta que no llegue nada durante este tiempo.</translation>
    </message>
    <message>
        <source>Write no status lines to standard error.</source>
        <translation>No escribir líneas de estado en la salida de error.</translation>
    </message>
    <message>
        <source>How to write a binary message received: hex (one line), raw (the bytes as they are) or base64.</source>
        <translation>Cómo escribir un mensaje binario recibido: hex (una línea), raw (los bytes tal cual) o base64.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write every event as one JSON object a line, the format of the window&apos;s Save Log.</source>
        <translation>Escribir cada evento como un objeto JSON por línea, en el formato de «Guardar registro» de la ventana.</translation>
    </message>
    <message>
        <source>Send this file as one binary message instead of reading input.</source>
        <translation>Enviar este archivo como un único mensaje binario en lugar de leer la entrada.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Read input lines as hex bytes (&quot;00 01 ff&quot;) and send each as one binary message.</source>
        <translation>Leer las líneas de entrada como bytes hexadecimales («00 01 ff») y enviar cada una como un mensaje binario.</translation>
    </message>
    <message>
        <source>Send this request header (&quot;Name: value&quot;); repeatable.</source>
        <translation>Enviar esta cabecera de petición («Nombre: valor»); repetible.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>Offer this subprotocol; repeatable.</source>
        <translation>Ofrecer este subprotocolo; repetible.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Send this Origin.</source>
        <translation>Enviar este Origin.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if its SHA-256 fingerprint is this one, although the system does not.</source>
        <translation>Confiar en el certificado del servidor si su huella SHA-256 es esta, aunque el sistema no confíe en él.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ping the server this often; 0 turns it off.</source>
        <translation>Enviar un ping al servidor con esta frecuencia; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Give up on a connection that is not open after this long.</source>
        <translation>Abandonar una conexión que no esté abierta tras este tiempo.</translation>
    </message>
    <message>
        <source>Connect again after a loss, with backoff; nothing read from input is lost.</source>
        <translation>Volver a conectar tras una pérdida, con espera creciente; no se pierde nada de lo leído de la entrada.</translation>
    </message>
    <message>
        <source>no URL given, such as ws://localhost:3000</source>
        <translation>no se indicó ninguna URL, por ejemplo ws://localhost:3000</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>invalid count &quot;%1&quot;: give a number from 1 on</source>
        <translation>cantidad no válida «%1»: indique un número a partir de 1</translation>
    </message>
    <message>
        <source>invalid --binary &quot;%1&quot;: give hex, raw or base64</source>
        <translation>--binary no válido «%1»: indique hex, raw o base64</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: give seconds, such as 5 or 0.5</source>
        <translation>--%1 no válido «%2»: indique segundos, por ejemplo 5 o 0.5</translation>
    </message>
    <message>
        <source>invalid header &quot;%1&quot;: give &quot;Name: value&quot;</source>
        <translation>cabecera no válida «%1»: indique «Nombre: valor»</translation>
    </message>
    <message>
        <source>invalid fingerprint &quot;%1&quot;: give the certificate&apos;s SHA-256 digest in hex, 32 bytes</source>
        <translation>huella no válida «%1»: indique el resumen SHA-256 del certificado en hexadecimal, 32 bytes</translation>
    </message>
    <message>
        <source>Give the socket a receive buffer of this many KiB instead of letting the system size it; over a long link, throughput is at most this much per round trip.</source>
        <translation>Dar al socket un búfer de recepción de tantos KiB en lugar de dejar que el sistema lo dimensione; en un enlace largo, el rendimiento es como mucho eso por ida y vuelta.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>invalid --receive-buffer &quot;%1&quot;: give KiB, 0 (automatic) or %2 to %3</source>
        <translation>--receive-buffer «%1» no válido: indique KiB, 0 (automático) o de %2 a %3</translation>
    </message>
    <message>
        <source>Show a server that asks for one this client certificate: a PEM file with --client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 file is read from the environment variable %1.</source>
        <translation>Mostrar este certificado de cliente a un servidor que lo pida: un archivo PEM con --client-key, o un archivo PKCS#12 solo. La frase de paso de una clave cifrada o de un archivo PKCS#12 se lee de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>The PEM private key of --client-cert.</source>
        <translation>La clave privada PEM de --client-cert.</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert: %1</translation>
    </message>
    <message>
        <source>Connect through this proxy: direct (none), http://[user@]host:port or socks5://[user@]host:port; its password is read from the environment variable %1. Without it, the system&apos;s proxy settings apply (http_proxy, all_proxy, no_proxy).</source>
        <translation>Conectarse a través de este proxy: direct (ninguno), http://[usuario@]host:puerto o socks5://[usuario@]host:puerto; su contraseña se lee de la variable de entorno %1. Sin esta opción se aplican los ajustes de proxy del sistema (http_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Network conditions: delay every message this long in each direction, such as 100ms (an echo&apos;s round trip grows by twice).</source>
        <translation>Condiciones de red: retrasar cada mensaje este tiempo en cada sentido, por ejemplo 100ms (la ida y vuelta de un eco crece el doble).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>Network conditions: vary each delay by up to this much, such as 20ms; order is kept.</source>
        <translation>Condiciones de red: variar cada retardo hasta este valor, por ejemplo 20ms; el orden se mantiene.</translation>
    </message>
    <message>
        <source>Network conditions: at most this many bytes per second in each direction, such as 64KiB.</source>
        <translation>Condiciones de red: como máximo estos bytes por segundo en cada sentido, por ejemplo 64KiB.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>Network conditions: drop this share of messages, such as 1%.</source>
        <translation>Condiciones de red: descartar esta proporción de mensajes, por ejemplo 1%.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>Network conditions: cut the connection after a time (30s) or a number of messages (100msgs).</source>
        <translation>Condiciones de red: cortar la conexión tras un tiempo (30s) o un número de mensajes (100msgs).</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>Network conditions: after a time (10s) or a number of messages (100msgs), let nothing through either way, the connection open.</source>
        <translation>Condiciones de red: tras un tiempo (10s) o un número de mensajes (100msgs), no dejar pasar nada en ningún sentido, con la conexión abierta.</translation>
    </message>
    <message>
        <source>Network conditions: the seed of their random choices, such as 42, so that a run can be repeated.</source>
        <translation>Condiciones de red: la semilla de sus elecciones aleatorias, por ejemplo 42, para poder repetir una ejecución.</translation>
    </message>
</context>
</TS>
