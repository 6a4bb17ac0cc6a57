#include "core/json/JsonLocator.h"
#include "fuzz/FuzzSupport.h"

#include <nlohmann/json.hpp>

#include <algorithm>

// The JSON locator runs on text that may be cut off or not JSON at all (it places parse errors),
// so it must never read past the end or report a line the text does not have; on valid JSON it
// must find exactly the elements the parser finds, on the lines they start.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    if (size < 2) {
        return 0;
    }
    // The first two bytes choose the array key and how much of the text is read.
    static const QByteArray kKeys[] = {"", "sources", "claims", "a", "days"};
    const QByteArray arrayKey = kKeys[data[0] % std::size(kKeys)];
    const QByteArray text = fuzz::bytesOf(data + 2, size - 2);
    const qsizetype endByte = data[1] == 255 ? -1 : static_cast<qsizetype>(data[1]) * text.size() / 254;
    const int lines = fuzz::lineCount(text);
    const auto inFile = [lines](int line) { return line >= 1 && line <= lines; };

    const std::vector<int> starts = JsonLocator::elementLines(text, arrayKey, endByte);
    fuzz::require(std::is_sorted(starts.begin(), starts.end()), QStringLiteral("element lines out of order"));
    fuzz::require(std::all_of(starts.begin(), starts.end(), inFile),
                  QStringLiteral("an element line outside"));
    fuzz::require(inFile(JsonLocator::lineAt(text, endByte)), QStringLiteral("lineAt outside the text"));
    fuzz::require(inFile(JsonLocator::lineAt(text, text.size() + 5)), QStringLiteral("lineAt past the end"));
    const int documentLine = JsonLocator::lineOfValue(text, {});
    fuzz::require(documentLine == 0 || inFile(documentLine), QStringLiteral("lineOfValue outside the text"));
    const int keyLine = JsonLocator::lineOfKey(text, data[1] % 8);
    fuzz::require(keyLine == 0 || inFile(keyLine), QStringLiteral("lineOfKey outside the text"));

    const nlohmann::json document =
        nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    // The parser stops at a NUL byte (StrictJson refuses those), the locator does not.
    if (document.is_discarded() || !document.is_array() || !arrayKey.isEmpty() || endByte >= 0 ||
        text.contains('\0')) {
        return 0;
    }
    fuzz::require(
        starts.size() == document.size(),
        QStringLiteral("%1 elements located, the parser found %2").arg(starts.size()).arg(document.size()));
    for (std::size_t i = 0; i < std::min<std::size_t>(starts.size(), 8); ++i) {
        fuzz::require(JsonLocator::lineOfValue(text, {{QByteArray(), static_cast<qsizetype>(i)}}) ==
                          starts[i],
                      QStringLiteral("lineOfValue and elementLines disagree on element %1").arg(i));
    }
    return 0;
}
