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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no echo</source>
        <translation>エコーなし</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>遅延：%1</translation>
    </message>
    <message>
        <source>%1, out of order</source>
        <translation>%1、順序違い</translation>
    </message>
    <message>
        <source>%1, echoed as binary</source>
        <translation>%1、バイナリでエコー</translation>
    </message>
    <message>
        <source>%1, echoed as text</source>
        <translation>%1、テキストでエコー</translation>
    </message>
</context>
<context>
    <name>Banter::FieldExpression</name>
    <message>
        <source>“)” at character %1 has no “(”</source>
        <translation>%1 文字目の「)」に対応する「(」がありません</translation>
    </message>
    <message>
        <source>nested too deeply at character %1 (at most %2 levels)</source>
        <translation>%1 文字目で入れ子が深すぎます（最大 %2 階層）</translation>
    </message>
    <message>
        <source>expected a condition at character %1</source>
        <translation>%1 文字目に条件が必要です</translation>
    </message>
    <message>
        <source>expected a condition after “%1” at character %2</source>
        <translation>「%1」の後、%2 文字目に条件が必要です</translation>
    </message>
    <message>
        <source>“%1” at character %2: keywords are written in lower case, “%3”</source>
        <translation>%2 文字目の「%1」: キーワードは小文字で「%3」と書きます</translation>
    </message>
    <message>
        <source>expected “and”, “or” or “)” at character %1</source>
        <translation>%1 文字目に「and」「or」または「)」が必要です</translation>
    </message>
    <message>
        <source>expected “and”, “or” or the end at character %1</source>
        <translation>%1 文字目に「and」「or」または終わりが必要です</translation>
    </message>
    <message>
        <source>“)” missing for the “(” at character %1</source>
        <translation>%1 文字目の「(」に対応する「)」がありません</translation>
    </message>
    <message>
        <source>unknown function “%1” at character %2 (the one function is exists($.path))</source>
        <translation>%2 文字目の未知の関数「%1」（関数は exists($.path) だけです）</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no path: write $.%1 for a field</source>
        <translation>%2 文字目の「%1」はパスではありません: フィールドなら $.%1 と書いてください</translation>
    </message>
    <message>
        <source>expected “(” at character %1: write exists($.path)</source>
        <translation>%1 文字目に「(」が必要です: exists($.path) と書いてください</translation>
    </message>
    <message>
        <source>expected a path at character %1: write exists($.path)</source>
        <translation>%1 文字目にパスが必要です: exists($.path) と書いてください</translation>
    </message>
    <message>
        <source>expected “)” after the path at character %1</source>
        <translation>パスの後、%1 文字目に「)」が必要です</translation>
    </message>
    <message>
        <source>“=” at character %1 is no operator: write == to compare</source>
        <translation>%1 文字目の「=」は演算子ではありません: 比較には == と書いてください</translation>
    </message>
    <message>
        <source>a path alone is no condition at character %1: compare it (== != &lt; &lt;= &gt; &gt;= ~) or write exists($.path)</source>
        <translation>%1 文字目: パスだけでは条件になりません。比較する（== != &lt; &lt;= &gt; &gt;= ~）か exists($.path) と書いてください</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;= ~ !~) after the path at character %1</source>
        <translation>パスの後、%1 文字目に演算子（== != &lt; &lt;= &gt; &gt;= ~ !~）が必要です</translation>
    </message>
    <message>
        <source>a path at character %1, where a value was expected: compare a path with a value, such as 100 or &quot;text&quot;</source>
        <translation>%1 文字目にはパスではなく値が必要です: パスは 100 や &quot;text&quot; のような値と比較してください</translation>
    </message>
    <message>
        <source>a value alone is no condition at character %1: compare a path with it, such as $.field == %2</source>
        <translation>%1 文字目: 値だけでは条件になりません。$.field == %2 のようにパスと比較してください</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;=) after the value at character %1</source>
        <translation>値の後、%1 文字目に演算子（== != &lt; &lt;= &gt; &gt;=）が必要です</translation>
    </message>
    <message>
        <source>“%1” at character %2 takes a path on its left: $.field %1 /pattern/</source>
        <translation>%2 文字目の「%1」の左にはパスが必要です: $.field %1 /pattern/</translation>
    </message>
    <message>
        <source>expected a path after “%1” at character %2: one side of a comparison is a path, such as $.field</source>
        <translation>「%1」の後、%2 文字目にパスが必要です: 比較の片側は $.field のようなパスです</translation>
    </message>
    <message>
        <source>“%1” at character %2 orders numbers and text: %3 goes only with == and !=</source>
        <translation>%2 文字目の「%1」は数値と文字列の大小を比べます: %3 には == と != しか使えません</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no value: write text in quotes, &quot;%1&quot;</source>
        <translation>%2 文字目の「%1」は値ではありません: 文字列は &quot;%1&quot; のように引用符で囲んでください</translation>
    </message>
    <message>
        <source>expected a value at character %1</source>
        <translation>%1 文字目に値が必要です</translation>
    </message>
    <message>
        <source>expected a value after “%1” at character %2</source>
        <translation>「%1」の後、%2 文字目に値が必要です</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>%1 文字目の「-」の後に数字が必要です</translation>
    </message>
    <message>
        <source>expected a digit after the “.” at character %1</source>
        <translation>%1 文字目の「.」の後に数字が必要です</translation>
    </message>
    <message>
        <source>expected the exponent&apos;s digits after the “%1” at character %2</source>
        <translation>%2 文字目の「%1」の後に指数の数字が必要です</translation>
    </message>
    <message>
        <source>the number at character %1 is out of range: a double holds about 1e-308 to 1e308</source>
        <translation>%1 文字目の数値が範囲外です: double で表せるのはおよそ 1e-308 から 1e308 までです</translation>
    </message>
    <message>
        <source>expected /pattern/ after “%1” at character %2</source>
        <translation>「%1」の後、%2 文字目に /pattern/ が必要です</translation>
    </message>
    <message>
        <source>the regular expression at character %1 has no closing “/”</source>
        <translation>%1 文字目の正規表現に閉じる「/」がありません</translation>
    </message>
    <message>
        <source>unknown flag “%1” at character %2 (the flags are i, m, s and x)</source>
        <translation>%2 文字目の未知のフラグ「%1」（フラグは i、m、s、x です）</translation>
    </message>
    <message>
        <source>not a regular expression at character %1: %2</source>
        <translation>%1 文字目の正規表現が無効です: %2</translation>
    </message>
    <message>
        <source>too long at character %1 (at most %2 characters)</source>
        <translation>%1 文字目で長すぎます（最大 %2 文字）</translation>
    </message>
    <message>
        <source>too long at character %1: written out in full it has %2 characters, at most %3</source>
        <translation>%1 文字目で長すぎます: 完全な形で書くと %2 文字になります（最大 %3 文字）</translation>
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
    <name>Banter::JsonPath</name>
    <message>
        <source>expected text in quotes at character %1</source>
        <translation>%1 文字目に引用符で囲んだ文字列が必要です</translation>
    </message>
    <message>
        <source>“\u” at character %1 needs four hex digits, such as \u00e9</source>
        <translation>%1 文字目の「\u」には \u00e9 のように 4 桁の 16 進数字が必要です</translation>
    </message>
    <message>
        <source>unknown escape “\%1” at character %2 (the escapes are \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>%2 文字目の未知のエスケープ「\%1」（エスケープは \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX）</translation>
    </message>
    <message>
        <source>the text in quotes at character %1 has no closing %2</source>
        <translation>%1 文字目からの引用符で囲んだ文字列に閉じる %2 がありません</translation>
    </message>
    <message>
        <source>expected a path, such as $.field, at character %1</source>
        <translation>%1 文字目に $.field のようなパスが必要です</translation>
    </message>
    <message>
        <source>expected a name or * after the “.” at character %1 (write other keys in quotes: $[&quot;a key&quot;])</source>
        <translation>%1 文字目の「.」の後に名前か * が必要です（その他のキーは $[&quot;a key&quot;] のように引用符で囲みます）</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>%1 文字目のインデックスが大きすぎます</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>%1 文字目の「-」の後に数字が必要です</translation>
    </message>
    <message>
        <source>expected a key in quotes, an index or * after the “[” at character %1</source>
        <translation>%1 文字目の「[」の後に引用符で囲んだキー、インデックス、または * が必要です</translation>
    </message>
    <message>
        <source>“]” missing for the “[” at character %1</source>
        <translation>%1 文字目の「[」に対応する「]」がありません</translation>
    </message>
    <message>
        <source>expected “]” at character %1</source>
        <translation>%1 文字目に「]」が必要です</translation>
    </message>
    <message>
        <source>expected the end of the path at character %1</source>
        <translation>%1 文字目でパスが終わっていません</translation>
    </message>
</context>
<context>
    <name>Banter::JsonText</name>
    <message>
        <source>an object not closed with }</source>
        <translation>} で閉じられていないオブジェクト</translation>
    </message>
    <message>
        <source>a , or } missing after a member</source>
        <translation>メンバーの後に , か } がありません</translation>
    </message>
    <message>
        <source>a : missing after a key</source>
        <translation>キーの後に : がありません</translation>
    </message>
    <message>
        <source>an array not closed with ]</source>
        <translation>] で閉じられていない配列</translation>
    </message>
    <message>
        <source>a , or ] missing after an item</source>
        <translation>要素の後に , か ] がありません</translation>
    </message>
    <message>
        <source>a , missing between two values</source>
        <translation>2 つの値の間に , がありません</translation>
    </message>
    <message>
        <source>no JSON value here</source>
        <translation>ここに JSON の値がありません</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>数値の途中でテキストが終わっています</translation>
    </message>
    <message>
        <source>a number JSON does not allow</source>
        <translation>JSON では使えない数値</translation>
    </message>
    <message>
        <source>an escape sequence JSON does not allow</source>
        <translation>JSON では使えないエスケープシーケンス</translation>
    </message>
    <message>
        <source>a string that is no valid Unicode</source>
        <translation>有効な Unicode ではない文字列</translation>
    </message>
    <message>
        <source>a string not closed with &quot;</source>
        <translation>&quot; で閉じられていない文字列</translation>
    </message>
    <message>
        <source>an object or an array expected</source>
        <translation>オブジェクトか配列が必要です</translation>
    </message>
    <message>
        <source>nested deeper than JSON is read here</source>
        <translation>ここで読み取れるより深い JSON の入れ子</translation>
    </message>
    <message>
        <source>too large to read as JSON</source>
        <translation>大きすぎて JSON として読み取れません</translation>
    </message>
    <message>
        <source>more text after the end of the JSON value</source>
        <translation>JSON の値の終わりの後にまだテキストがあります</translation>
    </message>
    <message>
        <source>too long to read as JSON (over %1 characters)</source>
        <translation>長すぎて JSON として読み取れません（%1 文字超）</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1（%2 行 %3 列目）</translation>
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
