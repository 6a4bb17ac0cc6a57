#include "core/exchange/DiaryCsvWriter.h"

#include "core/base/IsoDate.h"
#include "core/exchange/DiaryArchive.h"
#include "core/exchange/DiaryCsvFormat.h"

#include <QStringList>

namespace ldn {
namespace {

QString quoted(const QString& cell)
{
    const QString guarded = DiaryCsvFormat::guardAgainstFormula(cell);
    if (!guarded.contains(QLatin1Char(',')) && !guarded.contains(QLatin1Char('"')) &&
        !guarded.contains(QLatin1Char('\n')) && !guarded.contains(QLatin1Char('\r'))) {
        return guarded;
    }
    QString text = guarded;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void appendRow(QString& out, const QStringList& cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString& cell : cells) {
        written << quoted(cell);
    }
    out += written.join(QLatin1Char(','));
    out += QStringLiteral("\r\n");
}

} // namespace

QByteArray DiaryCsvWriter::write(const ArchivedProfile& profile)
{
    QStringList header{
        DiaryCsvFormat::header(CsvField::Date),        DiaryCsvFormat::header(CsvField::Dose),
        DiaryCsvFormat::header(CsvField::Missed),      DiaryCsvFormat::header(CsvField::Time),
        DiaryCsvFormat::header(CsvField::Formulation), DiaryCsvFormat::header(CsvField::Pharmacy),
        DiaryCsvFormat::header(CsvField::Batch),
    };
    for (const ArchivedSymptom& symptom : profile.symptoms) {
        header << DiaryCsvFormat::symptomHeader(symptom.definition.name);
    }
    header << DiaryCsvFormat::header(CsvField::SideEffects) << DiaryCsvFormat::header(CsvField::Events)
           << DiaryCsvFormat::header(CsvField::Note);

    QString out;
    appendRow(out, header);
    for (const ArchivedDay& day : profile.days) {
        const DiaryEntry& entry = day.entry;
        const bool taken = entry.status == DoseStatus::Taken;
        QStringList cells{
            IsoDate::format(entry.date),
            taken ? entry.dose.toMilligramText() : QString(),
            DiaryCsvFormat::missedText(entry.status),
            entry.timeTaken ? entry.timeTaken->toString(QStringLiteral("HH:mm")) : QString(),
            entry.formulation ? toStorageText(*entry.formulation) : QString(),
            entry.pharmacy,
            entry.batch,
        };
        for (const ArchivedSymptom& symptom : profile.symptoms) {
            const auto score = entry.symptomScores.find(symptom.definition.name);
            cells << (score != entry.symptomScores.end() ? QString::number(score->second) : QString());
        }
        cells << DiaryCsvFormat::sideEffectsText(entry.sideEffects)
              << DiaryCsvFormat::eventsText(entry.events) << entry.note;
        appendRow(out, cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace ldn
