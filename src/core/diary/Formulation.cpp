#include "core/diary/Formulation.h"

#include <array>
#include <utility>

namespace ldn {
namespace {

struct FormulationName {
    Formulation formulation;
    const char* storage;
    const char* display;
};

constexpr std::array<FormulationName, 5> kNames{{
    {Formulation::Capsule, "capsule", "Capsule"},
    {Formulation::Liquid, "liquid", "Liquid"},
    {Formulation::Tablet, "tablet", "Tablet"},
    {Formulation::Sublingual, "sublingual", "Sublingual"},
    {Formulation::Cream, "cream", "Cream"},
}};

const FormulationName& entryFor(Formulation formulation)
{
    for (const FormulationName& entry : kNames) {
        if (entry.formulation == formulation) {
            return entry;
        }
    }
    return kNames.front();
}

} // namespace

QString toStorageText(Formulation formulation)
{
    return QString::fromLatin1(entryFor(formulation).storage);
}

QString displayName(Formulation formulation)
{
    return QString::fromLatin1(entryFor(formulation).display);
}

std::optional<Formulation> formulationFromText(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const FormulationName& entry : kNames) {
        if (wanted == QLatin1String(entry.storage)) {
            return entry.formulation;
        }
    }
    return std::nullopt;
}

QStringList formulationStorageTexts()
{
    QStringList texts;
    for (const FormulationName& entry : kNames) {
        texts << QString::fromLatin1(entry.storage);
    }
    return texts;
}

} // namespace ldn
