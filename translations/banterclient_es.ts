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
    <name>Banter::EchoCorrelator</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no echo</source>
        <translation>sin eco</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>tarde: %1</translation>
    </message>
    <message>
        <source>%1, out of order</source>
        <translation>%1, fuera de orden</translation>
    </message>
    <message>
        <source>%1, echoed as binary</source>
        <translation>%1, devuelto como binario</translation>
    </message>
    <message>
        <source>%1, echoed as text</source>
        <translation>%1, devuelto como texto</translation>
    </message>
</context>
<context>
    <name>Banter::FieldExpression</name>
    <message>
        <source>“)” at character %1 has no “(”</source>
        <translation>«)» en el carácter %1 no tiene «(»</translation>
    </message>
    <message>
        <source>nested too deeply at character %1 (at most %2 levels)</source>
        <translation>anidamiento demasiado profundo en el carácter %1 (como máximo %2 niveles)</translation>
    </message>
    <message>
        <source>expected a condition at character %1</source>
        <translation>se esperaba una condición en el carácter %1</translation>
    </message>
    <message>
        <source>expected a condition after “%1” at character %2</source>
        <translation>se esperaba una condición después de «%1» en el carácter %2</translation>
    </message>
    <message>
        <source>“%1” at character %2: keywords are written in lower case, “%3”</source>
        <translation>«%1» en el carácter %2: las palabras clave se escriben en minúsculas, «%3»</translation>
    </message>
    <message>
        <source>expected “and”, “or” or “)” at character %1</source>
        <translation>se esperaba «and», «or» o «)» en el carácter %1</translation>
    </message>
    <message>
        <source>expected “and”, “or” or the end at character %1</source>
        <translation>se esperaba «and», «or» o el final en el carácter %1</translation>
    </message>
    <message>
        <source>“)” missing for the “(” at character %1</source>
        <translation>falta «)» para el «(» del carácter %1</translation>
    </message>
    <message>
        <source>unknown function “%1” at character %2 (the one function is exists($.path))</source>
        <translation>función desconocida «%1» en el carácter %2 (la única función es exists($.path))</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no path: write $.%1 for a field</source>
        <translation>«%1» en el carácter %2 no es una ruta: escriba $.%1 para un campo</translation>
    </message>
    <message>
        <source>expected “(” at character %1: write exists($.path)</source>
        <translation>se esperaba «(» en el carácter %1: escriba exists($.path)</translation>
    </message>
    <message>
        <source>expected a path at character %1: write exists($.path)</source>
        <translation>se esperaba una ruta en el carácter %1: escriba exists($.path)</translation>
    </message>
    <message>
        <source>expected “)” after the path at character %1</source>
        <translation>se esperaba «)» después de la ruta en el carácter %1</translation>
    </message>
    <message>
        <source>“=” at character %1 is no operator: write == to compare</source>
        <translation>«=» en el carácter %1 no es un operador: escriba == para comparar</translation>
    </message>
    <message>
        <source>a path alone is no condition at character %1: compare it (== != &lt; &lt;= &gt; &gt;= ~) or write exists($.path)</source>
        <translation>una ruta sola no es una condición, en el carácter %1: compárela (== != &lt; &lt;= &gt; &gt;= ~) o escriba exists($.path)</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;= ~ !~) after the path at character %1</source>
        <translation>se esperaba un operador (== != &lt; &lt;= &gt; &gt;= ~ !~) después de la ruta en el carácter %1</translation>
    </message>
    <message>
        <source>a path at character %1, where a value was expected: compare a path with a value, such as 100 or &quot;text&quot;</source>
        <translation>una ruta en el carácter %1, donde se esperaba un valor: compare una ruta con un valor, como 100 o &quot;text&quot;</translation>
    </message>
    <message>
        <source>a value alone is no condition at character %1: compare a path with it, such as $.field == %2</source>
        <translation>un valor solo no es una condición, en el carácter %1: compare una ruta con él, como $.field == %2</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;=) after the value at character %1</source>
        <translation>se esperaba un operador (== != &lt; &lt;= &gt; &gt;=) después del valor en el carácter %1</translation>
    </message>
    <message>
        <source>“%1” at character %2 takes a path on its left: $.field %1 /pattern/</source>
        <translation>«%1» en el carácter %2 lleva una ruta a su izquierda: $.field %1 /pattern/</translation>
    </message>
    <message>
        <source>expected a path after “%1” at character %2: one side of a comparison is a path, such as $.field</source>
        <translation>se esperaba una ruta después de «%1» en el carácter %2: un lado de una comparación es una ruta, como $.field</translation>
    </message>
    <message>
        <source>“%1” at character %2 orders numbers and text: %3 goes only with == and !=</source>
        <translation>«%1» en el carácter %2 ordena números y texto: %3 solo admite == y !=</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no value: write text in quotes, &quot;%1&quot;</source>
        <translation>«%1» en el carácter %2 no es un valor: escriba el texto entre comillas, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value at character %1</source>
        <translation>se esperaba un valor en el carácter %1</translation>
    </message>
    <message>
        <source>expected a value after “%1” at character %2</source>
        <translation>se esperaba un valor después de «%1» en el carácter %2</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>se esperaba un dígito después del «-» del carácter %1</translation>
    </message>
    <message>
        <source>expected a digit after the “.” at character %1</source>
        <translation>se esperaba un dígito después del «.» del carácter %1</translation>
    </message>
    <message>
        <source>expected the exponent&apos;s digits after the “%1” at character %2</source>
        <translation>se esperaban los dígitos del exponente después de la «%1» del carácter %2</translation>
    </message>
    <message>
        <source>the number at character %1 is out of range: a double holds about 1e-308 to 1e308</source>
        <translation>el número del carácter %1 está fuera de rango: un double abarca aproximadamente de 1e-308 a 1e308</translation>
    </message>
    <message>
        <source>expected /pattern/ after “%1” at character %2</source>
        <translation>se esperaba /pattern/ después de «%1» en el carácter %2</translation>
    </message>
    <message>
        <source>the regular expression at character %1 has no closing “/”</source>
        <translation>a la expresión regular del carácter %1 le falta la «/» de cierre</translation>
    </message>
    <message>
        <source>unknown flag “%1” at character %2 (the flags are i, m, s and x)</source>
        <translation>indicador desconocido «%1» en el carácter %2 (los indicadores son i, m, s y x)</translation>
    </message>
    <message>
        <source>not a regular expression at character %1: %2</source>
        <translation>expresión regular no válida en el carácter %1: %2</translation>
    </message>
    <message>
        <source>too long at character %1 (at most %2 characters)</source>
        <translation>demasiado largo en el carácter %1 (como máximo %2 caracteres)</translation>
    </message>
    <message>
        <source>too long at character %1: written out in full it has %2 characters, at most %3</source>
        <translation>demasiado largo en el carácter %1: escrito completo tiene %2 caracteres, como máximo %3</translation>
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
    <name>Banter::JsonPath</name>
    <message>
        <source>expected text in quotes at character %1</source>
        <translation>se esperaba texto entre comillas en el carácter %1</translation>
    </message>
    <message>
        <source>“\u” at character %1 needs four hex digits, such as \u00e9</source>
        <translation>«\u» en el carácter %1 necesita cuatro dígitos hexadecimales, como \u00e9</translation>
    </message>
    <message>
        <source>unknown escape “\%1” at character %2 (the escapes are \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>secuencia de escape desconocida «\%1» en el carácter %2 (las secuencias de escape son \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>the text in quotes at character %1 has no closing %2</source>
        <translation>al texto entre comillas del carácter %1 le falta el %2 de cierre</translation>
    </message>
    <message>
        <source>expected a path, such as $.field, at character %1</source>
        <translation>se esperaba una ruta, como $.field, en el carácter %1</translation>
    </message>
    <message>
        <source>expected a name or * after the “.” at character %1 (write other keys in quotes: $[&quot;a key&quot;])</source>
        <translation>se esperaba un nombre o * después del «.» del carácter %1 (escriba las demás claves entre comillas: $[&quot;a key&quot;])</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>el índice del carácter %1 es demasiado grande</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>se esperaba un dígito después del «-» del carácter %1</translation>
    </message>
    <message>
        <source>expected a key in quotes, an index or * after the “[” at character %1</source>
        <translation>se esperaba una clave entre comillas, un índice o * después del «[» del carácter %1</translation>
    </message>
    <message>
        <source>“]” missing for the “[” at character %1</source>
        <translation>falta «]» para el «[» del carácter %1</translation>
    </message>
    <message>
        <source>expected “]” at character %1</source>
        <translation>se esperaba «]» en el carácter %1</translation>
    </message>
    <message>
        <source>expected the end of the path at character %1</source>
        <translation>se esperaba el final de la ruta en el carácter %1</translation>
    </message>
</context>
<context>
    <name>Banter::JsonText</name>
    <message>
        <source>an object not closed with }</source>
        <translation>un objeto sin cerrar con }</translation>
    </message>
    <message>
        <source>a , or } missing after a member</source>
        <translation>falta una , o } después de un miembro</translation>
    </message>
    <message>
        <source>a : missing after a key</source>
        <translation>falta un : después de una clave</translation>
    </message>
    <message>
        <source>an array not closed with ]</source>
        <translation>un array sin cerrar con ]</translation>
    </message>
    <message>
        <source>a , or ] missing after an item</source>
        <translation>falta una , o ] después de un elemento</translation>
    </message>
    <message>
        <source>a , missing between two values</source>
        <translation>falta una , entre dos valores</translation>
    </message>
    <message>
        <source>no JSON value here</source>
        <translation>aquí no hay ningún valor JSON</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>el texto termina dentro de un número</translation>
    </message>
    <message>
        <source>a number JSON does not allow</source>
        <translation>un número que JSON no permite</translation>
    </message>
    <message>
        <source>an escape sequence JSON does not allow</source>
        <translation>una secuencia de escape que JSON no permite</translation>
    </message>
    <message>
        <source>a string that is no valid Unicode</source>
        <translation>una cadena que no es Unicode válido</translation>
    </message>
    <message>
        <source>a string not closed with &quot;</source>
        <translation>una cadena sin cerrar con &quot;</translation>
    </message>
    <message>
        <source>an object or an array expected</source>
        <translation>se esperaba un objeto o un array</translation>
    </message>
    <message>
        <source>nested deeper than JSON is read here</source>
        <translation>anidado a más profundidad de la que aquí se lee en JSON</translation>
    </message>
    <message>
        <source>too large to read as JSON</source>
        <translation>demasiado grande para leerlo como JSON</translation>
    </message>
    <message>
        <source>more text after the end of the JSON value</source>
        <translation>más texto después del final del valor JSON</translation>
    </message>
    <message>
        <source>too long to read as JSON (over %1 characters)</source>
        <translation>demasiado largo para leerlo como JSON (más de %1 caracteres)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 en la línea %2, columna %3</translation>
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
