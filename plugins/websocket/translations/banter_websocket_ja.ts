<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form, without a passphrase</source>
        <translation>%1 に使用できる秘密鍵が含まれていません：パスフレーズなしの PEM 形式の RSA、EC、DSA 鍵を指定してください</translation>
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
