#include "cli/Command.h"

namespace ldn {

Command::~Command() = default;

} // namespace ldn
