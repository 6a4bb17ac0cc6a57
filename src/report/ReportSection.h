#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace ldn {

// The parts of the GP report, in the fixed order they are printed. The order follows the best
// clinician reports (a first page that answers "how is this person doing", then the detail), so a
// doctor who has seen one report finds things in the same place in the next.
enum class ReportSection {
    Summary,
    Chart,
    Doses,
    PerDose,
    Trial,
    SideEffects,
    CarerNotes,
    Medications,
    Evidence,
    Questions,
    Disclaimer,
};

constexpr std::size_t kReportSectionCount = 11;
constexpr std::array<ReportSection, kReportSectionCount> kAllReportSections{
    ReportSection::Summary,    ReportSection::Chart,       ReportSection::Doses,
    ReportSection::PerDose,    ReportSection::Trial,       ReportSection::SideEffects,
    ReportSection::CarerNotes, ReportSection::Medications, ReportSection::Evidence,
    ReportSection::Questions,  ReportSection::Disclaimer,
};

// "per-dose": the name used on the command line (--sections) and in settings.
QString sectionKey(ReportSection section);
// "Symptoms at each dose": the heading printed in the report.
QString sectionTitle(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(const QString& key);

// Whether a section is in a report unless asked for. Notes from carers are left out unless
// chosen: they were written about the patient, and the patient decides whether a doctor reads them.
bool isDefaultSection(ReportSection section);

// Which sections a report includes; every default section is on unless switched off.
class ReportSections {
public:
    // The default sections (every section but the notes from carers).
    static ReportSections defaults();
    static ReportSections all();
    static ReportSections none();
    // "summary,chart,per-dose": throws InputError naming `field` and the unknown name.
    static ReportSections parse(const QString& list, const QString& field);

    bool contains(ReportSection section) const { return m_on[index(section)]; }
    void set(ReportSection section, bool on) { m_on[index(section)] = on; }

    friend bool operator==(const ReportSections&, const ReportSections&) = default;

private:
    static std::size_t index(ReportSection section) { return static_cast<std::size_t>(section); }

    std::array<bool, kReportSectionCount> m_on{};
};

} // namespace ldn
