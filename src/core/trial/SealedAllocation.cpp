#include "core/trial/SealedAllocation.h"

#include "core/base/InputError.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

namespace ldn {
namespace {

constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kCheckBytes = 4;
const QString kField = QStringLiteral("sealed allocation");

QByteArray check(const QByteArray& plain)
{
    return QCryptographicHash::hash(plain, QCryptographicHash::Sha256).left(kCheckBytes);
}

[[noreturn]] void damaged()
{
    throw InputError(kField, QStringLiteral("the stored allocation is damaged or does not match its key"));
}

} // namespace

QByteArray SealedAllocation::keyStream(const QByteArray& key, qsizetype length)
{
    QByteArray stream;
    for (quint32 block = 0; stream.size() < length; ++block) {
        QByteArray input = key;
        input.append(QByteArray::number(block));
        stream.append(QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    }
    return stream.left(length);
}

SealedAllocation SealedAllocation::seal(const BlindedAllocation& allocation, const UnblindingCode& code)
{
    QByteArray key;
    QRandomGenerator* random = QRandomGenerator::system();
    while (key.size() < kKeyBytes) {
        key.append(static_cast<char>(random->bounded(256)));
    }
    const QByteArray plain = QStringLiteral("1;%1;%2")
                                 .arg(allocation.toLetters(), code.text().remove(QLatin1Char('-')))
                                 .toLatin1();
    const QByteArray stream = keyStream(key, plain.size());
    QByteArray scrambled = check(plain);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        scrambled.append(static_cast<char>(plain[i] ^ stream[i]));
    }
    return SealedAllocation{QString::fromLatin1(scrambled.toBase64()), QString::fromLatin1(key.toBase64())};
}

SealedAllocation::Contents SealedAllocation::open() const
{
    const auto decodedKey =
        QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto decoded =
        QByteArray::fromBase64Encoding(scrambled.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedKey || !decoded || decodedKey.decoded.size() != kKeyBytes ||
        decoded.decoded.size() <= kCheckBytes) {
        damaged();
    }
    const QByteArray body = decoded.decoded.mid(kCheckBytes);
    const QByteArray stream = keyStream(decodedKey.decoded, body.size());
    QByteArray plain;
    for (qsizetype i = 0; i < body.size(); ++i) {
        plain.append(static_cast<char>(body[i] ^ stream[i]));
    }
    if (check(plain) != decoded.decoded.left(kCheckBytes)) {
        damaged();
    }
    const QStringList parts = QString::fromLatin1(plain).split(QLatin1Char(';'));
    if (parts.size() != 3 || parts[0] != QLatin1String("1")) {
        damaged();
    }
    BlindedAllocation allocation = BlindedAllocation::fromLetters(parts[1]);
    const std::optional<UnblindingCode> code = UnblindingCode::parse(parts[2]);
    if (allocation.pairs() == 0 || !code) {
        damaged();
    }
    return Contents{std::move(allocation), *code};
}

} // namespace ldn
