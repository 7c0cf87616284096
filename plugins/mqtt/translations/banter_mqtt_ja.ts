<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BanterMqtt::MqttConnection</name>
    <message>
        <source>the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP proxy: use a socks5:// one, or connect direct</source>
        <translation>MQTT トランスポートは SOCKS5 プロキシしか通せません。%1 は HTTP プロキシです: socks5:// のプロキシを使うか、直接接続してください</translation>
    </message>
    <message>
        <source>the proxy refused the user name or password</source>
        <translation>プロキシがユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>プロキシ %1:%2 経由: %3</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttReasons</name>
    <message>
        <source>the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)</source>
        <translation>ブローカーはこの MQTT バージョンに対応していません（?version=3.1.1 または ?version=5 を試してください）</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>ブローカーがクライアント ID を拒否しました</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>ブローカーが利用できません</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>ユーザー名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <source>not authorized: the broker refused this user name and password</source>
        <translation>権限がありません：ブローカーがこのユーザー名とパスワードを拒否しました</translation>
    </message>
    <message>
        <source>the broker has banned this client</source>
        <translation>ブローカーがこのクライアントを禁止しました</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>ブローカーが接続を拒否しました：%1</translation>
    </message>
    <message>
        <source>not authorized to subscribe to %1</source>
        <translation>%1 を購読する権限がありません</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1 (not authorized, or a topic it does not allow)</source>
        <translation>ブローカーが %1 の購読を拒否しました（権限がないか、許可されていないトピックです）</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1: %2</source>
        <translation>ブローカーが %1 の購読を拒否しました：%2</translation>
    </message>
    <message>
        <source>the broker ended the session: another client connected with the same client id</source>
        <translation>ブローカーがセッションを終了しました：別のクライアントが同じクライアント ID で接続しました</translation>
    </message>
    <message>
        <source>the broker ended the session: %1</source>
        <translation>ブローカーがセッションを終了しました：%1</translation>
    </message>
    <message>
        <source>the broker did not answer within the keepalive time</source>
        <translation>ブローカーがキープアライブ時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>ブローカーが接続を閉じました</translation>
    </message>
    <message>
        <source>could not connect to the broker</source>
        <translation>ブローカーに接続できませんでした</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>the message is larger than MQTT allows (256 MiB)</source>
        <translation>メッセージが MQTT の上限（256 MiB）を超えています</translation>
    </message>
    <message>
        <source>the message is larger than the broker accepts</source>
        <translation>メッセージがブローカーの受け付ける大きさを超えています</translation>
    </message>
    <message>
        <source>the broker broke the MQTT protocol</source>
        <translation>ブローカーが MQTT プロトコルに違反しました</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリが不足しています</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTarget</name>
    <message>
        <source>the URL names no topic: write it as the path, as in mqtt://localhost/sensors/kitchen</source>
        <translation>URL にトピックがありません：mqtt://localhost/sensors/kitchen のようにパスとして書いてください</translation>
    </message>
    <message>
        <source>the topic %1 has # in it other than as its whole last level</source>
        <translation>トピック %1 の # が最後の階層全体以外の場所にあります</translation>
    </message>
    <message>
        <source>the topic %1 has + in it other than as a whole level</source>
        <translation>トピック %1 の + が階層全体以外の場所にあります</translation>
    </message>
    <message>
        <source>the topic %1 holds a NUL character</source>
        <translation>トピック %1 に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>%1=%2 is not 0 or 1</source>
        <translation>%1=%2 は 0 でも 1 でもありません</translation>
    </message>
    <message>
        <source>%1=%2 is not a whole number from %3 to %4</source>
        <translation>%1=%2 は %3 から %4 までの整数ではありません</translation>
    </message>
    <message>
        <source>the client id is longer than MQTT allows</source>
        <translation>クライアント ID が MQTT の上限より長すぎます</translation>
    </message>
    <message>
        <source>publish=%1 is no topic to publish to: it must not be empty or hold + or #</source>
        <translation>publish=%1 は公開先のトピックではありません：空にしたり + や # を含めたりはできません</translation>
    </message>
    <message>
        <source>version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)</source>
        <translation>version=%1 は Banter が対応する MQTT バージョンではありません（3.1.1 または 5）</translation>
    </message>
    <message>
        <source>the URL option %1 is unknown; known are qos, retain, clientId, clean, keepalive, version, publish and cacert</source>
        <translation>URL オプション %1 は不明です。使えるのは qos、retain、clientId、clean、keepalive、version、publish、cacert です</translation>
    </message>
    <message>
        <source>%1 is no MQTT URL: write mqtt://host[:port]/topic</source>
        <translation>%1 は MQTT の URL ではありません：mqtt://host[:port]/topic と書いてください</translation>
    </message>
    <message>
        <source>write # in a topic as %23, or last in the URL: %1 has text after it</source>
        <translation>トピック中の # は %23 と書くか、URL の最後に置いてください：%1 ではその後に文字があります</translation>
    </message>
    <message>
        <source>cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; add ?publish=TOPIC to the URL</source>
        <translation>送信できません：%1 はワイルドカードで購読しているため公開先のトピックがありません。URL に ?publish=TOPIC を加えてください</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTls</name>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>サーバーの証明書は拒否されました</translation>
    </message>
    <message>
        <source>cacert=%1 holds no PEM certificate that can be read</source>
        <translation>cacert=%1 には読み取れる PEM 証明書がありません</translation>
    </message>
    <message>
        <source>TLS is not available: OpenSSL made no context</source>
        <translation>TLS は利用できません：OpenSSL がコンテキストを作成しませんでした</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>クライアント証明書を使えません: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused it</source>
        <translation>OpenSSL が拒否しました</translation>
    </message>
    <message>
        <source>the private key is not the certificate&apos;s (%1)</source>
        <translation>秘密鍵がこの証明書のものではありません (%1)</translation>
    </message>
    <message>
        <source>the broker ended the TLS handshake before the connection was made (a broker that wants a client certificate, or refuses the one given, does so)</source>
        <translation>接続が確立する前にブローカーが TLS ハンドシェイクを終了しました（クライアント証明書を求める、または指定されたものを拒否するブローカーはこうします）</translation>
    </message>
</context>
</TS>
