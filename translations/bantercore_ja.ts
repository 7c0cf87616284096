<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Banter::CertificateProblem</name>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>%1 の証明書が拒否されました：%2</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)</source>
        <translation>%1 の証明書が拒否されました：%2（SHA-256 フィンガープリント %3）</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectOptions</name>
    <message>
        <source>&quot;%1&quot; is not a header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>「%1」はヘッダー名として使用できません：英字、数字、!#$%&amp;&apos;*+-.^_`|~ を使用してください</translation>
    </message>
    <message>
        <source>the handshake sets the %1 header itself</source>
        <translation>%1 ヘッダーはハンドシェイクが自動的に設定します</translation>
    </message>
    <message>
        <source>give the origin as the origin option, not as a header</source>
        <translation>オリジンはヘッダーではなく、オリジンのオプションで指定してください</translation>
    </message>
    <message>
        <source>give the subprotocols as the subprotocol option, not as a header</source>
        <translation>サブプロトコルはヘッダーではなく、サブプロトコルのオプションで指定してください</translation>
    </message>
    <message>
        <source>the value of the %1 header holds a line break or another control character</source>
        <translation>%1 ヘッダーの値に改行などの制御文字が含まれています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>「%1」はサブプロトコル名として使用できません：英字、数字、!#$%&amp;&apos;*+-.^_`|~ を使用してください</translation>
    </message>
    <message>
        <source>the origin &quot;%1&quot; holds a space, a line break or another control character</source>
        <translation>オリジン「%1」に空白、改行などの制御文字が含まれています</translation>
    </message>
    <message>
        <source>a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB</source>
        <translation>受信バッファ %1 バイト: 0 (自動) または %2 KiB から %3 MiB を指定してください</translation>
    </message>
    <message>
        <source>the private key %1 needs its client certificate</source>
        <translation>秘密鍵 %1 にはそのクライアント証明書が必要です</translation>
    </message>
    <message>
        <source>a passphrase needs a client certificate or key to open</source>
        <translation>パスフレーズには、それで開くクライアント証明書か鍵が必要です</translation>
    </message>
    <message>
        <source>the proxy &quot;%1&quot; is not one: give direct, http://host:port or socks5://host:port (a user may come before the host, the password goes apart)</source>
        <translation>プロキシ「%1」は正しくありません: direct、http://host:port、socks5://host:port のいずれかを指定してください（ホストの前にユーザーを付けられます。パスワードは別に指定します）</translation>
    </message>
    <message>
        <source>a proxy password needs a proxy URL with a user, such as socks5://user@host:1080</source>
        <translation>プロキシのパスワードには、socks5://user@host:1080 のようにユーザーを含むプロキシ URL が必要です</translation>
    </message>
</context>
<context>
    <name>Banter::Localization</name>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de, fr, es, ja, ar or en.</source>
        <translation>システムの言語の代わりにこの言語を使います（例：de、fr、es、ja、ar、en）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation>未対応のプラグインインターフェイス「%1」です（この Banter が読み込むのは %2 と %3 です）</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>プラグインに JSON メタデータがありません</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation>メタデータのフィールド &quot;%1&quot; は空でないテキストでなければなりません</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation>メタデータのフィールド &quot;Keys&quot; は空でない名前のリストでなければなりません</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation>メタデータのフィールド &quot;Keys&quot; に無効な名前があります：%1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（テキストではありません）</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a text</source>
        <translation>メタデータのフィールド &quot;%1&quot; はテキストでなければなりません</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; must be true or false</source>
        <translation>メタデータ項目「Wraps」は true か false でなければなりません</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; is for transports only</source>
        <translation>メタデータ項目「Wraps」はトランスポート専用です</translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation>プラグインフォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation>Banter のプラグインではありません：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation>「%1」はすでに %2 が提供しています。このプラグインによる提供は無視されます</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation>「%1」を提供するプラグインがありません：%2 にトランスポートプラグインが見つかりませんでした</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation>「%1」を提供するプラグインがありません：%2 にサービスプラグインが見つかりませんでした</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation>「%1」を提供するプラグインがありません（利用可能：%2）</translation>
    </message>
    <message>
        <source>threw an exception while creating its plugin object</source>
        <translation>プラグインオブジェクトの作成中に例外が発生しました</translation>
    </message>
    <message>
        <source>was loaded but created no plugin object</source>
        <translation>読み込まれましたが、プラグインオブジェクトを作成しませんでした</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation>ルートオブジェクトが %1 を実装していません</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation>「%1」のプラグイン（%2）：%3</translation>
    </message>
    <message>
        <source>List the plugins found, one a line: id, version, kind, interface, keys, file, and &quot;ok&quot; or why it cannot be used.</source>
        <translation>見つかったプラグインを1行に1つずつ一覧表示します: ID、バージョン、種類、インターフェース、キー、ファイル、そして「ok」または使えない理由。</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: the plugin registry is gone</source>
        <translation>「%1」を提供するプラグインはありません：プラグインレジストリがもうありません</translation>
    </message>
    <message>
        <source>says it wraps other transports, but its root object does not implement %1</source>
        <translation>ほかのトランスポートを包むと述べていますが、ルートオブジェクトが %1 を実装していません</translation>
    </message>
</context>
<context>
    <name>Banter::ServerSettings</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 は無効です</translation>
    </message>
    <message>
        <source>the maximum message size must be at least 1 byte</source>
        <translation>最大メッセージサイズは 1 バイト以上でなければなりません</translation>
    </message>
    <message>
        <source>the maximum number of clients must be at least 1</source>
        <translation>最大クライアント数は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>the output cap must be at least 1 byte</source>
        <translation>出力上限は 1 バイト以上でなければなりません</translation>
    </message>
    <message>
        <source>the handshake and close timeouts must be positive</source>
        <translation>ハンドシェイクとクローズのタイムアウトは正の値でなければなりません</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>アイドルタイムアウトに負の値は指定できません</translation>
    </message>
    <message>
        <source>the listen backlog must be at least 1</source>
        <translation>listen のバックログは 1 以上でなければなりません</translation>
    </message>
</context>
<context>
    <name>Banter::TlsAlert</name>
    <message>
        <source>the server asks for a client certificate, and none was given (TLS alert: %1)</source>
        <translation>サーバーはクライアント証明書を求めていますが、指定されていません（TLS アラート: %1）</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert: %1)</source>
        <translation>サーバーはクライアント証明書を拒否しました（TLS アラート: %1）</translation>
    </message>
    <message>
        <source>the server ended the TLS connection (TLS alert: %1)</source>
        <translation>サーバーは TLS 接続を終了しました（TLS アラート: %1）</translation>
    </message>
</context>
<context>
    <name>Banter::TlsIdentity</name>
    <message>
        <source>TLS is not available: Qt cannot load its TLS library</source>
        <translation>TLS を使えません: Qt が TLS ライブラリを読み込めません</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>証明書 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>秘密鍵 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form</source>
        <translation>%1 には使える秘密鍵がありません: PEM 形式の RSA、EC、DSA 鍵を指定してください</translation>
    </message>
    <message>
        <source>the private key %1 is encrypted, and no passphrase was given</source>
        <translation>秘密鍵 %1 は暗号化されていますが、パスフレーズが指定されていません</translation>
    </message>
    <message>
        <source>the passphrase does not open the private key %1</source>
        <translation>このパスフレーズでは秘密鍵 %1 を開けません</translation>
    </message>
    <message>
        <source>%1 is a PEM certificate, which needs its private key file as well</source>
        <translation>%1 は PEM 証明書なので、その秘密鍵ファイルも必要です</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that opens without a passphrase</source>
        <translation>%1 はパスフレーズなしで開ける PKCS#12 ファイルではありません</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that this passphrase opens</source>
        <translation>%1 はこのパスフレーズで開ける PKCS#12 ファイルではありません</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示する。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示する。</translation>
    </message>
</context>
</TS>
