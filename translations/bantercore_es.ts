<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banter::CertificateProblem</name>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>se rechazó el certificado de %1: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)</source>
        <translation>se rechazó el certificado de %1: %2 (huella SHA-256 %3)</translation>
    </message>
</context>
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
</context>
<context>
    <name>Banter::ConnectOptions</name>
    <message>
        <source>&quot;%1&quot; is not a header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«%1» no es un nombre de encabezado: use letras, dígitos y !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the handshake sets the %1 header itself</source>
        <translation>la negociación establece por sí misma el encabezado %1</translation>
    </message>
    <message>
        <source>give the origin as the origin option, not as a header</source>
        <translation>indique el origen con la opción de origen, no como encabezado</translation>
    </message>
    <message>
        <source>give the subprotocols as the subprotocol option, not as a header</source>
        <translation>indique los subprotocolos con la opción de subprotocolos, no como encabezado</translation>
    </message>
    <message>
        <source>the value of the %1 header holds a line break or another control character</source>
        <translation>el valor del encabezado %1 contiene un salto de línea u otro carácter de control</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«%1» no es un nombre de subprotocolo: use letras, dígitos y !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the origin &quot;%1&quot; holds a space, a line break or another control character</source>
        <translation>el origen «%1» contiene un espacio, un salto de línea u otro carácter de control</translation>
    </message>
</context>
<context>
    <name>Banter::Localization</name>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de, fr, es, ja, ar or en.</source>
        <translation>Usar este idioma en lugar del del sistema, p. ej. de, fr, es, ja, ar o en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
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
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation>interfaz de plugin «%1» no admitida (este Banter carga %2 y %3)</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>el plugin no tiene metadatos JSON</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation>el campo de metadatos &quot;%1&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation>el campo de metadatos &quot;Keys&quot; debe ser una lista de nombres no vacía</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation>el campo de metadatos &quot;Keys&quot; contiene un nombre no válido: %1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(no es un texto)</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a text</source>
        <translation>el campo de metadatos &quot;%1&quot; debe ser un texto</translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation>la carpeta de plugins %1 no existe</translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation>no es un plugin de Banter: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation>«%1» ya lo proporciona %2; se ignora la reclamación de este plugin</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation>ningún plugin proporciona «%1»: no se encontraron plugins de transporte en %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation>ningún plugin proporciona «%1»: no se encontraron plugins de servicio en %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation>ningún plugin proporciona «%1» (disponibles: %2)</translation>
    </message>
    <message>
        <source>threw an exception while creating its plugin object</source>
        <translation>lanzó una excepción al crear su objeto de plugin</translation>
    </message>
    <message>
        <source>was loaded but created no plugin object</source>
        <translation>se cargó pero no creó ningún objeto de plugin</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>no se pudo cargar: %1</translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation>su objeto raíz no implementa %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation>el plugin para «%1» (%2): %3</translation>
    </message>
</context>
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 no válida</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>el transporte %1 no puede actuar como servidor</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>el plugin para «%1» no creó ningún servicio</translation>
    </message>
</context>
<context>
    <name>Banter::ServerSettings</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 no válida</translation>
    </message>
    <message>
        <source>the maximum message size must be at least 1 byte</source>
        <translation>el tamaño máximo de mensaje debe ser de al menos 1 byte</translation>
    </message>
    <message>
        <source>the maximum number of clients must be at least 1</source>
        <translation>el número máximo de clientes debe ser al menos 1</translation>
    </message>
    <message>
        <source>the output cap must be at least 1 byte</source>
        <translation>el límite de salida debe ser de al menos 1 byte</translation>
    </message>
    <message>
        <source>the handshake and close timeouts must be positive</source>
        <translation>los tiempos de espera de negociación y de cierre deben ser positivos</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>el tiempo de inactividad no puede ser negativo</translation>
    </message>
    <message>
        <source>the listen backlog must be at least 1</source>
        <translation>la cola de escucha (backlog) debe ser de al menos 1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
</TS>
