#pragma once

#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace ldn {

// Paints the note bubble (NoteMarker) at whatever size a button, label or table cell asks for,
// when it asks. An icon made of pixmaps rendered up front costs four supersampled images per
// icon, which a window with several note buttons paid at start-up and a diary table on every
// decorated cell.
class NoteMarkerIconEngine : public QIconEngine {
public:
    explicit NoteMarkerIconEngine(bool carer);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    bool m_carer;
    QHash<quint64, QPixmap> m_rendered; // by side and mode
};

} // namespace ldn
