#include "presentation/StatisticTerms.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace ldn {
namespace {

struct Term {
    const char* pattern; // case-insensitive
    const char* explanation;
};

// The terms the bundled library's summaries use, and a few that imported references bring.
constexpr std::array<Term, 5> kTerms{{
    {R"(\bI(²|\^2|2)\s*[=<>])",
     QT_TRANSLATE_NOOP("ldn::StatisticTerms",
                       "I² says how much the pooled studies disagreed with each other: 0% not at all, "
                       "above 75% a lot.")},
    {R"(\bstandardi[sz]ed mean difference\b|\bSMD\b)",
     QT_TRANSLATE_NOOP("ldn::StatisticTerms",
                       "A standardised mean difference compares groups in units of how much scores vary "
                       "between people: about 0.2 is a small difference, 0.5 a medium one, 0.8 a large "
                       "one.")},
    {R"(\bconfidence interval\b|\b95\s?% CI\b|\bCI\b)",
     QT_TRANSLATE_NOOP("ldn::StatisticTerms",
                       "A 95% confidence interval is the range the true value most likely lies in; when "
                       "it includes no difference, the study cannot tell a difference from chance.")},
    {R"(\bp\s*[=<>]\s*0?\.\d)",
     QT_TRANSLATE_NOOP("ldn::StatisticTerms",
                       "p is how likely a difference at least this big would be by chance alone; below "
                       "0.05 is usually called significant.")},
    {R"(\bodds ratio\b|\brisk ratio\b|\brelative risk\b)",
     QT_TRANSLATE_NOOP("ldn::StatisticTerms",
                       "A ratio of 1 means no difference between the groups; above 1, more often on "
                       "LDN; below 1, less often.")},
}};

} // namespace

QStringList StatisticTerms::explanationsFor(const QString& text)
{
    return explanationsFor(QStringList{text});
}

QStringList StatisticTerms::explanationsFor(const QStringList& texts)
{
    QStringList explanations;
    for (const Term& term : kTerms) {
        const QRegularExpression pattern(QString::fromUtf8(term.pattern),
                                         QRegularExpression::CaseInsensitiveOption);
        for (const QString& text : texts) {
            if (text.contains(pattern)) {
                explanations << QCoreApplication::translate("ldn::StatisticTerms", term.explanation);
                break;
            }
        }
    }
    return explanations;
}

} // namespace ldn
