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
    <message>
        <source>a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB</source>
        <translation>un búfer de recepción de %1 bytes: indique 0 (automático) o de %2 KiB a %3 MiB</translation>
    </message>
    <message>
        <source>the private key %1 needs its client certificate</source>
        <translation>la clave privada %1 necesita su certificado de cliente</translation>
    </message>
    <message>
        <source>a passphrase needs a client certificate or key to open</source>
        <translation>una frase de paso necesita un certificado de cliente o una clave que abrir</translation>
    </message>
    <message>
        <source>the proxy &quot;%1&quot; is not one: give direct, http://host:port or socks5://host:port (a user may come before the host, the password goes apart)</source>
        <translation>el proxy «%1» no lo es: indique direct, http://host:puerto o socks5://host:puerto (puede ir un usuario antes del host; la contraseña va aparte)</translation>
    </message>
    <message>
        <source>a proxy password needs a proxy URL with a user, such as socks5://user@host:1080</source>
        <translation>una contraseña de proxy necesita una URL de proxy con un usuario, como socks5://usuario@host:1080</translation>
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
    <message>
        <source>metadata field &quot;Wraps&quot; must be true or false</source>
        <translation>el campo de metadatos «Wraps» debe ser true o false</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; is for transports only</source>
        <translation>el campo de metadatos «Wraps» es solo para transportes</translation>
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
    <message>
        <source>List the plugins found, one a line: id, version, kind, interface, keys, file, and &quot;ok&quot; or why it cannot be used.</source>
        <translation>Enumera los plugins encontrados, uno por línea: identificador, versión, tipo, interfaz, claves, archivo y «ok» o por qué no se puede usar.</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: the plugin registry is gone</source>
        <translation>ningún plugin proporciona «%1»: el registro de plugins ya no existe</translation>
    </message>
    <message>
        <source>says it wraps other transports, but its root object does not implement %1</source>
        <translation>dice envolver otros transportes, pero su objeto raíz no implementa %1</translation>
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
    <name>Banter::TlsAlert</name>
    <message>
        <source>the server asks for a client certificate, and none was given (TLS alert: %1)</source>
        <translation>el servidor pide un certificado de cliente y no se indicó ninguno (alerta TLS: %1)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert: %1)</source>
        <translation>el servidor rechazó el certificado de cliente (alerta TLS: %1)</translation>
    </message>
    <message>
        <source>the server ended the TLS connection (TLS alert: %1)</source>
        <translation>el servidor terminó la conexión TLS (alerta TLS: %1)</translation>
    </message>
</context>
<context>
    <name>Banter::TlsIdentity</name>
    <message>
        <source>TLS is not available: Qt cannot load its TLS library</source>
        <translation>TLS no está disponible: Qt no puede cargar su biblioteca TLS</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>no se puede leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>no se puede leer la clave privada %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form</source>
        <translation>%1 no contiene ninguna clave privada utilizable: indique una clave RSA, EC o DSA en formato PEM</translation>
    </message>
    <message>
        <source>the private key %1 is encrypted, and no passphrase was given</source>
        <translation>la clave privada %1 está cifrada y no se indicó ninguna frase de paso</translation>
    </message>
    <message>
        <source>the passphrase does not open the private key %1</source>
        <translation>la frase de paso no abre la clave privada %1</translation>
    </message>
    <message>
        <source>%1 is a PEM certificate, which needs its private key file as well</source>
        <translation>%1 es un certificado PEM, que también necesita su archivo de clave privada</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that opens without a passphrase</source>
        <translation>%1 no es un archivo PKCS#12 que se abra sin frase de paso</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that this passphrase opens</source>
        <translation>%1 no es un archivo PKCS#12 que abra esta frase de paso</translation>
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
