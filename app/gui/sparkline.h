// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <trafficmeter.h>

#include <QPointer>
#include <QWidget>

namespace Banter {

// The status bar's small chart of the current tab's messages a second (in and out together)
// over the last minute; its tooltip says the last second's numbers. A click opens View →
// Traffic.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownSeconds = 60;

    explicit Sparkline(QWidget *parent = nullptr);

    void setMeter(TrafficMeter *meter);
    // The values drawn, oldest first.
    QList<qint64> values() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // The tooltip and name for the last second, and a repaint.
    void refresh();

    QPointer<TrafficMeter> m_meter;
};

} // namespace Banter
