#pragma once

#include <QString>

namespace rd {

// "512 B", "12.0 KiB", "12.0 MiB", "1.5 GiB": sizes in plans, logs and progress text (binary units).
QString formatBytes(qint64 bytes);

} // namespace rd
