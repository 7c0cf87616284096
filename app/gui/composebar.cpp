// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composebar.h"

#include "colorscheme.h"
#include "hextext.h"
#include "messagetemplate.h"
#include "messageedit.h"
#include "retranslator.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Banter {

ComposeBar::ComposeBar(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MessageEdit)
    , m_hexButton(new QToolButton)
    , m_sendButton(new QPushButton)
    , m_fileButton(new QPushButton)
    , m_errorLabel(new QLabel)
    , m_previewLabel(new QLabel)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("composeBar"));
    m_editor->setObjectName(QStringLiteral("messageEdit"));
    texts->setText(m_editor, "accessibleName", QT_TR_NOOP("Message"));
    texts->setText(
        m_editor, "accessibleDescription",
        QT_TR_NOOP("Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages"));

    m_hexButton->setObjectName(QStringLiteral("hexModeButton"));
    texts->setText(m_hexButton, "text", QT_TR_NOOP("He&x"));
    m_hexButton->setCheckable(true);
    texts->setText(m_hexButton, "accessibleName", QT_TR_NOOP("Hex input"));
    texts->setText(m_hexButton, "toolTip",
                   QT_TR_NOOP("Type bytes in hexadecimal, such as 00 01 ff, and send them as "
                              "one binary message"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    texts->setText(m_sendButton, "text", QT_TR_NOOP("&Send"));
    texts->setText(m_sendButton, "accessibleName", QT_TR_NOOP("Send"));
    m_sendButton->setAutoDefault(false);
    m_fileButton->setObjectName(QStringLiteral("sendFileButton"));
    texts->setText(m_fileButton, "text", QT_TR_NOOP("F&ile…"));
    texts->setText(m_fileButton, "accessibleName", QT_TR_NOOP("Send a file"));
    texts->setText(m_fileButton, "toolTip", QT_TR_NOOP("Send a file as one binary message"));
    m_fileButton->setAutoDefault(false);

    m_errorLabel->setObjectName(QStringLiteral("composeErrorLabel"));
    texts->setText(m_errorLabel, "accessibleName", QT_TR_NOOP("Why the message was not sent"));
    m_errorLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_errorLabel);
    m_errorLabel->hide();
    m_previewLabel->setObjectName(QStringLiteral("messagePreviewLabel"));
    texts->setText(m_previewLabel, "accessibleName",
                   QT_TR_NOOP("The message with its variables filled in"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_editor, 0, 0);
    layout->addWidget(m_hexButton, 0, 1, Qt::AlignTop);
    layout->addWidget(m_sendButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_fileButton, 0, 3, Qt::AlignTop);
    layout->addWidget(m_previewLabel, 1, 0, 1, 4);
    layout->addWidget(m_errorLabel, 2, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_editor, &MessageEdit::submitted, this, &ComposeBar::submit);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposeBar::submit);
    connect(m_fileButton, &QPushButton::clicked, this, &ComposeBar::sendFileRequested);
    connect(m_hexButton, &QToolButton::toggled, this, [this] {
        showError(QString());
        updatePlaceholder();
        updatePreview();
    });
    connect(m_editor, &MessageEdit::textChanged, this, [this] {
        if (!m_errorLabel->isHidden())
            showError(QString());
        updatePreview();
    });
    texts->call([this] {
        updatePlaceholder();
        updatePreview();
        // The error is the one of the text as it is (typing clears it): said again in words of
        // the language in force.
        if (!m_errorLabel->isHidden())
            showError(problem());
    });
}

ComposeBar::Mode ComposeBar::mode() const
{
    return m_hexButton->isChecked() ? Mode::Hex : Mode::Text;
}

void ComposeBar::setMode(Mode mode)
{
    m_hexButton->setChecked(mode == Mode::Hex);
}

QString ComposeBar::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void ComposeBar::accept()
{
    m_editor->remember(m_editor->text());
    m_editor->clear();
}

void ComposeBar::setVariables(const QHash<QString, QString> &variables)
{
    m_context->variables = variables;
    updatePreview();
}

void ComposeBar::setContext(MessageTemplate::Context *context)
{
    m_context = context;
    updatePreview();
}

void ComposeBar::submit()
{
    const QString text = m_editor->text();
    if (text.isEmpty())
        return;
    if (mode() == Mode::Text) {
        if (!MessageTemplate::hasVariables(text)) {
            Q_EMIT textSubmitted(text);
            return;
        }
        // Expanded now, with the time, counter and UUIDs of this moment.
        QString error;
        const std::optional<QString> expanded = MessageTemplate::expand(text, m_context, &error);
        if (!expanded) {
            showError(tr("Not sent: %1.").arg(error));
            return;
        }
        Q_EMIT textSubmitted(*expanded);
        return;
    }
    const std::optional<QByteArray> bytes = HexText::parse(text, nullptr);
    if (!bytes) {
        showError(problem());
        return;
    }
    Q_EMIT binarySubmitted(*bytes);
}

QString ComposeBar::problem() const
{
    const QString text = m_editor->text();
    QString error;
    if (mode() == Mode::Hex) {
        if (!HexText::parse(text, &error))
            return tr("Not sent: %1.").arg(error);
    } else if (MessageTemplate::hasVariables(text)) {
        MessageTemplate::Context context = *m_context; // a look, not a message: no counting
        if (!MessageTemplate::expand(text, &context, &error))
            return tr("Not sent: %1.").arg(error);
    }
    return QString();
}

void ComposeBar::updatePreview()
{
    const QString text = m_editor->text();
    if (mode() == Mode::Hex || !MessageTemplate::hasVariables(text)) {
        m_previewLabel->hide();
        return;
    }
    MessageTemplate::Context context = *m_context;
    QString error;
    const std::optional<QString> expanded = MessageTemplate::expand(text, &context, &error);
    constexpr int shown = 200;
    QString preview = expanded ? *expanded : error;
    preview.replace(QLatin1Char('\n'), QChar(0x21b5)); // ↵: one line
    if (preview.size() > shown)
        preview = preview.left(shown) + QChar(0x2026);
    m_previewLabel->setText(expanded ? tr("Sends: %1").arg(preview)
                                     : tr("Cannot be sent: %1").arg(preview));
    m_previewLabel->show();
}

void ComposeBar::showError(const QString &error)
{
    m_errorLabel->setText(error);
    m_errorLabel->setHidden(error.isEmpty());
}

void ComposeBar::updatePlaceholder()
{
    m_editor->setPlaceholderText(mode() == Mode::Hex
                                     ? tr("Bytes in hex, such as 00 01 ff; Enter sends them")
                                     : tr("Type a message and press Enter"));
    // Qt 6.4 repaints a placeholder only when it appears or disappears, not when it changes.
    m_editor->viewport()->update();
}

} // namespace Banter
