// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "hextext.h"
#include "retranslator.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Banter {

namespace {

QString kindName(ChatModel::Kind kind)
{
    switch (kind) {
    case ChatModel::Kind::Sent:
        return DetailPane::tr("Sent");
    case ChatModel::Kind::Received:
        return DetailPane::tr("Received");
    case ChatModel::Kind::Status:
        break;
    }
    return DetailPane::tr("Status");
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent), m_header(new QLabel), m_body(new QPlainTextEdit)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("detailPane"));
    m_header->setObjectName(QStringLiteral("detailHeader"));
    texts->setText(m_header, "accessibleName", QT_TR_NOOP("Selected message"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    // What a server named (an MQTT topic) is shown as it is, never as rich text.
    m_header->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("detailText"));
    texts->setText(m_body, "accessibleName", QT_TR_NOOP("Selected message in full"));
    m_body->setReadOnly(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
    clear();
    // Shown again: the header and a long binary message's dump have words in them.
    texts->call([this] {
        if (m_entry) {
            const ChatModel::Entry entry = *m_entry;
            showEntry(entry);
        } else {
            updateHeader();
        }
    });
}

void DetailPane::clear()
{
    m_entry.reset();
    m_body->clear();
    updateHeader();
}

void DetailPane::showEntry(const ChatModel::Entry &entry)
{
    m_entry = entry;
    if (entry.isBinary) {
        m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_body->setPlainText(HexText::dump(entry.bytes, maxDumpBytes));
    } else {
        m_body->setFont(font());
        m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_body->setPlainText(breakLongLines(entry.text.left(maxCharacters), &m_linesBroken));
    }
    updateHeader();
}

void DetailPane::updateHeader()
{
    if (!m_entry) {
        m_header->setText(tr("Select a message to see it here in full."));
        return;
    }
    const ChatModel::Entry &entry = *m_entry;
    const QLocale locale;
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString header;
    if (entry.isBinary) {
        header = tr("%1 at %2, binary, %3")
                     .arg(kindName(entry.kind), time, locale.formattedDataSize(entry.bytes.size()));
        if (entry.bytes.size() > maxDumpBytes)
            header += tr(" (the first %1 shown)").arg(locale.formattedDataSize(maxDumpBytes));
    } else {
        // English has no catalog: the source texts are proper English; translators get every
        // plural form of the second text.
        const int size = int(entry.text.size());
        const int lines = int(entry.text.count(QLatin1Char('\n'))) + 1;
        header =
            (size == 1 ? tr("%1 at %2, 1 character") : tr("%1 at %2, %n characters", nullptr, size))
                .arg(kindName(entry.kind), time);
        if (lines > 1)
            header += tr(", %n lines", nullptr, lines);
        if (entry.text.size() > maxCharacters)
            header += tr(" (the first %1 shown)").arg(locale.toString(maxCharacters));
        if (m_linesBroken)
            header += tr("; lines longer than %Ln character(s) are shown in pieces (Edit → Copy "
                         "Message copies it as it is)",
                         nullptr, maxLineLength);
    }
    if (!entry.attributes.isEmpty())
        header += QLatin1Char('\n') + describeAttributes(entry.attributes);
    m_header->setText(header);
}

QString DetailPane::describeAttributes(const QVariantMap &attributes)
{
    // By the transport's own names ("topic", "qos", "retain"): the terms of its protocol. Names
    // first (a topic, an event), then numbers and flags, each group by name.
    QStringList names;
    QStringList flags;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const bool isName = it.value().typeId() == QMetaType::QString;
        (isName ? names : flags).append(tr("%1: %2").arg(it.key(), it.value().toString()));
    }
    return (names + flags).join(QStringLiteral(" · "));
}

QString DetailPane::breakLongLines(const QString &text, bool *broken)
{
    *broken = false;
    QString result;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart == maxLineLength) {
            if (!*broken) {
                result = text.left(i);
                *broken = true;
            }
            result += QLatin1Char('\n');
            lineStart = i;
        }
        if (*broken)
            result += text.at(i);
    }
    return *broken ? result : text;
}

QString DetailPane::headerText() const
{
    return m_header->text();
}

QString DetailPane::bodyText() const
{
    return m_body->toPlainText();
}

} // namespace Banter
