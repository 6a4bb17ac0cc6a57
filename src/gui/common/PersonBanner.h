#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace ldn {

// Whose diary a form writes to, in large type, with the person's colour beside the name when they
// chose one: with two people in one diary nobody should log Mum's dose in Dad's diary. The name
// carries the meaning; the colour only helps to tell people apart at a glance.
class PersonBanner : public QFrame {
    Q_OBJECT

public:
    explicit PersonBanner(QWidget* parent = nullptr);

    // `caption`: what is done for the person ("Logging the day for"); `colour`: "#rrggbb" or empty.
    void showPerson(const QString& caption, const QString& name, const QString& colour);
    void clear();

    QString name() const;
    QString colour() const { return m_colour; }

    // How much larger than the text around it the name is set.
    static constexpr double kNameScale = 1.7;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_caption;
    QLabel* m_name;
    QString m_colour;
};

} // namespace ldn
