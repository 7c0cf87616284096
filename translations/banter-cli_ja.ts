<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Banter::CliRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>line %1 not sent: %2</source>
        <translation>%1 行目は送信されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>BanterCli</name>
    <message>
        <source>Banter&apos;s client for terminals and scripts: sends each line of standard input as one text message and writes each message received as one line of standard output.

Exit codes:
  0  done
  1  usage error, bad URL or no plugin for its scheme
  2  could not connect
  3  the connection was lost (without --reconnect)
  4  the server closed with a code other than 1000 or 1001</source>
        <translation>端末とスクリプトのための Banter クライアント: 標準入力の各行を 1 つのテキストメッセージとして送信し、受信した各メッセージを標準出力に 1 行として書き出します。

終了コード:
  0  完了
  1  使い方の誤り、不正な URL、またはそのスキームのプラグインがない
  2  接続できなかった
  3  接続が失われた (--reconnect なし)
  4  サーバーが 1000 または 1001 以外のコードで閉じた</translation>
    </message>
    <message>
        <source>Where to connect, such as ws://localhost:3000.</source>
        <translation>接続先。例: ws://localhost:3000</translation>
    </message>
    <message>
        <source>Send this message instead of reading input; repeatable.</source>
        <translation>入力を読む代わりにこのメッセージを送信します。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Exit after this many messages received (the greeting counts).</source>
        <translation>この数のメッセージを受信したら終了します (あいさつも数えます)。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Exit after this long.</source>
        <translation>この時間が経ったら終了します。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>At the end of input, keep receiving until nothing has arrived for this long.</source>
        <translation>入力の終わりの後、この時間何も届かなくなるまで受信を続けます。</translation>
    </message>
    <message>
        <source>Write no status lines to standard error.</source>
        <translation>標準エラー出力にステータス行を書きません。</translation>
    </message>
    <message>
        <source>How to write a binary message received: hex (one line), raw (the bytes as they are) or base64.</source>
        <translation>受信したバイナリメッセージの書き方: hex (1 行)、raw (バイトそのまま)、または base64。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Write every event as one JSON object a line, the format of the window&apos;s Save Log.</source>
        <translation>すべてのイベントを 1 行に 1 つの JSON オブジェクトとして、ウィンドウの「ログを保存」と同じ形式で書きます。</translation>
    </message>
    <message>
        <source>Send this file as one binary message instead of reading input.</source>
        <translation>入力を読む代わりにこのファイルを 1 つのバイナリメッセージとして送信します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Read input lines as hex bytes (&quot;00 01 ff&quot;) and send each as one binary message.</source>
        <translation>入力行を 16 進バイト (&quot;00 01 ff&quot;) として読み、各行を 1 つのバイナリメッセージとして送信します。</translation>
    </message>
    <message>
        <source>Send this request header (&quot;Name: value&quot;); repeatable.</source>
        <translation>このリクエストヘッダー (&quot;Name: value&quot;) を送信します。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Offer this subprotocol; repeatable.</source>
        <translation>このサブプロトコルを提示します。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Send this Origin.</source>
        <translation>この Origin を送信します。</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if its SHA-256 fingerprint is this one, although the system does not.</source>
        <translation>システムが信頼しなくても、SHA-256 フィンガープリントがこれに一致するサーバー証明書を信頼します。</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ping the server this often; 0 turns it off.</source>
        <translation>この間隔でサーバーに ping を送ります。0 で無効になります。</translation>
    </message>
    <message>
        <source>Give up on a connection that is not open after this long.</source>
        <translation>この時間が経っても開かない接続をあきらめます。</translation>
    </message>
    <message>
        <source>Connect again after a loss, with backoff; nothing read from input is lost.</source>
        <translation>切断後にバックオフ付きで再接続します。入力から読んだものは失われません。</translation>
    </message>
    <message>
        <source>no URL given, such as ws://localhost:3000</source>
        <translation>URL が指定されていません。例: ws://localhost:3000</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid count &quot;%1&quot;: give a number from 1 on</source>
        <translation>不正な数 &quot;%1&quot;: 1 以上の数を指定してください</translation>
    </message>
    <message>
        <source>invalid --binary &quot;%1&quot;: give hex, raw or base64</source>
        <translation>不正な --binary &quot;%1&quot;: hex、raw、base64 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: give seconds, such as 5 or 0.5</source>
        <translation>不正な --%1 &quot;%2&quot;: 5 や 0.5 のように秒数を指定してください</translation>
    </message>
    <message>
        <source>invalid header &quot;%1&quot;: give &quot;Name: value&quot;</source>
        <translation>不正なヘッダー &quot;%1&quot;: &quot;Name: value&quot; の形で指定してください</translation>
    </message>
    <message>
        <source>invalid fingerprint &quot;%1&quot;: give the certificate&apos;s SHA-256 digest in hex, 32 bytes</source>
        <translation>不正なフィンガープリント &quot;%1&quot;: 証明書の SHA-256 ダイジェストを 16 進 32 バイトで指定してください</translation>
    </message>
    <message>
        <source>Give the socket a receive buffer of this many KiB instead of letting the system size it; over a long link, throughput is at most this much per round trip.</source>
        <translation>システムに任せず、ソケットの受信バッファをこの KiB 数にします。遠い回線では、スループットは往復ごとに最大でこの量になります。</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>invalid --receive-buffer &quot;%1&quot;: give KiB, 0 (automatic) or %2 to %3</source>
        <translation>無効な --receive-buffer &quot;%1&quot;: KiB で、0 (自動) または %2 から %3 を指定してください</translation>
    </message>
    <message>
        <source>Show a server that asks for one this client certificate: a PEM file with --client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 file is read from the environment variable %1.</source>
        <translation>証明書を求めるサーバーにこのクライアント証明書を示します: PEM ファイルなら --client-key と共に、PKCS#12 ファイルなら単独で。暗号化された鍵や PKCS#12 ファイルのパスフレーズは環境変数 %1 から読み取ります。</translation>
    </message>
    <message>
        <source>The PEM private key of --client-cert.</source>
        <translation>--client-cert の PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert: %1</translation>
    </message>
    <message>
        <source>Connect through this proxy: direct (none), http://[user@]host:port or socks5://[user@]host:port; its password is read from the environment variable %1. Without it, the system&apos;s proxy settings apply (http_proxy, all_proxy, no_proxy).</source>
        <translation>このプロキシ経由で接続します: direct（なし）、http://[ユーザー@]ホスト:ポート、socks5://[ユーザー@]ホスト:ポート。パスワードは環境変数 %1 から読み取ります。指定しない場合はシステムのプロキシ設定（http_proxy、all_proxy、no_proxy）が使われます。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Network conditions: delay every message this long in each direction, such as 100ms (an echo&apos;s round trip grows by twice).</source>
        <translation>ネットワーク条件：各方向で各メッセージをこの時間だけ遅らせます。例：100ms（エコーの往復時間はその 2 倍増えます）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Network conditions: vary each delay by up to this much, such as 20ms; order is kept.</source>
        <translation>ネットワーク条件：各遅れを最大この値だけ揺らします。例：20ms。順序は保たれます。</translation>
    </message>
    <message>
        <source>Network conditions: at most this many bytes per second in each direction, such as 64KiB.</source>
        <translation>ネットワーク条件：各方向で毎秒最大このバイト数。例：64KiB。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Network conditions: drop this share of messages, such as 1%.</source>
        <translation>ネットワーク条件：この割合のメッセージを破棄します。例：1%。</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>Network conditions: cut the connection after a time (30s) or a number of messages (100msgs).</source>
        <translation>ネットワーク条件：一定時間（30s）または一定数のメッセージ（100msgs）の後に接続を切ります。</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Network conditions: after a time (10s) or a number of messages (100msgs), let nothing through either way, the connection open.</source>
        <translation>ネットワーク条件：一定時間（10s）または一定数のメッセージ（100msgs）の後、接続は開いたまま、どちらの方向にも何も通しません。</translation>
    </message>
    <message>
        <source>Network conditions: the seed of their random choices, such as 42, so that a run can be repeated.</source>
        <translation>ネットワーク条件：ランダムな選択のシード。例：42。同じ実行を繰り返せます。</translation>
    </message>
</context>
</TS>
