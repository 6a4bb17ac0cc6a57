#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ldn {

// How the dose was prepared. Compounded LDN varies between pharmacies, so the form is recorded.
enum class Formulation { Capsule, Liquid, Tablet, Sublingual, Cream };

QString toStorageText(Formulation formulation);
QString displayName(Formulation formulation);
std::optional<Formulation> formulationFromText(const QString& text);
QStringList formulationStorageTexts();

} // namespace ldn
