#pragma once

#include "core/evidence/EvidenceSource.h"
#include "core/exchange/ReferenceReadResult.h"
#include "fuzz/FuzzSupport.h"

#include <algorithm>

// What every reference reader promises about what it read (CSL-JSON, RIS, MEDLINE): each
// reference is one the library would store, an unclassified own entry with a title and no
// replacement or control characters; each skipped or changed record is reported at a line of the
// file; and the file's records are all accounted for.
namespace ldn::fuzz {

inline void checkReferences(const ReferenceReadResult& result, const QString& fileName,
                            const QByteArray& text)
{
    for (const EvidenceSource& source : result.references) {
        require(!source.title.trimmed().isEmpty(), QStringLiteral("a reference without a title"));
        require(!source.title.contains(QChar::ReplacementCharacter),
                QStringLiteral("text that was not UTF-8 was read"));
        require(std::none_of(source.title.cbegin(), source.title.cend(),
                             [](QChar c) { return c.unicode() < 0x20; }),
                QStringLiteral("a control character was read"));
        require(source.kind == SourceKind::Unclassified && source.origin == EntryOrigin::User &&
                    source.verification == Verification::Unconfirmed,
                QStringLiteral("a reference that is not an unclassified own entry"));
        try {
            validateSource(source, QStringLiteral("again"));
        } catch (const InputError& error) {
            fail(QStringLiteral("a reference read that the library refuses: ") + error.message());
        }
    }
    for (const ReferenceIssue& issue : result.issues()) {
        checkRefusal(InputError(issue.location, issue.problem), fileName, text);
        require(issue.location.startsWith(fileName + QStringLiteral(":%1:").arg(issue.line)) ||
                    issue.location == fileName + QStringLiteral(":%1").arg(issue.line),
                QStringLiteral("an issue whose line is not its location's: ") + issue.message());
    }
    // Requiring something either passes or refuses with a located message.
    expectResultOrRefusal(fileName, text, [&] { result.requireSomething(fileName); });
    expectResultOrRefusal(fileName, text, [&] { result.requireWhole(); });
}

} // namespace ldn::fuzz
