#pragma once

#include <QComboBox>
#include <QString>

namespace ldn {

// The colour that tells one person's diary apart from another's (the stripe beside the name on the
// Today tab and in the quick log). A short list of named colours that stay apart from each other
// and readable on light and dark themes, plus "No colour"; a colour set elsewhere (the command
// line takes any) is kept as "Your own colour" so that opening and saving the form changes nothing.
class ProfileColourBox : public QComboBox {
    Q_OBJECT

public:
    explicit ProfileColourBox(QWidget* parent = nullptr);

    // "#rrggbb", or empty for none.
    QString colour() const;
    void setColour(const QString& colour);

private:
    void addColour(const QString& name, const QString& colour);
};

} // namespace ldn
