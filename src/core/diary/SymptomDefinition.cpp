#include "core/diary/SymptomDefinition.h"

namespace ldn {

std::vector<SymptomDefinition> defaultSymptoms()
{
    return {
        {QStringLiteral("pain"), false},         {QStringLiteral("fatigue"), false},
        {QStringLiteral("sleep quality"), true}, {QStringLiteral("brain fog"), false},
        {QStringLiteral("mood"), true},
    };
}

} // namespace ldn
