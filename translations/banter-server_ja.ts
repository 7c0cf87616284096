<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation>Banter のヘッドレス版エコーサーバー：各クライアントに「Welcome to Awesome Chat」とあいさつし、受け取ったメッセージを送信元に送り返します。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>待ち受けるポート。0 を指定すると空きポートを選びます。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation>待ち受けるアドレス：localhost（127.0.0.1 と ::1）、IP アドレス、またはすべてのインターフェイスを表す 0.0.0.0。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Serve wss:// with this certificate (PEM; the chain may follow it).</source>
        <translation>この証明書で wss:// を提供します（PEM 形式。証明書チェーンを後ろに続けてもかまいません）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The private key of the certificate (PEM, no passphrase).</source>
        <translation>証明書の秘密鍵（PEM 形式、パスフレーズなし）。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Clients served at the same time; more are closed with 1013, try again later (default: %1).</source>
        <translation>同時に処理するクライアント数。超過したクライアントはコード 1013（後で再試行）で閉じられます（既定値：%1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Ping a client that has been silent for half this time; drop one that shows no sign of life for this long; 0 turns it off (default: %1).</source>
        <translation>この時間の半分のあいだ無通信のクライアントに ping を送り、この時間ずっと応答のないクライアントを切断します。0 で無効になります（既定値：%1）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Time a client has to complete its opening handshake, TLS included (default: %1).</source>
        <translation>クライアントがオープニングハンドシェイク（TLS を含む）を完了するまでの制限時間（既定値：%1）。</translation>
    </message>
    <message>
        <source>Accept only clients that send this Origin, such as https://example.org; give it once per origin. Without it, every origin is accepted.</source>
        <translation>この Origin を送信するクライアントのみを受け付けます（例：https://example.org）。オリジンごとに 1 回ずつ指定します。指定しない場合は、すべてのオリジンを受け付けます。</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>Print the clients, messages and bytes counters this often (also on SIGUSR1).</source>
        <translation>クライアント数、メッセージ数、バイト数のカウンターをこの間隔で出力します（SIGUSR1 を受け取ったときにも出力します）。</translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation>各クライアントに対して実行するサービス。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation>すべてのメッセージをログに出力します（「Message: &lt;テキスト&gt;」）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation>ポート「%1」は無効です：0～65535 の数値を指定してください</translation>
    </message>
    <message>
        <source>wss:// needs both --tls-cert and --tls-key</source>
        <translation>wss:// には --tls-cert と --tls-key の両方が必要です</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>アドレス「%1」は無効です</translation>
    </message>
    <message>
        <source>invalid message size &quot;%1&quot;: give a number of bytes from 1 to 2 GiB, such as 16MiB</source>
        <translation>メッセージサイズ「%1」は無効です：16MiB のように、1 バイト～2 GiB のバイト数を指定してください</translation>
    </message>
    <message>
        <source>invalid output cap &quot;%1&quot;: give a number of bytes, such as 8MiB</source>
        <translation>出力上限「%1」は無効です：8MiB のようにバイト数を指定してください</translation>
    </message>
    <message>
        <source>invalid number of clients &quot;%1&quot;: give a number from 1 up</source>
        <translation>クライアント数「%1」は無効です：1 以上の数値を指定してください</translation>
    </message>
    <message>
        <source>invalid time: give a number of seconds, such as 60 or 0.5 (the handshake timeout cannot be 0)</source>
        <translation>時間が無効です：60 や 0.5 のように秒数を指定してください（ハンドシェイクのタイムアウトに 0 は指定できません）</translation>
    </message>
    <message>
        <source>Largest message a client may send; a larger one closes its connection with 1009 (default: %1).</source>
        <translation>クライアントが送信できるメッセージの最大サイズ。これより大きいメッセージを送ると、接続がコード 1009 で閉じられます（既定値：%1）。</translation>
    </message>
    <message>
        <source>Unsent output a client may let pile up by not reading; beyond it, it is dropped with 1008 (default: %1).</source>
        <translation>クライアントが読み取らないことで溜まってよい未送信出力の上限。これを超えると、そのクライアントはコード 1008 で切断されます（既定値：%1）。</translation>
    </message>
    <message>
        <source>Park a ws:// client that has been idle this long: it keeps its connection but gives up most of the memory it costs until it is heard from again; a new client is parked as soon as it has been greeted; 0 turns it off (default: %1).</source>
        <translation>この時間アイドル状態の ws:// クライアントを待機状態にします。接続は保ったまま、次に通信があるまで消費メモリの大部分を解放します。新しいクライアントは挨拶を送った時点で待機状態になります。0 で無効になります（既定値：%1）。</translation>
    </message>
    <message>
        <source>Chat: messages a room keeps for those who join or come back (default: %1).</source>
        <translation>チャット: 参加した人や戻ってきた人のためにルームが保持するメッセージ数（既定値: %1）。</translation>
    </message>
    <message>
        <source>Chat: rooms at the same time; a client that would open one more is closed with 1013 (default: %1).</source>
        <translation>チャット: 同時に存在できるルーム数。さらにルームを開こうとするクライアントは 1013 で閉じられます（既定値: %1）。</translation>
    </message>
    <message>
        <source>Chat: members in one room; one more is closed with 1013 (default: %1).</source>
        <translation>チャット: 1 つのルームのメンバー数。それを超えるメンバーは 1013 で閉じられます（既定値: %1）。</translation>
    </message>
    <message>
        <source>Chat: messages a client may send a second, with bursts of twice as many; over it a banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns it off (default: %1/s).</source>
        <translation>チャット: クライアントが 1 秒間に送信できるメッセージ数（その 2 倍までのバーストを許容）。超えると banter.chat.v1 クライアントにはエラーが返され、通常のクライアントは 1008 で閉じられます。0 で無効（既定値: %1/s）。</translation>
    </message>
    <message>
        <source>N/s</source>
        <translation>N/s</translation>
    </message>
    <message>
        <source>invalid history &quot;%1&quot;: give a number of messages from 0 up</source>
        <translation>無効な履歴「%1」: 0 以上のメッセージ数を指定してください</translation>
    </message>
    <message>
        <source>invalid number of rooms or members: give a number from 1 up</source>
        <translation>無効なルーム数またはメンバー数: 1 以上の数を指定してください</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;: give a number of messages a second, such as 100/s, or 0 for no limit</source>
        <translation>無効なレート「%1」: 1 秒あたりのメッセージ数（例: 100/s）か、制限なしの場合は 0 を指定してください</translation>
    </message>
    <message>
        <source>Chat: share the rooms with every server given the same Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) or unix:///path/redis.sock.</source>
        <translation>チャット: 同じ Redis を指定したすべてのサーバーとルームを共有する: redis://[user:password@]host:port[/db]、rediss://... (TLS)、または unix:///path/redis.sock。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Chat: wait for Redis when it cannot be reached at start, instead of exiting.</source>
        <translation>チャット: 起動時に Redis に接続できないとき、終了せずに待つ。</translation>
    </message>
    <message>
        <source>--redis is for chat rooms: give it with --service chat</source>
        <translation>--redis はチャットルーム用です: --service chat と一緒に指定してください</translation>
    </message>
    <message>
        <source>Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, wss://... (with --tls-cert), or through network conditions for every client, such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README).</source>
        <translation>--host と --port の代わりにこの URL で待ち受けます：ws://127.0.0.1:3000、wss://...（--tls-cert と共に）、またはすべてのクライアントにネットワーク条件をかけて、例：chaos+ws://127.0.0.1:3000/?latency=50ms（README を参照）。</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot; for --listen: give a scheme, a host and a port, such as ws://127.0.0.1:3000</source>
        <translation>--listen の URL「%1」が無効です：スキーム、ホスト、ポートを指定してください。例：ws://127.0.0.1:3000</translation>
    </message>
</context>
</TS>
