<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation>Servidor de eco sin interfaz gráfica de Banter: saluda a cada cliente con «Welcome to Awesome Chat» y devuelve cada mensaje a su remitente.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Puerto de escucha; 0 elige uno libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation>Dirección de escucha: localhost (127.0.0.1 y ::1), una dirección IP o 0.0.0.0 para todas las interfaces.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Serve wss:// with this certificate (PEM; the chain may follow it).</source>
        <translation>Servir wss:// con este certificado (PEM; la cadena de certificados puede ir a continuación).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The private key of the certificate (PEM, no passphrase).</source>
        <translation>La clave privada del certificado (PEM, sin frase de contraseña).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Clients served at the same time; more are closed with 1013, try again later (default: %1).</source>
        <translation>Clientes atendidos a la vez; los que excedan se cierran con el código 1013, reintentar más tarde (predeterminado: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Ping a client that has been silent for half this time; drop one that shows no sign of life for this long; 0 turns it off (default: %1).</source>
        <translation>Enviar un ping a un cliente que lleve en silencio la mitad de este tiempo; desconectar al que no dé señales de vida durante todo este tiempo; 0 lo desactiva (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Time a client has to complete its opening handshake, TLS included (default: %1).</source>
        <translation>Tiempo que tiene un cliente para completar la negociación de apertura, TLS incluido (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Accept only clients that send this Origin, such as https://example.org; give it once per origin. Without it, every origin is accepted.</source>
        <translation>Aceptar solo los clientes que envíen este encabezado Origin, como https://example.org; indíquelo una vez por origen. Sin esta opción, se acepta cualquier origen.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>Print the clients, messages and bytes counters this often (also on SIGUSR1).</source>
        <translation>Mostrar los contadores de clientes, mensajes y bytes con esta frecuencia (también al recibir SIGUSR1).</translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation>Servicio que se ejecuta para cada cliente.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation>Registrar cada mensaje («Message: &lt;texto&gt;»).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation>puerto «%1» no válido: indique un número del 0 al 65535</translation>
    </message>
    <message>
        <source>wss:// needs both --tls-cert and --tls-key</source>
        <translation>wss:// necesita tanto --tls-cert como --tls-key</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>dirección «%1» no válida</translation>
    </message>
    <message>
        <source>invalid message size &quot;%1&quot;: give a number of bytes from 1 to 2 GiB, such as 16MiB</source>
        <translation>tamaño de mensaje «%1» no válido: indique un número de bytes entre 1 y 2 GiB, como 16MiB</translation>
    </message>
    <message>
        <source>invalid output cap &quot;%1&quot;: give a number of bytes, such as 8MiB</source>
        <translation>límite de salida «%1» no válido: indique un número de bytes, como 8MiB</translation>
    </message>
    <message>
        <source>invalid number of clients &quot;%1&quot;: give a number from 1 up</source>
        <translation>número de clientes «%1» no válido: indique un número a partir de 1</translation>
    </message>
    <message>
        <source>invalid time: give a number of seconds, such as 60 or 0.5 (the handshake timeout cannot be 0)</source>
        <translation>tiempo no válido: indique un número de segundos, como 60 o 0.5 (el tiempo de espera de la negociación no puede ser 0)</translation>
    </message>
    <message>
        <source>Largest message a client may send; a larger one closes its connection with 1009 (default: %1).</source>
        <translation>Tamaño máximo del mensaje que puede enviar un cliente; uno mayor cierra su conexión con el código 1009 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Unsent output a client may let pile up by not reading; beyond it, it is dropped with 1008 (default: %1).</source>
        <translation>Datos pendientes de envío que un cliente puede dejar acumular al no leer; por encima de este límite, se le desconecta con el código 1008 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Park a ws:// client that has been idle this long: it keeps its connection but gives up most of the memory it costs until it is heard from again; a new client is parked as soon as it has been greeted; 0 turns it off (default: %1).</source>
        <translation>Aparcar un cliente ws:// que lleve inactivo este tiempo: conserva su conexión, pero libera la mayor parte de la memoria que cuesta hasta que vuelva a dar señales; un cliente nuevo se aparca en cuanto ha recibido el saludo; 0 lo desactiva (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a room keeps for those who join or come back (default: %1).</source>
        <translation>Chat: mensajes que una sala guarda para quienes entran o vuelven (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Chat: rooms at the same time; a client that would open one more is closed with 1013 (default: %1).</source>
        <translation>Chat: salas a la vez; un cliente que abriría una más se cierra con 1013 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Chat: members in one room; one more is closed with 1013 (default: %1).</source>
        <translation>Chat: miembros en una sala; uno más se cierra con 1013 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a client may send a second, with bursts of twice as many; over it a banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns it off (default: %1/s).</source>
        <translation>Chat: mensajes que un cliente puede enviar por segundo, en ráfagas del doble; por encima, un cliente banter.chat.v1 recibe un error y un cliente simple se cierra con 1008; 0 lo desactiva (predeterminado: %1/s).</translation>
    </message>
    <message>
        <source>N/s</source>
        <translation>N/s</translation>
    </message>
    <message>
        <source>invalid history &quot;%1&quot;: give a number of messages from 0 up</source>
        <translation>historial «%1» no válido: indique un número de mensajes desde 0</translation>
    </message>
    <message>
        <source>invalid number of rooms or members: give a number from 1 up</source>
        <translation>número de salas o de miembros no válido: indique un número desde 1</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;: give a number of messages a second, such as 100/s, or 0 for no limit</source>
        <translation>tasa «%1» no válida: indique un número de mensajes por segundo, como 100/s, o 0 para no limitar</translation>
    </message>
    <message>
        <source>Chat: share the rooms with every server given the same Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) or unix:///path/redis.sock.</source>
        <translation>Chat: compartir las salas con todos los servidores que usan el mismo Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) o unix:///path/redis.sock.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Chat: wait for Redis when it cannot be reached at start, instead of exiting.</source>
        <translation>Chat: esperar a Redis si no se puede alcanzar al inicio, en lugar de salir.</translation>
    </message>
    <message>
        <source>--redis is for chat rooms: give it with --service chat</source>
        <translation>--redis es para salas de chat: indíquelo con --service chat</translation>
    </message>
    <message>
        <source>Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, wss://... (with --tls-cert), or through network conditions for every client, such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README).</source>
        <translation>Escuchar en esta URL en lugar de --host y --port: ws://127.0.0.1:3000, wss://... (con --tls-cert), o a través de condiciones de red para cada cliente, por ejemplo chaos+ws://127.0.0.1:3000/?latency=50ms (véase el README).</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot; for --listen: give a scheme, a host and a port, such as ws://127.0.0.1:3000</source>
        <translation>URL «%1» no válida para --listen: indique un esquema, un host y un puerto, por ejemplo ws://127.0.0.1:3000</translation>
    </message>
</context>
</TS>
