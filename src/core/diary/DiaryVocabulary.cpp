#include "core/diary/DiaryVocabulary.h"

#include <QCoreApplication>

#include <array>

namespace ldn {
namespace {

struct Term {
    const char* stored; // also the source text of its translation
};

constexpr std::array kSideEffects{
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "vivid dreams")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "insomnia")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "headache")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "nausea")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "anxiety")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "fatigue after dose")},
};

constexpr std::array kEvents{
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "infection")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "crash after exertion")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "period")},
    Term{QT_TRANSLATE_NOOP("DiaryVocabulary", "stressful day")},
};

template <std::size_t N>
QStringList namesOf(const std::array<Term, N>& terms)
{
    QStringList names;
    for (const Term& term : terms) {
        names << QString::fromLatin1(term.stored);
    }
    return names;
}

template <std::size_t N>
const char* sourceTextOf(const std::array<Term, N>& terms, const QString& storedName)
{
    for (const Term& term : terms) {
        if (storedName.compare(QLatin1String(term.stored), Qt::CaseInsensitive) == 0) {
            return term.stored;
        }
    }
    return nullptr;
}

} // namespace

const QStringList& DiaryVocabulary::sideEffects()
{
    static const QStringList names = namesOf(kSideEffects);
    return names;
}

const QStringList& DiaryVocabulary::events()
{
    static const QStringList names = namesOf(kEvents);
    return names;
}

QString DiaryVocabulary::displayName(const QString& storedName)
{
    const char* source = sourceTextOf(kSideEffects, storedName);
    if (!source) {
        source = sourceTextOf(kEvents, storedName);
    }
    return source ? QCoreApplication::translate("DiaryVocabulary", source) : storedName;
}

} // namespace ldn
