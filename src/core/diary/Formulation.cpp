#include "core/diary/Formulation.h"

#include <QCoreApplication>

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
    {Formulation::Capsule, "capsule", QT_TRANSLATE_NOOP("Formulation", "Capsule")},
    {Formulation::Liquid, "liquid", QT_TRANSLATE_NOOP("Formulation", "Liquid")},
    {Formulation::Tablet, "tablet", QT_TRANSLATE_NOOP("Formulation", "Tablet")},
    {Formulation::Sublingual, "sublingual", QT_TRANSLATE_NOOP("Formulation", "Sublingual")},
    {Formulation::Cream, "cream", QT_TRANSLATE_NOOP("Formulation", "Cream")},
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
    return QCoreApplication::translate("Formulation", entryFor(formulation).display);
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
