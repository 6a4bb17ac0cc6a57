#include "core/evidence/ConditionMatcher.h"

#include "core/evidence/EvidencePackJson.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;

namespace {

// The library as it ships: the bundled pack's conditions and synonyms.
ConditionMatcher bundledLibrary()
{
    QFile file(QStringLiteral(LDN_SOURCE_DIR "/resources/evidence/ldn-evidence-pack.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return ConditionMatcher(EvidencePackJson::parse(file.readAll(), QStringLiteral("pack")).conditions);
}

} // namespace

TEST_CASE("A library name or synonym in any case is the condition itself", "[conditions]")
{
    const ConditionMatcher library = bundledLibrary();
    REQUIRE(library.exact(QStringLiteral("fibromyalgia")).has_value());
    CHECK(library.exact(QStringLiteral("fibromyalgia"))->name == QStringLiteral("Fibromyalgia"));
    CHECK(library.exact(QStringLiteral("CFS/ME"))->name == QStringLiteral("ME/CFS"));
    CHECK(library.exact(QStringLiteral("  chronic   fatigue syndrome "))->name == QStringLiteral("ME/CFS"));
    CHECK(library.exact(QStringLiteral("ms"))->name == QStringLiteral("Multiple sclerosis"));
    CHECK(library.exact(QStringLiteral("LONG COVID"))->name == QStringLiteral("Long Covid"));
    // A beginning or a near spelling is never taken on its own.
    CHECK_FALSE(library.exact(QStringLiteral("fibro")).has_value());
    CHECK_FALSE(library.exact(QStringLiteral("fibromyalga")).has_value());
    CHECK_FALSE(library.exact(QStringLiteral("")).has_value());
}

TEST_CASE("A beginning or a near spelling is suggested, best first, at most three", "[conditions]")
{
    const ConditionMatcher library = bundledLibrary();
    CHECK(library.suggestions(QStringLiteral("fibro")).value(0) == QStringLiteral("Fibromyalgia"));
    CHECK(library.suggestions(QStringLiteral("Fibromyalga")).value(0) == QStringLiteral("Fibromyalgia"));
    CHECK(library.suggestions(QStringLiteral("fibromialgia")).value(0) == QStringLiteral("Fibromyalgia"));
    CHECK(library.suggestions(QStringLiteral("crohns")).value(0) == QStringLiteral("Crohn's disease"));
    CHECK(library.suggestions(QStringLiteral("cfs me")).value(0) == QStringLiteral("ME/CFS"));
    CHECK(library.suggestions(QStringLiteral("multiple sclerosus")).value(0) ==
          QStringLiteral("Multiple sclerosis"));
    CHECK(library.suggestions(QStringLiteral("fatigue")).contains(QStringLiteral("ME/CFS")));
    CHECK(library.suggestions(QStringLiteral("c"), 3).size() <= 3);
    CHECK(library.suggestions(QStringLiteral("diabetes"), 5).contains(QStringLiteral("Type 2 diabetes")));
    CHECK(library.suggestions(QStringLiteral("xyzzy")).isEmpty());
    CHECK(library.suggestions(QStringLiteral("ab")).isEmpty()); // too short to be a beginning
    CHECK(library.allNames().contains(QStringLiteral("CFS/ME")));
    CHECK(library.allNames().indexOf(QStringLiteral("Fibromyalgia")) <
          library.allNames().indexOf(QStringLiteral("FM"))); // names before synonyms
}

TEST_CASE("Completions as a person types: beginnings, synonyms, anywhere inside, near spellings",
          "[conditions]")
{
    const ConditionMatcher library = bundledLibrary();
    const auto names = [&](const QString& typed) {
        QStringList found;
        for (const ConditionMatcher::Completion& completion : library.completions(typed)) {
            found << completion.name;
        }
        return found;
    };
    CHECK(names(QStringLiteral("fibro")).value(0) == QStringLiteral("Fibromyalgia"));
    CHECK(names(QStringLiteral("FIBRO")).value(0) == QStringLiteral("Fibromyalgia"));
    // Anywhere inside a name, which suggestions() alone would not offer.
    CHECK(names(QStringLiteral("myalgia")).contains(QStringLiteral("Fibromyalgia")));
    CHECK(names(QStringLiteral("sclero")).contains(QStringLiteral("Multiple sclerosis")));
    // A near spelling.
    CHECK(names(QStringLiteral("fibromialgia")).value(0) == QStringLiteral("Fibromyalgia"));
    // A synonym gives the library's name and says which synonym matched.
    const std::vector<ConditionMatcher::Completion> synonym = library.completions(QStringLiteral("CFS/ME"));
    REQUIRE_FALSE(synonym.empty());
    CHECK(synonym.front() ==
          ConditionMatcher::Completion{QStringLiteral("ME/CFS"), QStringLiteral("CFS/ME")});
    const std::vector<ConditionMatcher::Completion> own = library.completions(QStringLiteral("Fibromyalgia"));
    REQUIRE_FALSE(own.empty());
    CHECK(own.front().matchedSynonym.isEmpty());
    // Each condition once, at most `most`, nothing for a single letter or nonsense.
    QStringList cancers = names(QStringLiteral("cancer"));
    CHECK(cancers.size() == 8);
    CHECK(cancers.removeDuplicates() == 0);
    CHECK(library.completions(QStringLiteral("c")).empty());
    CHECK(library.completions(QStringLiteral("xyzzy")).empty());
}
