#include "gui/profiles/ConditionListInput.h"

#include <catch2/catch.hpp>

namespace ldn::test {

TEST_CASE("The conditions field is split on commas, tidied, and keeps each condition once")
{
    CHECK(ConditionListInput::parse(QStringLiteral("ME/CFS, fibromyalgia")) ==
          QStringList{QStringLiteral("ME/CFS"), QStringLiteral("fibromyalgia")});
    CHECK(ConditionListInput::parse(QStringLiteral("  long   covid ; ,Long Covid, ")) ==
          QStringList{QStringLiteral("long covid")});
    CHECK(ConditionListInput::parse(QStringLiteral(" , ")).isEmpty());
    CHECK(ConditionListInput::parse(QString()).isEmpty());
}

} // namespace ldn::test
