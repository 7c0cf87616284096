<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>supera %1, el máximo que abre Banter</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>&quot;time&quot; debe ser una fecha y hora como 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>&quot;direction&quot; debe ser &quot;sent&quot;, &quot;received&quot; o &quot;status&quot;</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>una entrada de texto necesita una cadena &quot;text&quot;</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>el campo &quot;text&quot; contiene la mitad de un par suplente UTF-16, lo que no es texto Unicode válido</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>una línea de estado no puede ser binaria</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>una entrada binaria necesita una cadena &quot;base64&quot; con datos en Base64</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>&quot;kind&quot; debe ser &quot;text&quot; o &quot;binary&quot;</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>&quot;delivery&quot; debe ser &quot;pending&quot; o &quot;cancelled&quot;</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>solo un mensaje enviado puede tener &quot;delivery&quot;</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>no se puede guardar el registro en %1: %2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>no se puede abrir el registro %1: %2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>«time» debe estar entre los años 1 y 9999 en UTC</translation>
    </message>
    <message>
        <source>&quot;history&quot; must be true or false</source>
        <translation>&quot;history&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>only a received message has a &quot;history&quot;</source>
        <translation>solo un mensaje recibido puede tener &quot;history&quot;</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>&quot;attributes&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>only a received message has &quot;attributes&quot;</source>
        <translation>solo un mensaje recibido tiene &quot;attributes&quot;</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;binario, 1 byte&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;binario, %n byte&gt;</numerusform>
            <numerusform>&lt;binario, %n bytes&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>%1 filas más antiguas descartadas (el registro conserva %2 filas, %3 MiB)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>te uniste a la sala %1 como %2 (%n miembro)</numerusform>
            <numerusform>te uniste a la sala %1 como %2 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>the name %1 is taken in this room: you are %2</source>
        <translation>el nombre %1 ya está ocupado en esta sala: eres %2</translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>reanudado: %n mensaje perdido durante la ausencia</numerusform>
            <numerusform>reanudado: %n mensajes perdidos durante la ausencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>no se pudo reanudar (%1): sigue el último %n mensaje de la sala</numerusform>
            <numerusform>no se pudo reanudar (%1): siguen los últimos %n mensajes de la sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>sigue el último %n mensaje de la sala</numerusform>
            <numerusform>siguen los últimos %n mensajes de la sala</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <source>you are now %1</source>
        <translation>ahora eres %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <source>the room refused a message: %1 (%2)</source>
        <translation>la sala rechazó un mensaje: %1 (%2)</translation>
    </message>
    <message>
        <source>the server lost the room&apos;s history since</source>
        <translation>el servidor perdió desde entonces el historial de la sala</translation>
    </message>
    <message>
        <source>the room no longer keeps what was missed</source>
        <translation>la sala ya no guarda lo que se perdió</translation>
    </message>
    <message>
        <source>the room never reached that point</source>
        <translation>la sala nunca llegó a ese punto</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>reconexión en %1 s (intento %2; último error: %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconexión en %1 s (intento %2)</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>sin conexión tras %1 s: se abandona este intento</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>el servidor no respondió a un ping en %1 s: la conexión está muerta</translation>
    </message>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>una URL necesita un esquema y un host, como ws://localhost:3000</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>URL %1 no válida: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>no se puede conectar a %1: el plugin para «%2» no creó ninguna conexión</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>error de socket %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>no conectado: escriba una URL como ws://localhost:3000</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>no conectado: no se puede abrir %1</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>socket abierto</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>socket cerrado (%1)</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>socket cerrado</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>desconexión del extremo</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>datos no admitidos</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin código de estado</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>cierre anómalo</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>datos no válidos</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>infracción de directiva</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>falta una extensión</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>reinicio del servicio</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>reintentar más tarde</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>código de la aplicación</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>sin reintentos: el certificado se rechaza hasta que confíe en él para %1</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>sin reintentos: no se puede confiar en este certificado</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>no se pueden leer los mensajes no enviados de %1: %2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>no es un archivo de bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n mensaje no enviado de la última sesión se enviará al conectarse</numerusform>
            <numerusform>%n mensajes no enviados de la última sesión se enviarán al conectarse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a member&apos;s message in a chat room</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>no se puede usar el certificado de cliente: %1</translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hex digit</source>
        <translation>«%1» en la posición %2 no es un dígito hexadecimal</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f, at position %1</source>
        <translation>un byte necesita dos dígitos hexadecimales, como 0f, en la posición %1</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f: the last one has one</source>
        <translation>un byte necesita dos dígitos hexadecimales, como 0f: el último solo tiene uno</translation>
    </message>
    <message>
        <source>no bytes: type pairs of hex digits, such as 00 01 ff</source>
        <translation>no hay bytes: escriba pares de dígitos hexadecimales, como 00 01 ff</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… y %Ln byte más</numerusform>
            <numerusform>… y %Ln bytes más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>no se puede grabar el registro en %1: %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>se detuvo la grabación del registro en %1: %2</translation>
    </message>
</context>
<context>
    <name>Banter::MessageTemplate</name>
    <message>
        <source>{{ at character %1 has no }}: write \{{ to send {{ as it is</source>
        <translation>{{ en el carácter %1 no tiene }}: escriba \{{ para enviar {{ tal cual</translation>
    </message>
    <message>
        <source>{{%1}} at character %2: write {{random A B}} with two whole numbers, A not above B, each within ±%3</source>
        <translation>{{%1}} en el carácter %2: escriba {{random A B}} con dos números enteros, A no mayor que B, cada uno dentro de ±%3</translation>
    </message>
    <message>
        <source>{{%1}} at character %2 is no variable</source>
        <translation>{{%1}} en el carácter %2 no es una variable</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} at character %2 (Connection → Variables… names yours)</source>
        <translation>variable desconocida {{%1}} en el carácter %2 (Conexión → Variables… define las suyas)</translation>
    </message>
</context>
<context>
    <name>Banter::SavedConnection</name>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Ya hay una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>not a file of Banter&apos;s connections (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>no es un archivo de conexiones de Banter (su «format» no es «%1»)</translation>
    </message>
    <message>
        <source>written by another version of Banter (version %1; this one reads %2)</source>
        <translation>escrito por otra versión de Banter (versión %1; esta lee la %2)</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>conexión %1: %2</translation>
    </message>
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
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«%1» no es una cadena</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list</source>
        <translation>«headers» no es una lista</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; is not a list</source>
        <translation>«subprotocols» no es una lista</translation>
    </message>
    <message>
        <source>a header is not written as [&quot;name&quot;, &quot;value&quot;]</source>
        <translation>una cabecera no está escrita como [&quot;nombre&quot;, &quot;valor&quot;]</translation>
    </message>
    <message>
        <source>a subprotocol is not a string</source>
        <translation>un subprotocolo no es una cadena</translation>
    </message>
    <message>
        <source>&quot;receiveBuffer&quot; is not a whole number</source>
        <translation>«receiveBuffer» no es un número entero</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as ws://host:port/path</source>
        <translation>«%1» no es una URL como ws://host:puerto/ruta</translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused while disconnected</source>
        <translation>%1, en pausa mientras está desconectado</translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>detenido tras %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>enviado %n vez</numerusform>
            <numerusform>enviado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>detenido tras %1</translation>
    </message>
    <message>
        <source>stopped after %1: %2</source>
        <translation>detenido tras %1: %2</translation>
    </message>
    <message>
        <source>stopped after %1: there is no connection to send to</source>
        <translation>detenido tras %1: no hay conexión a la que enviar</translation>
    </message>
</context>
<context>
    <name>Banter::Snippet</name>
    <message>
        <source>A snippet needs a name.</source>
        <translation>Un fragmento necesita un nombre.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The bytes are not hex: %1.</source>
        <translation>Los bytes no están en hexadecimal: %1.</translation>
    </message>
    <message>
        <source>There is already a snippet named “%1”.</source>
        <translation>Ya hay un fragmento llamado «%1».</translation>
    </message>
</context>
</TS>
