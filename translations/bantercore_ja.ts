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
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>Banter が開ける上限 %1 を超えています</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>JSON ではありません：%1（%2 文字目）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>&quot;time&quot; は 2026-01-31T12:00:00.000Z のような日時でなければなりません</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>&quot;direction&quot; は &quot;sent&quot;、&quot;received&quot;、&quot;status&quot; のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>テキストのエントリーには &quot;text&quot; 文字列が必要です</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>&quot;text&quot; に UTF-16 サロゲートペアの片方だけが含まれています：これは有効な Unicode テキストではありません</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>ステータス行をバイナリにすることはできません</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>バイナリのエントリーには Base64 データの &quot;base64&quot; 文字列が必要です</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>&quot;kind&quot; は &quot;text&quot; または &quot;binary&quot; でなければなりません</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>&quot;delivery&quot; は &quot;pending&quot; または &quot;cancelled&quot; でなければなりません</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>&quot;delivery&quot; を持てるのは送信したメッセージだけです</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>ログを %1 に保存できません：%2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>ログ %1 を開けません：%2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>「time」は UTC で 1 年から 9999 年の間でなければなりません</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;バイナリ、1 バイト&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;バイナリ、%n バイト&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>古い行を %1 行削除しました(ログは %2 行、%3 MiB まで保持します)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>%1 秒後に再接続します（%2 回目の試行。前回のエラー：%3）</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒後に再接続します（%2 回目の試行）</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>%1 秒経っても接続できません：この試行を中止します</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>サーバーが %1 秒以内に ping に応答しませんでした：接続は切れています</translation>
    </message>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>URL にはスキームとホストが必要です（例：ws://localhost:3000）</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>URL %1 は無効です：%2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません：%2</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>%1 に接続できません：「%2」のプラグインが接続を作成しませんでした</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>ソケットエラー %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>未接続です：ws://localhost:3000 のような URL を入力してください</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>未接続です：%1 を開けません</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>ソケットを開きました</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>ソケットを閉じました（%1）</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>ソケットを閉じました</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>相手側の終了</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>未対応のデータ</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>異常切断</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>無効なデータ</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>ポリシー違反</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>メッセージが大きすぎる</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>拡張機能の不足</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>サービス再起動</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>後で再試行</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>アプリケーション定義のコード</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>再試行しません：%1 についてこの証明書を信頼するまで、証明書は拒否されます</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>再試行しません：この証明書は信頼できません</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>%1 の未送信メッセージを読み込めません：%2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>送信トレイのファイルではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>前回のセッションの未送信メッセージ %n 件を、接続後に送信します</numerusform>
        </translation>
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
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>ログを %1 に記録できません: %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>%1 へのログの記録が停止しました: %2</translation>
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
</context>
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 は無効です</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>%1 トランスポートはサーバーとして動作できません</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>「%1」のプラグインがサービスを作成しませんでした</translation>
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
