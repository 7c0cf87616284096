// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "echostatisticspanel.h"

#include "retranslator.h"

#include <echocorrelator.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Banter {

EchoStatisticsPanel::EchoStatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox)
    , m_timeout(new QSpinBox)
    , m_state(new QLabel)
    , m_reset(new QPushButton)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("echoStatisticsPanel"));
    m_mode->setObjectName(QStringLiteral("echoModeCombo"));
    m_mode->addItems({QString(), QString(), QString()});
    texts->setText(m_mode, "accessibleName", QT_TR_NOOP("Pair echoes"));
    m_timeout->setObjectName(QStringLiteral("echoTimeoutSpin"));
    m_timeout->setRange(10, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(EchoCorrelator::defaultTimeoutMs);
    texts->setText(m_timeout, "suffix", QT_TR_NOOP(" ms"));
    texts->setText(m_timeout, "accessibleName", QT_TR_NOOP("Lost after"));
    texts->setText(m_timeout, "toolTip",
                   QT_TR_NOOP("A message whose echo has not come back by then is counted lost"));
    m_state->setObjectName(QStringLiteral("echoStateLabel"));
    texts->setText(m_state, "accessibleName", QT_TR_NOOP("Pair echoes"));
    m_state->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("echoResetButton"));
    texts->setText(m_reset, "text", QT_TR_NOOP("Reset"));
    texts->setText(m_reset, "toolTip", QT_TR_NOOP("Start counting again"));
    texts->setText(m_reset, "accessibleName", QT_TR_NOOP("Reset"));

    auto *settings = new QFormLayout;
    auto *modeLabel = new QLabel;
    texts->setText(modeLabel, "text", QT_TR_NOOP("Pair echoes:"));
    settings->addRow(modeLabel, m_mode);
    auto *timeoutLabel = new QLabel;
    texts->setText(timeoutLabel, "text", QT_TR_NOOP("Lost after:"));
    settings->addRow(timeoutLabel, m_timeout);

    auto *counts = new QFormLayout;
    counts->setObjectName(QStringLiteral("echoCounts"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_state);
    layout->addLayout(counts);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
    const auto add = [this, counts, texts](const char *name, const char *text) {
        auto *label = new QLabel;
        texts->setText(label, "text", text);
        auto *value = new QLabel;
        value->setObjectName(QLatin1String(name));
        texts->setText(value, "accessibleName", text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        counts->addRow(label, value);
        label->setBuddy(value);
        m_values.append(value);
    };
    add("sentLabel", QT_TR_NOOP("Sent:"));
    add("echoedLabel", QT_TR_NOOP("Echoed:"));
    add("awaitingLabel", QT_TR_NOOP("Awaiting an echo:"));
    add("lostLabel", QT_TR_NOOP("Lost (no echo in time):"));
    add("lateLabel", QT_TR_NOOP("Late (echo after the timeout):"));
    add("reorderedLabel", QT_TR_NOOP("Out of order:"));
    add("retypedLabel", QT_TR_NOOP("Echoed as the other type:"));
    add("p50Label", QT_TR_NOOP("Round trip, median:"));
    add("p95Label", QT_TR_NOOP("Round trip, 95th percentile:"));
    add("p99Label", QT_TR_NOOP("Round trip, 99th percentile:"));
    add("maxLabel", QT_TR_NOOP("Round trip, longest:"));

    texts->call([this] {
        // The digits of the language now (a spin box keeps those it was made with).
        m_timeout->setLocale(QLocale());
        // The spin box's own field takes the focus: it needs the name too.
        if (auto *field = m_timeout->findChild<QLineEdit *>())
            field->setAccessibleName(tr("Lost after"));
        m_mode->setItemText(int(EchoCorrelator::Mode::Automatic),
                            tr("Automatic (once the server echoes)"));
        m_mode->setItemText(int(EchoCorrelator::Mode::On), tr("On"));
        m_mode->setItemText(int(EchoCorrelator::Mode::Off), tr("Off"));
        update();
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &EchoStatisticsPanel::update);
    connect(m_mode, &QComboBox::activated, this, [this](int mode) {
        if (m_correlator)
            m_correlator->setMode(EchoCorrelator::Mode(mode));
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int milliseconds) {
        if (m_correlator)
            m_correlator->setTimeout(milliseconds);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_correlator)
            m_correlator->reset();
    });
    setEnabled(false);
}

void EchoStatisticsPanel::setCorrelator(EchoCorrelator *correlator)
{
    if (m_correlator)
        disconnect(m_correlator, nullptr, this, nullptr);
    m_correlator = correlator;
    setEnabled(correlator != nullptr);
    if (correlator) {
        m_mode->setCurrentIndex(int(correlator->mode()));
        m_timeout->setValue(correlator->timeout());
        const auto later = [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        };
        connect(correlator, &EchoCorrelator::statisticsChanged, this, later);
        connect(correlator, &EchoCorrelator::activeChanged, this, &EchoStatisticsPanel::update);
    }
    update();
}

void EchoStatisticsPanel::update()
{
    if (!m_correlator) {
        m_state->setText(tr("No connection."));
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        return;
    }
    switch (m_correlator->mode()) {
    case EchoCorrelator::Mode::Off:
        m_state->setText(tr("Echoes are not paired."));
        break;
    case EchoCorrelator::Mode::On:
        m_state->setText(tr("Every message sent awaits its echo."));
        break;
    case EchoCorrelator::Mode::Automatic:
        m_state->setText(m_correlator->isActive()
                             ? tr("The server echoes: every message sent awaits its echo.")
                             : tr("Waiting for the server to echo a message."));
        break;
    }
    const EchoCorrelator::Statistics s = m_correlator->statistics();
    const QLocale locale;
    const qint64 counts[] = {s.sent, s.echoed, s.awaiting, s.lost, s.late, s.reordered, s.retyped};
    int i = 0;
    for (qint64 count : counts)
        m_values.at(i++)->setText(locale.toString(count));
    for (qint64 micros : {s.p50, s.p95, s.p99, s.max})
        m_values.at(i++)->setText(EchoCorrelator::durationText(micros));
}

QString EchoStatisticsPanel::valueText(const QString &name) const
{
    for (const QLabel *value : m_values) {
        if (value->objectName() == name)
            return value->text();
    }
    return QString();
}

} // namespace Banter
