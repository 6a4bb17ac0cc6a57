#include "core/JsonLocator.h"

#include <algorithm>

namespace ldn {
namespace {

struct Frame {
    bool isArray = false;
    bool expectingKey = false;   // objects: the next string is a key
    bool expectingValue = false; // arrays: the next token starts an element
    QByteArray key;              // objects: the last key read
    bool isTarget = false;       // this array's element lines are wanted
};

bool startsValue(char c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' ||
           c == 'n';
}

} // namespace

int JsonLocator::lineAt(const QByteArray& text, qsizetype byte)
{
    const qsizetype end = std::clamp<qsizetype>(byte, 0, text.size());
    return 1 + static_cast<int>(std::count(text.constBegin(), text.constBegin() + end, '\n'));
}

std::vector<int> JsonLocator::elementLines(const QByteArray& text, const QByteArray& arrayKey,
                                           qsizetype endByte)
{
    std::vector<int> lines;
    std::vector<Frame> stack;
    const qsizetype end = endByte < 0 ? text.size() : std::min(endByte, text.size());
    int line = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (!stack.empty() && stack.back().isArray && stack.back().expectingValue && startsValue(c)) {
            stack.back().expectingValue = false;
            if (stack.back().isTarget) {
                lines.push_back(line);
            }
        }
        if (c == '"') {
            QByteArray value;
            for (++i; i < end && text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    ++i;
                } else if (text[i] == '\n') {
                    ++line;
                }
                if (i < end) {
                    value += text[i];
                }
            }
            if (!stack.empty() && !stack.back().isArray && stack.back().expectingKey) {
                stack.back().key = value;
                stack.back().expectingKey = false;
            }
        } else if (c == '{' || c == '[') {
            Frame frame;
            frame.isArray = c == '[';
            frame.expectingKey = !frame.isArray;
            frame.expectingValue = frame.isArray;
            if (frame.isArray) {
                frame.isTarget = arrayKey.isEmpty() ? stack.empty()
                                                    : stack.size() == 1 && !stack.front().isArray &&
                                                          stack.front().key == arrayKey;
            }
            stack.push_back(frame);
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) {
                stack.pop_back();
            }
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().isArray) {
                stack.back().expectingValue = true;
            } else {
                stack.back().expectingKey = true;
            }
        }
    }
    return lines;
}

} // namespace ldn
