#pragma once

#include <QByteArray>
#include <QString>

namespace ldn {

// The text layer shared by the tagged reference formats (RIS, MEDLINE): decoding and the
// identifiers as exporters write them.
class ReferenceText {
public:
    // The file as text. One byte-order mark is allowed. Files from other programs are sometimes
    // Latin-1 or UTF-16: decoding them anyway would store replacement characters in place of
    // letters, so they are refused, as is a control character other than tab and line ends (a
    // binary file, or one cut and pasted from one). Throws InputError at "FILE:LINE"; `format`
    // names the format in the message ("RIS").
    static QString decode(const QByteArray& bytes, const QString& fileName, const QString& format);
    // A DOI as exporters write it: "10.1/x", "doi:10.1/x", "http://dx.doi.org/10.1/x",
    // "10.1/x [doi]" all give "10.1/x".
    static QString doiOf(const QString& text);
};

} // namespace ldn
