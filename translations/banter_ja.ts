<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Banter::AboutPluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>プラグインについて</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供するもの</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>The URL schemes this transport opens</source>
        <translation>このトランスポートが開く URL スキーム</translation>
    </message>
    <message>
        <source>The services this plugin runs</source>
        <translation>このプラグインが実行するサービス</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>検索したフォルダー：%1</translation>
    </message>
    <message>
        <source>Plugin folders searched</source>
        <translation>検索したプラグインフォルダー</translation>
    </message>
    <message>
        <source>Problems with the plugin folders</source>
        <translation>プラグインフォルダーの問題</translation>
    </message>
</context>
<context>
    <name>Banter::CertificateDialog</name>
    <message>
        <source>Certificate Refused</source>
        <translation>証明書が拒否されました</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused, and no connection was made:</source>
        <translation>%1 の証明書が拒否されたため、接続は確立されませんでした：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none: the server presented no certificate</source>
        <translation>なし：サーバーは証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Trust it only if you know that this is the certificate of %1, for instance because its fingerprint is the one its administrator gave you. Banter will then accept this certificate, and no other, for %1, until you revoke it in Connection &gt; Trusted Certificates.</source>
        <translation>これが %1 の証明書であることが確かな場合（たとえば、フィンガープリントが管理者から伝えられたものと一致する場合）にのみ信頼してください。信頼すると、［接続］→［信頼済みの証明書］で取り消すまで、Banter は %1 についてこの証明書だけを受け入れます。</translation>
    </message>
    <message>
        <source>This certificate cannot be trusted: it is revoked or blacklisted, or the problems concern more than one certificate of its chain.</source>
        <translation>この証明書は信頼できません：失効しているかブロックリストに登録されているか、または問題が証明書チェーン内の複数の証明書に関係しています。</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>%1 についてこの証明書を信頼</translation>
    </message>
</context>
<context>
    <name>Banter::ChatDelegate</name>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>Banter::ChatFilterModel</name>
    <message>
        <source>Not a regular expression: %1 at character %2.</source>
        <translation>正規表現が無効です：%1（%2 文字目）。</translation>
    </message>
    <message>
        <source>Not a field condition: %1.</source>
        <translation>フィールド条件が無効です：%1。</translation>
    </message>
</context>
<context>
    <name>Banter::ChatPane</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>新着メッセージまでスクロール</translation>
    </message>
    <message>
        <source>↓ 1 new message</source>
        <translation>↓ 新着メッセージ 1 件</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ 新着メッセージ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::CommandLine</name>
    <message>
        <source>Banter, a desktop WebSocket client.

Without a URL, Banter starts its own echo server on port 3000 (or uses the one already running there) and connects to %1.</source>
        <translation>Banter：デスクトップ向け WebSocket クライアント。

URL を指定しない場合、Banter はポート 3000 で独自のエコーサーバーを起動し（そのポートですでに動作しているサーバーがあればそれを使用し）、%1 に接続します。</translation>
    </message>
    <message>
        <source>The colours: system (the desktop&apos;s), light or dark (both on the Fusion style).</source>
        <translation>配色：system（デスクトップの配色）、light、dark（light と dark は Fusion スタイルを使用）。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>The server to connect to, such as ws://example.org:8080/chat.</source>
        <translation>接続先のサーバー（例：ws://example.org:8080/chat）。</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use %2.</source>
        <translation>不明な配色「%1」です：%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Give one URL at the most, not %1.</source>
        <translation>URL は 1 つまでしか指定できません（%1 個指定されています）。</translation>
    </message>
</context>
<context>
    <name>Banter::ComposeBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>ファイル(&amp;I)…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages</source>
        <translation>Enter で送信、Shift+Enter で改行、↑ キーと ↓ キーで送信済みメッセージを呼び出します</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>16 進(&amp;X)</translation>
    </message>
    <message>
        <source>Hex input</source>
        <translation>16 進入力</translation>
    </message>
    <message>
        <source>Type bytes in hexadecimal, such as 00 01 ff, and send them as one binary message</source>
        <translation>00 01 ff のようにバイトを 16 進数で入力し、1 つのバイナリメッセージとして送信します</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>ファイルを送信</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>ファイルを 1 つのバイナリメッセージとして送信します</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>メッセージが送信されなかった理由</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>送信されませんでした：%1。</translation>
    </message>
    <message>
        <source>Bytes in hex, such as 00 01 ff; Enter sends them</source>
        <translation>00 01 ff のような 16 進数のバイト。Enter で送信します</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>メッセージを入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>The message with its variables filled in</source>
        <translation>変数を埋めたメッセージ</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>送信内容: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>送信できません: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message>
        <source>Connection Options</source>
        <translation>接続オプション</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>リクエストヘッダー</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: banter</source>
        <translation>Authorization: Bearer …
X-Client: banter</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>サブプロトコル</translation>
    </message>
    <message>
        <source>chat.v2, chat.v1</source>
        <translation>chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all options</source>
        <translation>すべてのオプションをクリア</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>リクエストヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>サブプロトコル(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>オリジン(&amp;O):</translation>
    </message>
    <message>
        <source>Header line %1 is not written as Name: value.</source>
        <translation>ヘッダーの %1 行目が「名前: 値」の形式になっていません。</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>送信できません：%1。</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>ヘッダー 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>ヘッダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>subprotocols %1</source>
        <translation>サブプロトコル %1</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>オリジン %1</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>オプションなし</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>パスワードあり</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>受信バッファ</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>The socket&apos;s receive buffer. Automatic lets the system grow it as the link needs; a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s).</source>
        <translation>ソケットの受信バッファ。自動では回線に応じてシステムが大きくします。サイズを指定すると、スループットは往復ごとにその量までに制限されます (50 ms で 256 KiB なら約 5 MB/s)。</translation>
    </message>
    <message>
        <source>&amp;Receive buffer:</source>
        <translation>受信バッファ(&amp;R):</translation>
    </message>
    <message>
        <source>receive buffer %1 KiB</source>
        <translation>受信バッファ %1 KiB</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>クライアント証明書のファイル</translation>
    </message>
    <message>
        <source>client.pem or client.p12</source>
        <translation>client.pem または client.p12</translation>
    </message>
    <message>
        <source>Private key file of the client certificate</source>
        <translation>クライアント証明書の秘密鍵ファイル</translation>
    </message>
    <message>
        <source>client.key (none for PKCS#12)</source>
        <translation>client.key（PKCS#12 では不要）</translation>
    </message>
    <message>
        <source>Passphrase of the key or PKCS#12 file</source>
        <translation>鍵または PKCS#12 ファイルのパスフレーズ</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx)</source>
        <translation>証明書 (*.pem *.crt *.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>秘密鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>秘密鍵 (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>鍵のパスフレーズ(&amp;A):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the file of %1</source>
        <translation>ファイルを選択: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1.</source>
        <translation>クライアント証明書を使えません: %1。</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>クライアント証明書 %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>the system&apos;s; direct, http://host:3128, socks5://user@host:1080</source>
        <translation>システムの設定; direct, http://host:3128, socks5://user@host:1080</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, all_proxy, no_proxy). direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a user before the host if it asks for a login. Connections to this machine itself never go through a proxy.</source>
        <translation>空: システムのプロキシ設定（http_proxy、all_proxy、no_proxy）。direct: なし。または HTTP プロキシ（CONNECT）か SOCKS5 プロキシ。ログインが必要ならホストの前にユーザーを付けます。このマシン自身への接続はプロキシを経由しません。</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>プロキシのパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <source>Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM certificate with its key file, or a PKCS#12 file alone</source>
        <translation>要求する wss:// サーバーや mqtts:// ブローカーに提示します（相互 TLS）: PEM 証明書と鍵ファイル、または PKCS#12 ファイル単体</translation>
    </message>
    <message>
        <source>Kept while Banter runs, never in banter.conf (a saved connection keeps it in the desktop&apos;s keyring)</source>
        <translation>Banter の実行中だけ保持し、banter.conf には書きません（保存した接続ではデスクトップのキーリングに保管します）</translation>
    </message>
    <message>
        <source>Used from the next Connect on, by it and by every reconnection after it. The user name and password go to URLs that name no user (an MQTT broker&apos;s login). The passwords and the passphrase never go into banter.conf: View → Connections keeps them in the desktop&apos;s keyring.</source>
        <translation>次の接続から、その接続とその後のすべての再接続で使います。ユーザー名とパスワードはユーザーを含まない URL（MQTT ブローカーのログイン）に使われます。パスワードとパスフレーズは banter.conf には書かれません。表示 → 接続 がデスクトップのキーリングに保管します。</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>遅延(&amp;L):</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>none; such as 100ms</source>
        <translation>なし（例：100ms）</translation>
    </message>
    <message>
        <source>The delay of every message in each direction: an echo&apos;s round trip grows by twice it. 0 ms to 1 min (ms, s, min).</source>
        <translation>各方向での各メッセージの遅れ：エコーの往復時間はその 2 倍増えます。0 ms から 1 min（ms、s、min）。</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>ジッター(&amp;J):</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>ジッター</translation>
    </message>
    <message>
        <source>none; such as 20ms</source>
        <translation>なし（例：20ms）</translation>
    </message>
    <message>
        <source>Each delay varies by up to this much, at most the latency; order is kept.</source>
        <translation>各遅れは最大この値だけ揺れます（遅延以下）。順序は保たれます。</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>帯域(&amp;B):</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域</translation>
    </message>
    <message>
        <source>no cap; such as 64KiB</source>
        <translation>上限なし（例：64KiB）</translation>
    </message>
    <message>
        <source>Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit.</source>
        <translation>各方向の毎秒バイト数：B、KiB、MiB、GiB、kB、MB、GB、kbit、Mbit、Gbit。</translation>
    </message>
    <message>
        <source>Lo&amp;ss:</source>
        <translation>損失(&amp;S):</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>メッセージ損失</translation>
    </message>
    <message>
        <source>none; such as 1%</source>
        <translation>なし（例：1%）</translation>
    </message>
    <message>
        <source>The share of messages dropped, 0 to 100 %; the log says so for each.</source>
        <translation>破棄するメッセージの割合、0〜100 %。ログが破棄ごとに知らせます。</translation>
    </message>
    <message>
        <source>Disconnect a&amp;fter:</source>
        <translation>切断まで(&amp;F):</translation>
    </message>
    <message>
        <source>Disconnect after</source>
        <translation>切断まで</translation>
    </message>
    <message>
        <source>never; such as 30s or 100msgs</source>
        <translation>しない（例：30s または 100msgs）</translation>
    </message>
    <message>
        <source>Cut the connection after a time or a number of messages.</source>
        <translation>一定時間または一定数のメッセージの後に接続を切ります。</translation>
    </message>
    <message>
        <source>Black &amp;hole after:</source>
        <translation>ブラックホールまで(&amp;H):</translation>
    </message>
    <message>
        <source>Black hole after</source>
        <translation>ブラックホールまで</translation>
    </message>
    <message>
        <source>never; such as 10s or 100msgs</source>
        <translation>しない（例：10s または 100msgs）</translation>
    </message>
    <message>
        <source>After a time or a number of messages nothing moves either way, and the connection stays open: the heartbeat has to notice.</source>
        <translation>一定時間または一定数のメッセージの後、どちらの方向にも何も流れず、接続は開いたままです。ハートビートが気付く必要があります。</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>シード(&amp;D):</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>random; such as 42</source>
        <translation>ランダム（例：42）</translation>
    </message>
    <message>
        <source>The same seed gives the same delays and losses.</source>
        <translation>同じシードなら同じ遅れと損失になります。</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>ネットワーク条件</translation>
    </message>
    <message>
        <source>Simulates a bad network on this connection (chaos+ before the URL&apos;s scheme); empty fields leave it as it is.</source>
        <translation>この接続で悪いネットワークを再現します（URL のスキームの前に chaos+）。空の欄はそのままにします。</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionBar</name>
    <message>
        <source>Op&amp;tions…</source>
        <translation>オプション(&amp;T)…</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>The server to connect to; the list holds the recent ones (Ctrl+L)</source>
        <translation>接続先のサーバー。一覧には最近使用したサーバーが表示されます（Ctrl+L）</translation>
    </message>
    <message>
        <source>Recent URLs</source>
        <translation>最近使用した URL</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://ホスト:ポート/パス</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>接続オプション</translation>
    </message>
    <message>
        <source>What is wrong with the URL</source>
        <translation>URL の問題点</translation>
    </message>
    <message>
        <source>Not a URL: %1.</source>
        <translation>URL ではありません：%1。</translation>
    </message>
    <message>
        <source>A URL starts with a scheme and a host, such as %1.</source>
        <translation>URL はスキームとホストで始まります（例：%1）。</translation>
    </message>
    <message>
        <source>No transport plugin is loaded, so no scheme can be opened (see Help → About Plugins).</source>
        <translation>トランスポートプラグインが読み込まれていないため、どのスキームも開けません（［ヘルプ］→［プラグインについて］を参照）。</translation>
    </message>
    <message>
        <source>No plugin handles &quot;%1&quot;: Banter opens %2.</source>
        <translation>「%1」を扱うプラグインがありません：Banter が開けるのは %2 です。</translation>
    </message>
    <message>
        <source>The URL needs a host, such as %1.</source>
        <translation>URL にはホストが必要です（例：%1）。</translation>
    </message>
    <message>
        <source>Op&amp;tions (set)…</source>
        <translation>オプション（設定済み）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Request headers, subprotocols, origin, receive buffer, client certificate, proxy and login: %1</source>
        <translation>リクエストヘッダー、サブプロトコル、オリジン、受信バッファー、クライアント証明書、プロキシ、ログイン: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionTab</name>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title (unread count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>%n 秒後に %1 へ再接続します（Ctrl+R：今すぐ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>接続を閉じています…</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Saved connections: a name for a URL and its options</source>
        <translation>保存した接続: URL とそのオプションに付けた名前</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Saved “%1”. Not saved, to be given again when it is opened: %2.</source>
        <translation>「%1」を保存しました。保存していないもの（開くときに再入力）: %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: no file of connections is</source>
        <translation>%1 は 16 MiB を超えています: 接続ファイルがそれほど大きいことはありません</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の接続をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>%n 件の接続を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>接続を保存</translation>
    </message>
    <message>
        <source>Rename Connection</source>
        <translation>接続の名前を変更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Not Renamed</source>
        <translation>名前は変更されませんでした</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>保存した接続「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>接続をインポート</translation>
    </message>
    <message>
        <source>Banter connections (*.json)</source>
        <translation>Banter の接続 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>何もインポートされませんでした</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>接続をエクスポート</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>エクスポートされませんでした</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 going to the desktop&apos;s keyring…</source>
        <translation>「%1」を保存しました。%2 をデスクトップのキーリングへ送っています…</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 in the desktop&apos;s keyring.</source>
        <translation>「%1」を保存しました。%2 はデスクトップのキーリングにあります。</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>キーリングがありません</translation>
    </message>
    <message>
        <source>No keyring could keep %1 of “%2”: %3.

Keep them for this session only? Banter forgets them when it quits; then they are given again when the connection is opened.</source>
        <translation>「%2」の %1 を保管できるキーリングがありません: %3。

このセッションの間だけ保持しますか？ Banter は終了時に忘れます。その後は接続を開くときに改めて入力します。</translation>
    </message>
    <message>
        <source>%1 of “%2” kept until Banter quits.</source>
        <translation>「%2」の %1 は Banter の終了まで保持します。</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read from the keyring: %2</source>
        <translation>「%1」の秘密情報をキーリングから読めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsPanel</name>
    <message>
        <source>Filter by name or URL</source>
        <translation>名前または URL で絞り込み</translation>
    </message>
    <message>
        <source>Filter the saved connections</source>
        <translation>保存した接続を絞り込む</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存した接続</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>接続を開く</translation>
    </message>
    <message>
        <source>Save &amp;Current…</source>
        <translation>現在の接続を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the current connection</source>
        <translation>現在の接続を保存</translation>
    </message>
    <message>
        <source>Keep the URL and options of the URL bar under a name; passwords, passphrases and credential headers are not kept</source>
        <translation>URL バーの URL とオプションを名前を付けて保存します。パスワード、パスフレーズ、認証ヘッダーは保存しません</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>接続の名前を変更</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>接続を複製</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>接続をインポート</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>接続をエクスポート</translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>選択したメッセージ</translation>
    </message>
    <message>
        <source>Selected message in full</source>
        <translation>選択したメッセージの全文</translation>
    </message>
    <message>
        <source>Select a message to see it here in full.</source>
        <translation>メッセージを選択すると、ここに全文が表示されます。</translation>
    </message>
    <message>
        <source>%1 at %2, binary, %3</source>
        <translation>%1 %2、バイナリ、%3</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation>（先頭の %1 を表示）</translation>
    </message>
    <message>
        <source>%1 at %2, 1 character</source>
        <translation>%1 %2、1 文字</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 %2、%n 文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>、%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>。%Ln 文字を超える行は分割して表示しています（［編集］→［メッセージをコピー］でそのままコピーできます）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Selected message as indented JSON</source>
        <translation>選択したメッセージ（インデント付き JSON）</translation>
    </message>
    <message>
        <source>Selected message as a JSON tree</source>
        <translation>選択したメッセージ（JSON ツリー）</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Selected message shown as</source>
        <translation>選択したメッセージの表示形式</translation>
    </message>
    <message>
        <source>What is wrong with the JSON</source>
        <translation>JSON の問題点</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON が無効です：%1。</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>、JSON</translation>
    </message>
</context>
<context>
    <name>Banter::EchoStatisticsPanel</name>
    <message>
        <source>Pair echoes</source>
        <translation>エコーの照合</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>損失とみなすまで</translation>
    </message>
    <message>
        <source>A message whose echo has not come back by then is counted lost</source>
        <translation>この時間までにエコーが戻らなかったメッセージは損失として数えます</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Start counting again</source>
        <translation>最初から数え直す</translation>
    </message>
    <message>
        <source>Pair echoes:</source>
        <translation>エコーの照合：</translation>
    </message>
    <message>
        <source>Lost after:</source>
        <translation>損失とみなすまで：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>送信：</translation>
    </message>
    <message>
        <source>Echoed:</source>
        <translation>エコー受信：</translation>
    </message>
    <message>
        <source>Awaiting an echo:</source>
        <translation>エコー待ち：</translation>
    </message>
    <message>
        <source>Lost (no echo in time):</source>
        <translation>損失（時間内にエコーなし）：</translation>
    </message>
    <message>
        <source>Late (echo after the timeout):</source>
        <translation>遅延（期限後にエコー）：</translation>
    </message>
    <message>
        <source>Out of order:</source>
        <translation>順序違い：</translation>
    </message>
    <message>
        <source>Echoed as the other type:</source>
        <translation>別の型でエコー：</translation>
    </message>
    <message>
        <source>Round trip, median:</source>
        <translation>往復時間、中央値：</translation>
    </message>
    <message>
        <source>Round trip, 95th percentile:</source>
        <translation>往復時間、95パーセンタイル：</translation>
    </message>
    <message>
        <source>Round trip, 99th percentile:</source>
        <translation>往復時間、99パーセンタイル：</translation>
    </message>
    <message>
        <source>Round trip, longest:</source>
        <translation>往復時間、最長：</translation>
    </message>
    <message>
        <source>Automatic (once the server echoes)</source>
        <translation>自動（サーバーがエコーを返したら）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>接続がありません。</translation>
    </message>
    <message>
        <source>Echoes are not paired.</source>
        <translation>エコーは照合されません。</translation>
    </message>
    <message>
        <source>Every message sent awaits its echo.</source>
        <translation>送信した各メッセージがエコーを待ちます。</translation>
    </message>
    <message>
        <source>The server echoes: every message sent awaits its echo.</source>
        <translation>サーバーはエコーを返します：送信した各メッセージがエコーを待ちます。</translation>
    </message>
    <message>
        <source>Waiting for the server to echo a message.</source>
        <translation>サーバーがメッセージのエコーを返すのを待っています。</translation>
    </message>
</context>
<context>
    <name>Banter::FilterBar</name>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <source>Find (Escape closes)</source>
        <translation>検索（Esc で閉じる）</translation>
    </message>
    <message>
        <source>Show %1 rows</source>
        <translation>「%1」の行を表示</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>検索を閉じる</translation>
    </message>
    <message>
        <source>Close find and show every row (Escape)</source>
        <translation>検索を閉じてすべての行を表示（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>検索方法</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON フィールド</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading the log for matches</source>
        <translation>ログからの一致の読み込みを停止</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>検索を停止</translation>
    </message>
    <message>
        <source>$.type == &quot;trade&quot; and $.price &gt; 100 (Escape closes)</source>
        <translation>$.type == &quot;trade&quot; and $.price &gt; 100（Esc で閉じる）</translation>
    </message>
    <message>
        <source>A condition on the fields of JSON messages: $.path == value (also != &lt; &lt;= &gt; &gt;=), $.path ~ /regular expression/i, exists($.path), combined with and, or, not and parentheses. $.items[0].id is the id of the first item, $.items[*].id any item&apos;s.</source>
        <translation>JSON メッセージのフィールドに対する条件：$.path == 値（!= &lt; &lt;= &gt; &gt;= も可）、$.path ~ /正規表現/i、exists($.path) を and、or、not と括弧で組み合わせます。$.items[0].id は最初の要素の id、$.items[*].id はいずれかの要素の id です。</translation>
    </message>
    <message>
        <source>%1, reading the log: %2 %</source>
        <translation>%1、ログを読み込み中：%2%</translation>
    </message>
    <message>
        <source>%1, stopped at %2 % of the log</source>
        <translation>%1、ログの %2% で停止</translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>メンバー 1 個</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>メンバー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>要素 1 個</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>要素 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Banter::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Banter::MainWindow</name>
    <message>
        <source>Banter</source>
        <translation>Banter</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>最後の ping の往復時間</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>ログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>ログを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>ファイルを送信(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>選択した行をテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>メッセージをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the whole message of the current row, as it is</source>
        <translation>現在の行のメッセージ全体をそのままコピー</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>ログをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>タイムスタンプを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Message &amp;Details</source>
        <translation>メッセージの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>The selected message in full, below the log (Enter on a row)</source>
        <translation>選択したメッセージの全文をログの下に表示（行で Enter）</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>URL へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>今すぐ再接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>送信を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>選択したメッセージのうち、まだ保留中のものの送信を取り消します</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>信頼済みの証明書(&amp;T)…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>サーバー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Echo Server…</source>
        <translation>エコーサーバーを起動(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>プラグインについて(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Banter</source>
        <translation>Banter について(&amp;A)</translation>
    </message>
    <message>
        <source>About Banter</source>
        <translation>Banter について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop WebSocket client whose transports are plugins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;トランスポートをプラグインで提供する、デスクトップ向け WebSocket クライアントです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port %1 is already served: using that server</source>
        <translation>ポート %1 ではすでにサーバーが動作しています：そのサーバーを使用します</translation>
    </message>
    <message>
        <source>the embedded echo server did not start: %1</source>
        <translation>組み込みエコーサーバーを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>the echo server did not start on port %1: %2</source>
        <translation>ポート %1 でエコーサーバーを起動できませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>エコーサーバー：%1（クライアント %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Echo Server</source>
        <translation>エコーサーバーを起動</translation>
    </message>
    <message>
        <source>Serve the echo service on localhost, port (0 picks a free one):</source>
        <translation>localhost でエコーサービスを提供するポート（0 で空きポートを選択）:</translation>
    </message>
    <message>
        <source>cannot send %1: it is larger than %2, the most Banter sends as one message</source>
        <translation>%1 を送信できません：Banter が 1 つのメッセージとして送信できる上限 %2 を超えています</translation>
    </message>
    <message>
        <source>cannot send %1: %2</source>
        <translation>%1 を送信できません：%2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>サイズが大きすぎます</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>NDJSON log, opens again (*.ndjson *.jsonl)</source>
        <translation>NDJSON ログ（再度開けます） (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>テキスト (*.txt *.log)</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>NDJSON log (*.ndjson *.jsonl)</source>
        <translation>NDJSON ログ (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>ファイルを送信</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln 行を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>%1 から %Ln 行を開きました</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record to File…</source>
        <translation>ファイルに記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Write every new row into a file as well, as it comes (NDJSON, a new file every %1)</source>
        <translation>新しい行を届くたびにファイルにも書き込みます(NDJSON、%1 ごとに新しいファイル)</translation>
    </message>
    <message>
        <source>recording the log to %1</source>
        <translation>ログを %1 に記録しています</translation>
    </message>
    <message>
        <source>recording to %1 stopped</source>
        <translation>%1 への記録を停止しました</translation>
    </message>
    <message>
        <source>Record to File</source>
        <translation>ファイルに記録</translation>
    </message>
    <message>
        <source>Start C&amp;hat Server…</source>
        <translation>チャットサーバーを起動(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>サーバーを停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server</source>
        <translation>サーバーに接続(&amp;C)</translation>
    </message>
    <message>
        <source>the chat server did not start on port %1: %2</source>
        <translation>ポート %1 でチャットサーバーを起動できませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>チャットサーバー：%1（クライアント %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Chat Server</source>
        <translation>チャットサーバーを起動</translation>
    </message>
    <message>
        <source>Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a free one):</source>
        <translation>localhost でチャットルームを提供（ws://localhost:ポート/ルーム）、ポート（0 で空いているポートを選択）：</translation>
    </message>
    <message>
        <source>Banter follows the system&apos;s language now.</source>
        <translation>Banter はシステムの言語を使うようになりました。</translation>
    </message>
    <message>
        <source>Banter speaks %1 now.</source>
        <translation>Banter は %1 で表示されるようになりました。</translation>
    </message>
    <message>
        <source>&amp;Variables…</source>
        <translation>変数(&amp;V)…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>%1 のメッセージ %n 件がまだ送信されていません。タブを閉じて破棄しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>新しいタブ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>次のタブ(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>前のタブ(&amp;V)</translation>
    </message>
    <message>
        <source>Echo Statistics</source>
        <translation>エコー統計</translation>
    </message>
    <message>
        <source>&amp;Echo Statistics</source>
        <translation>エコー統計(&amp;E)</translation>
    </message>
    <message>
        <source>Each message paired with its echo: round trips, lost, out of order</source>
        <translation>各メッセージとそのエコーの照合：往復時間、損失、順序違い</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <source>Tra&amp;ffic</source>
        <translation>トラフィック(&amp;F)</translation>
    </message>
    <message>
        <source>Messages and bytes a second and round trips, over the last minutes</source>
        <translation>直近数分間の毎秒のメッセージ数とバイト数、往復時間</translation>
    </message>
    <message>
        <source>JSON S&amp;ummary Field…</source>
        <translation>JSON 要約フィールド(&amp;U)…</translation>
    </message>
    <message>
        <source>Show a field of each JSON message first in its row, such as $.type</source>
        <translation>各 JSON メッセージのフィールド（$.type など）を行の先頭に表示</translation>
    </message>
    <message>
        <source>Not a JSON path: %1.</source>
        <translation>JSON パスではありません：%1。</translation>
    </message>
    <message>
        <source>JSON Summary Field</source>
        <translation>JSON 要約フィールド</translation>
    </message>
    <message>
        <source>The field of each JSON message to show first in its row, such as $.type or $.user.name (empty: none):</source>
        <translation>各 JSON メッセージの行の先頭に表示するフィールド（$.type や $.user.name など。空なら表示しない）：</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>ネットワーク条件</translation>
    </message>
    <message>
        <source>This connection goes through simulated network conditions; the log says which when it opens.</source>
        <translation>この接続は再現されたネットワーク条件を通ります。開いたときにログがその内容を示します。</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatBar</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Repeating “%1” every %2 ms: %3</source>
        <translation>「%1」を %2 ms ごとに繰り返し中: %3</translation>
    </message>
    <message>
        <source>Stop repeating “%1”</source>
        <translation>「%1」の繰り返しを停止</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatDialog</name>
    <message>
        <source>Repeat “%1”</source>
        <translation>「%1」を繰り返す</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>The first goes out at once. While the connection is down, sending pauses, and nothing is lost.</source>
        <translation>最初の 1 件はすぐに送られます。接続が切れている間は送信を一時停止し、何も失われません。</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>回数(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Banter::RoomController</name>
    <message>
        <source>Set &amp;Name…</source>
        <translation>名前を設定(&amp;N)…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Your name in chat rooms</source>
        <translation>チャットルームでの名前</translation>
    </message>
    <message>
        <source>Set Name</source>
        <translation>名前を設定</translation>
    </message>
    <message>
        <source>Your name in chat rooms, 1 to 32 characters (empty: the server picks one):</source>
        <translation>チャットルームでの名前（1〜32 文字、空欄ならサーバーが決めます）：</translation>
    </message>
    <message>
        <source>Room %1 as %2</source>
        <translation>ルーム %1（%2 として）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room — Banter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Members of the room</source>
        <translation>ルームのメンバー</translation>
    </message>
</context>
<context>
    <name>Banter::SecretStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>キーリングが応答しませんでした</translation>
    </message>
    <message>
        <source>the keyring refused it</source>
        <translation>キーリングが拒否しました</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message>
        <source>Snippets</source>
        <translation>スニペット</translation>
    </message>
    <message>
        <source>&amp;Snippets</source>
        <translation>スニペット(&amp;S)</translation>
    </message>
    <message>
        <source>Messages kept for sending again (Ctrl+1 to Ctrl+9)</source>
        <translation>再送用に保存したメッセージ（Ctrl+1〜Ctrl+9）</translation>
    </message>
    <message>
        <source>Send Snippet %1</source>
        <translation>スニペット %1 を送信</translation>
    </message>
    <message>
        <source>snippet “%1” not sent: %2</source>
        <translation>スニペット「%1」は送信されませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>「%1」を %2 ms ごとに %n 回繰り返します</numerusform>
        </translation>
    </message>
    <message>
        <source>repeating “%1” every %2 ms until stopped</source>
        <translation>「%1」を %2 ms ごとに停止するまで繰り返します</translation>
    </message>
    <message>
        <source>repeating “%1”: %2</source>
        <translation>「%1」の繰り返し: %2</translation>
    </message>
    <message>
        <source>No snippet on %1: View → Snippets keeps messages for sending again.</source>
        <translation>%1 にスニペットはありません: 表示 → スニペット で再送用のメッセージを保存できます。</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetDialog</name>
    <message>
        <source>New Snippet</source>
        <translation>新しいスニペット</translation>
    </message>
    <message>
        <source>Edit Snippet</source>
        <translation>スニペットを編集</translation>
    </message>
    <message>
        <source>Text, with {{variables}}</source>
        <translation>テキスト（{{変数}} 可）</translation>
    </message>
    <message>
        <source>Binary, bytes in hex</source>
        <translation>バイナリ（16 進のバイト）</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>送信形式(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>対象(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetsPanel</name>
    <message>
        <source>Snippets</source>
        <translation>スニペット</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the selected snippet</source>
        <translation>選択したスニペットを送信</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>繰り返し(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the selected snippet every so often</source>
        <translation>選択したスニペットを一定間隔で送信</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>スニペットを削除</translation>
    </message>
    <message>
        <source>Delete the snippet “%1”?</source>
        <translation>スニペット「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>every connection</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1、対象: %2</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>スニペットを送信</translation>
    </message>
    <message>
        <source>Repeat snippet</source>
        <translation>スニペットを繰り返す</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>新しいスニペット</translation>
    </message>
    <message>
        <source>Edit snippet</source>
        <translation>スニペットを編集</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>スニペットを削除</translation>
    </message>
</context>
<context>
    <name>Banter::Sparkline</name>
    <message>
        <source>Messages a second</source>
        <translation>毎秒のメッセージ数</translation>
    </message>
    <message>
        <source>Messages a second: %1 in, %2 out (View → Traffic)</source>
        <translation>毎秒のメッセージ数：受信 %1、送信 %2（表示 → トラフィック）</translation>
    </message>
</context>
<context>
    <name>Banter::TrafficPanel</name>
    <message>
        <source>Save Chart…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>グラフを PNG 画像として保存</translation>
    </message>
    <message>
        <source>Save Data…</source>
        <translation>データを保存…</translation>
    </message>
    <message>
        <source>Save the last ten minutes, second by second, as CSV</source>
        <translation>直近 10 分間を 1 秒ごとに CSV で保存</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>毎秒のメッセージ数</translation>
    </message>
    <message>
        <source>Bytes a second</source>
        <translation>毎秒のバイト数</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>往復時間 (ms)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
    <message>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>エコー</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>グラフを %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>The data was not saved to %1: %2</source>
        <translation>データを %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>データを保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>Banter::TrustedCertificatesDialog</name>
    <message>
        <source>No certificates are trusted. Banter accepts only the certificates your system trusts.</source>
        <translation>信頼済みの証明書はありません。Banter はシステムが信頼する証明書のみを受け入れます。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>信頼済みの証明書</translation>
    </message>
    <message>
        <source>Certificates your system does not trust, which you trusted for one host each:</source>
        <translation>システムは信頼していないが、ホストごとに個別に信頼した証明書：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
</context>
<context>
    <name>Banter::VariablesDialog</name>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>One &quot;name = value&quot; a line. A message typed with {{name}} sends the value; Banter has {{uuid}}, {{now}}, {{timestamp}}, {{counter}} and {{random 1 100}} of its own. Kept in banter.conf: no secrets here.</source>
        <translation>1 行に 1 つ「名前 = 値」。{{名前}} を含むメッセージは値を送ります。Banter には {{uuid}}、{{now}}、{{timestamp}}、{{counter}}、{{random 1 100}} が組み込まれています。banter.conf に保存されるので、秘密は書かないでください。</translation>
    </message>
    <message>
        <source>Variables, one name = value a line</source>
        <translation>変数（1 行に 1 つ 名前 = 値）</translation>
    </message>
    <message>
        <source>user = sam
room = lobby</source>
        <translation>user = sam
room = lobby</translation>
    </message>
    <message>
        <source>Line %1 is not written as name = value.</source>
        <translation>%1 行目が「名前 = 値」の形ではありません。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is no name: begin with a letter or _, then letters, digits, _ - and &apos;.&apos;.</source>
        <translation>%1 行目: 「%2」は名前になりません: 英字か _ で始め、続けて英字、数字、_、-、. を使ってください。</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is one of Banter&apos;s own.</source>
        <translation>%1 行目: {{%2}} は Banter の組み込み変数です。</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>%1 行目: %2 が 2 回指定されています。</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
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
</context>
</TS>
