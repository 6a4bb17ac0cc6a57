#include "report/ReportSection.h"

#include "core/base/InputError.h"
#include "report/ReportWording.h"

#include <QStringList>

namespace ldn {

QString sectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return QStringLiteral("summary");
    case ReportSection::Chart:
        return QStringLiteral("chart");
    case ReportSection::Doses:
        return QStringLiteral("doses");
    case ReportSection::PerDose:
        return QStringLiteral("per-dose");
    case ReportSection::Trial:
        return QStringLiteral("trial");
    case ReportSection::SideEffects:
        return QStringLiteral("side-effects");
    case ReportSection::CarerNotes:
        return QStringLiteral("carer-notes");
    case ReportSection::Medications:
        return QStringLiteral("medications");
    case ReportSection::Evidence:
        return QStringLiteral("evidence");
    case ReportSection::Questions:
        return QStringLiteral("questions");
    case ReportSection::Disclaimer:
        return QStringLiteral("disclaimer");
    }
    return {};
}

QString sectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return ReportWording::tr("Summary");
    case ReportSection::Chart:
        return ReportWording::tr("Symptoms and dose over time");
    case ReportSection::Doses:
        return ReportWording::tr("Dose history");
    case ReportSection::PerDose:
        return ReportWording::tr("Symptoms at each dose");
    case ReportSection::Trial:
        return ReportWording::tr("Trial of LDN");
    case ReportSection::SideEffects:
        return ReportWording::tr("Side effects");
    case ReportSection::CarerNotes:
        return ReportWording::tr("Notes from carers");
    case ReportSection::Medications:
        return ReportWording::tr("Medicines and cautions");
    case ReportSection::Evidence:
        return ReportWording::tr("Published evidence");
    case ReportSection::Questions:
        return ReportWording::tr("Questions for the doctor");
    case ReportSection::Disclaimer:
        return ReportWording::tr("About this report");
    }
    return {};
}

std::optional<ReportSection> reportSectionFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const ReportSection section : kAllReportSections) {
        if (sectionKey(section) == wanted) {
            return section;
        }
    }
    return std::nullopt;
}

bool isDefaultSection(ReportSection section)
{
    return section != ReportSection::CarerNotes;
}

ReportSections ReportSections::defaults()
{
    ReportSections sections;
    for (const ReportSection section : kAllReportSections) {
        sections.set(section, isDefaultSection(section));
    }
    return sections;
}

ReportSections ReportSections::all()
{
    ReportSections sections;
    sections.m_on.fill(true);
    return sections;
}

ReportSections ReportSections::none()
{
    return ReportSections();
}

ReportSections ReportSections::parse(const QString& list, const QString& field)
{
    ReportSections sections;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        const std::optional<ReportSection> section = reportSectionFromKey(name);
        if (!section) {
            QStringList known;
            for (const ReportSection each : kAllReportSections) {
                known << sectionKey(each);
            }
            throw InputError(field, QStringLiteral("unknown section \"%1\"; choose from %2")
                                        .arg(name.trimmed(), known.join(QStringLiteral(","))));
        }
        sections.set(*section, true);
    }
    if (names.isEmpty() || sections == none()) {
        throw InputError(field, QStringLiteral("name at least one section"));
    }
    return sections;
}

} // namespace ldn
