// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Banter {

class EchoCorrelator;

// View → Echo Statistics: what the current tab's EchoCorrelator found (messages sent, echoed,
// awaited, lost, late, out of order, echoed as the other type; round-trip percentiles), its
// mode (Automatic, On, Off) and timeout, and Reset.
class EchoStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EchoStatisticsPanel(QWidget *parent = nullptr);

    void setCorrelator(EchoCorrelator *correlator);
    // What a label shows for name ("sentLabel", "p99Label", ...), for tests.
    QString valueText(const QString &name) const;

private:
    void update();

    QPointer<EchoCorrelator> m_correlator;
    QComboBox *m_mode;
    QSpinBox *m_timeout;
    QLabel *m_state;
    QList<QLabel *> m_values;
    QPushButton *m_reset;
    QTimer m_refresh; // at most four updates a second during a flood
};

} // namespace Banter
