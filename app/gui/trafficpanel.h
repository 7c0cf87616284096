// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <trafficmeter.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QPushButton;
class QValueAxis;
QT_END_NAMESPACE

namespace Banter {

// View → Traffic: the current tab's traffic over the last five minutes, in three live charts side
// by side (messages a second in and out, bytes a second in and out, round trips of echoes and
// pings), with Save Chart… (PNG) and Save Data… (CSV of all ten minutes the meter keeps).
class TrafficPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownSeconds = 300;

    explicit TrafficPanel(QWidget *parent = nullptr);

    void setMeter(TrafficMeter *meter);
    TrafficMeter *meter() const { return m_meter; }

    // The charts, side by side, as an image.
    QImage image() const;
    // Writes the charts (PNG) or the data (CSV) to path; why not, in words, or empty.
    QString savePng(const QString &path) const;
    QString saveCsv(const QString &path) const;

    // For tests: the series by object name ("messagesInSeries", ...).
    QLineSeries *series(const QString &name) const;

Q_SIGNALS:
    // A file chosen could not be written: what happened, in words.
    void saveFailed(const QString &message);

private:
    struct Chart
    {
        QChart *chart;
        QChartView *view;
        QValueAxis *x;
        QValueAxis *y;
    };
    Chart addChart(const char *objectName);
    QLineSeries *addSeries(const Chart &chart, const char *objectName);
    void update();
    void retranslate();
    void chooseFile(bool isCsv);

    QPointer<TrafficMeter> m_meter;
    QList<Chart> m_charts;
    QList<QLineSeries *> m_series;
    QPushButton *m_savePng;
    QPushButton *m_saveCsv;
};

} // namespace Banter
