<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BanterWs::WebSocketConnection</name>
    <message>
        <source>the server sent close code %1, which is invalid</source>
        <translation>サーバーが無効なクローズコード %1 を送信しました</translation>
    </message>
    <message>
        <source>the server sent a masked frame, which only a client may send</source>
        <translation>サーバーがマスクされたフレームを送信しました(マスクできるのはクライアントだけです)</translation>
    </message>
    <message>
        <source>the server answered %1 instead of switching to WebSocket (is this a WebSocket endpoint?)</source>
        <translation>サーバーは WebSocket に切り替えず %1 と応答しました(WebSocket のエンドポイントですか?)</translation>
    </message>
    <message>
        <source>the server&apos;s handshake response is too large (over %1 KiB)</source>
        <translation>サーバーのハンドシェイク応答が大きすぎます(%1 KiB 超)</translation>
    </message>
    <message>
        <source>the server sends pings but does not read the answers: over %1 MiB waiting, connection dropped</source>
        <translation>サーバーは ping を送りますが応答を読みません: %1 MiB 超が未送信のため接続を切断しました</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>クライアント証明書を使えません: %1</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may have refused the client certificate</source>
        <translation>サーバーは TLS ハンドシェイクの直後に接続を閉じました: クライアント証明書を拒否したのかもしれません</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may want a client certificate (Options…, or --client-cert)</source>
        <translation>サーバーは TLS ハンドシェイクの直後に接続を閉じました: クライアント証明書を求めているのかもしれません（オプション…、または --client-cert）</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>プロキシ %1:%2 経由: %3</translation>
    </message>
</context>
<context>
    <name>BanterWs::WebSocketListener</name>
    <message>
        <source>serving %1:// is not supported; use ws:// or wss://</source>
        <translation>%1:// でのサーバー提供には対応していません：ws:// または wss:// を使用してください</translation>
    </message>
    <message>
        <source>serving wss:// needs a certificate and a private key (PEM files); without them, use ws://</source>
        <translation>wss:// で提供するには証明書と秘密鍵（PEM ファイル）が必要です：ない場合は ws:// を使用してください</translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost</source>
        <translation>「%1」で待ち受けできません：IP アドレス（127.0.0.1 や 0.0.0.0 など）または localhost を指定してください</translation>
    </message>
    <message>
        <source>serving wss:// needs TLS, which Qt cannot use here</source>
        <translation>wss:// で提供するには TLS が必要ですが、この環境の Qt では TLS を使用できません</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません：%2</translation>
    </message>
    <message>
        <source>cannot accept a client: %1</source>
        <translation>クライアントを受け付けられません：%1</translation>
    </message>
</context>
</TS>
