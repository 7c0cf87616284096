// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "hextext.h"

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
    setObjectName(QStringLiteral("detailPane"));
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setAccessibleName(tr("Selected message"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    // What a server named (an MQTT topic) is shown as it is, never as rich text.
    m_header->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("detailText"));
    m_body->setAccessibleName(tr("Selected message in full"));
    m_body->setReadOnly(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
    clear();
}

void DetailPane::clear()
{
    m_header->setText(tr("Select a message to see it here in full."));
    m_body->clear();
}

void DetailPane::showEntry(const ChatModel::Entry &entry)
{
    const QLocale locale;
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString header;
    if (entry.isBinary) {
        header = tr("%1 at %2, binary, %3")
                     .arg(kindName(entry.kind), time, locale.formattedDataSize(entry.bytes.size()));
        if (entry.bytes.size() > maxDumpBytes)
            header += tr(" (the first %1 shown)").arg(locale.formattedDataSize(maxDumpBytes));
        m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_body->setPlainText(HexText::dump(entry.bytes, maxDumpBytes));
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
        bool broken = false;
        const QString shown = breakLongLines(entry.text.left(maxCharacters), &broken);
        if (broken)
            header += tr("; lines longer than %Ln character(s) are shown in pieces (Edit → Copy "
                         "Message copies it as it is)",
                         nullptr, maxLineLength);
        m_body->setFont(font());
        m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_body->setPlainText(shown);
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
