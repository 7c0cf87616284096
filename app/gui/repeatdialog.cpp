// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatdialog.h"

#include <scheduledsend.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Banter {

namespace {

const QString intervalKey = QStringLiteral("repeat/intervalMs");
const QString countKey = QStringLiteral("repeat/count");

} // namespace

RepeatDialog::RepeatDialog(const QString &snippetName, QWidget *parent)
    : QDialog(parent), m_interval(new QSpinBox), m_count(new QSpinBox)
{
    setObjectName(QStringLiteral("repeatDialog"));
    setWindowTitle(tr("Repeat “%1”").arg(snippetName));
    const QSettings settings;
    m_interval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_interval->setRange(ScheduledSend::minInterval, ScheduledSend::maxInterval);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setGroupSeparatorShown(true);
    m_interval->setValue(settings.value(intervalKey, 1000).toInt());
    m_count->setObjectName(QStringLiteral("repeatCountSpin"));
    m_count->setRange(0, ScheduledSend::maxCount);
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setGroupSeparatorShown(true);
    m_count->setValue(settings.value(countKey, 10).toInt());

    auto *note = new QLabel(tr("The first goes out at once. While the connection is down, "
                               "sending pauses, and nothing is lost."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Every:"), m_interval);
    form->addRow(tr("&Times:"), m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RepeatDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int RepeatDialog::intervalMs() const
{
    return m_interval->value();
}

int RepeatDialog::count() const
{
    return m_count->value();
}

void RepeatDialog::accept()
{
    QSettings settings;
    settings.setValue(intervalKey, intervalMs());
    settings.setValue(countKey, count());
    QDialog::accept();
}

} // namespace Banter
