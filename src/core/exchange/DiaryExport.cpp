#include "core/exchange/DiaryExport.h"

#include "core/exchange/DiaryArchiveJson.h"
#include "core/exchange/DiaryCsvWriter.h"
#include "core/exchange/FhirBundleBuilder.h"

#include <stdexcept>
#include <string>

namespace ldn {

std::optional<DiaryExport::Format> DiaryExport::formatNamed(const QString& name)
{
    if (name == QLatin1String("json")) {
        return Format::Backup;
    }
    if (name == QLatin1String("csv")) {
        return Format::Spreadsheet;
    }
    if (name == QLatin1String("fhir")) {
        return Format::Fhir;
    }
    return std::nullopt;
}

QByteArray DiaryExport::contents(const DiaryArchive& archive, Format format)
{
    if (needsOneProfile(format) && archive.profiles.size() != 1) {
        throw std::invalid_argument("this export format holds exactly one profile");
    }
    switch (format) {
    case Format::Backup:
        return DiaryArchiveJson::write(archive);
    case Format::Spreadsheet:
        return DiaryCsvWriter::write(archive.profiles.front());
    case Format::Fhir: {
        const std::string text =
            FhirBundleBuilder::build(archive.profiles.front(), archive.exportedAt).dump(1);
        return QByteArray(text.data(), static_cast<qsizetype>(text.size())) + '\n';
    }
    }
    throw std::invalid_argument("unknown export format");
}

} // namespace ldn
