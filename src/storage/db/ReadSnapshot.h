#pragma once

namespace ldn {

class Connection;

// Several reads that must see one moment of the database (a backup, an export) while another
// program may be writing. Unlike Transaction it takes no write lock, so it also works on a diary
// opened read-only for review.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Connection& connection);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Connection& m_connection;
    bool m_began = false;
};

} // namespace ldn
