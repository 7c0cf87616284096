// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <messagetemplate.h>

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace Banter {

class MessageEdit;

// Where messages are written: the message field, the hex input switch, Send and Send File.
// In hex mode the text is read as bytes ("00 01 ff") and goes out as a binary message; text
// that is not hex stays in the field with the reason below it. A text with {{variables}}
// (MessageTemplate) shows below the field what it sends, and is expanded when it is sent; one
// that cannot be stays in the field with the reason.
class ComposeBar : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Hex };
    Q_ENUM(Mode)

    explicit ComposeBar(QWidget *parent = nullptr);

    MessageEdit *editor() const { return m_editor; }
    Mode mode() const;
    void setMode(Mode mode);
    QString errorText() const;

    // The message went out: remembers it for Up and Down and empties the field.
    void accept();
    // The user's {{variables}} (Connection → Variables…).
    void setVariables(const QHash<QString, QString> &variables);
    // Where the variables and the counter live, when the bar shares them (with snippets); the
    // bar's own until then. context must outlive the bar.
    void setContext(MessageTemplate::Context *context);
    // What the preview shows and the message field's variables are filled in from: after a
    // change of the context from outside (a snippet counted), the preview is refreshed.
    void updatePreview();

Q_SIGNALS:
    void textSubmitted(const QString &text);
    void binarySubmitted(const QByteArray &bytes);
    void sendFileRequested();

private:
    void submit();
    void showError(const QString &error);
    // Why what is typed cannot be sent (not hex, a variable that cannot be filled in), in
    // words; empty when it can.
    QString problem() const;
    void updatePlaceholder();

    MessageEdit *m_editor;
    QToolButton *m_hexButton;
    QPushButton *m_sendButton;
    QPushButton *m_fileButton;
    QLabel *m_errorLabel;
    QLabel *m_previewLabel;
    MessageTemplate::Context m_ownContext; // the variables and what {{counter}} gives next
    MessageTemplate::Context *m_context = &m_ownContext;
};

} // namespace Banter
