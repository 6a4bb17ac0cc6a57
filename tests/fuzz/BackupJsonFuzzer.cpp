#include "core/exchange/DiaryArchiveJson.h"
#include "fuzz/FuzzSupport.h"

// Backups (`import FILE --format json`): a refusal names the file and line; a backup that is read
// is written and read again unchanged, as an export followed by an import must be.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("backup.json");
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        const DiaryArchive archive = DiaryArchiveJson::parse(text, fileName);
        DiaryArchive again;
        try {
            again = DiaryArchiveJson::parse(DiaryArchiveJson::write(archive), QStringLiteral("again.json"));
        } catch (const InputError& error) {
            fuzz::fail(QStringLiteral("a backup that was read cannot be read back after writing: ") +
                       error.message());
        }
        fuzz::require(again == archive, QStringLiteral("writing and reading a backup changed it"));
    });
    return 0;
}
