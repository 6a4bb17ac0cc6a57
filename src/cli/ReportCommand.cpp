#include "cli/ReportCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/PdfOptions.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "presentation/Language.h"
#include "presentation/Translations.h"
#include "report/GpReportBuilder.h"
#include "report/GpReportWriter.h"
#include "report/ReportEvidenceReader.h"
#include "storage/db/StorageError.h"
#include "storage/evidence/EvidencePackInstaller.h"

#include <QDir>

namespace ldn {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return QStringLiteral("a 1-3 page PDF summary to take to the GP or specialist");
}

QString ReportCommand::usage() const
{
    QStringList sections;
    for (const ReportSection section : kAllReportSections) {
        sections << sectionKey(section);
    }
    return QStringLiteral(
               "report --profile NAME [--from DATE] [--to DATE] [--paper a4|letter]\n"
               "       [--language de|en-GB|en-US] [--sections LIST] [--include-notes]\n"
               "       [--questions TEXT] --out FILE.pdf\n"
               "\n"
               "  --from, --to DATE  the period reported (default: first to last logged day)\n"
               "  --paper a4|letter  paper size (default letter for en-US, a4 otherwise)\n"
               "  --language LANG    the report's language: de, en-GB or en-US (default: the\n"
               "                     language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG; en-GB when\n"
               "                     that is C or one the report is not written in)\n"
               "  --sections LIST    comma-separated, in any order (default: all but %2):\n"
               "                     %1\n"
               "  --include-notes    add the notes from carers (the %2 section), each marked with\n"
               "                     who wrote it; left out unless asked for\n"
               "  --questions TEXT   the patient's questions for the doctor (a blank line starts a\n"
               "                     new paragraph)\n"
               "  --out FILE.pdf     where to write the PDF (replaced if it exists)\n")
        .arg(sections.join(QLatin1Char(',')), sectionKey(ReportSection::CarerNotes));
}

bool ReportCommand::isRequestedBy(const QStringList& arguments)
{
    // The same reading of the global options as CommandLineTool::run.
    try {
        ArgumentList list(arguments);
        list.takeOption(QStringLiteral("--db"));
        list.takeFlag(QStringLiteral("--help"));
        list.takeFlag(QStringLiteral("-h"));
        list.takeFlag(QStringLiteral("--version"));
        return list.takePositional() == QStringLiteral("report");
    } catch (const UsageError&) {
        return false;
    }
}

void ReportCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    const std::optional<QString> from = arguments.takeOption(QStringLiteral("--from"));
    const std::optional<QString> to = arguments.takeOption(QStringLiteral("--to"));
    const std::optional<QString> paper = arguments.takeOption(QStringLiteral("--paper"));
    const std::optional<QString> languageTag = arguments.takeOption(QStringLiteral("--language"));
    const std::optional<QString> sections = arguments.takeOption(QStringLiteral("--sections"));
    const bool includeNotes = arguments.takeFlag(QStringLiteral("--include-notes"));
    const std::optional<QString> questions = arguments.takeOption(QStringLiteral("--questions"));
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    arguments.expectEmpty(name());
    if (!out || out->isEmpty()) {
        throw UsageError(QStringLiteral("report: --out FILE.pdf is required"));
    }

    GpReportBuilder::Request request;
    if (from) {
        request.from = IsoDate::parse(*from, QStringLiteral("--from"));
    }
    if (to) {
        request.to = IsoDate::parse(*to, QStringLiteral("--to"));
    }
    if (request.from.isValid() && request.to.isValid() && request.to < request.from) {
        throw InputError(QStringLiteral("--to"), QStringLiteral("%1 is before --from %2").arg(*to, *from));
    }
    const Language language = PdfOptions::language(languageTag);
    request.paper = PdfOptions::paper(paper, language);
    if (sections) {
        request.sections = ReportSections::parse(*sections, QStringLiteral("--sections"));
    }
    if (includeNotes) {
        request.sections.set(ReportSection::CarerNotes, true);
    }
    request.questions = questions.value_or(QString());

    PdfOptions::checkTarget(*out);

    const Profile profile = context.requireProfile(profileName, name());
    // Only the report speaks the language, from its evidence rows to its pages (painted when
    // written, so the language stays installed until the command ends); this tool's own messages
    // are not translated.
    Translations::install(language);
    if (request.sections.contains(ReportSection::Evidence)) {
        // As the evidence commands do, the bundled library is installed when first needed; a build
        // without one reports "no evidence library installed".
        try {
            EvidencePackInstaller::installBundled(context.database());
        } catch (const StorageError&) {
        }
        request.evidence = ReportEvidenceReader::read(context.database(), profile.conditions);
    }
    const GpReport report = GpReportBuilder(context.database()).build(profile.id, request);
    const PdfDocument document = GpReportWriter(report).document();
    document.write(*out);
    context.out() << "Wrote a " << document.pageCount() << "-page GP report for " << profile.name << " ("
                  << (report.from.isValid()
                          ? IsoDate::format(report.from) + QStringLiteral(" to ") + IsoDate::format(report.to)
                          : QStringLiteral("no days logged"))
                  << ") to " << QDir::toNativeSeparators(*out) << "\n";
}

} // namespace ldn
