#pragma once

#include <QString>

#include <initializer_list>
#include <vector>

namespace ldn {

// One record of a tagged reference format (RIS "TI  - …", MEDLINE "TI  - …"), as its reader
// collects it: the fields in file order, each with the line it is on, so problems can be located.
struct TaggedRecord {
    struct Field {
        QString tag;
        QString value;
        int line = 0;
    };

    int number = 0;    // 1-based, in file order
    int firstLine = 0; // where the record starts
    std::vector<Field> fields;

    // The fields with any of `tags` that have a value, in file order.
    std::vector<const Field*> all(std::initializer_list<const char*> tags) const
    {
        std::vector<const Field*> found;
        for (const Field& field : fields) {
            for (const char* tag : tags) {
                if (field.tag == QLatin1String(tag) && !field.value.trimmed().isEmpty()) {
                    found.push_back(&field);
                    break;
                }
            }
        }
        return found;
    }

    // The first field with a value of the first of `tags` that has one: `{"TI", "T1"}` prefers TI.
    const Field* first(std::initializer_list<const char*> tags) const
    {
        for (const char* tag : tags) {
            for (const Field& field : fields) {
                if (field.tag == QLatin1String(tag) && !field.value.trimmed().isEmpty()) {
                    return &field;
                }
            }
        }
        return nullptr;
    }
};

} // namespace ldn
