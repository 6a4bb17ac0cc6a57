#include "core/json/JsonTextWriter.h"

#include "core/json/JsonFieldReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <limits>

using namespace ldn;

// Numbers with a fraction are what a new day field such as hours of sleep would be backed up as
// (DiaryDayField::Kind::Number); none of today's fields is one, so they are tested here.
TEST_CASE("Numbers with a fraction are written as the shortest text that reads back the same", "[json]")
{
    JsonTextWriter json;
    json.beginObject()
        .key("half")
        .value(7.5)
        .key("whole")
        .value(8.0)
        .key("tenth")
        .value(0.1)
        .key("tiny")
        .value(-1.25e-300)
        .key("infinite")
        .value(std::numeric_limits<double>::infinity())
        .key("nan")
        .value(std::numeric_limits<double>::quiet_NaN())
        .endObject();
    const QByteArray text = json.finish();
    CHECK(text.contains("\"half\": 7.5,"));
    CHECK(text.contains("\"whole\": 8,"));
    CHECK(text.contains("\"tenth\": 0.1,"));
    CHECK(text.contains("\"infinite\": null,"));

    const nlohmann::json parsed = nlohmann::json::parse(text.toStdString());
    const JsonFieldReader fields(parsed, QStringLiteral("numbers"));
    CHECK(fields.number("half") == 7.5);
    CHECK(fields.number("whole") == 8.0);
    CHECK(fields.number("tenth") == 0.1);
    CHECK(fields.number("tiny") == -1.25e-300);
    CHECK_FALSE(fields.number("infinite"));
    CHECK_FALSE(fields.number("nan"));
}
