#pragma once

#include <QIconEngine>

#include <cstddef>

namespace ldn {

// A symptom's sample for the chart's symptom picker (which doubles as its legend): a short piece
// of its line with one of its points, drawn when and where it is shown, in the chart style of the
// palette then in use, so it matches the chart in the light theme and in the dark one.
class SymptomSampleIconEngine : public QIconEngine {
public:
    explicit SymptomSampleIconEngine(std::size_t symptomIndex);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    std::size_t m_index;
};

} // namespace ldn
