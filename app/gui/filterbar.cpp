// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "chatfiltermodel.h"
#include "colorscheme.h"
#include "retranslator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace Banter {

FilterBar::FilterBar(ChatFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_edit(new QLineEdit)
    , m_mode(new QComboBox)
    , m_sent(new QCheckBox)
    , m_received(new QCheckBox)
    , m_status(new QCheckBox)
    , m_count(new QLabel)
    , m_problem(new QLabel)
    , m_stop(new QToolButton)
    , m_close(new QToolButton)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("filterBar"));
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    texts->setText(m_edit, "accessibleName", QT_TR_NOOP("Find in the log"));
    m_edit->setClearButtonEnabled(true);
    m_mode->setObjectName(QStringLiteral("filterModeCombo"));
    m_mode->addItems({QString(), QString(), QString()});
    texts->setText(m_mode, "accessibleName", QT_TR_NOOP("Find by"));
    texts->call([this] {
        m_mode->setItemText(int(ChatFilterModel::Syntax::PlainText), tr("Text"));
        m_mode->setItemText(int(ChatFilterModel::Syntax::RegularExpression),
                            tr("Regular expression"));
        m_mode->setItemText(int(ChatFilterModel::Syntax::Field), tr("JSON field"));
        updateModeTexts();
    });
    texts->setText(m_sent, "text", QT_TR_NOOP("Sent"));
    texts->setText(m_received, "text", QT_TR_NOOP("Received"));
    texts->setText(m_status, "text", QT_TR_NOOP("Status"));
    for (QCheckBox *kind : {m_sent, m_received, m_status}) {
        kind->setChecked(true);
        texts->call(
            [this, kind] { kind->setAccessibleName(tr("Show %1 rows").arg(kind->text())); });
    }
    m_sent->setObjectName(QStringLiteral("showSentCheck"));
    m_received->setObjectName(QStringLiteral("showReceivedCheck"));
    m_status->setObjectName(QStringLiteral("showStatusCheck"));
    m_count->setObjectName(QStringLiteral("filterCountLabel"));
    m_problem->setObjectName(QStringLiteral("filterProblemLabel"));
    m_problem->setWordWrap(true);
    ColorScheme::markAsWarning(m_problem);
    m_problem->hide();
    m_stop->setObjectName(QStringLiteral("stopFilterButton"));
    texts->setText(m_stop, "text", QT_TR_NOOP("Stop"));
    texts->setText(m_stop, "toolTip", QT_TR_NOOP("Stop reading the log for matches"));
    texts->setText(m_stop, "accessibleName", QT_TR_NOOP("Stop finding"));
    m_stop->hide();
    m_close->setObjectName(QStringLiteral("closeFilterButton"));
    m_close->setText(QStringLiteral("\u2715"));
    texts->setText(m_close, "accessibleName", QT_TR_NOOP("Close find"));
    texts->setText(m_close, "toolTip", QT_TR_NOOP("Close find and show every row (Escape)"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_mode, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_sent, 0, 2);
    layout->addWidget(m_received, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(m_count, 0, 5);
    layout->addWidget(m_stop, 0, 6);
    layout->addWidget(m_close, 0, 7);
    layout->addWidget(m_problem, 1, 0, 1, 8);
    layout->setColumnStretch(1, 1);

    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &FilterBar::dismiss);
    addAction(escape);

    // Typing waits a moment, so that a long log is filtered once per pause, not per key.
    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(150);
    connect(&m_typingDelay, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textChanged, &m_typingDelay, qOverload<>(&QTimer::start));
    for (QCheckBox *box : {m_sent, m_received, m_status})
        connect(box, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeTexts();
        apply();
    });
    connect(m_stop, &QToolButton::clicked, m_filter, &ChatFilterModel::cancel);
    connect(m_close, &QToolButton::clicked, this, &FilterBar::dismiss);
    connect(m_filter, &ChatFilterModel::progressChanged, this, &FilterBar::updateCount);
    connect(m_filter, &ChatFilterModel::filterChanged, this, &FilterBar::updateCount);
    for (auto signal : {&ChatFilterModel::rowsInserted, &ChatFilterModel::rowsRemoved})
        connect(m_filter, signal, this, &FilterBar::updateCount);
    connect(m_filter, &ChatFilterModel::modelReset, this, &FilterBar::updateCount);
    // The count and a broken expression's explanation.
    texts->call([this] { updateCount(); });
    hide();
}

void FilterBar::activate()
{
    show();
    m_edit->selectAll();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void FilterBar::dismiss()
{
    m_typingDelay.stop();
    m_edit->clear();
    for (QCheckBox *kind : {m_sent, m_received, m_status})
        kind->setChecked(true);
    apply();
    hide();
}

void FilterBar::apply()
{
    m_typingDelay.stop();
    QList<ChatModel::Kind> kinds;
    if (m_sent->isChecked())
        kinds.append(ChatModel::Kind::Sent);
    if (m_received->isChecked())
        kinds.append(ChatModel::Kind::Received);
    if (m_status->isChecked())
        kinds.append(ChatModel::Kind::Status);
    m_filter->setFilter(m_edit->text(), ChatFilterModel::Syntax(m_mode->currentIndex()), kinds);
    updateCount();
}

void FilterBar::updateModeTexts()
{
    if (m_mode->currentIndex() == int(ChatFilterModel::Syntax::Field)) {
        m_edit->setPlaceholderText(tr("$.type == \"trade\" and $.price > 100 (Escape closes)"));
        m_edit->setToolTip(
            tr("A condition on the fields of JSON messages: $.path == value (also != < <= > "
               ">=), $.path ~ /regular expression/i, exists($.path), combined with and, or, "
               "not and parentheses. $.items[0].id is the id of the first item, $.items[*].id "
               "any item's."));
    } else {
        m_edit->setPlaceholderText(tr("Find (Escape closes)"));
        m_edit->setToolTip(QString());
    }
}

void FilterBar::updateCount()
{
    m_problem->setText(m_filter->errorString());
    m_problem->setHidden(m_filter->errorString().isEmpty());
    const QAbstractItemModel *source = m_filter->sourceModel();
    if (!m_filter->isActive() || !source) {
        m_count->clear();
        m_stop->hide();
        return;
    }
    const QLocale locale;
    QString count =
        tr("%1 of %2")
            .arg(locale.toString(m_filter->rowCount()), locale.toString(source->rowCount()));
    const int total = source->rowCount();
    const int percent = total > 0 ? int(qint64(m_filter->scannedRows()) * 100 / total) : 100;
    if (m_filter->isScanning())
        count = tr("%1, reading the log: %2 %").arg(count).arg(percent);
    else if (m_filter->isCancelled() && m_filter->scannedRows() < total)
        count = tr("%1, stopped at %2 % of the log").arg(count).arg(percent);
    m_count->setText(count);
    m_stop->setVisible(m_filter->isScanning());
}

} // namespace Banter
