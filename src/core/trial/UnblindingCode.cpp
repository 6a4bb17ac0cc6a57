#include "core/trial/UnblindingCode.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cstring>

namespace ldn {

UnblindingCode UnblindingCode::generate()
{
    const auto alphabetSize = static_cast<quint32>(std::strlen(kAlphabet));
    QString characters;
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < kGroups * kGroupLength; ++i) {
        characters += QLatin1Char(kAlphabet[random->bounded(alphabetSize)]);
    }
    return UnblindingCode(characters);
}

QString UnblindingCode::normalised(const QString& typed)
{
    QString characters;
    for (const QChar character : typed) {
        if (character.isSpace() || character == QLatin1Char('-')) {
            continue;
        }
        characters += character.toUpper();
    }
    return characters;
}

std::optional<UnblindingCode> UnblindingCode::parse(const QString& typed)
{
    const QString characters = normalised(typed);
    if (characters.size() != kGroups * kGroupLength) {
        return std::nullopt;
    }
    for (const QChar character : characters) {
        if (character.unicode() > 127 || !std::strchr(kAlphabet, character.toLatin1())) {
            return std::nullopt;
        }
    }
    return UnblindingCode(characters);
}

QString UnblindingCode::text() const
{
    QStringList groups;
    for (int group = 0; group < kGroups; ++group) {
        groups << m_characters.mid(group * kGroupLength, kGroupLength);
    }
    return groups.join(QLatin1Char('-'));
}

bool UnblindingCode::matches(const QString& typed) const
{
    return normalised(typed) == m_characters;
}

} // namespace ldn
