<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
    <message>
        <source>&quot;history&quot; must be true or false</source>
        <translation>&quot;history&quot; は true か false でなければなりません</translation>
    </message>
    <message>
        <source>only a received message has a &quot;history&quot;</source>
        <translation>&quot;history&quot; を持てるのは受信したメッセージだけです</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>&quot;attributes&quot; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>only a received message has &quot;attributes&quot;</source>
        <translation>&quot;attributes&quot; を持つのは受信したメッセージだけです</translation>
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
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>ルーム %1 に %2 として参加しました（メンバー %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>the name %1 is taken in this room: you are %2</source>
        <translation>名前 %1 はこのルームで使用中です：あなたは %2 です</translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>再開しました：不在中のメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>再開できませんでした（%1）：ルームの最新 %n 件のメッセージを表示します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>ルームの最新 %n 件のメッセージを表示します</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 が参加しました</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 が退出しました</translation>
    </message>
    <message>
        <source>you are now %1</source>
        <translation>あなたの名前は %1 になりました</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 は %2 に名前を変更しました</translation>
    </message>
    <message>
        <source>the room refused a message: %1 (%2)</source>
        <translation>ルームがメッセージを拒否しました：%1（%2）</translation>
    </message>
    <message>
        <source>the server lost the room&apos;s history since</source>
        <translation>サーバーはその後ルームの履歴を失いました</translation>
    </message>
    <message>
        <source>the room no longer keeps what was missed</source>
        <translation>ルームは見逃したメッセージをもう保持していません</translation>
    </message>
    <message>
        <source>the room never reached that point</source>
        <translation>ルームはその位置に達したことがありません</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>a member&apos;s message in a chat room</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>クライアント証明書を使えません: %1</translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hex digit</source>
        <translation>%2 文字目の「%1」は 16 進数字ではありません</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f, at position %1</source>
        <translation>%1 文字目：1 バイトには 0f のように 2 桁の 16 進数字が必要です</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f: the last one has one</source>
        <translation>1 バイトには 0f のように 2 桁の 16 進数字が必要です：最後のバイトが 1 桁しかありません</translation>
    </message>
    <message>
        <source>no bytes: type pairs of hex digits, such as 00 01 ff</source>
        <translation>バイトがありません：00 01 ff のように 16 進数字を 2 桁ずつ入力してください</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… ほか %Ln バイト</numerusform>
        </translation>
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
    <name>Banter::MessageTemplate</name>
    <message>
        <source>{{ at character %1 has no }}: write \{{ to send {{ as it is</source>
        <translation>%1 文字目の {{ に対応する }} がありません: {{ をそのまま送るには \{{ と書いてください</translation>
    </message>
    <message>
        <source>{{%1}} at character %2: write {{random A B}} with two whole numbers, A not above B, each within ±%3</source>
        <translation>%2 文字目の {{%1}}: {{random A B}} と 2 つの整数で書いてください（A は B 以下、それぞれ ±%3 以内）</translation>
    </message>
    <message>
        <source>{{%1}} at character %2 is no variable</source>
        <translation>%2 文字目の {{%1}} は変数ではありません</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} at character %2 (Connection → Variables… names yours)</source>
        <translation>%2 文字目の未知の変数 {{%1}}（接続 → 変数… で定義できます）</translation>
    </message>
</context>
<context>
    <name>Banter::SavedConnection</name>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>「%1」という名前の接続はすでにあります。</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>JSON ではありません: %2 文字目で %1</translation>
    </message>
    <message>
        <source>not a file of Banter&apos;s connections (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>Banter の接続ファイルではありません（&quot;format&quot; が &quot;%1&quot; ではありません）</translation>
    </message>
    <message>
        <source>written by another version of Banter (version %1; this one reads %2)</source>
        <translation>別のバージョンの Banter で書かれています（バージョン %1、このバージョンが読めるのは %2）</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>接続 %1: %2</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>%1 ヘッダー</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; が文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list</source>
        <translation>&quot;headers&quot; がリストではありません</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; is not a list</source>
        <translation>&quot;subprotocols&quot; がリストではありません</translation>
    </message>
    <message>
        <source>a header is not written as [&quot;name&quot;, &quot;value&quot;]</source>
        <translation>ヘッダーが [&quot;名前&quot;, &quot;値&quot;] の形で書かれていません</translation>
    </message>
    <message>
        <source>a subprotocol is not a string</source>
        <translation>サブプロトコルが文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;receiveBuffer&quot; is not a whole number</source>
        <translation>&quot;receiveBuffer&quot; が整数ではありません</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as ws://host:port/path</source>
        <translation>&quot;%1&quot; は ws://host:port/path のような URL ではありません</translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%2 件中 %1 件送信</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n 件送信</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused while disconnected</source>
        <translation>%1、切断中は一時停止</translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>%2 件中 %1 件で停止</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>%n 回送信しました</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>%1 件で停止</translation>
    </message>
    <message>
        <source>stopped after %1: %2</source>
        <translation>%1 件で停止: %2</translation>
    </message>
    <message>
        <source>stopped after %1: there is no connection to send to</source>
        <translation>%1 件で停止: 送信先の接続がありません</translation>
    </message>
</context>
<context>
    <name>Banter::Snippet</name>
    <message>
        <source>A snippet needs a name.</source>
        <translation>スニペットには名前が必要です。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>The bytes are not hex: %1.</source>
        <translation>バイトが 16 進ではありません: %1。</translation>
    </message>
    <message>
        <source>There is already a snippet named “%1”.</source>
        <translation>「%1」という名前のスニペットはすでにあります。</translation>
    </message>
</context>
</TS>
