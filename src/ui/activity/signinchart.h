#pragma once
// SignInChart: a partner's sign-ins per week over the imported period, as bars — quicker to read
// than a column of numbers. The numbers are in the tooltip of each bar and in the accessible text.

#include <QList>
#include <QWidget>

#include <utility>

class SignInChart final : public QWidget
{
    Q_OBJECT

public:
    explicit SignInChart(QWidget *parent = nullptr);

    // (Monday 00:00 UTC in ms, sign-ins) per week, oldest first.
    void setWeeks(const QList<std::pair<qint64, int>> &weeks);
    const QList<std::pair<qint64, int>> &weeks() const { return m_weeks; }
    int barAt(const QPoint &position) const; // -1: none
    QString describe() const; // translated, one sentence: the accessible description

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    QList<std::pair<qint64, int>> m_weeks;
};
