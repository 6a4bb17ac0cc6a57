#include "core/json/JsonLocator.h"

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

namespace {

// A small walker over JSON text that knows, at each value, the path that leads to it. It is not a
// validator: it follows structure and strings, and stops when the caller has what it wanted.
class PathWalker {
public:
    explicit PathWalker(const QByteArray& text)
        : m_text(text)
    {}

    // Calls onValue(stack, line) at the start of every value and onKey(line) at every object key;
    // stops as soon as either returns true.
    template <typename OnValue, typename OnKey>
    void walk(OnValue&& onValue, OnKey&& onKey)
    {
        bool expectValue = true; // the document itself
        int line = 1;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == '\n') {
                ++line;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            }
            if (expectValue && startsValue(c)) {
                expectValue = false;
                if (onValue(m_stack, line)) {
                    return;
                }
            }
            if (c == '"') {
                const int keyLine = line;
                QByteArray value;
                for (++i; i < m_text.size() && m_text[i] != '"'; ++i) {
                    if (m_text[i] == '\\') {
                        ++i;
                    } else if (m_text[i] == '\n') {
                        ++line;
                    }
                    if (i < m_text.size()) {
                        value += m_text[i];
                    }
                }
                if (!m_stack.empty() && !m_stack.back().isArray && m_stack.back().expectingKey) {
                    m_stack.back().key = value;
                    m_stack.back().expectingKey = false;
                    if (onKey(keyLine)) {
                        return;
                    }
                }
            } else if (c == '{' || c == '[') {
                Level level;
                level.isArray = c == '[';
                level.expectingKey = !level.isArray;
                m_stack.push_back(level);
                if (level.isArray) {
                    m_stack.back().index = 0;
                    expectValue = true;
                }
            } else if (c == '}' || c == ']') {
                expectValue = false; // an empty array expected an element that never came
                if (!m_stack.empty()) {
                    m_stack.pop_back();
                }
            } else if (c == ':') {
                expectValue = true;
            } else if (c == ',' && !m_stack.empty()) {
                if (m_stack.back().isArray) {
                    ++m_stack.back().index;
                    expectValue = true;
                } else {
                    m_stack.back().expectingKey = true;
                }
            }
        }
    }

    struct Level {
        bool isArray = false;
        bool expectingKey = false;
        QByteArray key;
        qsizetype index = 0;
    };

private:
    const QByteArray& m_text;
    std::vector<Level> m_stack;
};

} // namespace

int JsonLocator::lineOfValue(const QByteArray& text, const std::vector<PathStep>& path)
{
    int found = 0;
    PathWalker(text).walk(
        [&](const std::vector<PathWalker::Level>& stack, int line) {
            if (stack.size() != path.size()) {
                return false;
            }
            for (std::size_t i = 0; i < path.size(); ++i) {
                const bool matches = stack[i].isArray
                                         ? path[i].key.isEmpty() && path[i].index == stack[i].index
                                         : !path[i].key.isEmpty() && path[i].key == stack[i].key;
                if (!matches) {
                    return false;
                }
            }
            found = line;
            return true;
        },
        [](int) { return false; });
    return found;
}

int JsonLocator::lineOfKey(const QByteArray& text, std::size_t ordinal)
{
    int found = 0;
    std::size_t seen = 0;
    PathWalker(text).walk([](const std::vector<PathWalker::Level>&, int) { return false; },
                          [&](int line) {
                              if (seen++ == ordinal) {
                                  found = line;
                                  return true;
                              }
                              return false;
                          });
    return found;
}

} // namespace ldn
